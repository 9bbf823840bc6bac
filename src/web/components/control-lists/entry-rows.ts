// The side-by-side view's rows: one entry in several lists, aligned by paragraph label (labels are
// relative to the entry and shared by every scheme, core/control-lists/compare.ts). A row says what
// each list prints under its label, which lists control it (an item that is not "not used" or
// "reserved"), and which numbers differ from the same quantity in another list.
import { isControlled } from '../../../core/control-lists/control-list.ts';
import {
  comparableText,
  compareLabels,
  hasParagraphText,
} from '../../../core/control-lists/compare.ts';
import { compareParameters } from '../../../core/control-lists/parameters.ts';
import type { ListEntry, Paragraph, Parameter } from './queries.ts';

export interface EntryCell {
  /** The item paragraphs printed under the label (one, or more where the source repeats it). */
  items: Paragraph[];
  /** Notes, technical notes, definitions and other text that belong to the item. */
  notes: Paragraph[];
}

export interface EntryRow {
  /** The label relative to the entry; `''` for the entry itself (its heading and notes). */
  label: string;
  /** 0 for `a`, 1 for `a.1` … */
  depth: number;
  /** One per list, in the order of the columns; null where the list has nothing under the label. */
  cells: (EntryCell | null)[];
  /** The lists that control the paragraph. */
  controlledIn: string[];
  /**
   * The lists that control it, when some of the compared lists do not (only lists whose source
   * prints the entry's paragraphs are compared); empty when every compared list controls it or
   * none does.
   */
  onlyIn: string[];
  /** Each parameter whose value differs from the same quantity in another list, with those lists. */
  differing: Map<Parameter, string[]>;
  /**
   * Per column, the first column before it whose item text reads differently (after spelling and
   * code forms are folded), or null.
   */
  wordingDiffersFrom: (number | null)[];
}

const depthOf = (label: string): number => (label === '' ? 0 : label.split('.').length - 1);

/** The rows of the side-by-side view of `entries` (one per list, in column order). */
export function entryRows(entries: readonly ListEntry[]): EntryRow[] {
  const labels = new Set<string>(['']);
  for (const e of entries) for (const p of e.paragraphs) labels.add(p.label);
  const printed = entries.map((e) => hasParagraphText(e));
  const compared = entries.filter((_, i) => printed[i]).length;
  return [...labels].sort(compareLabels).map((label): EntryRow => {
    const cells = entries.map((e): EntryCell | null => {
      const here = e.paragraphs.filter((p) => p.label === label);
      if (here.length === 0 && label !== '') return null;
      return {
        items: here.filter((p) => p.kind === 'item'),
        notes: here.filter((p) => p.kind !== 'item'),
      };
    });
    const controlledIn = entries
      .filter((_, i) => cells[i]?.items.some((p) => isControlled(p)))
      .map((e) => e.listId);
    const controlledCompared = entries.filter(
      (e, i) => printed[i] && controlledIn.includes(e.listId),
    ).length;
    const onlyIn =
      label !== '' && controlledCompared > 0 && controlledCompared < compared && compared > 1
        ? entries
            .filter((e, i) => printed[i] && controlledIn.includes(e.listId))
            .map((e) => e.listId)
        : [];
    const differing = new Map<Parameter, string[]>();
    const note = (p: Parameter, list: string) =>
      differing.set(p, [...(differing.get(p) ?? []), list]);
    const itemOf = (i: number): Paragraph | undefined => cells[i]?.items[0];
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const a = itemOf(i);
        const b = itemOf(j);
        if (!a || !b) continue;
        for (const pair of compareParameters(a.parameters, b.parameters))
          if (pair.a && pair.b) {
            note(pair.a, entries[j]!.listId);
            note(pair.b, entries[i]!.listId);
          }
      }
    // Wording is compared between controlled items only ("Not used since 2015" is no wording).
    const texts = entries.map((_, i) => {
      const p = itemOf(i);
      return p && isControlled(p) && p.text.trim() !== '' ? comparableText(p.text) : null;
    });
    const wordingDiffersFrom = texts.map((t, i) => {
      if (t === null) return null;
      const before = texts.findIndex((x, k) => k < i && x !== null);
      return before >= 0 && texts[before] !== t ? before : null;
    });
    return {
      label,
      depth: depthOf(label),
      cells,
      controlledIn,
      onlyIn,
      differing,
      wordingDiffersFrom,
    };
  });
}
