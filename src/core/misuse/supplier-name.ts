// Supplier names of cases: the key that groups spellings of one supplier across cases and
// sources, and under which screening decisions on the name are found.
import { decisionKey } from '../screening/screening-decision.ts';
import type { SupplierMention } from './case.ts';

/**
 * Misprints of supplier names in the sources, each with the name meant. The case keeps the name
 * as printed; the key is made from the name meant, so that `Hikvsion` counts as Hikvision.
 * Add a line when a source misprints a name (and say which source).
 */
export const SUPPLIER_MISPRINTS: Readonly<Record<string, string>> = {
  // Carnegie AI Global Surveillance Index 2022.
  Hikvsion: 'Hikvision',
  iOmnicient: 'iOmniscient',
};

const MISPRINTS = new Map(Object.entries(SUPPLIER_MISPRINTS).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * The normalised key of a supplier's name: misprints corrected, then the screening decision key
 * (case, diacritics, script and legal forms folded, tokens sorted), so that "Huawei Technologies
 * Co., Ltd." and "HUAWEI TECHNOLOGIES" share a key, and a decision recorded when the name was
 * screened applies to every case naming it.
 */
export function supplierKey(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return decisionKey(MISPRINTS.get(trimmed.toLowerCase()) ?? trimmed);
}

/** A supplier mention of a name as printed, with its key and (when the source says) its seat. */
export const supplierMention = (name: string, origin: string | null = null): SupplierMention => ({
  name: name.replace(/\s+/g, ' ').trim(),
  key: supplierKey(name),
  origin,
});

/** Mentions with one per key (the first kept), in their order. */
export function uniqueSuppliers(mentions: readonly SupplierMention[]): SupplierMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => m.key !== '' && !seen.has(m.key) && seen.add(m.key));
}
