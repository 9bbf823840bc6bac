// Format `nsf-sei`: tables of the NSF/NCSES Science and Engineering Indicators 2024 as CSV, told
// apart by header: articles by economy, patents by economy, GERD (OECD MSTI, table SRD-1) and value
// added of knowledge- and technology-intensive (KTI) industries (table SKTI-2).
import { z } from 'zod';
import { DomainError } from '../core/errors.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import {
  numberCell,
  parseCells,
  yearCell,
  type ImportFormat,
  type RowResult,
} from './import-format.ts';

const PUBLISHER =
  'National Center for Science and Engineering Statistics (NCSES), National Science Foundation';
const LICENCE = 'Public domain (US federal government work)';
const COPY =
  'CSV conversion in bq-org/ncses_stats_explorer_placeholder (commit 1f879ab); years restored by position (see research/PROVENANCE.md).';

const nsfSource = (
  id: string,
  tables: string,
  url = 'https://ncses.nsf.gov/indicators',
): Source => ({
  id,
  citation: `NCSES, Science and Engineering Indicators 2024: ${tables}`,
  publisher: PUBLISHER,
  licence: LICENCE,
  url,
  date: '2025-03-27',
  notes: COPY,
});

/** NCSES cells: `na` not available, `ne` not estimated (too few articles); both are no value. */
const nsfNumber = z
  .string()
  .transform((s) => (s.trim().toLowerCase() === 'ne' ? '' : s))
  .pipe(numberCell);

/** One row per economy and year, one value column per indicator. */
interface WideLayout {
  kind: 'wide';
  source: Source;
  columns: Record<string, string>;
  schema: z.ZodType<{ year: number } & Record<string, number | null>>;
}

/** One row per economy, measure and period (GERD) or industry and year (KTI). */
interface LongLayout {
  kind: 'gerd' | 'kti';
  source: Source;
  required: string[];
}

type Layout = WideLayout | LongLayout;

const wide = (source: Source, columns: Record<string, string>): WideLayout => ({
  kind: 'wide',
  source,
  columns,
  schema: z.object({
    year: yearCell,
    ...Object.fromEntries(Object.keys(columns).map((c) => [c, nsfNumber])),
  }),
});

const ARTICLES = wide(
  nsfSource(
    'nsf-sei-2024-articles',
    'S&E articles by economy 2003–2022, whole and fractional counts (SPBS-17, SPBS-2), AI articles (APBS-1), top 1% cited share (SPBS-54); Elsevier Scopus',
  ),
  {
    articles_whole_count: 'articles_whole',
    articles_fractional_count: 'articles_fractional',
    ai_articles_whole_count: 'ai_articles',
    top1pct_cited_share_fractional_pct: 'top1pct_cited_share',
  },
);

const PATENTS = wide(
  nsfSource(
    'nsf-sei-2024-patents',
    'PCT applications (SINV-11; EPO/1790 Analytics), USPTO utility patents (SINV-4) and semiconductor patents (SINV-10) by inventor economy; PatentsView',
  ),
  {
    pct_applications: 'pct_applications',
    uspto_utility_patents_granted_fractional: 'uspto_patents',
    uspto_semiconductor_patents_granted_fractional: 'uspto_semiconductor_patents',
  },
);

const GERD: LongLayout = {
  kind: 'gerd',
  source: nsfSource(
    'nsf-sei-2024-gerd',
    'GERD in current PPP dollars, selected years 1990–2021 (SRD-1; OECD Main Science and Technology Indicators, Sept 2023)',
  ),
  required: ['iso3', 'latest_year_if_not_2021', 'measure', 'price_basis', 'period', 'value'],
};

const KTI: LongLayout = {
  kind: 'kti',
  source: nsfSource(
    'nsf-sei-2024-kti',
    'Value added of knowledge- and technology-intensive industries 2002–2022 (SKTI-2; S&P Global Comparative Industry Service)',
  ),
  required: ['iso3', 'industry', 'unit', 'year', 'value'],
};

/** Tells the tables apart by a column only that table has. */
function layoutOf(columns: readonly string[]): Layout {
  if (columns.includes('articles_fractional_count')) return ARTICLES;
  if (columns.includes('pct_applications')) return PATENTS;
  if (columns.includes('measure')) return GERD;
  if (columns.includes('industry')) return KTI;
  throw new DomainError(
    'bad_file',
    'not an NSF SEI 2024 table this format reads: expected a column articles_fractional_count (articles), pct_applications (patents), measure (GERD) or industry (KTI value added)',
    [{ path: '(header)', line: 1, message: 'unknown NSF SEI layout' }],
  );
}

