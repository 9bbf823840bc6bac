// Parser for the Wassenaar Arrangement's List of Dual-Use Goods and Technologies and Munitions
// List as `pdftotext -layout` extracts it from the Secretariat's PDF (form feeds between pages).
//
// The text is read line by line. Page headers and footers ("WA-LIST (25) 1 Corr.", "- 71 -",
// "DUAL-USE LIST - CATEGORY 3 - ELECTRONICS", rules of underscores) are skipped. An entry starts
// where its code stands in the left margin (`3. B. 1.`, `ML8.`); the code is repeated on
// continuation lines with the paragraph path (`3. B. 1.   f.   2.`), which then sets the path
// outright. Other labelled lines (`a.`, `1.`) are placed by `ParagraphPath` from the label that
// came before and their column. Notes ("Note", "N.B.", "Technical Notes") run until a label
// printed left of the keyword: their own lists (`a.`, `1.`) never move the item path, and they
// belong to the item they are indented under. The first entries of a group are sometimes printed
// without the code, as `1.` under the group heading: a number at the margin that is the group's
// next entry starts it. The Sensitive and Very Sensitive List annexes only mark entries; the
// definitions, acronyms and statements of understanding are set aside.
import type {
  ControlEntry,
  ControlList,
  ControlParagraph,
  ParagraphKind,
  ParagraphStatus,
} from '../../core/control-lists/control-list.ts';
import { paragraphLabel, waToCanonical } from '../../core/control-lists/codes.ts';
import { extractParameters } from '../../core/control-lists/parameters.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';
import { readListText } from '../restricted-parties/read-list-file.ts';
import { ParagraphPath, successor } from './paragraph-path.ts';
import type {
  ControlListCounts,
  ControlListOptions,
  ParsedControlList,
} from './parsed-control-list.ts';

export const WASSENAAR_LICENCE_NOTE =
  'No redistribution licence stated: the Wassenaar Arrangement Secretariat publishes its public ' +
  'documents for public use but names no licence. Reference material for internal use, cited; ' +
  'download it again from wassenaar.org before any public redistribution.';

export const WASSENAAR_URL =
  'https://www.wassenaar.org/app/uploads/2026/01/List-of-Dual-Use-Goods-and-Technologies-and-ML-2025-Corr.pdf';

type Section =
  | 'front'
  | 'dual-use'
  | 'sensitive'
  | 'very-sensitive'
  | 'munitions'
  | 'definitions'
  | 'acronyms'
  | 'statements';

// Page furniture: running headers, footers, rules.
const FURNITURE = [
  /^WA-LIST \(\d+\) \d+(?: Corr\.)?$/,
  /^\d{2}-\d{2}-\d{4}$/,
  /^-\s*\d+\s*-$/,
  /^-\s*\d+\s*-\s+\d{2}-\d{2}-\d{4}$/,
  /^\d{2}-\d{2}-\d{4}\s+-\s*\d+\s*-?$/,
  /^WA-LIST \(\d+\) \d+(?: Corr\.)?\s+-\s*\d+\s*-$/,
  /^_{4,}$/,
  /^DUAL-USE LIST(?:\s*[-–]\s*CATEGORY.*)?$/,
  /^MUNITIONS LIST$/,
  /^Sensitive List$/,
  /^DEFINITIONS$/,
];
const FOOTER_DATE = /(?:^|\s)(\d{2})-(\d{2})-(\d{4})$/;
const PAGE_CATEGORY = /^DUAL-USE LIST\s*[-–]\s*CATEGORY\s+(\d)(?:\s*[-–]\s*PART\s+(\d))?/;

/** `3. B. TEST, INSPECTION …`, `5. A. Part 2. SYSTEMS …`, `4. C. MATERIALS - None`. */
const GROUP_HEADING =
  /^([0-9])\.\s*([A-E])\.\s*(?:Part\s*([12])\.\s*)?([A-Z][A-Z ,"&]*[A-Z"])(\s*[-–]\s*None)?$/;
