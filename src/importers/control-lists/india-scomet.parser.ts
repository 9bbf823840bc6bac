// Parser for India's SCOMET list (DGFT, Appendix 3 to Schedule 2 of ITC(HS)) as a text
// extraction of the official PDF (`pdftotext -layout`, form feeds between pages). Only Category 8
// is read into entries: it mirrors the Wassenaar dual-use list one-for-one, coded `8` + group +
// WA category + 2-digit item (`8B301` is 3B001). Categories 0–7 (nuclear, chemicals,
// micro-organisms, materials, nuclear-related, aerospace, munitions, "under development") use
// numbers of their own and are set aside with a count, as are the front matter and the annexed
// forms.
//
// The layout keeps the printed structure only loosely, so each line is read on its own:
//   `8B301      Equipment for …`          an entry's first line (its heading follows the code)
//   `8B301       b.    …` / `8E903 a. 3.`  the code repeated in the margin with the paragraph path
//   `      a. Seals, gaskets …`            a label placed in the tree by ParagraphPath
//   `Note 2 …`, `Technical Notes`, `N.B.`  notes, attached to the item they follow; their own
//                                          enumerations (`a.`, `1.`) stay inside the note
// The extraction sometimes glues a line to the next entry's code (`… 8B608.8D603   Other
// "software"`, `… 1,000 m;8A801   b.`) or to a group heading; such a line is cut there. Category
// 6's sub-group titles (OPTICS, LASERS …), page headers and footnotes are skipped; the list of
// explosives annexed to 8A108 is set aside; 8E203's table of deposition techniques is kept whole
// as one text paragraph.
import type {
  ControlEntry,
  ControlList,
  ControlParagraph,
  ParagraphKind,
  ParagraphStatus,
} from '../../core/control-lists/control-list.ts';
import { scometToCanonical } from '../../core/control-lists/codes.ts';
import { extractParameters } from '../../core/control-lists/parameters.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';
import { readListText } from '../restricted-parties/read-list-file.ts';
import { ParagraphPath } from './paragraph-path.ts';
import type { ControlListOptions, ParsedControlList } from './parsed-control-list.ts';

export const INDIA_SCOMET_LICENCE =
  'Official Government of India notification (DGFT, Notification No. 25 dated 02.09.2024); ' +
  'redistribution terms (DGFT / GODL-India) not confirmed: reference material for internal ' +
  'use, cite it, and download it again from the official URL before any public redistribution.';

export const INDIA_SCOMET_URL =
  'https://content.dgft.gov.in/Website/UPDATED%20SCOMET%20List%202024%20as%20on%2002.09.2024.pdf';

/** Reasons for lines left out on purpose (keys of `counts.setAside`). */
export const SCOMET_SET_ASIDE = {
  otherCategories: 'SCOMET categories 0–7 (not Wassenaar dual-use numbering)',
  frontMatter: 'front matter (notification, contents, general notes, glossary)',
  annexures: 'annexures after Category 8 (forms)',
  pageFurniture: 'page headers, footnotes and stray superscripts',
  groupText: 'Category 8 category and group headings and their notes',
  annex: 'annexes inside Category 8 (the list of explosives 8A108 refers to)',
} as const;

