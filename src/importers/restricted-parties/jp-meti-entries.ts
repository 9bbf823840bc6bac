// The text layout of Japan's METI/MOFA export-ban lists (PDF text dumps): a heading with the
// designation and last-update dates, then numbered entries — a Japanese name with its aliases
// (別称) and native-script names in brackets, the English name with "a.k.a., the following N
// aliases: —A; —B; and —C.", then the addresses after 所在地 (location). PDF extraction joins
// entries mid-line ("…Russia.10 対外諜報庁") and wraps names anywhere; this module undoes that.
import { NUMBER_WORDS } from './number-words.ts';

/** Japanese script: kana, CJK ideographs, CJK punctuation (、。「」). */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const OPEN = new Set(['(', '「', '『', '【', '〔']);
const CLOSE = new Set([')', '」', '』', '】', '〕']);

export const isJapanese = (ch: string | undefined): boolean =>
  ch !== undefined && JAPANESE.test(ch);

/** One numbered entry: its number, the offset where it starts and its text after the number. */
export interface RawEntry {
  number: number;
  offset: number;
  text: string;
}

/**
 * Finds the numbered entries of a list: entry n is the first `n` after entry n−1 that is not
 * part of a longer number, not preceded by Japanese (`第140 修理工場` is a name, not entry 140),
 * and followed on its line by Japanese text (every entry opens with its Japanese name). Entries
 * must be consecutive from 1: the search stops at the first number it cannot find.
 */
export function findEntries(text: string): RawEntry[] {
  const starts: { number: number; offset: number; end: number }[] = [];
  let from = 0;
  for (let n = 1; ; n++) {
    const re = new RegExp(`(?<![\\d])${n}(?![\\d])[ \\t]*`, 'g');
    re.lastIndex = from;
    let found: { offset: number; end: number } | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (isJapanese(text[m.index - 1])) continue;
      const end = m.index + m[0].length;
      const eol = text.indexOf('\n', end);
      const rest = text.slice(end, eol < 0 ? undefined : eol).slice(0, 60);
      if (!JAPANESE.test(rest)) continue;
      found = { offset: m.index, end };
      break;
    }
    if (!found) break;
    starts.push({ number: n, ...found });
    from = found.end;
  }
  return starts.map((s, i) => ({
    number: s.number,
    offset: s.offset,
    text: text.slice(s.end, starts[i + 1]?.offset ?? text.length),
  }));
}

/**
 * Where the English name starts in an entry's name block: the first Latin letter, digit or
 * quote outside brackets, at a line start or right after Japanese text or a closing bracket,
 * whose line holds no Japanese from there on. -1 when there is none.
 */
export function englishStart(block: string): number {
  let depth = 0;
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]!;
    const prev = i === 0 ? '\n' : block[i - 1]!;
    const atBoundary = prev === '\n' || isJapanese(prev) || CLOSE.has(prev);
    const eol = block.indexOf('\n', i);
    const line = block.slice(i, eol < 0 ? undefined : eol);
    // `(OOO) Microelectronic Production Complex …`: an English name may open with a bracket.
    if (ch === '(' && depth === 0 && atBoundary && !JAPANESE.test(line)) return i;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !/[A-Za-z0-9“"‘']/.test(ch) || !atBoundary) continue;
    // Chinese names in brackets may follow the English name on its line; brackets holding
    // kana or 別称 (alias) belong to the Japanese name.
    const japaneseGroup = (m: string, g: string) => (KANA.test(g) || g.includes('別称') ? m : '');
    const rest = line.replace(/\(([^()]*)\)/g, japaneseGroup).replace(/\((.*)$/, japaneseGroup);
    if (!JAPANESE.test(rest)) return i;
  }
  return -1;
}

/** Joins wrapped lines: `High-\ntech` → `High-tech`; Japanese joins without a space. */
export function unwrap(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((acc, line) => {
      if (!acc) return line;
      const last = acc.at(-1)!;
      if (isJapanese(last) || isJapanese(line[0])) return acc + line;
      if (last === '-' && /[A-Za-z0-9]/.test(acc.at(-2) ?? '')) return acc + line;
      return `${acc} ${line}`;
    }, '');
}

