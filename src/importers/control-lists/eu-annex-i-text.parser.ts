// Parser for a dual-use list laid out like the EU's Annex I (Regulation (EU) 2021/821) in plain
// text — Norway's List II of 2022 is one — into the control-list model, paragraph tree included.
//
// The text is a PDF extraction: an entry starts with its 5-character code at the start of a line
// (`3B001   Equipment …`); its items are labelled `a.`, `1.`, `a.` … on the lines below, their
// text wrapped over several lines; notes (`Note:`, `Technical Note:`, `N.B.`) qualify the item
// above them and may hold numbered points of their own. Page numbers, running headers
// ("CATEGORY 3 - ELECTRONICS"), group headings (`3B   Test, Inspection …`) and "3A001.b.4.
// continued" markers are set aside. Indentation is kept but not always right, so it only breaks
// ties: where a label sits in the tree is decided by the label that came before it.
import type {
  ControlEntry,
  ControlList,
  ControlParagraph,
  ParagraphKind,
  ParagraphStatus,
} from '../../core/control-lists/control-list.ts';
import { canonicalCode } from '../../core/control-lists/codes.ts';
import { extractParameters } from '../../core/control-lists/parameters.ts';
import { DomainError } from '../../core/errors.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';
import { readListText } from '../restricted-parties/read-list-file.ts';
import { ParagraphPath } from './paragraph-path.ts';
import type {
  ControlListCounts,
  ControlListOptions,
  ParsedControlList,
} from './parsed-control-list.ts';

