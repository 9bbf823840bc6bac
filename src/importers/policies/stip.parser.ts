// Parser for an EC-OECD STIP Compass export (format `stip`; the survey's columns, one row per
// policy initiative × policy instrument): one record per `Policy initiative ID`, id
// `stip:<initiative number>` (the URI's last segment), source id the URI.
//
// - The rows of one initiative repeat its fields and differ in the instrument: their instrument
//   type categories and types are merged into the record's source tags (with its themes), and a
//   bad row rejects the whole initiative.
// - Type: from the instrument type where INSTRUMENT_TYPES names it, else from its category
//   (CATEGORY_TYPES); an initiative with several instruments takes the first type in TYPE_ORDER
//   (the most binding or structural). E.g. Governance: `Strategies, agendas and plans` → strategy,
//   `Creation or reform of governance structure or public body` → body, consultations and
//   policy intelligence → other, outreach → programme; Direct financial support and collaborative
//   infrastructures → programme; `Science and technology regulation` → regulation.
// - Bindingness: STIP does not say; unknown. Nothing is model-coded.
// - Status and dates: `Start date` is the date it took effect (dates `in-force`, and the year); an
//   `End date` before the current year makes it `expired` (dated), otherwise it is `in-force`; the
//   end year is kept as `endYear` either way.
// - Jurisdiction: `Country` through core/policies/jurisdictions.ts; an unknown name rejects the row.
// - Links: `Public access URL` ("|"-separated): http(s) addresses kept; a bare host name
//   (`www.example.org`) is left out with a warning (its scheme is not known); any other value (a
//   `javascript:` or `ftp:` address, text) rejects the row. The initiative's STIP URI is kept as
//   the source's page.
// - Topics: from `Theme(s)` ("|"-separated) through the taxonomy's STIP mappings.
// - Text: description = `Description`, then `Objective(s)` and the acronym when given;
//   original title = `Original name(s)` when it differs from the English name; responsible body
//   = `Responsible organisation(s)` joined by "; ".
import type {
  InstrumentType,
  PolicyInstrument,
  PolicyTopic,
} from '../../core/policies/instrument.ts';
import { topicsFor } from '../../core/policies/taxonomy.ts';
import { readTable } from '../read-table.ts';
import {
  isHttpUrl,
  jurisdictionCell,
  lineCell,
  MAX_TEXT,
  MAX_TITLE,
  PolicyIssues,
  spacedWarning,
  textCell,
  yearCell,
  type ParsedPolicies,
} from './parsed-policies.ts';

export const STIP_COLUMNS = [
  'Policy initiative ID',
  'English name',
  'Original name(s)',
  'Acronym',
  'Description',
  'Start date',
  'End date',
  'Objective(s)',
  'Responsible organisation(s)',
  'Public access URL',
  'Country',
  'Theme(s)',
  'Policy instrument type category',
  'Policy instrument type',
] as const;

export const STIP_CITATION = 'EC-OECD STIP Compass (stip.oecd.org), export via STIPlab/hackathon';

/** STIP instrument types that name an instrument type of the registry. */
export const STIP_INSTRUMENT_TYPES: Readonly<Record<string, InstrumentType>> = {
  'Strategies, agendas and plans': 'strategy',
  'Creation or reform of governance structure or public body': 'body',
  'Horizontal STI coordination bodies': 'body',
  'Formal consultation of stakeholders or experts': 'other',
  'Policy intelligence (e.g. evaluations, benchmarking and forecasts)': 'other',
  'Public awareness campaigns and other outreach activities': 'programme',
  'Science and technology regulation': 'regulation',
  'Labour mobility regulation and incentives': 'regulation',
  'Standards and certification for technology development and adoption': 'standards-mandate',
};

/** The type of an instrument type category, for instrument types not in STIP_INSTRUMENT_TYPES. */
export const STIP_CATEGORY_TYPES: Readonly<Record<string, InstrumentType>> = {
  Governance: 'other',
  'Direct financial support': 'programme',
  'Indirect financial support': 'programme',
  'Collaborative infrastructures (soft and physical)': 'programme',
  'Guidance, regulation and incentives': 'programme',
};

