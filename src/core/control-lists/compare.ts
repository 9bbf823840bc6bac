// Comparing item control lists below the level of the entry code: which entries and which
// paragraphs one list controls and another does not, whose text differs, and whose numbers
// differ. Paragraph labels are relative to the entry (`f.1.b`), which every scheme shares (WA,
// EU, US, SCOMET all letter and number their paragraphs alike); "not used" and "reserved"
// paragraphs and entries count as absent, because they control nothing.
//
// A paragraph can only be compared where both lists print the entry's paragraphs: an entry of
// the US CCL outside categories 1, 3, 4 and 5 carries only its heading in the source, so an
// entry without item paragraphs on one side is reported as not compared rather than as every
// paragraph missing.
import { wordDiff, type WordSegment } from '../governance/text-diff.ts';
import {
  isControlled,
  type ControlEntry,
  type ControlList,
  type ControlParagraph,
  type ControlParameter,
} from './control-list.ts';
import { scometToCanonical, waToCanonical } from './codes.ts';
import { compareParameters } from './parameters.ts';

/** A list with its entries, as the analyses take them. */
export interface ListWithEntries {
  list: Pick<ControlList, 'id' | 'name' | 'jurisdiction' | 'versionDate' | 'isRegimeList'>;
  entries: readonly ControlEntry[];
}

export interface EntryRef {
  code: string;
  heading: string;
}

export interface TextChange {
  label: string;
  a: string;
  b: string;
  /** Word by word, `removed` from A and `added` in B. */
  words: WordSegment[];
}

export interface ParameterChange {
  label: string;
  a: ControlParameter | null;
  b: ControlParameter | null;
}

export interface EntryChange {
  code: string;
  heading: string;
  paragraphsOnlyInA: string[];
  paragraphsOnlyInB: string[];
  textChanged: TextChange[];
  parameters: ParameterChange[];
}

export interface ListDiff {
  a: string;
  b: string;
  onlyInA: EntryRef[];
  onlyInB: EntryRef[];
  changed: EntryChange[];
  /** Entries in both whose controlled paragraphs, texts and numbers agree. */
  same: number;
  /** Entries in both whose paragraphs one side does not print (compared by code only). */
  notCompared: (EntryRef & { reason: string })[];
}

const SPELLING: readonly [RegExp, string][] = [
  [/\baluminium\b/g, 'aluminum'],
  [/\bcaesium\b/g, 'cesium'],
  [/\bsulphur/g, 'sulfur'],
  [/\bprogramme/g, 'program'],
  [/\b(cent|met|lit|fib)re(s?)\b/g, '$1er$2'],
];

/**
 * The text as compared: lower case, quotes of every kind dropped, British spellings turned
 * American (`vapour`, `optimised`, `aluminium`, `centre`), codes in any scheme's form turned
 * canonical (`3.B.1.a.1.`, `8B301.a.1` → `3b001.a.1`), the closing `; or`, `; and`, `:` dropped and
 * spaces collapsed — so that the same rule printed by two lists reads the same.
 */
export function comparableText(text: string): string {
  let t = text
    .replace(
      /\b([0-9])\.\s?([A-E])\.\s?([0-9]{1,3})\.((?:[a-z0-9]{1,2}\.)*)/g,
      (_m, c, g, n, rest: string) => {
        const code = waToCanonical(`${c}.${g}.${n}.`) ?? `${c}${g}${n}`;
        const path = rest.replace(/\.$/, '');
        return path ? `${code}.${path}` : code;
      },
    )
    .replace(/\b8[A-E][0-9]{3}\b/g, (m) => scometToCanonical(m) ?? m)
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/\b(\w{3,}?)ou(r|rs|red|ring)\b/g, (m, stem: string, end: string) =>
      // colour, vapour, behaviour, harbour: but not four, hour, pour, tour, your.
      /^(col|vap|behavi|harb|hon|lab|rum|fav|flav|neighb|arm)$/.test(stem) ? `${stem}o${end}` : m,
    )
    .replace(/\b(\w{3,})is(e|es|ed|ing|ation|ations)\b/g, (m, stem: string, end: string) =>
      /^(advert|adv|comprom|desp|dev|exerc|superv|surpr|rev|prec|conc|exc|otherw|w|prem|exerc|appr|franch|merchand|entrepr|enterpr|rise|cru|no)$/.test(
        stem,
      )
        ? m
        : `${stem}iz${end}`,
    )
    .replace(/\banaly(s)(e|es|ed|ing)\b/g, 'analyz$2')
    .replace(/\b(model|label|signal|travel|cancel|channel|fuel|level)l(ed|ing|er|ers)\b/g, '$1$2');
  for (const [pattern, to] of SPELLING) t = t.replace(pattern, to);
  return t
    .replace(/\s+/g, ' ')
    .replace(/[;,.:]\s*(or|and)?\s*$/, '')
    .trim();
}

/** Whether the source prints the entry's lettered or numbered paragraphs (a, b.1 …). */
export const hasParagraphText = (entry: ControlEntry): boolean =>
  entry.paragraphs.some((p) => p.kind === 'item' && p.label !== '');

/** Paragraphs made from an entry's heading: their numbers were not read, so none are compared. */
const fromHeading = new WeakSet<ControlParagraph>();

/**
 * An entry printed as one paragraph, as a paragraph labelled `''`: the whole-entry item its parser
 * kept, else its heading (the US CCL prints a one-paragraph entry's text as its heading).
 */