/** `Part 2 - "INFORMATION SECURITY"`: the start of a part of Category 5. */
const PART_HEADING = /^Part\s+([12])\s*[-–]\s*\S/;
/** A dual-use code in the margin, `3. B. 1.`, and what follows it. */
const DUAL_USE_CODE = /^([0-9])\.\s*([A-E])\.\s*([0-9]{1,2})\.?(?=\s|$)/;
const MUNITIONS_CODE = /^ML([0-9]{1,2})\.(?=\s|$)/;
/**
 * One label at the start of a text: `f.`, `aa.`, `12.` followed by a space or the line's end
 * (two different letters, as in a line that starts with `nm.`, are a unit, not a label).
 */
const LABEL = /^(\s*)(([a-z])\3?|[0-9]{1,2})\.(?=\s|$)/;
/** The keywords that open a note, and the kind of paragraph each opens. */
const NOTE_KEYWORD =
  /^(Technical\s+Notes?(?:\s+cont\.)?|Notes?(?:\s+[0-9]{1,2})?(?:\s+cont\.)?|N\.B\.(?:\s?[0-9]{1,2}\.?)?)(?=\s|:|$):?\s*(.*)$/;
/** An unlabelled heading of Category 6's sensor groups (`OPTICAL SENSORS`, `RADAR`). */
const SUB_HEADING = /^[A-Z][A-Z]+(?: (?:AND )?[A-Z]{2,})*$/;
const TABLE_HEADING = /^TABLE\s*[-–]\s*(.*)$/;
const FOOTNOTE = /^\*\s+\S/;
const NOT_USED = /^Not used since\b|[-–]\s*None$/;
/** A code with a paragraph path at the start of a note's text: `3.B.1.e.`, `ML1.b.2.`. */
const SELF_REFERENCE =
  /^((?:[0-9]\.[A-E]\.[0-9]{1,2}|ML[0-9]{1,2})\.)((?:[a-z0-9]{1,2}\.)*)(?=[\s,;:]|$)/;
const RESERVED = /^\(Reserved\)$/i;
/** Codes at the start of an annex line: `1.C.10.c. & 1.C.10.d.`, `7.D.4.a. to 7.D.4.d.`, `8.D.2`. */
const ANNEX_CODE =
  /^\s*(?:&|to|,)?\s*([0-9])\.([A-E])\.([0-9]{1,2})(?:\.(?:[a-z0-9]{1,2}\.)*)?(?=[\s,&]|$)/;

interface OpenParagraph {
  paragraph: ControlParagraph;
  parts: string[];
}

interface OpenNote extends OpenParagraph {
  /** The column of the note's keyword. */
  column: number;
  /** The column its text starts at: a label printed left of it is not the note's. */
  body: number;
  /** The labels of the note's own lists, with their columns. */
  labels: { label: string; column: number }[];
}

interface Labels {
  labels: string[];
  columns: number[];
  text: string;
}

/** The labels at the start of `s` (`b. 4.      f.   Not used …`) with their columns. */
function leadingLabels(s: string, offset: number): Labels {
  const labels: string[] = [];
  const columns: number[] = [];
  let rest = s;
  let at = offset;
  for (let m = LABEL.exec(rest); m; m = LABEL.exec(rest)) {
    labels.push(m[2]!);
    columns.push(at + m[1]!.length);
    at += m[0].length;
    rest = rest.slice(m[0].length);
  }
  return { labels, columns, text: rest.trim() };
}

const statusOf = (text: string): ParagraphStatus =>
  NOT_USED.test(text) ? 'not-used' : RESERVED.test(text) ? 'reserved' : 'controlled';

