// Members' lists against a regime's list: what a member controls alone (unilateral controls),
// what the regime agreed and a member's list lacks (adoption lag), and how much of the regime's
// list each member implements identically (the alignment matrix and score). Everything compares
// canonical codes and relative paragraph labels, with "not used" counted as absent (compare.ts).
import { seriesOf } from './codes.ts';
import {
  compareCodes,
  compareLabels,
  comparable,
  controlledParagraphs,
  diffEntry,
  type EntryRef,
  type ListWithEntries,
} from './compare.ts';
import type { ControlEntry } from './control-list.ts';

export interface UnilateralEntry extends EntryRef {
  /** The numbering series (`wa` 0xx, `national` 9xx …, see codes.ts seriesOf). */
  series: string;
  reasons: string[];
}

export interface UnilateralParagraphs extends EntryRef {
  /** Controlled paragraphs of the member's entry the regime's entry does not have. */
  paragraphs: string[];
}

export interface UnilateralControls {
  list: string;
  regimeList: string;
  /** Entries with no counterpart in the regime's list. */
  entries: UnilateralEntry[];
  /** Entries the regime has, with paragraphs only the member controls. */
  paragraphs: UnilateralParagraphs[];
  /**
   * Entries of series no loaded regime list covers (MTCR 1xx, NSG 2xx, AG 3xx, CWC 4xx,
   * munitions transfers 5xx/6xx): not judged, counted by series.
   */
  notJudged: Record<string, number>;
}

const active = (entries: readonly ControlEntry[]): Map<string, ControlEntry> =>
  new Map(entries.filter((e) => e.status === 'controlled').map((e) => [e.canonicalCode, e]));

/**
 * Whether a member's list has a munitions part (`ML…` entries). A dual-use list (EU Annex I,
 * SCOMET Category 8) is compared with the regime's dual-use entries only: its lacking the
 * munitions list is not a lag.
 */
export const hasMunitions = (list: ListWithEntries): boolean =>
  list.entries.some((e) => e.category === 'ML');

/** The regime's controlled entries a member's list is compared with, in code order. */
function regimeScope(regime: ListWithEntries, member: ListWithEntries): ControlEntry[] {
  const munitions = hasMunitions(member);
  return [...active(regime.entries).values()]
    .filter((e) => munitions || e.category !== 'ML')
    .sort((x, y) => compareCodes(x.canonicalCode, y.canonicalCode));
}

/**
 * What a member's list controls that the regime's does not: whole entries in the regime's series
 * (0xx for Wassenaar) or the member's own series (9xx), and paragraphs of shared entries.
 * A munitions code (`ML…`) is judged against the regime's munitions entries.
 */
export function unilateralControls(
  member: ListWithEntries,
  regime: ListWithEntries,
): UnilateralControls {
  const ours = active(member.entries);
  const theirs = active(regime.entries);
  const out: UnilateralControls = {
    list: member.list.id,
    regimeList: regime.list.id,
    entries: [],
    paragraphs: [],
    notJudged: {},
  };
  // A category the regime's list has no entry in (Wassenaar has no category 0: nuclear items are
  // the NSG's) is not judged either.
  const regimeCategories = new Set([...theirs.values()].map((e) => e.category));
  for (const e of [...ours.values()].sort((x, y) =>
    compareCodes(x.canonicalCode, y.canonicalCode),
  )) {
    const series = e.canonicalCode.startsWith('ML') ? 'wa' : (seriesOf(e.canonicalCode) ?? 'other');
    const ownSeries = series === 'wa' || series === 'national';
    if (!ownSeries || !regimeCategories.has(e.category)) {
      const key = ownSeries ? `category ${e.category}` : series;
      out.notJudged[key] = (out.notJudged[key] ?? 0) + 1;
      continue;
    }
    const counterpart = theirs.get(e.canonicalCode);
    if (!counterpart) {
      out.entries.push({ code: e.canonicalCode, heading: e.heading, series, reasons: e.reasons });
      continue;
    }
    if (!comparable(e, counterpart)) continue;
    const regimeParagraphs = controlledParagraphs(counterpart);
    const only = [...controlledParagraphs(e).keys()]
      .filter((l) => !regimeParagraphs.has(l))
      .sort(compareLabels);
    if (only.length > 0)
      out.paragraphs.push({ code: e.canonicalCode, heading: e.heading, paragraphs: only });
  }
  return out;
}

export interface LaggingEntry extends EntryRef {
  /** `missing`: the member's list lacks the entry; `not-used`: it prints it as not used. */
  state: 'missing' | 'not-used';
}

export interface LaggingParagraphs extends EntryRef {
  /** The regime's controlled paragraphs the member's entry lacks. */
  paragraphs: string[];
}

export interface AdoptionLag {
  list: string;
  regimeList: string;
  listDate: string;
  regimeDate: string;
  /** True when the member's list predates the regime's: a gap may be a change not yet adopted. */
  memberOlder: boolean;
  /** Whether the regime's munitions entries were compared (only when the member's list has some). */
  munitions: boolean;
  entries: LaggingEntry[];
  paragraphs: LaggingParagraphs[];
}

