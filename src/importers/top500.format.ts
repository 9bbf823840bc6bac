// Format `top500`: the TOP500 list of supercomputers (one row per system, with the economy's ISO3
// code), aggregated per economy into the number of systems and their summed Rmax. The year is the
// list edition's, read from the file name (`…_2024_11.csv`) or given with `--year`.
import { basename } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import {
  numberCell,
  yearCell,
  type FormatOptions,
  type ImportFormat,
  type RowResult,
} from './import-format.ts';

const RMAX = 'Rmax [TFlop/s]';
const MONTHS: Record<string, string> = { '06': 'June', '11': 'November' };

/** The list edition a file name names, e.g. `top500_supercomputers_2024_11.csv` → 2024, 11. */
export function editionOfFileName(file: string): { year: number; month: string } | null {
  const m = /_(\d{4})_(\d{2})(?:\.[^._]*)?$/.exec(basename(file));
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1993 || year > 2100 || month < 1 || month > 12) return null;
  return { year, month: m[2]! };
}

interface Edition {
  year: number;
  month: string | null;
}

/** The edition from the file name or `--year`; both given must agree; neither is an error. */
function editionOf(file: string | undefined, options: FormatOptions): Edition {
  const named = file ? editionOfFileName(file) : null;
  let given: number | null = null;
  if (options.year !== undefined) {
    const r = yearCell.safeParse(options.year);
    if (!r.success)
      throw new DomainError('validation_failed', `--year: '${options.year}' is not a year`, [
        { path: '--year', message: 'expected a year between 1900 and 2100' },
      ]);
    given = r.data;
  }
  if (named && given !== null && named.year !== given)
    throw new DomainError(
      'validation_failed',
      `--year ${given} contradicts the list edition in the file name (${named.year}_${named.month})`,
      [{ path: '--year', message: 'differs from the year in the file name' }],
    );
  if (named) return named;
  if (given !== null) return { year: given, month: null };
  throw new DomainError(
    'validation_failed',
    'the TOP500 list year is not in the file name (…_YYYY_MM.csv): give it with --year',
    [{ path: '--year', message: 'required when the file name has no _YYYY_MM' }],
  );
}

/** The source of one list edition. No explicit licence: cited, never bundled in the starter. */
export function top500Source(edition: Edition): Source {
  const when = edition.month
    ? `${MONTHS[edition.month] ?? `month ${edition.month}`} ${edition.year}`
    : String(edition.year);
  return {
    id: edition.month ? `top500-${edition.year}-${edition.month}` : `top500-${edition.year}`,
    citation: `TOP500, ${when} list (systems and Rmax by economy, aggregated from the list)`,
    publisher: 'TOP500.org',
    licence: 'No explicit licence: publicly released list data; cite TOP500',
    url: edition.month
      ? `https://top500.org/lists/top500/${edition.year}/${edition.month}/`
      : 'https://top500.org/lists/top500/',
    date: edition.month ? `${edition.year}-${edition.month}` : String(edition.year),
    notes:
      'Official list spreadsheet (TOP500_YYYYMM.xlsx, sheet top500) as CSV with an iso3 column added; ' +
      'November 2024 copy from fjwillemsen/kernel_tuner_paper (commit 5ea2c22). Chinese operators ' +
      'stopped submitting new systems, so China is under-represented.',
  };
}

type Issues = { field: string; reason: string; value?: string }[];

/** A format bound to one file: it keeps the running count and Rmax sum per economy. */
function top500Import(file?: string): ImportFormat {
  const systems = new Map<string, { count: number; rmaxTflops: number }>();
  const ranks = new Set<number>();
  let edition: Edition | null = null;

  return {
    name: 'top500',
    description:
      'TOP500 list of supercomputers (one row per system, iso3 column): systems and summed Rmax per economy',
    requiredColumns: () => ['Rank', 'iso3', RMAX],
    checkOptions(options) {
      edition = editionOf(file, options);
    },
    sources: (options) => [top500Source(editionOf(file, options))],
    prepare: (context) => top500Import(context.file),
    parseRow(record): RowResult {
      const iso3 = (record.iso3 ?? '').trim();
      if (iso3 === '') return { kind: 'aside', reason: 'aggregate or non-ISO entity (no iso3)' };
      const issues: Issues = [];
      const rankText = (record.Rank ?? '').trim();
      const rank = Number(rankText);
      if (!/^\d+$/.test(rankText) || rank < 1)
        issues.push({ field: 'Rank', reason: 'is not a rank (1, 2, …)', value: rankText });
      else if (ranks.has(rank))
        issues.push({ field: 'Rank', reason: `rank ${rank} appears twice`, value: rankText });
      const rmaxText = record[RMAX] ?? '';
      const rmax = numberCell.safeParse(rmaxText);
      if (!rmax.success)
        issues.push({
          field: RMAX,
          reason: rmax.error.issues[0]?.message ?? 'is not a number',
          value: rmaxText,
        });
      else if (rmax.data === null || rmax.data <= 0)
        issues.push({
          field: RMAX,
          reason: 'a listed system has a positive Rmax',
          value: rmaxText,
        });
      if (issues.length > 0 || !rmax.success || rmax.data === null) return { kind: 'bad', issues };
      ranks.add(rank);
      const s = systems.get(iso3) ?? { count: 0, rmaxTflops: 0 };
      s.count += 1;
      s.rmaxTflops += rmax.data;
      systems.set(iso3, s);
      return { kind: 'items', economyField: 'iso3', economyCodes: [iso3] };
    },
    finish() {
      if (!edition) throw new Error('top500: finish() before checkOptions()');
      const { year } = edition;
      const sourceId = top500Source(edition).id;
      const values: IndicatorValue[] = [];
      for (const [iso3, s] of [...systems].sort(([a], [b]) => a.localeCompare(b))) {
        values.push({ iso3, indicatorCode: 'top500_systems', year, value: s.count, sourceId });
        values.push({
          iso3,
          indicatorCode: 'top500_rmax_tflops',
          year,
          // Rounded so that summing in another order cannot change the stored value.
          value: Math.round(s.rmaxTflops * 1000) / 1000,
          sourceId,
        });
      }
      return { values };
    },
  };
}

export const top500Format: ImportFormat = top500Import();