/** Which type an initiative with several instruments takes: the first of its types here. */
export const TYPE_ORDER: readonly InstrumentType[] = [
  'law',
  'regulation',
  'executive-order',
  'standards-mandate',
  'strategy',
  'body',
  'programme',
  'guideline',
  'other',
];

const INITIATIVE = /^https?:\/\/stip\.oecd\.org\/[^\s]*\/policyInitiatives\/(\d+)$/;

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

interface Row {
  line: number;
  number: string;
  uri: string;
  title: string;
  originalTitle: string;
  description: string;
  jurisdiction: { code: string; kind: PolicyInstrument['jurisdictionKind'] };
  start: string;
  year: number | null;
  endYear: number | null;
  end: string;
  body: string;
  links: string[];
  themes: string[];
  tags: string[];
  type: InstrumentType;
}

/** Reads a STIP Compass export; never throws on a bad row; throws a DomainError for a bad file. */
export function parseStip(
  file: string,
  topics: readonly PolicyTopic[],
  options: { currentYear?: number } = {},
): ParsedPolicies {
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const table = readTable(file, STIP_COLUMNS);
  const log = new PolicyIssues(file);
  const warnings: string[] = [];
  const rows = new Map<string, Row[]>();
  const rejected = new Set<string>();
  const bareHosts: string[] = [];
  const unknownTypes = new Set<string>();
  let spaced = 0;

  for (const { line, record } of table.rows) {
    const cell = (c: string): string => record[c] ?? '';
    if (record['#cells'] !== undefined)
      log.issue(
        line,
        'Policy initiative ID',
        `has ${record['#cells']} cells, the header ${table.columns.length}`,
      );
    const uri = cell('Policy initiative ID').trim();
    const m = INITIATIVE.exec(uri);
    if (!m)
      log.issue(
        line,
        'Policy initiative ID',
        uri === '' ? 'is empty' : 'is not a STIP Compass initiative URI',
        uri,
      );
    const title = lineCell(log, line, 'English name', cell('English name'), {
      required: true,
      max: MAX_TITLE,
    });
    const original = lineCell(log, line, 'Original name(s)', cell('Original name(s)'), {
      max: MAX_TITLE,
    });
    if (title.spaced || original.spaced) spaced++;
    const acronym = lineCell(log, line, 'Acronym', cell('Acronym')).value;
    const description = textCell(log, line, 'Description', cell('Description'));
    const objectives = textCell(log, line, 'Objective(s)', cell('Objective(s)'));
    const country = cell('Country').trim();
    const jurisdiction =
      country === ''
        ? (log.issue(line, 'Country', 'is empty', ''), null)
        : jurisdictionCell(log, line, 'Country', country);
    const start = cell('Start date').trim();
    const year = yearCell(log, line, 'Start date', start);
    const end = cell('End date').trim();
    const endYear = yearCell(log, line, 'End date', end);
    if (year !== null && endYear !== null && endYear < year)
      log.issue(line, 'End date', `is before the start date (${start})`, end);
    const body = split(
      lineCell(log, line, 'Responsible organisation(s)', cell('Responsible organisation(s)'), {
        max: MAX_TEXT,
      }).value,
    );
    const links: string[] = [];
    const hosts: string[] = [];
    for (const part of split(cell('Public access URL'))) {
      if (isHttpUrl(part)) links.push(part);
      else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(part))
        hosts.push(`line ${line}: ${part}`);
      else log.issue(line, 'Public access URL', 'is not an http or https address', part);
    }
    const themes = split(
      lineCell(log, line, 'Theme(s)', cell('Theme(s)'), { max: MAX_TEXT }).value,
    );
    const category = lineCell(
      log,
      line,
      'Policy instrument type category',
      cell('Policy instrument type category'),
    ).value;
    const instrumentType = lineCell(
      log,
      line,
      'Policy instrument type',
      cell('Policy instrument type'),
    ).value;
    let type: InstrumentType =
      STIP_INSTRUMENT_TYPES[instrumentType] ?? STIP_CATEGORY_TYPES[category] ?? 'other';
    if (
      category !== '' &&
      STIP_INSTRUMENT_TYPES[instrumentType] === undefined &&
      STIP_CATEGORY_TYPES[category] === undefined
    ) {
      unknownTypes.add(category);
      type = 'other';
    }
    const number = m?.[1] ?? '';
    if (log.rejected(line)) {
      if (number !== '') rejected.add(number);
      continue;
    }
    bareHosts.push(...hosts);
    const row: Row = {
      line,
      number,
      uri,
      title: title.value,
      originalTitle: original.value,
      description: [
        description,
        objectives && `Objective(s): ${objectives}`,
        acronym && `Acronym: ${acronym}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      jurisdiction: jurisdiction!,
      start,
      year,
      end,
      endYear,
      body: body.join('; '),
      links,
      themes,
      tags: [category, instrumentType].filter(Boolean),
      type,
    };
    const list = rows.get(number);
    if (list) list.push(row);
    else rows.set(number, [row]);
  }

  const instruments: PolicyInstrument[] = [];
  for (const [number, list] of rows) {
    if (rejected.has(number)) continue;
    const first = list[0]!;
    const differs = list.find(
      (r) =>
        r.title !== first.title ||
        r.jurisdiction.code !== first.jurisdiction.code ||
        r.start !== first.start ||
        r.end !== first.end,
    );
    if (differs)
      warnings.push(
        `initiative ${number}: line ${differs.line} differs from line ${first.line} in its name, country or dates; line ${first.line} is kept`,
      );
    const type = TYPE_ORDER.find((t) => list.some((r) => r.type === t)) ?? 'other';
    const expired = first.endYear !== null && first.endYear < currentYear;
    const sourceTags = [...new Set([...first.themes, ...list.flatMap((r) => r.tags)])];
    instruments.push({
      id: `stip:${number}`,
      source: 'stip',
      sourceId: first.uri,
      title: first.title,
      originalTitle:
        first.originalTitle === '' || first.originalTitle === first.title
          ? null
          : first.originalTitle,
      description: first.description,
      jurisdiction: first.jurisdiction.code,
      jurisdictionKind: first.jurisdiction.kind,
      type,
      typeModelCoded: false,
      binding: null,
      bindingModelCoded: false,
      status: expired ? 'expired' : 'in-force',
      dates: {
        ...(first.start !== '' ? { 'in-force': first.start } : {}),
        ...(expired ? { expired: first.end } : {}),
      },
      year: first.year,
      endYear: first.endYear,
      topics: topicsFor(topics, 'stip', first.themes),
      sourceTags,
      responsibleBody: first.body,
      links: [...new Set([...list.flatMap((r) => r.links), first.uri])],
      citation: STIP_CITATION,
      confidentiality: 'public',
      authorDelegation: null,
    });
  }
  const skipped = [...rejected].filter((n) => rows.has(n));
  if (skipped.length > 0)
    warnings.push(
      `${skipped.length} initiative${skipped.length === 1 ? '' : 's'} left out because another of its rows is bad: ${skipped.join(', ')}`,
    );
  if (spaced > 0) warnings.push(spacedWarning(spaced, 'name'));
  if (bareHosts.length > 0)
    warnings.push(
      `${bareHosts.length} Public access URL value${bareHosts.length === 1 ? '' : 's'} without http(s) left out of the links (${bareHosts.slice(0, 3).join('; ')}${bareHosts.length > 3 ? ' …' : ''})`,
    );
  if (unknownTypes.size > 0)
    warnings.push(
      `instrument type categories not in the mapping, typed 'other': ${[...unknownTypes].join(', ')}`,
    );
  return {
    instruments,
    issues: log.issues,
    rows: table.rows.length,
    setAside: log.setAside,
    warnings,
  };
}
