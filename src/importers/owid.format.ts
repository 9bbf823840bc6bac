// Format `owid`: an Our World in Data grapher CSV (Entity, Code, Year, one value column). The
// indicator is read from the value column's name, or given with `--indicator`.
import { z } from 'zod';
import { canonicalEconomyCode, isAggregateCode } from '../core/economies/aggregates.ts';
import { DomainError } from '../core/errors.ts';
import { findIndicator } from '../core/indicators/indicator-catalogue.ts';
import type { Source } from '../core/sources/source.ts';
import {
  numberCell,
  parseCells,
  yearCell,
  type FormatOptions,
  type ImportFormat,
} from './import-format.ts';

const KEY_COLUMNS = ['Entity', 'Code', 'Year'];

interface OwidSeries {
  /** Value column names OWID exports (or a copy renamed it to) for this indicator. */
  columns: string[];
  source: Source;
}

/** The series this format recognises by column name, with the source their values cite. */
const SERIES: Record<string, OwidSeries> = {
  gdp_ppp_2021: {
    columns: ['gdp_ppp_constant_2021_intl_usd', 'GDP, PPP (constant 2021 international $)'],
    source: {
      id: 'owid-wb-gdp-ppp-2021',
      citation:
        'World Bank, World Development Indicators: GDP, PPP (constant 2021 international $) (NY.GDP.MKTP.PP.KD), via Our World in Data (grapher gdp-worldbank)',
      publisher: 'Our World in Data; World Bank',
      licence: 'CC BY 4.0',
      url: 'https://ourworldindata.org/grapher/gdp-worldbank',
      date: '2026-03-08',
      notes:
        'OWID export copied in zzjackson/DATA-3310-Data-Vis (commit c9c60d5), value column renamed.',
    },
  },
  gerd_pct_gdp: {
    columns: ['Research and development expenditure (% of GDP)'],
    source: {
      id: 'owid-wb-unesco-gerd-pct-gdp',
      citation:
        'UNESCO Institute for Statistics via World Bank WDI: Research and development expenditure (% of GDP) (GB.XPD.RSDV.GD.ZS), via Our World in Data (grapher research-spending-gdp)',
      publisher: 'Our World in Data; World Bank; UNESCO UIS',
      licence: 'CC BY 4.0',
      url: 'https://ourworldindata.org/grapher/research-spending-gdp',
      date: '2025-02-06',
      notes: 'OWID export copied in footparth/CO2_emissions_tracker (commit 52d58f4).',
    },
  },
  researchers_per_million: {
    columns: ['Researchers in R&D (per million people)'],
    source: {
      id: 'owid-wb-unesco-researchers-per-million',
      citation:
        'UNESCO Institute for Statistics via World Bank WDI: Researchers in R&D (per million people) (SP.POP.SCIE.RD.P6), via Our World in Data',
      publisher: 'Our World in Data; World Bank; UNESCO UIS',
      licence: 'CC BY 4.0',
      url: 'https://ourworldindata.org/grapher/researchers-in-rd-per-million-people',
      date: '2024-12-15',
      notes: 'OWID export copied in akhyarthoriq/World-Research-Map (commit 6a1580e).',
    },
  },
  eiu_democracy: {
    columns: ['Democracy score'],
    source: {
      id: 'owid-eiu-democracy-index',
      citation:
        'Economist Intelligence Unit, Democracy Index 2006–2024 (overall score), via Our World in Data (grapher democracy-index-eiu)',
      publisher: 'Economist Intelligence Unit; Our World in Data',
      licence: 'EIU copyright (attribute EIU); OWID processing CC BY 4.0',
      url: 'https://ourworldindata.org/grapher/democracy-index-eiu',
      date: '2025-12-02',
      notes:
        'EIU retains copyright: import for analysis, never bundle in the starter dataset. OWID export copied in Thooms-coder/Democracy_Index (commit 09136ee).',
    },
  },
};

const BY_COLUMN = new Map(
  Object.entries(SERIES).flatMap(([code, s]) => s.columns.map((c) => [c, code] as const)),
);

