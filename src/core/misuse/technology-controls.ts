// The technologies of misuse cases mapped, as editable data, to the item control-list entries
// that control them (by canonical 5-character code and paragraph), and which imported lists
// control each mapped entry: "intrusion software → 4A005, 4D004, 4E001.c; controlled by WA, US,
// NOR and IND".
import { z } from 'zod';
import { paragraphLabel } from '../control-lists/codes.ts';
import type { ControlEntry } from '../control-lists/control-list.ts';
import { controlsLink } from '../control-lists/input-controls.ts';
import { TECHNOLOGY_CATEGORIES, type TechnologyCategory } from './case.ts';

/** One link from a technology category to a control-list entry or one of its paragraphs. */
export interface TechnologyControl {
  technology: TechnologyCategory;
  /** The 5-character code WA, EU, US and SCOMET-8 share (`4A005`, `5A001`). */
  canonicalCode: string;
  /** Paragraph label relative to the entry (`j`, `c`), `''` for the whole entry. */
  paragraph: string;
  /** Why the entry controls the technology, and what it leaves out. */
  note: string;
}

/**
 * The default map, each line checked against the real texts of the Wassenaar list (2025 Corr.),
 * the US CCL (eCFR 2026-07-23), Norway's List II (2022, EU Annex I wording) and India's SCOMET
 * (2024, Category 8). Categories absent here (safe city, facial recognition, smart policing,
 * social-media surveillance, internet filtering, shutdown, other) have no entry in any of these
 * lists: none of them names facial recognition (the US CCL's 3A981 covers fingerprint analysers
 * and "cameras … n.e.s." for crime control, not face recognition), and filtering or shutdown gear
 * is controlled only where it meets 5A001.j. docs/analytics/misuse.md gives the reasons.
 */
export const DEFAULT_TECHNOLOGY_CONTROLS: TechnologyControl[] = [
  {
    technology: 'intrusion-software',
    canonicalCode: '4A005',
    paragraph: '',
    note: 'Systems, equipment and components specially designed or modified for the generation, command and control, or delivery of "intrusion software" (Wassenaar 2013).',
  },
  {
    technology: 'intrusion-software',
    canonicalCode: '4D004',
    paragraph: '',
    note: '"Software" specially designed or modified for the generation, command and control, or delivery of "intrusion software"; updates authorised by the system owner are excluded.',
  },
  {
    technology: 'intrusion-software',
    canonicalCode: '4E001',
    paragraph: 'c',
    note: '"Technology" for the "development" of "intrusion software"; vulnerability disclosure and cyber incident response are excluded (Note 1). 4E001.a (technology for 4A005/4D004 items) is broader and not mapped.',
  },
  {
    technology: 'ip-network-surveillance',
    canonicalCode: '5A001',
    paragraph: 'j',
    note: 'IP network communications surveillance systems on a carrier-class network: application-layer analysis, extraction and indexing of content and metadata, searches on hard selectors, mapping of relational networks. Marketing, QoS and QoE systems are excluded.',
  },
  {
    technology: 'ip-network-surveillance',
    canonicalCode: '5A001',
    paragraph: 'f',
    note: 'Mobile telecommunications interception (voice or data over the air interface, IMSI/IMEI catchers), jamming and their monitoring equipment; equipment for network operators is excluded.',
  },
  {
    technology: 'ip-network-surveillance',
    canonicalCode: '5A980',
    paragraph: '',
    note: 'US only (reasons SL, AT): devices primarily useful for the surreptitious interception of wire, oral or electronic communications, other than those in 5A001.f.1. No Wassenaar entry.',
  },
  {
    technology: 'monitoring-centre',
    canonicalCode: '5D001',
    paragraph: 'e',
    note: '"Software" for monitoring or analysis for law enforcement: searches on hard selectors of content or metadata received through a handover interface, and mapping of relational networks or tracking of individuals — the analysis software of a monitoring centre. Billing, QoS, QoE, mediation devices and payments are excluded.',
  },
];

