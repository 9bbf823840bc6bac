// Format `iso-standards`: ISO Open Data's list of committees (one row per committee, with the
// economy of the member body holding its secretariat), counted per economy into the secretariats
// of active technical committees and of active committees of every type.
import { DomainError } from '../core/errors.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import {
  yearCell,
  type FormatOptions,
  type ImportFormat,
  type RowResult,
} from './import-format.ts';

export const ISO_COMMITTEES_SOURCE: Source = {
  id: 'iso-open-data-committees',
  citation:
    'ISO Open Data, ISO technical committees (iso_technical_committees): committees, status, secretariats and members',
  publisher: 'International Organization for Standardization (ISO)',
  licence: 'ODC-By 1.0 (Open Data Commons Attribution License); attribute ISO',
  url: 'https://www.iso.org/open-data.html',
  date: null,
  notes:
    'Snapshot of spring 2026 (newest committee created 2026-03-19) stored in sigma-standards/sigma-index ' +
    '(commit fe239c2); secretariat member bodies mapped to ISO3 by a helper table (see standards/PROVENANCE.md).',
};

const COLUMNS = [
  'reference',
  'committee_type',
  'status',
  'secretariat_acronym',
  'secretariat_iso3',
  'creation_date',
];
const TYPES = new Set(['TC', 'SC', 'PC', 'joint']);

type Issues = { field: string; reason: string; value?: string }[];

/** `--year`, when given; a bad one is an error naming the option. */
function givenYear(options: FormatOptions): number | null {
  if (options.year === undefined) return null;
  const r = yearCell.safeParse(options.year);
  if (r.success) return r.data;
  throw new DomainError('validation_failed', `--year: '${options.year}' is not a year`, [
    { path: '--year', message: 'expected a year between 1900 and 2100' },
  ]);
}

/** The participation file has no committee status, so it cannot be counted for active ones. */
function refuseParticipationFile(columns: readonly string[]): void {
  if (columns.includes('member_acronym') && !columns.includes('status'))
    throw new DomainError(
      'bad_file',
      'this is the committee participation file, which has no committee status (P memberships of active committees cannot be counted from it); import iso_committees_opendata.csv',
      [{ path: '(header)', line: 1, message: 'no status column' }],
    );
}

/** A format bound to one import: it keeps the secretariat counts per economy. */
function isoStandardsImport(): ImportFormat {
  const held = new Map<string, { total: number; tc: number }>();
  const references = new Set<string>();
  let newestDate = '';
  let year: number | null = null;

  return {
    name: 'iso-standards',
    description:
      'ISO Open Data committees (iso_committees_opendata.csv): secretariats of active committees per economy',
    requiredColumns: (_options, columns) => (columns.length === 0 ? ['reference'] : COLUMNS),
    checkOptions(options, columns) {
      year = givenYear(options);
      refuseParticipationFile(columns);
    },
    sources: () => [ISO_COMMITTEES_SOURCE],
    prepare: () => isoStandardsImport(),
    parseRow(record): RowResult {
      const issues: Issues = [];
      const reference = (record.reference ?? '').trim();
      if (reference === '') issues.push({ field: 'reference', reason: 'is empty', value: '' });
      else if (references.has(reference))
        issues.push({ field: 'reference', reason: 'committee listed twice', value: reference });
      const type = (record.committee_type ?? '').trim();
      if (!TYPES.has(type))
        issues.push({
          field: 'committee_type',
          reason: `'${type}' is not a committee type (TC, SC, PC or joint)`,
          value: type,
        });
      const status = (record.status ?? '').trim();
      if (status === '') issues.push({ field: 'status', reason: 'is empty', value: '' });
      const created = (record.creation_date ?? '').trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(created) || !yearCell.safeParse(created.slice(0, 4)).success)
        issues.push({
          field: 'creation_date',
          reason: 'is not a date (YYYY-MM-DD)',
          value: created,
        });
      if (issues.length > 0) return { kind: 'bad', issues };
      references.add(reference);
      if (created > newestDate) newestDate = created;

      if (status !== 'Active') return { kind: 'aside', reason: `committee not active (${status})` };
      const iso3 = (record.secretariat_iso3 ?? '').trim();
      if (iso3 === '')
        return {
          kind: 'aside',
          reason:
            (record.secretariat_acronym ?? '').trim() === ''
              ? 'no secretariat listed'
              : 'secretariat held by an unmapped member body (no ISO3)',
        };
      const counts = held.get(iso3) ?? { total: 0, tc: 0 };
      counts.total += 1;
      if (type === 'TC') counts.tc += 1;
      held.set(iso3, counts);
      return { kind: 'items', economyField: 'secretariat_iso3', economyCodes: [iso3] };
    },
    finish() {
      if (held.size === 0) return { values: [] };
      // The file is a snapshot without a date: the newest committee's creation gives its year.
      const snapshotYear = year ?? Number(newestDate.slice(0, 4));
      const sourceId = ISO_COMMITTEES_SOURCE.id;
      const values: IndicatorValue[] = [];
      for (const [iso3, c] of [...held].sort(([a], [b]) => a.localeCompare(b))) {
        values.push({
          iso3,
          indicatorCode: 'iso_secretariats_total',
          year: snapshotYear,
          value: c.total,
          sourceId,
        });
        values.push({
          iso3,
          indicatorCode: 'iso_tc_secretariats',
          year: snapshotYear,
          value: c.tc,
          sourceId,
        });
      }
      return year === null
        ? {
            values,
            warning: `values stored for ${snapshotYear}, the year of the newest committee (created ${newestDate}); give --year to choose another`,
          }
        : { values };
    },
  };
}

export const isoStandardsFormat: ImportFormat = isoStandardsImport();