/** The value column: the one column besides Entity, Code and Year. */
function valueColumn(columns: readonly string[]): string {
  const rest = columns.filter((c) => !KEY_COLUMNS.includes(c));
  if (rest.length === 1) return rest[0]!;
  throw new DomainError(
    'bad_file',
    rest.length === 0
      ? 'missing the value column (an OWID grapher file has one column besides Entity, Code and Year)'
      : `an OWID grapher file has one value column besides Entity, Code and Year (found ${rest.length}: ${rest.join(', ')})`,
    [{ path: '(header)', line: 1, message: 'expected exactly one value column' }],
  );
}

/** The indicator the values are for: `--indicator`, else inferred from the value column's name. */
function indicatorOf(options: FormatOptions, columns: readonly string[]): string {
  const column = valueColumn(columns);
  const inferred = BY_COLUMN.get(column);
  const given = options.indicator;
  if (given === undefined) {
    if (inferred) return inferred;
    throw new DomainError(
      'validation_failed',
      `--indicator is required: the value column '${column}' names no known indicator`,
      [{ path: 'indicator', message: 'required for this file' }],
    );
  }
  if (inferred && inferred !== given)
    throw new DomainError(
      'validation_failed',
      `--indicator ${given} does not match the value column '${column}' (${inferred})`,
      [{ path: 'indicator', message: `this file holds ${inferred}` }],
    );
  return given;
}

function checkIndicatorOption(options: FormatOptions): void {
  if (options.indicator !== undefined && !findIndicator(options.indicator))
    throw new DomainError(
      'validation_failed',
      `--indicator: unknown indicator code '${options.indicator}'`,
      [{ path: 'indicator', message: 'not in the catalogue (see `techalliance indicators list`)' }],
    );
}

/** The known series' source when the column is that series' own; else a generic OWID source. */
function owidSource(indicator: string, column: string): Source {
  const series = SERIES[indicator];
  return series?.columns.includes(column)
    ? series.source
    : {
        id: `owid-${indicator}`,
        citation: `Our World in Data grapher export: ${column}`,
        publisher: 'Our World in Data',
        licence: 'CC BY 4.0 (OWID); underlying data under its own terms',
        url: 'https://ourworldindata.org',
        date: null,
        notes: null,
      };
}

const rowSchemas = new Map<string, z.ZodType<{ Year: number } & Record<string, number | null>>>();

/** The row schema for a value column (built once per column name, not once per row). */
function rowSchema(column: string): z.ZodType<{ Year: number } & Record<string, number | null>> {
  let schema = rowSchemas.get(column);
  if (!schema) {
    schema = z.object({ Year: yearCell, [column]: numberCell }) as unknown as z.ZodType<
      { Year: number } & Record<string, number | null>
    >;
    rowSchemas.set(column, schema);
  }
  return schema;
}

export const owidFormat: ImportFormat = {
  name: 'owid',
  description:
    'Our World in Data grapher CSV (Entity, Code, Year, one value column); indicator inferred from the column or --indicator',
  requiredColumns: (_options, columns) =>
    columns.length === 0 ? KEY_COLUMNS : [...KEY_COLUMNS, valueColumn(columns)],
  checkOptions(options, columns) {
    checkIndicatorOption(options);
    if (columns.length > 0) indicatorOf(options, columns);
  },
  sources: (options, columns) => [owidSource(indicatorOf(options, columns), valueColumn(columns))],
  parseRow(record, options, columns) {
    const raw = record.Code?.trim() ?? '';
    if (raw === '') return { kind: 'aside', reason: 'no code (OWID region or aggregate)' };
    // OWID_* are OWID's aggregates; WB_* are the World Bank regions OWID re-exports.
    if (isAggregateCode(raw) || raw.startsWith('WB_'))
      return { kind: 'aside', reason: 'regional or income aggregate' };
    const column = valueColumn(columns);
    const p = parseCells(rowSchema(column), record);
    if (!p.ok) return p.result;
    const value = p.data[column] ?? null;
    if (value === null) return { kind: 'aside', reason: 'empty value' };
    const indicator = indicatorOf(options, columns);
    return {
      kind: 'items',
      economyField: 'Code',
      values: [
        {
          iso3: canonicalEconomyCode(raw),
          indicatorCode: indicator,
          year: p.data.Year,
          value,
          sourceId: owidSource(indicator, column).id,
        },
      ],
    };
  },
};