/** Splits at separators outside brackets. */
function splitTopLevel(s: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const m = separator.exec(s.slice(i));
      if (m && m.index === 0) {
        out.push(cur);
        cur = '';
        i += m[0].length - 1;
        continue;
      }
    }
    cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

/**
 * The bracket groups that close a text (`名前(中文名)(別称、…)`) and the text before them. A group
 * followed by more text is part of the name as printed (`(有限会社)マイクロ…(MPK)ミランドル`).
 */
function groups(s: string): { outside: string; inside: string[] } {
  let depth = 0;
  let outside = '';
  let cur = '';
  let inside: string[] = [];
  for (const ch of s) {
    if (ch === '(') {
      if (depth > 0) cur += ch;
      depth++;
      continue;
    }
    if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        inside.push(cur.trim());
        cur = '';
      } else cur += ch;
      continue;
    }
    if (depth > 0) cur += ch;
    else if (ch.trim() && inside.length > 0) {
      // Text after a group: the groups so far belong to the name.
      outside += inside.map((g) => `(${g})`).join('') + ch;
      inside = [];
    } else outside += ch;
  }
  if (cur.trim()) inside.push(cur.trim());
  return { outside: outside.trim(), inside };
}

/**
 * The names of the Japanese block: the Japanese name (up to a `。` description), the aliases of
 * its `(別称、A、B及びC)` group, and the native-script names of its other groups (`(广州欧赛
 * 科技有限公司)`, nested `(长光卫星技术股份有限公司(长光卫星))`). Groups that describe rather
 * than name (`(…を含む)`) are left out.
 */
export function japaneseNames(block: string): string[] {
  const text = unwrap(block).split('。')[0]!;
  const { outside, inside } = groups(text);
  const names = [outside];
  for (const g of inside) {
    const alias = /^別称[、,]?\s*/.exec(g);
    if (alias) {
      names.push(...splitTopLevel(g.slice(alias[0].length), /^(?:、|及び|,)/));
      continue;
    }
    if (/含む|含まれる/.test(g)) continue;
    const nested = groups(g);
    names.push(nested.outside, ...nested.inside);
  }
  return names.map((n) => n.trim()).filter(Boolean);
}

/** `, a.k.a., the following two aliases:` (and its misspellings: `thefollowing`, `twoaliases`). */
const ALIAS_INTRO =
  /\s*,?\s*(?:a\.k\.a\.?,?\s*)?,?\s*the\s*following\s*(\w+?)\s*alias(?:es)?\s*(?:,[^:]*)?:/i;

export interface EnglishNames {
  name: string;
  aliases: string[];
  /** Native-script names in brackets after the English name (`Afox Corporation(元富科技…)`). */
  nativeNames: string[];
  /** The number of aliases the text announces, when it says one. */
  announced: number | null;
  /** The full English text when the name was cut from a description (`…, including …`). */
  description: string | null;
}

/** One alias item: separators, a closing `; and`/`.` and line wraps removed. */
const cleanAlias = (item: string): string =>
  unwrap(item)
    .replace(/\s*(?:[;；]\s*(?:and)?,?|\s+and,?)\s*\.?$/, '')
    .replace(/\.$/, '')
    .trim();

/**
 * The alias items after `the following N aliases:`: each opens with a dash (`-`, `—`, `–`) at a
 * line start, after `;` or after `and` (`; and-ZAO Kronshtadt`). A line opening with a hyphen
 * after a full line (40 characters or more) that ends neither with `;`, `:` nor `and` continues
 * a wrapped word (`… Institute of Solid` / `-State Physics`); after a short line it opens an item
 * whose separator is missing (`-AO KHRTZ` / `-JSC …`). Em and en dashes always open an item.
 * Without any dash the items are split at `;`.
 */
const WRAP_WIDTH = 40;