/** The canonical code of an entry: five characters (`4A005`) or a munitions entry (`ML21`). */
const CANONICAL = /^([0-9][A-E][0-9]{3}|ML[0-9]{1,2})$/;
const PARAGRAPH = /^([a-z]|[0-9]{1,2})(\.([a-z]|[0-9]{1,2}))*$/;

/** A map line as JSON (a request body, a file): the paragraph defaults to the whole entry. */
export const technologyControlSchema = z.strictObject({
  technology: z.enum(TECHNOLOGY_CATEGORIES as [TechnologyCategory, ...TechnologyCategory[]]),
  canonicalCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(CANONICAL, 'must be a canonical control-list code (4A005, 5A001, ML21)'),
  paragraph: z
    .string()
    .max(40)
    .default('')
    .transform((p) => paragraphLabel(p))
    .refine((p) => p === '' || PARAGRAPH.test(p), 'must be a paragraph label (j, f.1, c.1.a)'),
  note: z.string().trim().max(1000).default(''),
}) satisfies z.ZodType<TechnologyControl, unknown>;

/** A list with its entries, as {@link technologyControlStatus} takes it. */
export interface TechnologyControlList {
  listId: string;
  jurisdiction: string;
  entries: readonly ControlEntry[];
}

export interface MappedEntryStatus {
  canonicalCode: string;
  paragraph: string;
  note: string;
  /** Lists that have the entry and control the paragraph (or the whole entry). */
  controlledBy: { listId: string; jurisdiction: string }[];
  /** Lists that lack the entry, or have it without the paragraph, or as not used/reserved. */
  notControlledBy: { listId: string; jurisdiction: string }[];
}

export interface TechnologyControlStatus {
  technology: TechnologyCategory;
  /** One per map line of the technology, in the map's order; empty when nothing is mapped. */
  entries: MappedEntryStatus[];
  /** Lists controlling at least one mapped entry of the technology, in the lists' order. */
  controlledBy: { listId: string; jurisdiction: string }[];
  /** Lists controlling none of them (every list when nothing is mapped). */
  notControlledBy: { listId: string; jurisdiction: string }[];
}

/**
 * Per technology category (all of them, in {@link TECHNOLOGY_CATEGORIES} order): which lists
 * control each entry or paragraph the map links it to. A list controls a line when it has the
 * entry (by canonical code) in force and, for a paragraph, prints that paragraph (or one below
 * it) as a controlled item ({@link controlsLink}); "not used" and "reserved" count as absent.
 */
export function technologyControlStatus(
  map: readonly TechnologyControl[],
  lists: readonly TechnologyControlList[],
): TechnologyControlStatus[] {
  const byCode = lists.map((l) => ({
    ref: { listId: l.listId, jurisdiction: l.jurisdiction },
    entries: new Map(l.entries.map((e) => [e.canonicalCode, e])),
  }));
  return TECHNOLOGY_CATEGORIES.map((technology) => {
    const entries = map
      .filter((m) => m.technology === technology)
      .map((m): MappedEntryStatus => {
        const controlledBy: MappedEntryStatus['controlledBy'] = [];
        const notControlledBy: MappedEntryStatus['notControlledBy'] = [];
        for (const l of byCode) {
          const e = l.entries.get(m.canonicalCode);
          (e !== undefined && controlsLink(e, m.paragraph) ? controlledBy : notControlledBy).push(
            l.ref,
          );
        }
        return {
          canonicalCode: m.canonicalCode,
          paragraph: m.paragraph,
          note: m.note,
          controlledBy,
          notControlledBy,
        };
      });
    const controlling = new Set(entries.flatMap((e) => e.controlledBy.map((l) => l.listId)));
    return {
      technology,
      entries,
      controlledBy: byCode.filter((l) => controlling.has(l.ref.listId)).map((l) => l.ref),
      notControlledBy: byCode.filter((l) => !controlling.has(l.ref.listId)).map((l) => l.ref),
    };
  });
}