/** Joins a paragraph's lines: whitespace collapsed, a word hyphenated at a line's end rejoined. */
function joinParts(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    const s = p.trim();
    if (!s) continue;
    out = out === '' ? s : /[a-z]-$/.test(out) ? out + s : `${out} ${s}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The entry's heading: its head text up to and including the first colon. */
function headingOf(head: string): string {
  const colon = head.indexOf(':');
  return colon >= 0 ? head.slice(0, colon + 1) : head;
}

/**
 * Reads the Wassenaar list into the platform's control-list model. Never throws on a line it
 * cannot place: the line is reported with its number and the entry kept. Throws a DomainError
 * naming the file when it cannot be read at all.
 */
export function parseWassenaarList(file: string, options: ControlListOptions): ParsedControlList {
  const text = readListText(file);
  const lines = text.text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const issues: RowIssue[] = [];
  const warnings: string[] = [];
  const setAside: Record<string, number> = {};
  const aside = (reason: string): void => {
    setAside[reason] = (setAside[reason] ?? 0) + 1;
  };
  const report = (line: number, field: string, reason: string, value?: string): void => {
    issues.push({
      file,
      line,
      field,
      reason,
      ...(value ? { value: value.trim().slice(0, 80) } : {}),
    });
  };
  for (const line of text.badLines)
    report(line, 'text', 'invalid UTF-8 byte sequence (this file must be UTF-8)');

  const entries: ControlEntry[] = [];
  /** Every entry by canonical code, with its head paragraph. */
  const byCode = new Map<string, { entry: ControlEntry; head: OpenParagraph }>();
  const sensitive = new Set<string>();
  const verySensitive = new Set<string>();
  let versionDate: string | null = null;

  let section: Section = 'front';
  let pageKey = '';
  let group: { category: string; group: string } | null = null;
  let entry: ControlEntry | null = null;
  let current: OpenParagraph | null = null;
  /** The open notes, outermost first (a technical note inside a note's list nests). */
  let notes: OpenNote[] = [];
  let table = false;
  let footnote = false;
  /** Inside a category's annex (Category 1's list of explosives), up to the next category. */
  let annex = false;
  const path = new ParagraphPath();
  const pending: OpenParagraph[] = [];

  const closeEntry = (): void => {
    entry = null;
    current = null;
    notes = [];
    table = false;
    path.reset();
  };

  const addParagraph = (label: string, kind: ParagraphKind, textPart: string): OpenParagraph => {
    const paragraph: ControlParagraph = {
      label,
      kind,
      status: 'controlled',
      text: '',
      parameters: [],
    };
    const open = { paragraph, parts: [textPart] };
    entry!.paragraphs.push(paragraph);
    pending.push(open);
    return open;
  };

  const startEntry = (
    code: string,
    canonical: string,
    category: string,
    grp: string,
    line: number,
  ): void => {
    closeEntry();
    const known = byCode.get(canonical);
    if (known) {
      report(
        line,
        'code',
        `entry ${code} again, out of sequence (first at line ${known.entry.line}); read as its continuation`,
        code,
      );
      entry = known.entry;
      current = known.head;
      return;
    }
    const last = entries.at(-1);
    if (last && last.category === category && last.group === grp) {
      const before = Number(last.canonicalCode.replace(/^ML|^[0-9][A-E]/, ''));
      const now = Number(canonical.replace(/^ML|^[0-9][A-E]/, ''));
      if (now <= before)
        report(line, 'code', `entry ${code} out of sequence (after ${last.code})`, code);
    }
    entry = {
      listId: options.id,
      code,
      canonicalCode: canonical,
      category,
      group: grp,
      heading: '',
      reasons: [],
      sensitive: category === 'ML' ? null : false,
      verySensitive: category === 'ML' ? null : false,
      status: 'controlled',
      paragraphs: [],
      line,
    };
    entries.push(entry);
    current = addParagraph('', 'item', '');
    byCode.set(canonical, { entry, head: current });
  };

  /** Places the labels of a line (after a margin code when `fromMargin`) and opens the item. */
  const placeLabels = (l: Labels, line: number, raw: string, fromMargin: boolean): void => {
    notes = [];
    table = false;
    if (l.labels.length === 0) {
      current!.parts.push(l.text);
      return;
    }
    let placed: string | null;
    if (fromMargin) placed = path.set(l.labels, l.columns);
    else {
      placed = null;
      for (let i = 0; i < l.labels.length; i++) {
        placed = path.push(l.labels[i]!, l.columns[i]);
        if (placed === null) break;
      }
    }
    if (placed === null) {
      report(
        line,
        'label',
        `label '${l.labels.join('.')}' fits nowhere after '${path.current}' in ${entry!.code}; text kept with the paragraph before`,
        raw,
      );
      current!.parts.push(`${l.labels.join('. ')}. ${l.text}`);
      return;
    }
    current = addParagraph(placed, 'item', l.text);
  };

  /** The open item a note's text starts by naming (`3.B.1.e. does not apply`), if any. */
  const namedOwner = (noteText: string): string | null => {
    const m = SELF_REFERENCE.exec(noteText);
    if (!m || !entry) return null;
    const printed = m[1]!;
    const code = printed.startsWith('ML')
      ? `ML${Number(printed.slice(2, -1))}`
      : waToCanonical(printed);
    if (code !== entry.canonicalCode) return null;
    const label = paragraphLabel(m[2]!);
    const open = path.current;
    return label === '' || open === label || open.startsWith(`${label}.`) ? label : null;
  };

  const openNote = (keyword: string, rest: string, column: number, body: number): void => {
    const kind: ParagraphKind = /^Technical/.test(keyword)
      ? 'technical-note'
      : /^N\.B\./.test(keyword)
        ? 'text'
        : 'note';
    // "Technical Notes cont." carries on the note a page break interrupted.
    const top = notes.at(-1);
    if (/cont\.$/.test(keyword) && top) {
      top.parts.push(rest);
      return;
    }
    // A note at the column of an open one (or left of it) follows it; one further right nests.
    while (notes.length > 0 && notes.at(-1)!.column >= column - 1) notes.pop();
    // A nested note belongs where the note around it does; a note that starts by naming an open
    // item of its entry ("Note  ML1.b. does not apply …") belongs to it; else the column decides.
    const owner = notes.at(-1)?.paragraph.label ?? namedOwner(rest) ?? path.ownerAt(column);
    const open = addParagraph(owner, kind, rest);
    notes.push({ ...open, column, body, labels: [] });
    current = open;
  };

  /**
   * Whether a note can go on with a list: one it has started, or its text so far is empty
   * ("Technical Notes" alone on its line) or ends with a colon ("does not apply to:"). A note
   * that ends a sentence is followed by items, even when they are printed as far right.
   */
  const opensList = (nt: OpenNote): boolean => {
    if (nt.labels.length > 0) return true;
    const sofar = joinParts(nt.parts);
    return sofar === '' || sofar.endsWith(':');
  };

  /**
   * The open note a labelled line belongs to, or null when it is an item: a label at or right of
   * a note's text column is the note's; one a page break shifted left still is when it follows
   * the note's previous label, or when no item could take it.
   */
  const noteOf = (label: string, column: number): OpenNote | null => {
    for (let k = notes.length - 1; k >= 0; k--) {
      const nt = notes[k]!;
      if (column >= nt.body - 1 && opensList(nt)) return nt;
      if (nt.labels.some((x) => successor(x.label) === label && Math.abs(x.column - column) <= 5))
        return nt;
    }
    return notes.length > 0 && path.peek(label, column) === null ? notes.at(-1)! : null;
  };

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.replace(/^\f/, '').replace(/\s+$/, '');
    const t = raw.trim();
    if (t === '') continue;
    const column = raw.length - raw.trimStart().length;

    if (FURNITURE.some((re) => re.test(t))) {
      const date = FOOTER_DATE.exec(t);
      if (date && !versionDate) versionDate = `${date[3]}-${date[2]}-${date[1]}`;
      const page = PAGE_CATEGORY.exec(t);
      if (page && section === 'dual-use') {
        const key = `${page[1]}${page[2] ?? ''}`;
        // A page of another category (or part of Category 5) ends the entry before it.
        if (pageKey && key !== pageKey) {
          closeEntry();
          group = null;
          annex = false;
        }
        pageKey = key;
      }
      footnote = false;
      aside('page headers and footers');
      continue;
    }

    // Sections.
    if (section === 'front' && column <= 2 && GROUP_HEADING.test(t)) section = 'dual-use';
    else if (section === 'dual-use' && /^THE SENSITIVE LIST OF DUAL-USE GOODS/.test(t)) {
      closeEntry();
      section = 'sensitive';
    } else if (section === 'sensitive' && /^VERY SENSITIVE LIST OF DUAL-USE GOODS/.test(t))
      section = 'very-sensitive';
    else if (section === 'very-sensitive' && /^MUNITIONS LIST\*?$/.test(t)) {
      section = 'munitions';
      aside('munitions list general notes');
      continue;
    } else if (section === 'munitions' && /^DEFINITIONS OF TERMS USED IN THESE LISTS$/.test(t)) {
      closeEntry();
      section = 'definitions';
    } else if (section === 'definitions' && /^ACRONYMS AND ABBREVIATIONS/.test(t))
      section = 'acronyms';
    else if (section === 'acronyms' && /^STATEMENTS OF UNDERSTANDING/.test(t))
      section = 'statements';

    switch (section) {
      case 'front':
        aside('front matter and general notes');
        continue;
      case 'sensitive':
      case 'very-sensitive': {
        const into = section === 'sensitive' ? sensitive : verySensitive;
        // Codes stand in the first column; a code further right is in a heading's text.
        let rest = column <= 2 ? raw : '';
        for (let m = ANNEX_CODE.exec(rest); m; m = ANNEX_CODE.exec(rest)) {
          into.add(`${m[1]}${m[2]}${m[3]!.padStart(3, '0')}`);
          rest = rest.slice(m[0].length);
        }
        aside(section === 'sensitive' ? 'sensitive list annex' : 'very sensitive list annex');
        continue;
      }
      case 'definitions':
        aside('definitions');
        continue;
      case 'acronyms':
        aside('acronyms and abbreviations');
        continue;
      case 'statements':
        aside('statements of understanding and validity notes');
        continue;
      case 'dual-use':
      case 'munitions':
        break;
    }

    // A footnote at the foot of a page runs to the page's footer.
    if (column <= 3 && FOOTNOTE.test(t)) footnote = true;
    if (footnote) {
      aside('footnotes');
      continue;
    }

    const munitions = section === 'munitions';
    if (!munitions && (annex || t === 'ANNEX')) {
      // Not entries: a list the entries refer to (the "explosives" of 1.A.8., "listed in the
      // Annex to Category 1").
      closeEntry();
      annex = true;
      aside('category annexes');
      continue;
    }
    if (!munitions) {
      const g = column <= 2 ? GROUP_HEADING.exec(t) : null;
      if (g) {
        closeEntry();
        group = { category: g[1]!, group: g[2]! };
        continue;
      }
      if (column <= 2 && PART_HEADING.test(t)) {
        closeEntry();
        group = null;
        continue;
      }
    }

    // An entry's code in the margin, alone or with a paragraph path.
    const code = column <= 2 ? (munitions ? MUNITIONS_CODE : DUAL_USE_CODE).exec(t) : null;
    if (code) {
      const printed = munitions
        ? `ML${Number(code[1])}`
        : `${code[1]}.${code[2]}.${Number(code[3])}.`;
      const canonical = munitions ? printed : waToCanonical(printed)!;
      const l = leadingLabels(t.slice(code[0].length), column + code[0].length);
      const sameEntry = (entry as ControlEntry | null)?.canonicalCode === canonical;
      if (!sameEntry) {
        if (!munitions && (!group || group.category !== code[1] || group.group !== code[2]))
          report(n, 'code', `entry ${printed} is not under its group heading`, t);
        startEntry(printed, canonical, munitions ? 'ML' : code[1]!, munitions ? '' : code[2]!, n);
        if (l.labels.length === 0) {
          current!.parts.push(l.text);
          continue;
        }
      }
      placeLabels(l, n, t, true);
      continue;
    }

    const tableHeading = TABLE_HEADING.exec(t);
    if (tableHeading && column > 0 && entry) {
      // A table (Category 2's deposition techniques): kept as one text block; its column
      // numbers and notes' numbers are not paragraph labels.
      const kind: ParagraphKind = /NOTE/.test(tableHeading[1]!) ? 'technical-note' : 'text';
      const last = current?.paragraph;
      if (!(table && last?.kind === kind)) current = addParagraph(path.current, kind, t);
      notes = [];
      table = true;
      continue;
    }
    if (table && entry) {
      current!.parts.push(t);
      continue;
    }

    // The first entries of a group printed without their code: `1.` at the margin.
    const bare =
      !munitions && group && column >= 3 && column <= 9
        ? /^([0-9]{1,2})\.\s+(\S.*)$/.exec(t)
        : null;
    if (bare && group && notes.every((nt) => column < nt.column - 1)) {
      const e = entry as ControlEntry | null;
      const expected =
        e && e.group === group.group && e.category === group.category
          ? Number(e.canonicalCode.slice(2)) + 1
          : 1;
      if (Number(bare[1]) === expected) {
        const printed = `${group.category}.${group.group}.${expected}.`;
        startEntry(printed, waToCanonical(printed)!, group.category, group.group, n);
        current!.parts.push(bare[2]!);
        continue;
      }
    }

    if (!entry) {
      // Notes of a category, a part or a group, before its first entry.
      aside(munitions ? 'munitions list general notes' : 'category and group notes');
      continue;
    }

    // Category 6 prints its sensor kinds (`OPTICAL SENSORS`) as unlabelled headings.
    if (!munitions && column > 0 && SUB_HEADING.test(t) && t.length >= 4) {
      aside('sub-headings');
      continue;
    }

    // "Note (Note 3 in Category 5 …" or "Note that …" wraps a sentence: not a new note.
    const keyword = NOTE_KEYWORD.exec(t);
    if (keyword && !/^[(a-z]/.test(keyword[2]!)) {
      const body = keyword[2] ? raw.length - keyword[2].length : column;
      openNote(keyword[1]!.replace(/\s+/g, ' '), keyword[2]!, column, body);
      continue;
    }

    const l = leadingLabels(raw, 0);
    if (l.labels.length > 0) {
      const open = noteOf(l.labels[0]!, column);
      if (open) {
        // A list inside a note: part of the note's text; the notes inside it end.
        notes = notes.slice(0, notes.indexOf(open) + 1);
        open.labels.push({ label: l.labels[0]!, column });
        open.parts.push(t);
        current = open;
        continue;
      }
      placeLabels(l, n, t, false);
      continue;
    }
    current!.parts.push(t);
  }

  // Finish the paragraphs: text, status, numbers; then each entry's heading and status.
  let parameters = 0;
  for (const open of pending) {
    const p = open.paragraph;
    p.text = joinParts(open.parts);
    p.status = statusOf(p.text);
    if (p.kind === 'item') {
      p.parameters = extractParameters(p.text);
      parameters += p.parameters.length;
    }
  }
  for (const e of entries) {
    const headText = e.paragraphs[0]?.text ?? '';
    e.heading = headingOf(headText);
    e.status = NOT_USED.test(headText) ? 'not-used' : 'controlled';
    if (!headText) report(e.line, 'heading', `entry ${e.code} has no head text`);
    if (e.category !== 'ML') {
      e.sensitive = sensitive.has(e.canonicalCode);
      e.verySensitive = verySensitive.has(e.canonicalCode);
    }
  }
  for (const c of [...sensitive, ...verySensitive])
    if (!byCode.has(c))
      warnings.push(
        `the Sensitive or Very Sensitive List names ${c}, which is not an entry of the list`,
      );

  issues.sort((x, y) => x.line - y.line);
  const date = versionDate ?? options.date ?? null;
  if (!date) warnings.push('no version date in the file (footer DD-MM-YYYY) and no --date given');
  if (versionDate && options.date && options.date !== versionDate)
    warnings.push(`the file is dated ${versionDate}; --date ${options.date} is not used`);
  const source: Source = {
    id: `control-list:${options.id}`,
    citation:
      'Wassenaar Arrangement Secretariat, Public Documents Vol. II: List of Dual-Use Goods and ' +
      `Technologies and Munitions List (WA-LIST (25) 1 Corr.), ${date ?? 'undated'}`,
    publisher: 'Wassenaar Arrangement Secretariat',
    licence: WASSENAAR_LICENCE_NOTE,
    url: WASSENAAR_URL,
    date,
    notes:
      'Text extracted from the PDF with pdftotext -layout; parsed entry by entry and paragraph by paragraph.',
  };
  const list: ControlList = {
    id: options.id,
    name: 'Wassenaar Arrangement List of Dual-Use Goods and Technologies and Munitions List',
    jurisdiction: 'WA',
    regime: 'wassenaar',
    isRegimeList: true,
    scheme: 'wassenaar',
    versionDate: date ?? '',
    sourceId: source.id,
    licenceNote: WASSENAAR_LICENCE_NOTE,
  };
  const counts: ControlListCounts = {
    rowsRead: lines.length,
    rejectedRows: 0,
    setAside,
    entries: entries.length,
    paragraphs: entries.reduce((s, e) => s + e.paragraphs.length, 0),
    parameters,
  };
  return { list, entries, sources: { list: source }, issues, warnings, counts };
}