function wholeEntry(entry: ControlEntry): ControlParagraph {
  const own = entry.paragraphs.find((p) => p.kind === 'item' && p.label === '');
  if (own) return own;
  const p: ControlParagraph = {
    label: '',
    kind: 'item',
    status: 'controlled',
    text: entry.heading,
    parameters: [],
  };
  fromHeading.add(p);
  return p;
}

/**
 * The controlled item paragraphs of an entry, by label; an entry printed as one paragraph (no
 * lettered items) as that one paragraph, labelled `''`.
 */
export function controlledParagraphs(entry: ControlEntry): Map<string, ControlParagraph> {
  const out = new Map<string, ControlParagraph>();
  if (!hasParagraphText(entry)) {
    if (entry.status === 'controlled') out.set('', wholeEntry(entry));
    return out;
  }
  for (const p of entry.paragraphs) if (isControlled(p) && p.label !== '') out.set(p.label, p);
  return out;
}

/**
 * Whether two entries' paragraphs can be compared: both print lettered paragraphs, or both are
 * one paragraph. When one source prints only the heading of an entry the other prints paragraph
 * by paragraph (the US CCL outside categories 1, 3, 4 and 5), they cannot.
 */
export const comparable = (a: ControlEntry, b: ControlEntry): boolean =>
  hasParagraphText(a) === hasParagraphText(b);

const controlledEntries = (entries: readonly ControlEntry[]): Map<string, ControlEntry> =>
  new Map(entries.filter((e) => e.status === 'controlled').map((e) => [e.canonicalCode, e]));

/** Label order: `a` < `a.1` < `a.2` < `a.10` < `b`. */
export function compareLabels(x: string, y: string): number {
  const xs = x.split('.');
  const ys = y.split('.');
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const a = xs[i]!;
    const b = ys[i]!;
    if (a === b) continue;
    const na = Number(a);
    const nb = Number(b);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : 1;
  }
  return xs.length - ys.length;
}

/** Code order: category, group, number; munitions (`ML1`…) after the dual-use codes. */
export function compareCodes(x: string, y: string): number {
  const ml = (c: string): number => (c.startsWith('ML') ? Number(c.slice(2)) : -1);
  const mx = ml(x);
  const my = ml(y);
  if (mx >= 0 || my >= 0) return mx - my;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** How one entry differs between two lists; null when it does not (see ListDiff.same). */
export function diffEntry(
  a: ControlEntry,
  b: ControlEntry,
  options: { words?: boolean } = {},
): EntryChange | { notCompared: string } | null {
  if (!comparable(a, b))
    return {
      notCompared: `${hasParagraphText(a) ? 'the second' : 'the first'} list's source prints only the heading of an entry the other prints paragraph by paragraph`,
    };
  const pa = controlledParagraphs(a);
  const pb = controlledParagraphs(b);
  const change: EntryChange = {
    code: a.canonicalCode,
    heading: a.heading,
    paragraphsOnlyInA: [...pa.keys()].filter((l) => !pb.has(l)).sort(compareLabels),
    paragraphsOnlyInB: [...pb.keys()].filter((l) => !pa.has(l)).sort(compareLabels),
    textChanged: [],
    parameters: [],
  };
  const both = [...pa.keys()].filter((l) => pb.has(l)).sort(compareLabels);
  for (const label of both) {
    const x = pa.get(label)!;
    const y = pb.get(label)!;
    if (comparableText(x.text) !== comparableText(y.text))
      change.textChanged.push({
        label,
        a: x.text,
        b: y.text,
        words: options.words === false ? [] : wordDiff(x.text, y.text),
      });
    if (fromHeading.has(x) || fromHeading.has(y)) continue;
    for (const pair of compareParameters(x.parameters, y.parameters))
      change.parameters.push({ label, a: pair.a, b: pair.b });
  }
  const differs =
    change.paragraphsOnlyInA.length > 0 ||
    change.paragraphsOnlyInB.length > 0 ||
    change.textChanged.length > 0 ||
    change.parameters.length > 0;
  return differs ? change : null;
}

/** Every difference between two lists (see the module comment for what counts). */
export function diffLists(a: ListWithEntries, b: ListWithEntries): ListDiff {
  const ea = controlledEntries(a.entries);
  const eb = controlledEntries(b.entries);
  const ref = (e: ControlEntry): EntryRef => ({ code: e.canonicalCode, heading: e.heading });
  const byCode = (x: EntryRef, y: EntryRef): number => compareCodes(x.code, y.code);
  const diff: ListDiff = {
    a: a.list.id,
    b: b.list.id,
    onlyInA: [...ea.values()]
      .filter((e) => !eb.has(e.canonicalCode))
      .map(ref)
      .sort(byCode),
    onlyInB: [...eb.values()]
      .filter((e) => !ea.has(e.canonicalCode))
      .map(ref)
      .sort(byCode),
    changed: [],
    same: 0,
    notCompared: [],
  };
  const shared = [...ea.keys()].filter((c) => eb.has(c)).sort(compareCodes);
  for (const code of shared) {
    const d = diffEntry(ea.get(code)!, eb.get(code)!);
    if (d === null) diff.same++;
    else if ('notCompared' in d)
      diff.notCompared.push({ ...ref(ea.get(code)!), reason: d.notCompared });
    else diff.changed.push(d);
  }
  return diff;
}
