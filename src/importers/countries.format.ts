// Format `countries`: the reference table of economies (../shared/data/countries/countries.csv).
import { z } from 'zod';
import { DISPLAY_NAMES, ISO3_PATTERN, parseIncomeCode } from '../core/economies/economy.ts';
import type { Source } from '../core/sources/source.ts';
import { parseCells, type ImportFormat } from './import-format.ts';

export const COUNTRIES_SOURCE: Source = {
  id: 'iso-un-m49-country-codes',
  citation:
    'ISO 3166 / UN M49 reference table (datahub core/country-codes) with World Bank income classification FY25 (OGHIST)',
  publisher: 'datahub.io; UN Statistics Division; World Bank',
  licence: 'ODC-PDDL-1.0 (reference table); CC BY 4.0 (World Bank classification)',
  url: 'https://datahub.io/core/country-codes',
  date: '2026-05-15',
  notes: 'Kosovo (XKX) added with World Bank values; Taiwan (TWN) kept as an economy.',
};

const optional = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

const row = z.object({
  iso3: z.string().trim().regex(ISO3_PATTERN, 'must be three capital letters (ISO 3166-1 alpha-3)'),
  // "NA" is Namibia's alpha-2 code, never "missing".
  iso2: z
    .string()
    .trim()
    .regex(/^([A-Z]{2})?$/, 'must be two capital letters or empty')
    .transform((s) => (s === '' ? null : s)),
  iso_numeric: z
    .string()
    .trim()
    .regex(/^(\d{1,3})?$/, 'must be a number of up to three digits or empty')
    .transform((s) => (s === '' ? null : s.padStart(3, '0'))),
  name: z.string().trim().min(1, 'must not be empty'),
  official_name_en: optional,
  m49_region: optional,
  m49_subregion: optional,
  is_independent: optional,
  wb_income_group_fy25: z.string().transform((s, ctx) => {
    if (s.trim() === '') return null;
    const code = parseIncomeCode(s);
    if (!code) ctx.addIssue({ code: 'custom', message: `'${s}' is not a World Bank income group` });
    return code;
  }),
});

export const countriesFormat: ImportFormat = {
  name: 'countries',
  description:
    'Economies: ISO codes, names, UN M49 regions, World Bank income groups (countries.csv)',
  requiredColumns: () => [
    'iso3',
    'iso2',
    'iso_numeric',
    'name',
    'm49_region',
    'wb_income_group_fy25',
  ],
  sources: () => [COUNTRIES_SOURCE],
  parseRow(record) {
    const p = parseCells(row.extend({}), {
      official_name_en: '',
      m49_subregion: '',
      is_independent: '',
      ...record,
    });
    if (!p.ok) return p.result;
    const r = p.data;
    return {
      kind: 'items',
      economyField: 'iso3',
      economies: [
        {
          iso3: r.iso3,
          iso2: r.iso2,
          isoNumeric: r.iso_numeric,
          name: DISPLAY_NAMES[r.iso3] ?? r.name,
          // Kosovo's row carries a note here, not a name.
          officialName: r.official_name_en?.includes('not an ISO') ? null : r.official_name_en,
          region: r.m49_region,
          subregion: r.m49_subregion,
          incomeCode: r.wb_income_group_fy25,
          independence: r.is_independent,
        },
      ],
    };
  },
};