export type EuAnnexITextOptions = ControlListOptions & {
  /**
   * Whose list it is (`--jurisdiction`: `NOR`, `EU` …). Required unless the text before the first
   * entry names it: EU Annex I and national lists print the same entries, so the entries alone
   * cannot tell (Norway's List II even speaks of "EU Member States").
   */
  jurisdiction?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An entry's first line: its code at the start of the line, then its head text (or a label). */
const ENTRY = /^(\d[A-E]\d{3})(?:\s+(.*))?$/;
/** "3A001.b.4.   continued", "5A001.c.continued", "8A002.j. 3.    continued": page-break markers. */
const CONTINUED = /^\d[A-E]\d{3}[.a-z0-9 ]*continued\s*$/i;
/** A group heading: `3B      Test, Inspection and Production Equipment`, `5B1     Test …`. */
const GROUP_HEADING = /^\d[A-E]\d?\s+[A-Z]/;
/** A running page header: "CATEGORY 0 NUCLEAR …", "CATEGORY 5 - TELECOMMUNICATIONS … PART 1". */
const RUNNING_HEADER = /^\s*CATEGORY\s+\d+\b/;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;
/**
 * A note's marker and its text: `Note:`, `Note 2:`, `Notes:`, `Technical Note:`, `Technical Note 1:`,
 * `N.B.`, `N.B.2.`, `N.B. 1`, and `Note 6A004.e. does not …` (a note naming its item).
 */
const NOTE =
  /^(?:(Technical)\s+Notes?(?:\s*\d+)?\s*:|(Notes?)(?:\s*\d+)?\s*:|(Notes?)\s*\d+\s{2,}|(Note)\s+(?=\d[A-E]\d{3})|(N\.\s?B\.)(?:\s*\d+\s*[.:]?)?\s*:?)\s*(.*)$/;
/**
 * A paragraph label and its text: `a.`, `1.`, `aa.`; the dot is sometimes lost in extraction
 * (`b      Inductance …`), so a label without one needs at least two spaces and then a word after
 * it — a line of exponents lifted out of `2 x 10⁸ Hz` (`8      12`) is not a label.
 */
const LABEL = /^([a-z]|([a-z])\2|\d{1,2})(?:\.(?:\s+|$)|\s{2,}(?=[A-Za-z"'‘“]))(\S.*)?$/;

/** The licence of the text, from the data's provenance. */
const LICENCE: Record<string, string> = {
  NOR:
    'Norwegian government regulation text (Annex II, List II, of the export control regulation): ' +
    'public law, not protected by copyright (Norwegian Copyright Act §14). The text file was ' +
    'extracted from the official PDF by the safetecnordic/export-control repository (MIT).',
  EU:
    'EU legislation (Annex I to Regulation (EU) 2021/821): reuse allowed with acknowledgement of ' +
    'the source (Commission Decision 2011/833/EU).',
};

const NAME: Record<string, string> = {
  NOR: 'Norway: List II – dual-use goods (Annex II to the export control regulation)',
  EU: 'EU: Annex I to Regulation (EU) 2021/821 – list of dual-use items',
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first date the text before the entries prints ("1 March 2022", "2022-03-01"), as ISO. */
function dateInText(preamble: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(preamble);
  if (iso) return iso[0];
  const words = /\b(\d{1,2})\.?\s+([A-Za-z]+)\s+(\d{4})\b/g;
  for (let m = words.exec(preamble); m; m = words.exec(preamble)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    if (month >= 0)
      return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

/** Whose list the text before the entries says it is, or null when it does not say. */
function jurisdictionInText(preamble: string): string | null {
  if (/\bNorw(ay|egian)\b/i.test(preamble)) return 'NOR';
  if (/Regulation \((EU|EC)\)|Council Regulation/i.test(preamble)) return 'EU';
  return null;
}

/** Joins a wrapped line to the text before it: a word broken after its hyphen closes up. */
function joinLine(text: string, line: string): string {
  if (text === '') return line;
  return /[A-Za-z]-$/.test(text) && /^[A-Za-z]/.test(line) ? text + line : `${text} ${line}`;
}

const isNumber = (s: string): boolean => /^\d+$/.test(s);

/** The label after `label` in its sequence (`b` → `c`, `9` → `10`, `z` → `aa`, `aa` → `bb`). */
function successor(label: string): string {
  if (isNumber(label)) return String(Number(label) + 1);
  if (label === 'z') return 'aa';
  const next = String.fromCharCode(label.charCodeAt(0) + 1);
  return label.length === 2 ? next + next : next;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "Not used", "Not used since 2015" → not-used; "(Reserved)" → reserved. */
function statusOf(text: string): ParagraphStatus {
  if (/^not used\b/i.test(text) || /^-\s*none\b/i.test(text)) return 'not-used';
  if (/^\(?reserved\)?[.;]?$/i.test(text)) return 'reserved';
  return 'controlled';
}

/**
 * The heading: the head text up to its first colon ("…, as follows:"), else its first sentence;
 * a colon inside a word or number (`Nd:glass`, `2:1`) does not end it. Empty for an entry that
 * prints no head and starts with its first item (4E001, 9E101).
 */
function headingOf(head: string): string {
  // A sentence ends at a full stop before a capital or the end, not at the dot of a code
  // (`specified in 3A001.a. or …`).
  const stop = /:(\s|$)/.exec(head) ?? /[.;](\s+(?=[A-Z"'])|$)/.exec(head);
  return (stop ? head.slice(0, stop.index) : head).trim();
}

/** A paragraph while it is being read: its text grows line by line. */
interface Draft {
  label: string;
  kind: ParagraphKind;
  text: string;
}

/** An entry while it is being read. */
interface EntryDraft {
  code: string;
  line: number;
  head: string;
  paragraphs: Draft[];
}

/**
 * Reads an EU Annex I–style text file into a control list. The list's date is `options.date`,
 * else a date the text prints before its first entry; its jurisdiction `options.jurisdiction`,
 * else what that text names (Norway → `NOR`, the EU regulation → `EU`); without either it throws
 * `validation_failed` naming `--date` or `--jurisdiction`. Never throws on the content: a label
 * that fits nowhere, a repeated code or an invalid byte is reported with its line.
 */
export function parseEuAnnexIText(file: string, options: EuAnnexITextOptions): ParsedControlList {
  const { text, badLines } = readListText(file);
  const lines = text.split(/\r?\n/);
  const firstEntry = lines.findIndex((l) => ENTRY.test(l.replace(/\f/g, '')));
  const preamble = lines.slice(0, Math.max(firstEntry, 0)).join('\n');

  const versionDate = options.date ?? dateInText(preamble);
  if (!versionDate)
    throw new DomainError(
      'validation_failed',
      `${file}: the text does not say its date; give the list's edition date with --date (YYYY-MM-DD)`,
      [{ path: '--date', message: 'required: the file does not state its date' }],
    );
  if (!ISO_DATE.test(versionDate))
    throw new DomainError(
      'validation_failed',
      `--date '${versionDate}' is not a date (YYYY-MM-DD)`,
      [{ path: '--date', message: 'is not a date (YYYY-MM-DD)' }],
    );
  const jurisdiction = options.jurisdiction?.trim().toUpperCase() || jurisdictionInText(preamble);
  if (!jurisdiction)
    throw new DomainError(
      'validation_failed',
      `${file}: the text does not say whose list it is; give it with --jurisdiction (NOR, EU …)`,
      [{ path: '--jurisdiction', message: 'required: the file does not name its jurisdiction' }],
    );

  const sourceId = `control-list:${options.id}`;
  const list: ControlList = {
    id: options.id,
    name: NAME[jurisdiction] ?? `${jurisdiction}: dual-use list (EU Annex I numbering)`,
    jurisdiction,
    // The list implements several regimes at once — its numbering says which: x0xx Wassenaar (and
    // NSG trigger-list items in Category 0), x1xx MTCR, x2xx NSG dual-use, x3xx Australia Group,
    // x4xx CWC (see codes.ts `seriesOf`). The model holds one regime per list; Wassenaar's is the
    // frame the list follows, so entries of other series are told apart by their code.
    regime: 'wassenaar',
    isRegimeList: false,
    scheme: 'eu',
    versionDate,
    sourceId,
    licenceNote:
      LICENCE[jurisdiction] ??
      'Public regulation text; check the publisher’s terms before redistributing it.',
  };
  const source: Source = {
    id: sourceId,
    citation: `${list.name} (version ${versionDate})`,
    publisher: jurisdiction === 'NOR' ? 'Norwegian Ministry of Foreign Affairs' : jurisdiction,
    licence: list.licenceNote,
    url:
      jurisdiction === 'NOR'
        ? 'https://github.com/safetecnordic/export-control'
        : jurisdiction === 'EU'
          ? 'https://eur-lex.europa.eu/eli/reg/2021/821/oj'
          : null,
    date: versionDate,
    notes:
      jurisdiction === 'NOR'
        ? 'Text extracted from the official English PDF of List II (created 2022-03-01) by the ' +
          'repository authors; page numbers and running headers are left out on import.'
        : null,
  };

  const issues: RowIssue[] = [];
  const warnings: string[] = [];
  const setAside: Record<string, number> = {};
  const aside = (reason: string): void => {
    setAside[reason] = (setAside[reason] ?? 0) + 1;
  };
  const issue = (line: number, field: string, reason: string, value?: string): void => {
    issues.push({ file, line, field, reason, ...(value ? { value: value.slice(0, 80) } : {}) });
  };

  const drafts: EntryDraft[] = [];
  const firstLine = new Map<string, number>();
  let entry: EntryDraft | null = null;
  let rejected = 0;
  const path = new ParagraphPath();
  /** The indentation each placed label of the current entry was printed at, by path. */
  const indentOf = new Map<string, number>();
  /** The paragraph that wrapped lines join; null at the entry's head. */
  let open: Draft | null = null;
  /**
   * While a note is open: its indentation, and the indentation and last label of its own points
   * (`1.`, `a.` of "includes the following:"), which must not move the item path.
   */
  let note: { indent: number; pointIndent: number | null; lastPoint: string } | null = null;
  /**
   * True when the entry numbers its top level `1.`, `2.` … (1C350's list of chemicals): the
   * shared path helper places numbers at even depths only, so such an entry is placed here.
   */
  let numberedTop = false;

  /** The item a note printed at `indent` belongs to: the deepest open one printed left of it. */
  const ownerOf = (indent: number): string => {
    const parts = path.current === '' ? [] : path.current.split('.');
    for (let d = parts.length; d >= 1; d--) {
      const p = parts.slice(0, d).join('.');
      if ((indentOf.get(p) ?? Number.POSITIVE_INFINITY) < indent) return p;
    }
    return '';
  };

  /** Places a label in the entry's tree: the shared path helper, or this entry's numbered top. */
  const place = (label: string, indent: number): string | null => {
    if (path.depth === 0 && label === '1') {
      numberedTop = true;
      return path.set(['1'], indent);
    }
    if (!numberedTop) return path.push(label, indent);
    // Levels alternate from a number at the top: a label continues an open level or opens one.
    const open = path.current.split('.');
    for (let d = open.length; d >= 1; d--)
      if (successor(open[d - 1]!) === label)
        return path.set([...open.slice(0, d - 1), label], indent);
    const last = open.at(-1)!;
    if ((label === 'a' && isNumber(last)) || (label === '1' && !isNumber(last)))
      return path.set([...open, label], indent);
    return null;
  };

  const startEntry = (code: string, line: number): EntryDraft | null => {
    const first = firstLine.get(code);
    path.reset();
    indentOf.clear();
    open = null;
    note = null;
    numberedTop = false;
    if (first !== undefined) {
      issue(
        line,
        'code',
        `entry ${code} repeats (first at line ${first}); this one is left out`,
        code,
      );
      rejected++;
      return null;
    }
    firstLine.set(code, line);
    const draft: EntryDraft = { code, line, head: '', paragraphs: [] };
    drafts.push(draft);
    return draft;
  };

  /** Reads one line of an entry's body (`body` without its indentation). */
  const readBody = (e: EntryDraft, body: string, indent: number, line: number): void => {
    const n = NOTE.exec(body);
    if (n && !(note && open && note.pointIndent !== null && indent > note.indent)) {
      const kind: ParagraphKind = n[1] ? 'technical-note' : n[5] ? 'text' : 'note';
      open = { label: ownerOf(indent), kind, text: n[6] ?? '' };
      e.paragraphs.push(open);
      note = { indent, pointIndent: null, lastPoint: '' };
      return;
    }
    // (A note marker printed inside a note's points — 4A003's "N.B. 1:" — is the note's text.)
    const l = n ? null : LABEL.exec(body);
    if (l) {
      const label = l[1]!;
      const rest = l[3] ?? '';
      if (note && open) {
        // A point of the note: the first one (`a.`, `1.`) follows a note that announces a list
        // (its text ends with a colon, or it is a bare "Technical Notes:"); later ones are
        // indented past the note's marker, or printed at the first point's depth in sequence.
        const inNote =
          note.pointIndent === null
            ? (label === 'a' || label === '1') &&
              indent >= note.indent &&
              (open.text === '' || /:\s*$/.test(open.text))
            : indent > note.indent ||
              (indent >= note.pointIndent && label === successor(note.lastPoint));
        if (inNote) {
          note.pointIndent ??= indent;
          note.lastPoint = label;
          open.text = joinLine(open.text, body);
          return;
        }
      }
      const placed = place(label, indent);
      if (placed === null && note && open && label === successor(note.lastPoint)) {
        // The next point of the note, its indentation lost at a page break (1C353's "3.").
        note.lastPoint = label;
        open.text = joinLine(open.text, body);
        return;
      }
      note = null;
      if (placed === null) {
        const where = path.current === '' ? "the entry's head" : `'${path.current}'`;
        issue(
          line,
          'label',
          `label '${label}' does not follow ${where}; its text is kept with the paragraph before it`,
          body,
        );
        if (open) open.text = joinLine(open.text, body);
        else e.head = joinLine(e.head, body);
        return;
      }
      indentOf.set(placed, indent);
      open = { label: placed, kind: 'item', text: rest };
      e.paragraphs.push(open);
      return;
    }
    if (open) open.text = joinLine(open.text, body);
    else e.head = joinLine(e.head, body);
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const l = raw.replace(/\f/g, '').replace(/\s+$/, '');
    if (l.trim() === '') return;
    if (badLines.has(line))
      issue(line, 'text', 'invalid UTF-8 byte sequence (this file must be UTF-8)');
    if (PAGE_NUMBER.test(l)) return aside('page numbers');
    if (RUNNING_HEADER.test(l)) return aside('running headers');
    if (CONTINUED.test(l)) return aside('"continued" markers');
    const start = ENTRY.exec(l);
    if (start) {
      entry = startEntry(start[1]!, line);
      const rest = start[2] ?? '';
      if (entry && rest) readBody(entry, rest, l.length - rest.length, line);
      return;
    }
    if (GROUP_HEADING.test(l)) return aside('group headings');
    if (!entry)
      return aside(
        drafts.length === 0 ? 'text before the first entry' : 'lines of a left-out entry',
      );
    const body = l.trimStart();
    readBody(entry, body, l.length - body.length, line);
  });

  const entries: ControlEntry[] = drafts.map((d) => {
    const head = collapse(d.head);
    const paragraphs: ControlParagraph[] = d.paragraphs.map((p) => {
      const text = collapse(p.text);
      const item = p.kind === 'item';
      return {
        label: p.label,
        kind: p.kind,
        status: item ? statusOf(text) : 'controlled',
        text,
        parameters: item ? extractParameters(text, 'eu') : [],
      };
    });
    const seen = new Set<string>();
    for (const p of paragraphs)
      if (p.kind === 'item') {
        if (seen.has(p.label)) warnings.push(`${d.code}: paragraph '${p.label}' is printed twice`);
        seen.add(p.label);
      }
    return {
      listId: options.id,
      code: d.code,
      canonicalCode: canonicalCode('eu', d.code) ?? d.code,
      category: d.code[0]!,
      group: d.code[1]!,
      heading: headingOf(head),
      reasons: [],
      sensitive: null,
      verySensitive: null,
      status: head !== '' ? statusOf(head) : 'controlled',
      paragraphs,
      line: d.line,
    };
  });

  const counts: ControlListCounts = {
    rowsRead: lines.length,
    rejectedRows: rejected,
    setAside,
    entries: entries.length,
    paragraphs: entries.reduce((s, e) => s + e.paragraphs.length, 0),
    parameters: entries.reduce(
      (s, e) => s + e.paragraphs.reduce((t, p) => t + p.parameters.length, 0),
      0,
    ),
  };
  return { list, entries, sources: { list: source }, issues, warnings, counts };
}