/** The regime's controlled entries and paragraphs a member's list does not have, with both dates. */
export function adoptionLag(member: ListWithEntries, regime: ListWithEntries): AdoptionLag {
  const byCode = new Map(member.entries.map((e) => [e.canonicalCode, e]));
  const out: AdoptionLag = {
    list: member.list.id,
    regimeList: regime.list.id,
    listDate: member.list.versionDate,
    regimeDate: regime.list.versionDate,
    memberOlder: member.list.versionDate < regime.list.versionDate,
    munitions: hasMunitions(member),
    entries: [],
    paragraphs: [],
  };
  for (const r of regimeScope(regime, member)) {
    const m = byCode.get(r.canonicalCode);
    if (!m || m.status !== 'controlled') {
      out.entries.push({
        code: r.canonicalCode,
        heading: r.heading,
        state: m ? 'not-used' : 'missing',
      });
      continue;
    }
    if (!comparable(m, r)) continue;
    const theirs = controlledParagraphs(m);
    const missing = [...controlledParagraphs(r).keys()]
      .filter((l) => !theirs.has(l))
      .sort(compareLabels);
    if (missing.length > 0)
      out.paragraphs.push({ code: r.canonicalCode, heading: r.heading, paragraphs: missing });
  }
  return out;
}

export interface AlignmentCell {
  /** The regime's controlled entries in the category. */
  regimeEntries: number;
  /** Of those, the ones the member's list has (controlled). */
  present: number;
  /** Of those present, the ones implemented identically (see `alignment`). */
  identical: number;
  /** Present entries whose paragraphs could be compared (both sources print them). */
  compared: number;
  /** The regime's controlled paragraphs in compared entries. */
  regimeParagraphs: number;
  /** Of those, the ones the member has with the same numbers. */
  paragraphsIdentical: number;
}

export interface AlignmentRow {
  list: string;
  jurisdiction: string;
  versionDate: string;
  /** Whether the regime's munitions entries were compared (only when the list has some). */
  munitions: boolean;
  /** By category (`0`…`9`, `ML`); munitions cells stay empty when `munitions` is false. */
  categories: Record<string, AlignmentCell>;
  total: AlignmentCell;
  /**
   * The alignment score: the share of the regime's controlled paragraphs (in entries both
   * sources print) the member implements identically, times the share of the regime's entries it
   * has at all; null when nothing could be compared.
   */
  score: number | null;
  /** Share of the regime's entries present. */
  entryShare: number | null;
  /** Share of the regime's paragraphs implemented with the same numbers (compared entries). */
  paragraphShare: number | null;
}

export interface AlignmentMatrix {
  regimeList: string;
  categories: string[];
  rows: AlignmentRow[];
}

const emptyCell = (): AlignmentCell => ({
  regimeEntries: 0,
  present: 0,
  identical: 0,
  compared: 0,
  regimeParagraphs: 0,
  paragraphsIdentical: 0,
});

const add = (into: AlignmentCell, c: AlignmentCell): void => {
  for (const k of Object.keys(into) as (keyof AlignmentCell)[]) into[k] += c[k];
};

/**
 * Each member's list against the regime's, category by category. An entry is implemented
 * identically when the member's entry has exactly the regime's controlled paragraphs and no
 * number differs (wording may differ: spelling, references); a paragraph when the member has it
 * and no number in it differs.
 */
export function alignment(
  regime: ListWithEntries,
  members: readonly ListWithEntries[],
): AlignmentMatrix {
  const regimeEntries = [...active(regime.entries).values()];
  const categories = [...new Set(regimeEntries.map((e) => e.category))].sort((a, b) =>
    a === 'ML' ? 1 : b === 'ML' ? -1 : a.localeCompare(b),
  );
  const rows = members.map((m): AlignmentRow => {
    const ours = active(m.entries);
    const cells: Record<string, AlignmentCell> = {};
    for (const c of categories) cells[c] = emptyCell();
    for (const r of regimeScope(regime, m)) {
      const cell = cells[r.category]!;
      cell.regimeEntries++;
      const e = ours.get(r.canonicalCode);
      if (!e) continue;
      cell.present++;
      const d = diffEntry(r, e, { words: false });
      if (d !== null && 'notCompared' in d) continue;
      cell.compared++;
      const change = d;
      if (
        change === null ||
        (change.paragraphsOnlyInA.length === 0 &&
          change.paragraphsOnlyInB.length === 0 &&
          change.parameters.length === 0)
      )
        cell.identical++;
      const regimeParagraphs = [...controlledParagraphs(r).keys()];
      cell.regimeParagraphs += regimeParagraphs.length;
      const missing = new Set(change?.paragraphsOnlyInA ?? []);
      const numbersDiffer = new Set((change?.parameters ?? []).map((p) => p.label));
      cell.paragraphsIdentical += regimeParagraphs.filter(
        (l) => !missing.has(l) && !numbersDiffer.has(l),
      ).length;
    }
    const total = emptyCell();
    for (const c of Object.values(cells)) add(total, c);
    const entryShare = total.regimeEntries > 0 ? total.present / total.regimeEntries : null;
    const paragraphShare =
      total.regimeParagraphs > 0 ? total.paragraphsIdentical / total.regimeParagraphs : null;
    return {
      list: m.list.id,
      jurisdiction: m.list.jurisdiction,
      versionDate: m.list.versionDate,
      munitions: hasMunitions(m),
      categories: cells,
      total,
      entryShare,
      paragraphShare,
      score: entryShare !== null && paragraphShare !== null ? entryShare * paragraphShare : null,
    };
  });
  return { regimeList: regime.list.id, categories, rows };
}