function aliasItems(text: string): string[] {
  const lines = text
    .replace(/(\s)and\s*(?=[-—–]\s*\S)/g, '$1and\n')
    .replace(/([;；:])[ \t]*(?=[-—–]\s*\S)/g, '$1\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const items: string[] = [];
  let cur: string | null = null;
  let marked = false;
  for (const line of lines) {
    const dash = /^[-—–]\s*/.exec(line);
    // A wrapped word breaks a full line; a short line without `;` is a missing separator.
    const last = cur?.split('\n').at(-1) ?? '';
    const closed = cur === null || /(?:[;；:,]|\band,?)$/.test(cur) || last.length < WRAP_WIDTH;
    if (dash && (line[0] !== '-' || closed)) {
      if (cur !== null) items.push(cur);
      cur = line.slice(dash[0].length);
      marked = true;
    } else if (cur === null) cur = line;
    else cur += dash ? line : `\n${line}`;
  }
  if (cur !== null) items.push(cur);
  if (!marked) return text.split(/[;；]/);
  // Text before the first dash (there is none in these lists) is not an alias.
  return /^[-—–]/.test(lines[0] ?? '') ? items : items.slice(1);
}

/** Splits the English name from native-script names in brackets after it. */
function nameAndNative(text: string): { name: string; nativeNames: string[] } {
  const { outside, inside } = groups(text);
  const native = inside.filter((g) => JAPANESE.test(g));
  if (native.length === 0) return { name: text, nativeNames: [] };
  const latin = inside.filter((g) => !JAPANESE.test(g)).map((g) => `(${g})`);
  return {
    name: [outside, ...latin].join(' ').replace(/\s+/g, ' ').trim(),
    nativeNames: native
      .flatMap((g) => g.split(/[、,]/))
      .map((n) => n.trim())
      .filter(Boolean),
  };
}

/**
 * The aliases after `別称:` in the 2025 layout: Japanese aliases, then on a new line the English
 * ones, each separated by `;` (or 及び). A line break between Japanese and Latin text is a
 * separator too.
 */
function layout2025Aliases(text: string): string[] {
  const marked = text
    .replace(new RegExp(`(${JAPANESE.source})\\n(?=[A-Za-z0-9])`, 'g'), '$1;')
    .replace(new RegExp(`([A-Za-z0-9.])\\n(?=${JAPANESE.source})`, 'g'), '$1;');
  return marked
    .split(/[;；]|及び/)
    .map((a) => unwrap(a).replace(/\.$/, '').trim())
    .filter(Boolean);
}

/**
 * The English block: the primary name before `a.k.a.`/`the following N aliases:`, then the
 * aliases, each opened by a dash (`-`, `—`, `–`) at a line start or after `:`/`;`. Entries added
 * in 2025 use another layout — the English name, then `別称:` with Japanese and English aliases
 * separated by `;` — which is read too. A block with no alias list that describes (`The Ministry
 * of Defence …, including the Armed Forces …`) is cut at `, including`.
 */
export function englishNames(block: string): EnglishNames {
  const layout2025 = /別称\s*[:：]/.exec(block);
  if (layout2025) {
    const { name, nativeNames } = nameAndNative(unwrap(block.slice(0, layout2025.index)));
    const aliases = layout2025Aliases(block.slice(layout2025.index + layout2025[0].length));
    return { name, aliases, nativeNames, announced: null, description: null };
  }
  const intro = ALIAS_INTRO.exec(block);
  const akaOnly = intro ? null : /\s*,?\s*a\.k\.a\.?,?\s*/i.exec(block);
  const cut = intro ?? akaOnly;
  const head = unwrap(cut ? block.slice(0, cut.index) : block)
    .replace(/[,.]$/, '')
    .trim();
  const including = /,\s*including\b/.exec(head);
  const { name, nativeNames } = nameAndNative(
    including ? head.slice(0, including.index).trim() : head,
  );
  const description = including ? head : null;
  if (!cut) return { name, aliases: [], nativeNames, announced: null, description };
  const aliases = aliasItems(block.slice(cut.index + cut[0].length))
    .map(cleanAlias)
    .filter((a) => a && !/^and$/i.test(a));
  const word = intro?.[1]?.toLowerCase();
  const announced = word ? (NUMBER_WORDS[word] ?? (Number(word) || null)) : null;
  return { name, aliases, nativeNames, announced, description };
}

/** The addresses after 所在地: split at `;` (and `; and`), wraps undone, final `.` dropped. */
export function addressesOf(block: string): string[] {
  return unwrap(block)
    .split(/[;；]\s*(?:and\s+)?/)
    .map((a) =>
      a
        .trim()
        .replace(/^and\s+/, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter(Boolean);
}
