// Parser for the US Commerce Control List (15 CFR 774 Supp. 1) as the JSON that
// seelpeed-debug/export-controls-agent-mcp builds from the eCFR XML: `{citation, source,
// ecfrIssueDate, entries[]}`, one entry per ECCN with its heading, reasons for control and, for
// categories 1, 3, 4 and 5 only, the "Items" paragraphs (`items` [{paragraph, kind, depth, text}]).
//
// The JSON is a parse, not the regulation, and this parser repairs what the data itself shows:
//   - Entries swallowed by the one before. Where the XML markup of an ECCN's heading differs, the
//     source parse ran it into the previous entry: either into its heading (`0D606 … License
//     Requirements … 0D614 "Software" related to …`: the previous entry's whole body, then the
//     missing ECCN and its heading) or into its items (3D006's `a`, `b` and "For the purposes of
//     3D006:" inside 3D005). Both are split back into an entry of their own, with a warning.
//   - Items whose label ended up in their text (`c.3.a Two or more RF independent sources;` as a
//     `text` paragraph under 3B001.c.3) are read back as items.
//   - Notes' own lettered or numbered points: the JSON gives a note's `1.`, `2.` as `note`
//     paragraphs labelled `1`, `2` (or `2.a`), and its `a.`, `b.` as `item` paragraphs that repeat
//     a label the entry already used (1A613 "Note 3: … all the following:" then `a`, `b`), or
//     continue the note's lettering (1C001.a's note `a`…`e`, 5A002.a's note `a`…`j`). They belong
//     to the note before them: they take its label and kind, and keep their letter or number in
//     the text (`1. For the purposes of …`). The JSON does not mark them, so this is a reading:
//     where a note's list comes before the entry's own items without an introducing colon (1C350's
//     sample-shipment rules, 1A008) the note's list is kept as the items and the items as points;
//     every entry where points were read is named in a warning.
//   - Licensing text that leaked into the items ("Reason for Control: NS, AT", "LVS: N/A") is set
//     aside; an entry without `reasonForControl` takes its reasons from such a line.
import { existsSync, readFileSync, statSync } from 'node:fs';
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
import type { ControlListOptions, ParsedControlList } from './parsed-control-list.ts';

export const US_CCL_LICENCE =
  'Text of the Code of Federal Regulations (15 CFR 774 Supp. 1): a US Government work, not ' +
  'subject to copyright (17 U.S.C. §105). Parse by seelpeed-debug/export-controls-agent-mcp ' +
  '(MIT licence).';

/** The heading of an entry split out of another one whose heading the JSON does not hold. */
export const US_CCL_MISSING_HEADING = '(heading not in the source parse; see 15 CFR 774 Supp. 1)';

/** ECCNs the provenance says the source parse misses; those still absent are named in a warning. */
export const US_CCL_KNOWN_MISSING = ['1C012', '2B352', '3D006', '3E002', '0D614', '8D001'] as const;

/** Reasons for paragraphs left out on purpose (keys of `counts.setAside`). */
export const US_CCL_SET_ASIDE = {
  licensing: 'licensing text among the items (Reason for Control, LVS, Related Controls …)',
} as const;

type JsonKind = 'item' | 'note' | 'text';

interface RawItem {
  paragraph: string | null;
  kind: JsonKind;
  text: string;
}

interface RawEntry {
  eccn: string;
  heading: string;
  reasons: string[];
  items: RawItem[];
  line: number;
}

const ECCN = /^[0-9][A-E][0-9]{3}$/;
/** A JSON note paragraph numbered as a note's own point: `1`, `2.a`, `2.b.3`. */
const NOTE_POINT = /^[0-9]{1,2}(?:\.[a-z0-9]{1,2})*$/;
/** An item path whose label was left in the text: `c.3.a Two or more …`. */
const LABEL_IN_TEXT = /^([a-z]{1,2}(?:\.[a-z0-9]{1,2})+)\.?\s+(\S.*)$/s;
/** What may precede a paragraph reference at the start of a note ("Note 2: ", "For the purposes of "). */
const NOTE_PREFIX =
  /^(?:(?:Technical\s+)?Notes?\s*[0-9]*(?:\s+to\s+[^:]{1,40})?\s*:\s*)?(?:N\.B\.\s*[0-9]*\s*(?:to\s+paragraph\s+[^:]*)?:?\s*)?(?:For (?:the )?purposes of\s+(?:paragraph\s+)?)?/i;
