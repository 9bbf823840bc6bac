// The words and colours of the illiberal-technology pages for the API's codes: case kinds,
// technology categories, supply colours, origin groups, statuses, confidence, the sources (import
// formats) with the caveats their evidence carries.
import { useT } from '../../i18n/i18n.tsx';
import type { CaseKind, OriginGroup, SupplyColour, Technology } from './queries.ts';

export const SUPPLY_COLOURS: readonly SupplyColour[] = [
  'china-only',
  'us-only',
  'both',
  'other',
  'none',
];

/** Each supply colour's fill (tokens.css): China red, the United States blue, both violet. */
export const SUPPLY_FILL: Readonly<Record<SupplyColour, string>> = {
  'china-only': 'var(--color-holder-concern)',
  'us-only': 'var(--color-holder-coalition)',
  both: 'var(--color-cat-4)',
  other: 'var(--color-holder-other)',
  none: 'var(--color-holder-unattributed)',
};

/** Each case kind's colour in charts. */
export const KIND_FILL: Readonly<Record<CaseKind, string>> = {
  'surveillance-deployment': 'var(--color-cat-1)',
  'technology-transfer': 'var(--color-cat-2)',
  'spyware-operation': 'var(--color-cat-5)',
  'internet-shutdown': 'var(--color-cat-7)',
  'censorship-blocking': 'var(--color-cat-6)',
};

/** The sources a case list can be filtered by (the import formats, and cases recorded by hand). */
export const CASE_SOURCES = [
  'carnegie-aigs',
  'keepiton',
  'netsweeper',
  'ooni-blockings',
  'spyware-index',
  'pi-transfers',
  'manual',
] as const;

export type CaseSource = (typeof CASE_SOURCES)[number];

export type EvidenceFlag = 'partial' | 'transcribed' | 'derived';

/**
 * The flags every case of a source carries in its evidence (docs/analytics/misuse.md), by import
 * format (a case's `source`) and by the cited source's id (a footprint's `sources`).
 */
export const SOURCE_FLAGS: Readonly<Record<string, readonly EvidenceFlag[]>> = {
  'pi-transfers': ['partial', 'transcribed'],
  'pi-sii-transfers-partial': ['partial', 'transcribed'],
  'spyware-index': ['derived'],
  'spyware-index-citizenlab-amnesty': ['derived'],
};

export function useMisuseLabels() {
  const t = useT();
  return {
    kind: (k: CaseKind) => t(`misuse.kind.${k}`),
    technology: (x: Technology) => t(`misuse.technology.${x}`),
    colour: (c: SupplyColour) => t(`misuse.colour.${c}`),
    origin: (g: OriginGroup) => t(`misuse.origin.${g}`),
    status: (s: 'ongoing' | 'ended' | 'unknown') => t(`misuse.status.${s}`),
    confidence: (c: 'high' | 'medium' | 'low') => t(`misuse.confidence.${c}`),
    confidentiality: (c: 'public' | 'alliance' | 'members') => t(`misuse.confidentiality.${c}`),
    flag: (f: EvidenceFlag) => t(`misuse.flag.${f}`),
    source: (s: string) =>
      (CASE_SOURCES as readonly string[]).includes(s) ? t(`misuse.source.${s as CaseSource}`) : s,
  };
}
