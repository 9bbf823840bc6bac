// Rows of a USGS world-production table (commodity, country, two years of production): what each
// row says, before shares are computed.
import { z } from 'zod';
import { numberCell, yearCell } from '../import-format.ts';
import type { TableRow } from '../read-table.ts';
import type { IssueLog } from './issue-log.ts';
import { optionalText, parseRow, textCell } from './source-cells.ts';
import { USGS_UNATTRIBUTED, isWorldTotal, usgsCountryCode } from './usgs-country-names.ts';

const quantityCell = numberCell.refine((n) => n === null || n >= 0, 'must not be negative');

const row = z.object({
  commodity: textCell.toLowerCase(),
  country: textCell,
  year_prev: yearCell,
  year_latest: yearCell,
  production_prev_year: quantityCell,
  production_latest_year: quantityCell,
  production_prev_raw: optionalText,
  production_latest_raw: optionalText,
  units_note: optionalText,
  units_note_verified_in_json: optionalText,
  world_table_label: optionalText,
  edition: optionalText,
  source_pdf_url: optionalText,
  extracted_json: optionalText,
  extracted_json_commit: optionalText,
  sub_silicon_metal_latest: quantityCell,
});

export type MineralsRow = z.output<typeof row>;

export const MINERALS_REQUIRED = [
  'commodity',
  'country',
  'year_prev',
  'year_latest',
  'production_prev_year',
  'production_latest_year',
];
export const MINERALS_COLUMNS = Object.keys(row.shape);

/**
 * Series a row carries besides its commodity's. The shared file's silicon rows give ferrosilicon
 * in the production columns and, for the latest year only, silicon metal in
 * `sub_silicon_metal_latest` (as split by the extractor: check against the PDF before use).
 */
export const SUB_SERIES = [
  {
    column: 'sub_silicon_metal_latest',
    of: 'silicon',
    id: 'silicon-metal',
    name: 'Silicon metal',
  },
] as const;

/** Who a row is about. */
export type RowSubject =
  { kind: 'economy'; iso3: string } | { kind: 'unattributed' } | { kind: 'world' };

/** One year's production on a row: a quantity, zero, or unknown (withheld, NA, empty). */
export interface YearCell {
  inputId: string;
  year: number;
  quantity: number | null;
  /** The cell as printed when the quantity is unknown ("W" = withheld, "NA"). */
  raw: string | null;
}

export interface ParsedMineralsRow {
  line: number;
  name: string;
  subject: RowSubject;
  cells: YearCell[];
  row: MineralsRow;
}

function subjectOf(
  name: string,
  resolveName: (name: string) => string | undefined,
): RowSubject | null {
  if (isWorldTotal(name)) return { kind: 'world' };
  if (USGS_UNATTRIBUTED.has(name.trim())) return { kind: 'unattributed' };
  const iso3 = usgsCountryCode(name) ?? resolveName(name);
  return iso3 ? { kind: 'economy', iso3 } : null;
}

/** Reads one row; reports its bad cells and an unknown country, and returns null for them. */
export function parseMineralsRow(
  file: string,
  tableRow: TableRow,
  absent: readonly string[],
  log: IssueLog,
  resolveName: (name: string) => string | undefined,
): ParsedMineralsRow | null {
  const r = parseRow(row, file, tableRow, log, absent);
  if (!r) return null;
  const { line } = tableRow;
  if (r.year_prev === r.year_latest) {
    log.bad(file, line, 'year_latest', `is the same year as year_prev`, String(r.year_latest));
    return null;
  }
  const subject = subjectOf(r.country, resolveName);
  if (!subject) {
    log.bad(
      file,
      line,
      'country',
      `'${r.country}' matches no economy (add its spelling to USGS_COUNTRY_NAMES)`,
      r.country,
    );
    return null;
  }
  const cells: YearCell[] = [
    {
      inputId: r.commodity,
      year: r.year_prev,
      quantity: r.production_prev_year,
      raw: r.production_prev_raw,
    },
    {
      inputId: r.commodity,
      year: r.year_latest,
      quantity: r.production_latest_year,
      raw: r.production_latest_raw,
    },
  ];
  for (const sub of SUB_SERIES)
    if (r.commodity === sub.of && !absent.includes(sub.column))
      cells.push({ inputId: sub.id, year: r.year_latest, quantity: r[sub.column], raw: null });
  return { line, name: r.country, subject, cells, row: r };
}