/** Licensing fields the source parse sometimes leaves among the items. */
const LICENSING =
  /^(?:Reason for Control|LVS|GBS|Related Controls?|Related Definitions?|License Requirements? Notes?|Items)\s*:/i;
const REASON_LINE = /^Reason for Control\s*:\s*(.*)$/i;
const RESERVED =
  /^(?:(?:(?:through|to|and)\s+)?[a-z0-9]{1,2}(?:\.[a-z0-9]{1,2})*\.?(?:\s*-\s*[a-z0-9]{1,2}\.?)?\s*)?\[?Reserved\]?\s*[.;]?$/i;
const NOT_USED = /^\[?Not used\b/i;
const TECHNICAL_NOTE = /^Technical Notes?\b/i;
const NOTE_HEAD = /^Notes?\s*[0-9]*(?:\s+to\s+[^:]{1,60})?\s*:/i;
/**
 * A definition: "'X' means …", "For the purposes of 3B001.r, 'pattern shaping' is a …",
 * "A 'transmit module' is an …" — a quoted term followed by means / is / refers to; not "'X' is
 * calculated / measured …", which say how a value is read.
 */
const DEFINITION =
  /^(?:For (?:the )?purposes of [^,:]{1,80},\s*)?(?:(?:a|an|the)\s+)?['‘“][^'’”]{1,80}['’”]\s*(?:\([^)]{1,40}\)\s*)*,?\s*(?:means|is defined as|refers to|(?:is|are)\b(?!\s+(?:measured|calculated|determined|specified|not|considered|based|aggregated|counted)\b))/i;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `NS, RS, AT` → ['NS', 'RS', 'AT']; a trailing full stop ("CW, AT.") is dropped. */
export const splitReasons = (s: string | null | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((r) => collapse(r).replace(/\.$/, ''))
    .filter((r) => r !== '');

function statusOf(text: string): ParagraphStatus {
  if (RESERVED.test(text)) return 'reserved';
  if (NOT_USED.test(text)) return 'not-used';
  return 'controlled';
}

/** The kind of a paragraph that is not an item, from the JSON's kind and what the text shows. */
function nonItemKind(jsonKind: JsonKind, text: string): ParagraphKind {
  if (TECHNICAL_NOTE.test(text)) return 'technical-note';
  if (DEFINITION.test(text)) return 'definition';
  if (NOTE_HEAD.test(text)) return 'note';
  return jsonKind === 'note' ? 'note' : 'text';
}

/** The label after `label` at the same level (`b` → `c`, `9` → `10`), null for another form. */
function successor(label: string): string | null {
  if (/^[0-9]+$/.test(label)) return String(Number(label) + 1);
  if (/^[a-y]$/.test(label)) return String.fromCharCode(label.charCodeAt(0) + 1);
  return null;
}

/** True when `next` can come straight after `last` in one tree: its first child or a next sibling. */
function follows(last: string, next: string): boolean {
  const a = last.split('.');
  const b = next.split('.');
  if (b.length === a.length + 1 && b.slice(0, -1).join('.') === last)
    return /^(?:a|1)$/.test(b.at(-1)!);
  if (b.length > a.length) return false;
  return (
    b.slice(0, -1).join('.') === a.slice(0, b.length - 1).join('.') &&
    successor(a[b.length - 1]!) === b.at(-1)
  );
}

/** Letters order by length then alphabet (`z` < `aa`); numbers by value. */
function segmentOrder(s: string): number {
  return /^[0-9]+$/.test(s) ? Number(s) : s.length * 100 + s.charCodeAt(0);
}

function readJson(file: string): Record<string, unknown> {
  if (!existsSync(file)) throw new DomainError('bad_file', `${file}: file not found`);
  if (!statSync(file).isFile()) throw new DomainError('bad_file', `${file}: not a file`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DomainError(
      'bad_file',
      `${file}: not JSON (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { entries?: unknown }).entries)
  )
    throw new DomainError(
      'bad_file',
      `${file}: no "entries" array: this is not the eCFR Commerce Control List JSON`,
    );
  return data as Record<string, unknown>;
}

/**
 * Reads the eCFR JSON of the Commerce Control List into a list of ECCN entries and their
 * paragraphs. Never throws on a bad entry (it is reported and left out); throws a DomainError
 * naming the file when it is missing, is not JSON or has no `entries`.
 */
export function parseUsCcl(file: string, options: ControlListOptions): ParsedControlList {
  const data = readJson(file);
  const rawEntries = data.entries as unknown[];
  const issues: RowIssue[] = [];
  const warnings: string[] = [];
  const setAside: Record<string, number> = {};
  const aside = (reason: string): void => {
    setAside[reason] = (setAside[reason] ?? 0) + 1;
  };

  const fileDate = typeof data.ecfrIssueDate === 'string' ? data.ecfrIssueDate.trim() : '';
  const versionDate = /^\d{4}-\d{2}-\d{2}$/.test(fileDate) ? fileDate : (options.date ?? '');
  if (!versionDate)
    throw new DomainError(
      'bad_file',
      `${file}: no ecfrIssueDate (YYYY-MM-DD) in the file; give the date with --date`,
    );

  // JSON entries have no lines: an entry's `line` is its 1-based index in `entries` plus one, as
  // if the array were a table whose header is line 1 (entries[0] is line 2).
  const read: RawEntry[] = [];
  const firstLine = new Map<string, number>();
  rawEntries.forEach((raw, i) => {
    const line = i + 2;
    const entry = readEntry(raw, line, file);
    if ('issues' in entry) {
      issues.push(...entry.issues);
      return;
    }
    const seen = firstLine.get(entry.eccn);
    if (seen !== undefined) {
      issues.push({
        file,
        line,
        field: 'eccn',
        reason: `repeats the ECCN of line ${seen}`,
        value: entry.eccn,
      });
      return;
    }
    firstLine.set(entry.eccn, line);
    read.push(entry);
  });
  const rejectedRows = new Set(issues.map((i) => i.line)).size;

  // Split the entries the source parse ran into the one before them.
  const present = new Set(read.map((e) => e.eccn));
  const split: RawEntry[] = [];
  for (const entry of read) {
    split.push(entry);
    let host = entry;
    const fromHeading = splitHeading(entry, present);
    if (fromHeading) {
      present.add(fromHeading.eccn);
      warnings.push(
        `${fromHeading.eccn} is missing from the source parse: its heading ends the heading of ` +
          `${entry.eccn}, after that entry's licensing text; split into an entry of its own ` +
          `(with the reasons the JSON gives ${entry.eccn}` +
          (fromHeading.items.length > 0
            ? ` and its ${fromHeading.items.length} item paragraphs)`
            : ')'),
      );
      split.push(fromHeading);
      host = fromHeading;
    }
    for (let next = splitItems(host, present); next; next = splitItems(host, present)) {
      present.add(next.eccn);
      warnings.push(
        `${next.eccn} is missing from the source parse: ${next.items.length} of the item ` +
          `paragraphs of ${host.eccn} are its own (they name it); split into an entry of its own, ` +
          `its heading is not in the file`,
      );
      split.push(next);
      host = next;
    }
  }
  const stillMissing = US_CCL_KNOWN_MISSING.filter((c) => !present.has(c));
  if (stillMissing.length > 0)
    warnings.push(
      `${stillMissing.join(', ')}: not in the file (the source parse misses them, see its ` +
        `provenance); check 15 CFR 774 Supp. 1 before reading their absence as a difference`,
    );

  const sourceId = `control-list:${options.id}`;
  const entries: ControlEntry[] = [];
  let paragraphs = 0;
  let parameters = 0;
  for (const raw of split) {
    const kept = raw.items.filter((item) => {
      if (item.kind === 'item' || !LICENSING.test(item.text)) return true;
      const reason = REASON_LINE.exec(item.text);
      if (reason && raw.reasons.length === 0) raw.reasons = splitReasons(reason[1]);
      aside(US_CCL_SET_ASIDE.licensing);
      return false;
    });
    const { paragraphs: ps, demoted } = paragraphsOf(raw.eccn, kept);
    if (demoted.length > 0)
      warnings.push(
        `${raw.eccn}: ${demoted.length} item paragraph(s) read as the lettered points of the note ` +
          `before them, not as items (${[...new Set(demoted)].join(', ')}): they repeat or ` +
          `continue the note's own lettering`,
      );
    paragraphs += ps.length;
    parameters += ps.reduce((n, p) => n + p.parameters.length, 0);
    entries.push({
      listId: options.id,
      code: raw.eccn,
      canonicalCode: canonicalCode('eccn', raw.eccn)!,
      category: raw.eccn[0]!,
      group: raw.eccn[1]!,
      heading: raw.heading,
      reasons: raw.reasons,
      sensitive: null,
      verySensitive: null,
      status: /^\[?(?:Reserved|Not used)\b/i.test(raw.heading) ? 'not-used' : 'controlled',
      paragraphs: ps,
      line: raw.line,
    });
  }

  // Present but named by another entry's notes: reported, left where the source parse put them.
  for (const raw of split)
    for (const item of raw.items) {
      const named = namedEccn(item);
      if (named && named !== raw.eccn && present.has(named) && item.kind !== 'item')
        warnings.push(
          `${raw.eccn}: a paragraph names ${named}, another entry of the file ("${item.text.slice(0, 60)}…"); left in ${raw.eccn}`,
        );
    }

  const list: ControlList = {
    id: options.id,
    name: 'US Commerce Control List (15 CFR 774 Supp. 1)',
    jurisdiction: 'USA',
    // A member's own list that mixes regimes (Wassenaar, MTCR, NSG, AG, CWC series and the US's
    // own 0xx/9xx entries): the series of each code says which (codes.ts `seriesOf`).
    regime: 'national',
    isRegimeList: false,
    scheme: 'eccn',
    versionDate,
    sourceId,
    licenceNote: US_CCL_LICENCE,
  };
  const url =
    typeof data.source === 'object' && data.source !== null
      ? (data.source as { url?: unknown }).url
      : undefined;
  const source: Source = {
    id: sourceId,
    citation: `${typeof data.citation === 'string' ? data.citation : '15 C.F.R. Part 774, Supplement No. 1 (Commerce Control List)'}, eCFR ${versionDate}`,
    publisher: 'U.S. Department of Commerce, Bureau of Industry and Security (eCFR)',
    licence: US_CCL_LICENCE,
    url: typeof url === 'string' ? url : 'https://www.ecfr.gov/current/title-15/part-774',
    date: versionDate,
    notes:
      'Parsed from the eCFR XML by seelpeed-debug/export-controls-agent-mcp (src/data/ccl.json); ' +
      'item paragraphs for categories 1, 3, 4 and 5 only; a few ECCNs are missing (see the warnings).',
  };

  return {
    list,
    entries,
    sources: { list: source },
    issues,
    warnings,
    counts: {
      rowsRead: rawEntries.length,
      rejectedRows,
      setAside,
      entries: entries.length,
      paragraphs,
      parameters,
    },
  };
}

/** Checks one JSON entry; returns it read, or every problem it has. */
function readEntry(raw: unknown, line: number, file: string): RawEntry | { issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const bad = (field: string, reason: string, value?: unknown): void => {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    issues.push({
      file,
      line,
      field,
      reason,
      ...(value !== undefined && value !== null ? { value: shown.slice(0, 80) } : {}),
    });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    bad('entry', 'is not an object');
    return { issues };
  }
  const r = raw as Record<string, unknown>;
  const eccn = typeof r.eccn === 'string' ? r.eccn.trim() : '';
  if (r.eccn === undefined || r.eccn === null || r.eccn === '') bad('eccn', 'is missing');
  else if (typeof r.eccn !== 'string') bad('eccn', 'is not text', r.eccn);
  else if (!ECCN.test(eccn))
    bad('eccn', 'is not an ECCN (a digit, a letter A–E, three digits: 3B001)', r.eccn);
  if (ECCN.test(eccn)) {
    // The category may be printed as a string ("3") or a number (3).
    const category = typeof r.category === 'number' ? `${r.category}` : r.category;
    if (category !== undefined && category !== null && category !== eccn[0])
      bad('category', `does not match the ECCN ${eccn}`, r.category);
    if (r.productGroup !== undefined && r.productGroup !== null && r.productGroup !== eccn[1])
      bad('productGroup', `does not match the ECCN ${eccn}`, r.productGroup);
  }
  if (typeof r.heading !== 'string' || r.heading.trim() === '')
    bad('heading', typeof r.heading === 'string' ? 'is empty' : 'is missing or not text');
  if (
    r.reasonForControl !== undefined &&
    r.reasonForControl !== null &&
    typeof r.reasonForControl !== 'string'
  )
    bad('reasonForControl', 'is not text', r.reasonForControl);
  const items: RawItem[] = [];
  if (r.items !== undefined && r.items !== null && !Array.isArray(r.items))
    bad('items', 'is not an array', r.items);
  else if (Array.isArray(r.items))
    r.items.forEach((it: unknown, k) => {
      const at = `items[${k}]`;
      if (typeof it !== 'object' || it === null) return bad(at, 'is not an object');
      const o = it as Record<string, unknown>;
      if (typeof o.text !== 'string') return bad(`${at}.text`, 'is missing or not text');
      if (o.kind !== 'item' && o.kind !== 'note' && o.kind !== 'text')
        return bad(`${at}.kind`, 'is not item, note or text', o.kind);
      if (o.paragraph !== undefined && o.paragraph !== null && typeof o.paragraph !== 'string')
        return bad(`${at}.paragraph`, 'is not text', o.paragraph);
      const paragraph = typeof o.paragraph === 'string' ? o.paragraph.trim() : '';
      if (o.kind === 'item' && paragraph === '')
        return bad(`${at}.paragraph`, 'an item paragraph has no label');
      items.push({ paragraph: paragraph || null, kind: o.kind, text: collapse(o.text) });
    });
  if (issues.length > 0) return { issues };
  return {
    eccn,
    heading: collapse(r.heading as string),
    reasons: splitReasons(r.reasonForControl as string | null | undefined),
    items,
    line,
  };
}

/** The ECCN a non-item paragraph starts with ("For the purposes of 3D006:", "3E002 includes …"). */
function namedEccn(item: RawItem): string | null {
  if (item.kind === 'item') return null;
  const rest = item.text.replace(NOTE_PREFIX, '');
  const m = /^([0-9][A-E][0-9]{3})\b/.exec(rest);
  return m ? m[1]! : null;
}

/** True when `code` can be an entry that the source parse ran into `host` (same category, later). */
const swallowable = (code: string, host: string, present: ReadonlySet<string>): boolean =>
  code !== host && code[0] === host[0] && code > host && !present.has(code);

/**
 * An entry whose heading holds its whole body ("… License Requirements Reason for Control: …")
 * ending with a missing ECCN and that ECCN's heading: the host keeps its own heading and the
 * reasons printed in its body; the JSON's reasons and items, which the source parse read after
 * the last heading, go to the missing ECCN.
 */
function splitHeading(host: RawEntry, present: ReadonlySet<string>): RawEntry | null {
  const at = host.heading.search(/\s*\.?\s*License Requirements\b/);
  if (at < 0) return null;
  const body = host.heading.slice(at);
  let found: { eccn: string; heading: string } | null = null;
  for (const m of body.matchAll(/(?:^|[.;:)]\s+)([0-9][A-E][0-9]{3})\s+(?=\S)/g)) {
    if (swallowable(m[1]!, host.eccn, present))
      found = { eccn: m[1]!, heading: body.slice(m.index + m[0].length) };
  }
  if (!found) return null;
  const reasons = /Reason for Control:\s*(.+?)\s+Control\(s\)/.exec(body);
  const heading = host.heading.slice(0, at).replace(/\s+$/, '');
  const missing: RawEntry = {
    eccn: found.eccn,
    heading: collapse(found.heading.replace(/“\s+/g, '“').replace(/\s+”/g, '”')),
    reasons: host.reasons,
    items: host.items,
    line: host.line,
  };
  host.heading = /[.)]$/.test(heading) ? heading : `${heading}.`;
  host.reasons = reasons ? splitReasons(reasons[1]) : [];
  host.items = [];
  return missing;
}

/**
 * The part of `host`'s items that belongs to a missing ECCN: a note names it ("For the purposes
 * of 3D006:"), and its items start at the last `a` before that note which opens the host's items
 * or restarts them (3D005's own list is its heading; its `a`, `b` are 3D006's).
 */
function splitItems(host: RawEntry, present: ReadonlySet<string>): RawEntry | null {
  const m = host.items.findIndex((item) => {
    const named = namedEccn(item);
    return named !== null && swallowable(named, host.eccn, present);
  });
  if (m < 0) return null;
  const eccn = namedEccn(host.items[m]!)!;
  let start = m;
  for (let k = m; k >= 0; k--) {
    const item = host.items[k]!;
    if (item.kind !== 'item' || item.paragraph !== 'a') continue;
    const earlier = host.items.slice(0, k).filter((i) => i.kind === 'item');
    if (earlier.length === 0 || earlier.some((i) => i.paragraph === 'a')) {
      start = k;
      break;
    }
  }
  const missing: RawEntry = {
    eccn,
    heading: US_CCL_MISSING_HEADING,
    reasons: [],
    items: host.items.slice(start),
    line: host.line,
  };
  host.items = host.items.slice(0, start);
  return missing;
}

type Role =
  | { role: 'item'; label: string; text: string }
  | { role: 'point'; marker: string }
  | { role: 'note' };

/**
 * The paragraphs of one entry. Items keep their JSON paths; other paragraphs take the label of
 * the item they are about — the one their text names ("3B001.c includes …", "For the purposes of
 * 3B001.f.1.b:") when it is an item of the entry, else the item they follow — and a note's own
 * points take the label and kind of the note they continue.
 */
function paragraphsOf(
  eccn: string,
  items: readonly RawItem[],
): { paragraphs: ControlParagraph[]; demoted: string[] } {
  // First pass: which paragraphs are the entry's items.
  const used = new Set<string>();
  const demoted: string[] = [];
  let top = '';
  // The last lettered point of a note, while the JSON's `item` paragraphs read as a note's points.
  // `top` is its furthest single-letter point: the JSON flattens a note's `1.a` to `a`, so the
  // note's `d` may follow its `c` with the sub-point `b` in between (1C001.a's note).
  let run: { label: string; top: string; text: string } | null = null;
  const roles: Role[] = items.map((item, k) => {
    if (item.kind === 'item') {
      const label = item.paragraph!;
      // A label the entry already used is a note's point. So is one that continues a note's
      // points (`b` after the note's `a`) when the entry uses the label again later (5A002: the
      // note's `b`…`f`, then the entry's own `b`…`f`) or when the point before it does not end
      // its sentence ("a. “Laser” marking of polymers; or").
      const continues =
        run !== null &&
        (follows(run.label, label) || follows(run.top, label)) &&
        (items.slice(k + 1).some((i) => i.kind === 'item' && i.paragraph === label) ||
          !/\.$/.test(run.text));
      // The entry's first list, after a note that ends "…provided:" and with an `a` again later,
      // is that note's (4A994 prints the conditions of its control status before its items).
      const before = k > 0 ? items[k - 1]! : null;
      const opensNote =
        used.size === 0 &&
        label === 'a' &&
        before !== null &&
        before.kind !== 'item' &&
        before.text.endsWith(':') &&
        items.slice(k + 1).some((i) => i.kind === 'item' && i.paragraph === 'a');
      if (used.has(label) || continues || opensNote) {
        demoted.push(label);
        const top =
          run && (label.includes('.') || segmentOrder(run.top) > segmentOrder(label))
            ? run.top
            : label;
        run = { label, top, text: item.text };
        return { role: 'point', marker: label };
      }
      run = null;
      used.add(label);
      top = label.split('.')[0]!;
      return { role: 'item', label, text: item.text };
    }
    if (item.kind === 'note' && item.paragraph && NOTE_POINT.test(item.paragraph))
      return { role: 'point', marker: item.paragraph };
    const m = item.paragraph === null ? LABEL_IN_TEXT.exec(item.text) : null;
    if (m && !used.has(m[1]!)) {
      const first = m[1]!.split('.')[0]!;
      const fits = top === '' ? first === 'a' : segmentOrder(first) >= segmentOrder(top);
      if (fits) {
        used.add(m[1]!);
        top = first;
        return { role: 'item', label: m[1]!, text: m[2]! };
      }
    }
    return { role: 'note' };
  });

  /** The deepest item of the entry that a path printed in a note names (`c.3` for "3B001.c.3.z"). */
  const itemNamed = (path: string): string | null => {
    const parts = path.split('.').filter((s) => s !== '');
    for (let n = parts.length; n > 0; n--) {
      const label = parts.slice(0, n).join('.');
      if (used.has(label)) return label;
    }
    return null;
  };
  const reference = new RegExp(
    `^(?:${eccn}((?:\\.[a-z0-9]{1,2})*)(?![0-9A-Za-z])|paragraph\\s+([a-z]{1,2}(?:\\.[a-z0-9]{1,2})*))`,
  );
  /** The label a note's text names at its start: an item of the entry, `''` for the entry itself. */
  const labelNamed = (text: string): string | null => {
    const m = reference.exec(text.replace(NOTE_PREFIX, ''));
    if (!m) return null;
    if (m[2] !== undefined) return itemNamed(m[2]);
    return m[1] ? itemNamed(m[1]) : '';
  };

  const out: ControlParagraph[] = [];
  let lastItem = '';
  let previous = '';
  let noteKind: ParagraphKind = 'note';
  items.forEach((item, k) => {
    const role = roles[k]!;
    if (role.role === 'item') {
      out.push({
        label: role.label,
        kind: 'item',
        status: statusOf(role.text),
        text: role.text,
        parameters: extractParameters(role.text),
      });
      lastItem = role.label;
      previous = role.label;
      return;
    }
    if (role.role === 'point') {
      // A note's own point: the note it continues says what it is about and what kind it is,
      // unless the point names an item of the entry itself ("1. For the purposes of 3A001.e.1, …").
      const kind = DEFINITION.test(item.text) ? 'definition' : noteKind;
      out.push({
        label: labelNamed(item.text) ?? previous,
        kind,
        status: statusOf(item.text),
        text: `${role.marker}. ${item.text}`,
        parameters: [],
      });
      return;
    }
    const label = labelNamed(item.text) ?? lastItem;
    const kind = nonItemKind(item.kind, item.text);
    out.push({ label, kind, status: statusOf(item.text), text: item.text, parameters: [] });
    previous = label;
    noteKind = kind === 'definition' || kind === 'text' ? 'note' : kind;
  });
  return { paragraphs: out, demoted };
}