const requiredOf = (layout: Layout): string[] =>
  layout.kind === 'wide' ? ['iso3', 'year', ...Object.keys(layout.columns)] : layout.required;

const GERD_MEASURE = 'GERD (billions PPP US$)';
const GERD_PRICES = 'Current PPP dollars';
const KTI_TOTAL = 'All KTI industries';

const gerdRow = z.object({
  latest_year_if_not_2021: z
    .string()
    .transform((s) => (s.trim() === '' ? '' : s))
    .pipe(z.union([z.literal(''), yearCell])),
  period: yearCell,
  value: numberCell,
});

const ktiRow = z.object({ year: yearCell, value: numberCell });

function parseWide(layout: WideLayout, record: Record<string, string>, iso3: string): RowResult {
  const p = parseCells(layout.schema, record);
  if (!p.ok) return p.result;
  const values: IndicatorValue[] = [];
  for (const [column, code] of Object.entries(layout.columns)) {
    const value = p.data[column];
    if (value === null || value === undefined) continue;
    values.push({
      iso3,
      indicatorCode: code,
      year: p.data.year,
      value,
      sourceId: layout.source.id,
    });
  }
  if (values.length === 0) return { kind: 'aside', reason: 'empty value' };
  return { kind: 'items', economyField: 'iso3', values };
}

function parseGerd(record: Record<string, string>, iso3: string): RowResult {
  if (record.measure?.trim() !== GERD_MEASURE)
    return { kind: 'aside', reason: 'other measure (GDP, GERD-to-GDP ratio, growth rates)' };
  if (record.price_basis?.trim() !== GERD_PRICES)
    return { kind: 'aside', reason: 'constant-price GERD (current PPP imported)' };
  if (!/^\d{4}$/.test(record.period?.trim() ?? ''))
    return { kind: 'aside', reason: 'multi-year period' };
  const p = parseCells(gerdRow, record);
  if (!p.ok) return p.result;
  const { latest_year_if_not_2021: latest, period, value } = p.data;
  if (value === null) return { kind: 'aside', reason: 'empty value' };
  // The table's "2021" column holds an earlier year where 2021 was not yet reported.
  const year = period === 2021 && latest !== '' ? latest : period;
  return {
    kind: 'items',
    economyField: 'iso3',
    values: [
      {
        iso3,
        indicatorCode: 'gerd_ppp_usd',
        year,
        value: Math.round(value * 1e9),
        sourceId: GERD.source.id,
      },
    ],
    ...(year !== period
      ? {
          warning: `${iso3}: the 2021 column holds ${year} (latest_year_if_not_2021), stored as ${year}`,
        }
      : {}),
  };
}

function parseKti(record: Record<string, string>, iso3: string): RowResult {
  const leaf = record.industry?.split('->').pop()?.trim();
  if (leaf !== KTI_TOTAL || record.unit?.trim() !== 'value_added_musd')
    return { kind: 'aside', reason: 'other industry or ratio (all KTI industries imported)' };
  const p = parseCells(ktiRow, record);
  if (!p.ok) return p.result;
  if (p.data.value === null) return { kind: 'aside', reason: 'empty value' };
  return {
    kind: 'items',
    economyField: 'iso3',
    values: [
      {
        iso3,
        indicatorCode: 'kti_value_added_usd',
        year: p.data.year,
        value: Math.round(p.data.value * 1e6),
        sourceId: KTI.source.id,
      },
    ],
  };
}

export const nsfSeiFormat: ImportFormat = {
  name: 'nsf-sei',
  description:
    'NSF Science and Engineering Indicators 2024 tables (articles, patents, GERD, KTI value added), told apart by header',
  requiredColumns: (_options, columns) =>
    columns.length === 0 ? ['iso3'] : requiredOf(layoutOf(columns)),
  checkOptions: (_options, columns) => void (columns.length > 0 && layoutOf(columns)),
  sources: (_options, columns) => [layoutOf(columns).source],
  parseRow(record, _options, columns): RowResult {
    const iso3 = record.iso3?.trim() ?? '';
    // NCSES rows without an economy code are regions, EU-27, World or non-ISO entities.
    if (iso3 === '') return { kind: 'aside', reason: 'aggregate or non-ISO entity (no iso3)' };
    const layout = layoutOf(columns);
    switch (layout.kind) {
      case 'wide':
        return parseWide(layout, record, iso3);
      case 'gerd':
        return parseGerd(record, iso3);
      case 'kti':
        return parseKti(record, iso3);
    }
  },
};