const CATEGORY_0 = /^\s*Category 0\s*:/;
/** The heading of Category 8 itself; the contents page prints it in mixed case. */
const CATEGORY_8 = /^\s*CATEGORY 8\b/;
const ANNEXURES = /^\s*ANNEXURE\s*[–-]\s*1\b/;
const PAGE_HEADER = /^\s*Appendix 3\s*[–-]\s*SCOMET List\s*$/;
const FOOTNOTE_TEXT = /^\s*Para \d+\([A-Z]\) of Notification\b/;
/** A line holding only a number: a footnote mark or a superscript pulled onto its own line. */
const LONE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A group heading such as `8A1     SPECIAL MATERIALS …` or `8C3ELECTRONICS (MATERIALS)`. */
const GROUP_HEADING = /^\s{0,10}8[A-E]\d(?!\d)\s*(?:Part\b|[A-Z]{3})/;
const ENTRY_CODE = /^(\s*)(8[A-E]\d{3})(?!\d)(.*)$/;
/** A letter label whose dot the extraction lost, before the paragraph's capital. */
const LOST_DOT = /^\s*([a-z])\s+(?=[A-Z"“])/;
/** Entry codes sit in the left margin; a code further in is a cross-reference in the text. */
const MAX_CODE_INDENT = 10;
/**
 * An entry code glued to the end of the previous text (`8B608.8D603   Other`, `m;8A801   b.`,
 * `mask; 8B301f.   4.`, `sigma); 8B301` at the end of a line): after `.`, `;` or `:`, and
 * followed by a wide gap, a label or the end of the line — never a cross-reference (`by 8C109.b`).
 */
const GLUED_CODE = /([.;:])\s?(8[A-E]\d{3})(?=\s{2,}|\s?(?:[a-z]|([a-z])\3|\d{1,2})\.\s|\s*$)/;
const NOTE_START =
  /^(Technical\s+Notes?|N\.\s?B\.|Notes?)(?![a-z])(?!\s*\d{1,2}\.[a-z\d])\s*(?:\d{1,2}(?=\s))?\s*[.:]?\s*/;
/**
 * The sub-group titles Category 6 prints between and inside entries (Wassenaar's "6.A.1.
 * ACOUSTICS" …), alone on a line or after a reserved placeholder ("ACOUSTICS – (Reserved)").
 */
const SUBGROUP_TITLE =
  /^\s*(?:ACOUSTICS|OPTICAL SENSORS|CAMERAS|OPTICS|LASERS|MAGNETIC AND ELECTRIC FIELD SENSORS|GRAVIMETERS|RADAR)\s*[–-]?\s*$/;
/** A group heading glued to the end of an entry's text (`… items specified by 8A912.8C9 AEROSPACE`). */
const GLUED_GROUP = /([.;:])\s?8[A-E]\d(?!\d)\s*[A-Z]{3}.*$/;
/**
 * A reserved placeholder glued to the previous text (`… 8A602.a.1.d8B603. CAMERAS – (Reserved)`):
 * not read as an entry (the derived index has none either), reported as a warning.
 */
const GLUED_PLACEHOLDER = /(8[A-E]\d{3})\.\s+[A-Z][A-Z ]+[–-]\s*\(Reserved\)\s*$/;
/** A table printed inside an entry (8E203's deposition techniques): kept whole as text. */
const TABLE = /^TABLE\s*[-–]/;
/** An annex printed inside Category 8 (the list of explosives 8A108 refers to). */
const ANNEX = /^\s*ANNEX-[A-Z]\b/;
const VERSION_DATE = /(?:as on|dated)\s+(\d{2})\.(\d{2})\.(\d{4})/;

const collapse = (parts: readonly string[]): string => parts.join(' ').replace(/\s+/g, ' ').trim();

interface Labelled {
  labels: string[];
  rest: string;
}

/**
 * The labels a line starts with (`a.`, `1.`, `a. 1.`, `a.10.`, `f.  2.`) and the text after them.
 * A letter label is one letter or a doubled one (`aa`); a number label is not followed by a digit
 * (`2.5 mm` is text) and a label is followed by a space, the end, another label or a capital.
 */
export function leadingLabels(text: string, margin = false): Labelled {
  const labels: string[] = [];
  let rest = text.trimStart();
  // After a margin code the extraction also prints `5 .` and `2 b.` (a number whose dot is lost
  // before a letter label).
  const label = margin
    ? /^(?:([a-z]|([a-z])\2)|(\d{1,2}))\s?\.(?=\s|$|\d{1,2}\.|[A-Z"“‘'(])|^(\d{1,2})\s+(?=[a-z]\.\s)/
    : /^(?:([a-z]|([a-z])\2)|(\d{1,2}))\.(?=\s|$|\d{1,2}\.|[A-Z"“‘'(])/;
  for (let m = label.exec(rest); m; m = label.exec(rest)) {
    labels.push(m[1] ?? m[3] ?? m[4]!);
    rest = rest.slice(m[0].length).trimStart();
  }
  return { labels, rest };
}

const statusOf = (text: string): ParagraphStatus => {
  if (/\bnot used since\b/i.test(text)) return 'not-used';
  // `(Reserved);`, `Reserved`, `OPTICAL SENSORS – (Reserved)`: short texts that only reserve.
  if (/^[([]?\s*Reserved\b/i.test(text)) return 'reserved';
  if (/[([]\s*Reserved\s*[)\]]/i.test(text) && text.length < 80) return 'reserved';
  return 'controlled';
};

/** The column a line's last label starts at: the text after it, back over spaces and the label. */
function lastLabelColumn(segment: string, rest: string, label: string): number {
  const text = rest.trim();
  let at = text ? segment.lastIndexOf(text) : segment.trimEnd().length;
  while (at > 0 && /\s/.test(segment[at - 1]!)) at--;
  return Math.max(0, at - label.length - 1);
}

/** The heading: the head text up to its first colon (`… as follows:`), else its first sentence. */
export function headingOf(head: string): string {
  const colon = head.indexOf(':');
  if (colon >= 0) return head.slice(0, colon + 1);
  const stop = /[.;](?=\s|$)/.exec(head);
  return stop ? head.slice(0, stop.index + 1) : head;
}

interface DraftParagraph {
  label: string;
  kind: ParagraphKind;
  text: string[];
}

interface OpenNote {
  paragraph: DraftParagraph;
  /**
   * The path of the note's own enumeration (`b.1`; a list of numbers under a placeholder `a`),
   * null before its first label.
   */
  path: string | null;
  /** The column of the note's first label: a label further left belongs to the entry's tree. */
  labelIndent: number;
  /** A table: every line up to the next margin code is its text, labels included. */
  table: boolean;
  /** The note an N.B. interrupts: its list may go on after the N.B. */
  outer: OpenNote | null;
}

interface DraftEntry {
  code: string;
  line: number;
  head: string[];
  paragraphs: DraftParagraph[];
  labelsSeen: Set<string>;
  path: ParagraphPath;
  note: OpenNote | null;
}

/** Where `label` would go after `path` in a tree of its own, or null (ParagraphPath, unchanged). */
const placeAfter = (path: string, label: string): string | null => {
  const p = new ParagraphPath();
  if (path) p.set(path.split('.'));
  return p.push(label);
};

/**
 * Reads the SCOMET text into the list `options.id`: Category 8's entries with their paragraph
 * trees. Never throws on content (problems are issues with their line); throws a DomainError
 * naming the file when it cannot be read.
 */
export function parseIndiaScomet(file: string, options: ControlListOptions): ParsedControlList {
  const { text, badLines } = readListText(file);
  const lines = text.split('\n');
  const issues: RowIssue[] = [];
  const warnings: string[] = [];
  const setAside: Record<string, number> = {};
  const aside = (reason: string): void => {
    setAside[reason] = (setAside[reason] ?? 0) + 1;
  };
  const issue = (line: number, field: string, reason: string, value?: string): void => {
    issues.push({ file, line, field, reason, ...(value ? { value: value.slice(0, 80) } : {}) });
  };
  /**
   * Damage in the extracted text that the parser reads around and keeps (a label printed twice,
   * one that fits nowhere): a warning with its line, not a bad entry — the entry is imported.
   */
  const kept = (line: number, field: string, reason: string): void => {
    warnings.push(`${file}:${line}: ${field}: ${reason}`);
  };

  // The regions of the file, found by their headings (1-based lines).
  const find = (re: RegExp, from = 0): number => {
    const i = lines.findIndex((l, n) => n >= from && re.test(l.replace(/\f/g, '')));
    return i < 0 ? -1 : i + 1;
  };
  const cat8 = find(CATEGORY_8);
  const cat0 = find(CATEGORY_0);
  const end = cat8 > 0 ? find(ANNEXURES, cat8) : -1;
  if (cat8 < 0) issue(1, 'text', 'no "CATEGORY 8" heading: this is not the SCOMET list text');

  const head = lines.slice(0, 40).join(' ');
  const dm = VERSION_DATE.exec(head);
  const fileDate = dm ? `${dm[3]}-${dm[2]}-${dm[1]}` : null;
  const versionDate = options.date ?? fileDate ?? '';
  if (!versionDate) issue(1, 'date', 'no "as on dd.mm.yyyy" date in the file and no --date');

  const entries: ControlEntry[] = [];
  const byCode = new Map<string, DraftEntry>();
  /** The entries in the order they start. */
  const drafts: DraftEntry[] = [];
  let entry: DraftEntry | null = null;
  let inAnnex = false;

  const finish = (): void => {
    entry = null;
  };

  const startEntry = (code: string, line: number): DraftEntry => {
    const seen = byCode.get(code);
    if (seen) {
      kept(line, 'code', `entry ${code} is printed again after another entry; read into the first`);
      return seen;
    }
    const draft: DraftEntry = {
      code,
      line,
      head: [],
      paragraphs: [],
      labelsSeen: new Set(),
      path: new ParagraphPath(),
      note: null,
    };
    byCode.set(code, draft);
    drafts.push(draft);
    return draft;
  };

  /** Opens an item at `label` (a full path), reporting a label the entry already printed. */
  const openItem = (e: DraftEntry, label: string, line: number): void => {
    if (e.labelsSeen.has(label))
      kept(line, 'paragraph', `${e.code}.${label} is printed twice; both kept as printed`);
    e.labelsSeen.add(label);
    e.paragraphs.push({ label, kind: 'item', text: [] });
  };

  /** Places labels printed without a margin code, one by one; false when one fits nowhere. */
  const pushLabels = (e: DraftEntry, labels: readonly string[], line: number): boolean => {
    for (const label of labels) {
      // No indentation here: page breaks shift it too much to break ties, and the deepest
      // open level (the helper's default) is where an unmarked label mostly belongs.
      const path = e.path.push(label);
      if (path === null) {
        kept(
          line,
          'paragraph',
          `label '${label}.' fits nowhere after '${e.path.current || '(heading)'}' in ${e.code}; its text is kept with the paragraph before`,
        );
        return false;
      }
      openItem(e, path, line);
    }
    return true;
  };

  /** Text that belongs to whatever is open: the note, else the last item, else the head. */
  const appendText = (e: DraftEntry, words: string): void => {
    if (!words) return;
    if (e.note) e.note.paragraph.text.push(words);
    else if (e.paragraphs.length > 0) e.paragraphs.at(-1)!.text.push(words);
    else e.head.push(words);
  };

  /**
   * Whether a labelled line without a margin code continues the open note's own list: its first
   * label when the note announces a list (a bare "Technical Notes", or text ending in a colon),
   * then any label that follows in the note's own tree and is not left of the list.
   */
  const staysInNote = (
    e: DraftEntry,
    note: OpenNote,
    labels: readonly string[],
    indent: number,
  ): boolean => {
    if (note.table) return true;
    if (note.path === null) {
      const sofar = collapse(note.paragraph.text);
      if (sofar !== '' && !sofar.endsWith(':')) return false;
      note.labelIndent = indent;
      // Trees put numbers under letters: a list that starts with a number hangs under a
      // placeholder letter so that ParagraphPath can follow it.
      note.path = [...(/^\d/.test(labels[0]!) ? ['a'] : []), ...labels].join('.');
      return true;
    }
    // Indentation decides only between the note and a place in the entry's tree (page breaks
    // shift it too much to trust otherwise).
    const inTree = labels.reduce<string | null>(
      (p, l) => (p === null ? null : placeAfter(p, l)),
      e.path.current,
    );
    if (inTree !== null && indent < note.labelIndent - 2) return false;
    let path: string | null = note.path;
    for (const label of labels) path = path === null ? null : placeAfter(path, label);
    if (path === null) return false;
    note.path = path;
    return true;
  };

  /**
   * A line with an entry code in the margin: the code and the labels it prints (`8B301   b.`,
   * `8C101.b Materials`, `8A301.a.2   a.`, `8B301f.   4.`) and the text after them; null for a
   * line that only starts with a cross-reference (`8C110.c, 8C110.d or`, `8C102.c:`).
   */
  const marginCode = (segment: string): { code: string; labels: string[]; rest: string } | null => {
    const m = ENTRY_CODE.exec(segment);
    if (!m || m[1]!.length > MAX_CODE_INDENT) return null;
    const code = m[2]!;
    const after = m[3]!;
    if (/^[,;:]/.test(after)) return null;
    // `8D601.      "Software" …`: a dot after the code, then the heading.
    if (!after.startsWith('.') || /^\.\s{2,}/.test(after)) {
      const { labels, rest } = leadingLabels(after.replace(/^\.\s/, ' '), true);
      // `8B201.     a Machine tools`: a letter whose dot the extraction lost.
      const lost = labels.length === 0 && entry?.code === code ? LOST_DOT.exec(rest) : null;
      if (lost) return { code, labels: [lost[1]!], rest: rest.slice(lost[0].length) };
      return { code, labels, rest };
    }
    // A dotted path after the code is a margin path only within its own entry, before text.
    if (entry === null || entry.code !== code) return null;
    const dotted = /^((?:\.(?:[a-z]|([a-z])\2|\d{1,2})(?![a-z\d]))*)\.?/.exec(after)!;
    const labels = dotted[1]!.split('.').filter((s) => s !== '');
    let tail = after.slice(dotted[0].length);
    const more = leadingLabels(tail, true);
    labels.push(...more.labels);
    tail = more.rest;
    const lost = labels.length === 0 ? LOST_DOT.exec(tail) : null;
    if (lost) {
      labels.push(lost[1]!);
      tail = tail.slice(lost[0].length);
    }
    if (labels.length === 0 || !/^\s*(?:[A-Z"“‘'(]|$)/.test(tail)) return null;
    return { code, labels, rest: tail };
  };

  /** One segment of a Category 8 line (a line glued to the next code is cut in two). */
  const readSegment = (segment: string, line: number): void => {
    const coded = marginCode(segment);
    if (coded) {
      const { code, labels } = coded;
      const rest = coded.rest.trim();
      if (entry === null || entry.code !== code) {
        entry = startEntry(code, line);
        entry.note = null;
        if (labels.length > 0) pushLabels(entry, labels, line);
        // `8D602 . "Software" …`: punctuation the extraction left before the heading.
        appendText(entry, entry.paragraphs.length > 0 ? rest : rest.replace(/^[\s.,;:-]+/, ''));
        return;
      }
      const e: DraftEntry = entry;
      e.note = null;
      if (labels.length === 0) {
        appendText(e, rest);
        return;
      }
      // The margin code repeats the paragraph: one label is placed after the open ones (or,
      // when it fits nowhere, at the top); several give the path outright.
      const column = lastLabelColumn(segment, coded.rest, labels.at(-1)!);
      let path: string | null = labels.length === 1 ? e.path.push(labels[0]!, column) : null;
      if (path === null) {
        if (labels.length === 1 && !/^[a-z]{1,2}$/.test(labels[0]!)) {
          kept(
            line,
            'paragraph',
            `label '${labels[0]}.' after the code fits nowhere in ${code}; its text is kept with the paragraph before`,
          );
          appendText(e, rest);
          return;
        }
        // A path the margin prints again for the paragraph that is open continues it.
        if (labels.join('.') === e.path.current) {
          appendText(e, rest);
          return;
        }
        path = e.path.set(labels, column);
        // `8D603   h.   1. Air Traffic …` opens h as well when the text printed nothing for it.
        for (let i = 1; i < labels.length; i++) {
          const ancestor = labels.slice(0, i).join('.');
          if (!e.labelsSeen.has(ancestor)) openItem(e, ancestor, line);
        }
      }
      openItem(e, path, line);
      appendText(e, rest);
      return;
    }
    if (entry === null) {
      aside(SCOMET_SET_ASIDE.groupText);
      return;
    }
    const e: DraftEntry = entry;
    const indent = segment.search(/\S/);
    const trimmed = segment.trim();
    // A table runs, notes and numbered lines included, up to the next margin code.
    if (e.note?.table) {
      appendText(e, trimmed);
      return;
    }
    const note = NOTE_START.exec(trimmed);
    if (note) {
      const marker = note[1]!;
      // "N.B." points elsewhere: plain text, not a note that limits the item.
      const kind: ParagraphKind = marker.startsWith('Technical')
        ? 'technical-note'
        : marker.startsWith('N.')
          ? 'text'
          : 'note';
      const paragraph: DraftParagraph = { label: e.path.current, kind, text: [] };
      e.paragraphs.push(paragraph);
      const outer = kind === 'text' && e.note?.path ? e.note : null;
      e.note = { paragraph, path: null, labelIndent: indent, table: false, outer };
      appendText(e, trimmed.slice(note[0].length));
      return;
    }
    if (TABLE.test(trimmed)) {
      const paragraph: DraftParagraph = { label: e.path.current, kind: 'text', text: [] };
      e.paragraphs.push(paragraph);
      e.note = { paragraph, path: null, labelIndent: indent, table: true, outer: null };
      appendText(e, trimmed);
      return;
    }
    const { labels } = leadingLabels(trimmed);
    if (labels.length === 0) {
      appendText(e, trimmed);
      return;
    }
    if (e.note) {
      const outer = e.note.outer;
      if (staysInNote(e, e.note, labels, indent)) {
        appendText(e, trimmed);
        return;
      }
      if (outer && staysInNote(e, outer, labels, indent)) {
        e.note = outer;
        appendText(e, trimmed);
        return;
      }
    }
    e.note = null;
    const { rest } = leadingLabels(trimmed);
    pushLabels(e, labels, line);
    appendText(e, rest.trim());
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\f/g, '');
    const blank = text.trim() === '';
    if (cat8 < 0 || line < cat8 || (end > 0 && line >= end)) {
      if (blank) return;
      if (cat8 > 0 && line >= cat8) aside(SCOMET_SET_ASIDE.annexures);
      else if (cat0 > 0 && line >= cat0) aside(SCOMET_SET_ASIDE.otherCategories);
      else aside(SCOMET_SET_ASIDE.frontMatter);
      return;
    }
    if (blank) return;
    if (PAGE_HEADER.test(text) || FOOTNOTE_TEXT.test(text) || LONE_NUMBER.test(text)) {
      aside(SCOMET_SET_ASIDE.pageFurniture);
      return;
    }
    if (badLines.has(line))
      issue(line, 'text', 'invalid UTF-8 byte sequence (this file must be UTF-8); read as U+FFFD');
    if (CATEGORY_8.test(text) || (GROUP_HEADING.test(text) && !ENTRY_CODE.test(text))) {
      finish();
      aside(SCOMET_SET_ASIDE.groupText);
      return;
    }
    if (ANNEX.test(text)) {
      finish();
      inAnnex = true;
    }
    if (inAnnex && !marginCode(text)) {
      aside(SCOMET_SET_ASIDE.annex);
      return;
    }
    inAnnex = false;
    if (SUBGROUP_TITLE.test(text)) {
      aside(SCOMET_SET_ASIDE.groupText);
      return;
    }
    // Cut the line where the extraction glued the next entry's code to it.
    let rest = text;
    const placeholder = GLUED_PLACEHOLDER.exec(rest);
    if (placeholder && placeholder.index > 0) {
      warnings.push(
        `${file}:${line}: ${placeholder[1]} is printed only as a reserved placeholder inside the text before it; not read as an entry`,
      );
      rest = rest.slice(0, placeholder.index);
    }
    const group = GLUED_GROUP.exec(rest);
    if (group) {
      readSegment(rest.slice(0, group.index + group[1]!.length), line);
      finish();
      aside(SCOMET_SET_ASIDE.groupText);
      return;
    }
    const glued = GLUED_CODE.exec(rest);
    if (glued) {
      const cut = glued.index + glued[1]!.length;
      readSegment(rest.slice(0, cut), line);
      rest = rest.slice(cut).trimStart();
    }
    readSegment(rest, line);
  });

  let paragraphCount = 0;
  let parameterCount = 0;
  for (const d of drafts) {
    const canonical = scometToCanonical(d.code)!;
    const headText = collapse(d.head);
    const heading = headingOf(headText);
    if (!heading) issue(d.line, 'heading', `${d.code} has no heading text`);
    const paragraphs: ControlParagraph[] = d.paragraphs.map((p) => {
      const t = collapse(p.text);
      const status = p.kind === 'item' ? statusOf(t) : 'controlled';
      return {
        label: p.label,
        kind: p.kind,
        status,
        text: t,
        parameters: p.kind === 'item' ? extractParameters(t) : [],
      };
    });
    // An entry without items controls by its head text alone: keep that text as the entry's item.
    if (!paragraphs.some((p) => p.kind === 'item') && headText) {
      paragraphs.unshift({
        label: '',
        kind: 'item',
        status: statusOf(headText),
        text: headText,
        parameters: extractParameters(headText),
      });
    }
    paragraphCount += paragraphs.length;
    parameterCount += paragraphs.reduce((n, p) => n + p.parameters.length, 0);
    entries.push({
      listId: options.id,
      code: d.code,
      canonicalCode: canonical,
      category: canonical[0]!,
      group: canonical[1]!,
      heading,
      reasons: [],
      sensitive: null,
      verySensitive: null,
      status: statusOf(headText),
      paragraphs,
      line: d.line,
    });
  }
  if (cat8 > 0 && entries.length === 0) warnings.push(`${file}: Category 8 holds no entries`);

  const sourceId = `control-list:${options.id}`;
  const list: ControlList = {
    id: options.id,
    name: `India SCOMET List, Category 8 (as on ${versionDate || 'unknown date'})`,
    jurisdiction: 'IND',
    regime: 'wassenaar',
    isRegimeList: false,
    scheme: 'scomet',
    versionDate,
    sourceId,
    licenceNote: INDIA_SCOMET_LICENCE,
  };
  const source: Source = {
    id: sourceId,
    citation:
      'Directorate General of Foreign Trade, Updated SCOMET List 2024 (as on 02.09.2024), ' +
      'Appendix 3 to Schedule 2 of ITC(HS), Annexure to Notification No. 25 dated 02.09.2024',
    publisher: 'Directorate General of Foreign Trade (DGFT), Government of India',
    licence: INDIA_SCOMET_LICENCE,
    url: INDIA_SCOMET_URL,
    date: versionDate || null,
    notes:
      'Read from a pdftotext -layout extraction of the official PDF; Category 8 (the Wassenaar ' +
      'dual-use part) only, categories 0–7 set aside.',
  };
  return {
    list,
    entries,
    sources: { list: source },
    issues,
    warnings,
    counts: {
      // A final newline ends the last line; it does not start another.
      rowsRead: lines.length - (text.endsWith('\n') ? 1 : 0),
      rejectedRows: 0,
      setAside,
      entries: entries.length,
      paragraphs: paragraphCount,
      parameters: parameterCount,
    },
  };
}
