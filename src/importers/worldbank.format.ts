// Format `worldbank`: a long World Bank WDI CSV (Country Name, Country Code, Year, Value);
// `--indicator` names the catalogue code the values are for.
import { z } from 'zod';
import {
  canonicalEconomyCode,
  isAggregateCode,
  nonIsoEconomy,
} from '../core/economies/aggregates.ts';
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

/** WDI series behind each catalogue code this format knows a source for. */
const WDI_SERIES: Record<string, { series: string; title: string }> = {
  gdp_usd: { series: 'NY.GDP.MKTP.CD', title: 'GDP (current US$)' },
  population: { series: 'SP.POP.TOTL', title: 'Population, total' },
  gdp_ppp_2021: { series: 'NY.GDP.MKTP.PP.KD', title: 'GDP, PPP (constant 2021 international $)' },
  gerd_pct_gdp: {
    series: 'GB.XPD.RSDV.GD.ZS',
    title: 'Research and development expenditure (% of GDP)',
  },
  researchers_per_million: {
    series: 'SP.POP.SCIE.RD.P6',
    title: 'Researchers in R&D (per million people)',
  },
};

export function worldBankSource(indicator: string): Source {
  const s = WDI_SERIES[indicator];
  return {
    id: `wb-wdi-${indicator}`,
    citation: `World Bank, World Development Indicators: ${s ? `${s.title} (${s.series})` : indicator}`,
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
    url: s
      ? `https://data.worldbank.org/indicator/${s.series}`
      : 'https://databank.worldbank.org/source/world-development-indicators',
    date: null,
    notes: null,
  };
}

export function requireIndicator(options: FormatOptions): string {
  const code = options.indicator;
  if (!code)
    throw new DomainError(
      'validation_failed',
      '--indicator is required for this format (e.g. --indicator gdp_usd)',
      [{ path: 'indicator', message: 'required' }],
    );
  if (!findIndicator(code))
    throw new DomainError('validation_failed', `--indicator: unknown indicator code '${code}'`, [
      { path: 'indicator', message: 'not in the catalogue (see `techalliance indicators list`)' },
    ]);
  return code;
}

const row = z.object({
  'Country Code': z.string(),
  Year: yearCell,
  Value: numberCell,
});

export const worldBankFormat: ImportFormat = {
  name: 'worldbank',
  description:
    'World Bank WDI long CSV (Country Name, Country Code, Year, Value); needs --indicator',
  requiredColumns: () => ['Country Code', 'Year', 'Value'],
  checkOptions: (options) => void requireIndicator(options),
  sources: (options) => [worldBankSource(requireIndicator(options))],
  parseRow(record, options) {
    const code = record['Country Code']?.trim() ?? '';
    if (isAggregateCode(code)) return { kind: 'aside', reason: 'regional or income aggregate' };
    if (nonIsoEconomy(code)) return { kind: 'aside', reason: 'not an ISO 3166 economy' };
    const p = parseCells(row, record);
    if (!p.ok) return p.result;
    if (p.data.Value === null) return { kind: 'aside', reason: 'empty value' };
    const indicator = requireIndicator(options);
    return {
      kind: 'items',
      economyField: 'Country Code',
      values: [
        {
          iso3: canonicalEconomyCode(code),
          indicatorCode: indicator,
          year: p.data.Year,
          value: p.data.Value,
          sourceId: worldBankSource(indicator).id,
        },
      ],
    };
  },
};
