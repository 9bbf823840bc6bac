// Formats of the bundled starter dataset (data/starter): economies, values and group memberships
// in a compact derived layout. They run through the same runner and checks as every other format.
import { z } from 'zod';
import { ISO3_PATTERN, INCOME_GROUPS, type IncomeCode } from '../core/economies/economy.ts';
import { numberCell, parseCells, yearCell, type ImportFormat } from './import-format.ts';

const nullable = z.string().transform((s) => (s === '' ? null : s));

const economyRow = z.object({
  iso3: z.string().regex(ISO3_PATTERN, 'must be three capital letters'),
  iso2: nullable,
  iso_numeric: nullable,
  name: z.string().min(1, 'must not be empty'),
  official_name: nullable,
  region: nullable,
  subregion: nullable,
  income_code: z
    .string()
    .refine((s) => s === '' || s in INCOME_GROUPS, 'must be H, UM, LM, L or empty')
    .transform((s) => (s === '' ? null : (s as IncomeCode))),
  independence: nullable,
});

export const starterEconomiesFormat: ImportFormat = {
  name: 'starter-economies',
  description: 'Starter dataset: economies (data/starter/economies.csv)',
  requiredColumns: () => Object.keys(economyRow.shape),
  sources: () => [],
  parseRow(record) {
    const p = parseCells(economyRow, record);
    if (!p.ok) return p.result;
    const r = p.data;
    return {
      kind: 'items',
      economies: [
        {
          iso3: r.iso3,
          iso2: r.iso2,
          isoNumeric: r.iso_numeric,
          name: r.name,
          officialName: r.official_name,
          region: r.region,
          subregion: r.subregion,
          incomeCode: r.income_code,
          independence: r.independence,
        },
      ],
    };
  },
};

const valueRow = z.object({
  indicator: z.string().min(1, 'must not be empty'),
  iso3: z.string().regex(ISO3_PATTERN, 'must be three capital letters'),
  year: yearCell,
  value: numberCell.refine((v) => v !== null, 'must not be empty'),
  source: z.string().min(1, 'must not be empty'),
});

export const starterValuesFormat: ImportFormat = {
  name: 'starter-values',
  description: 'Starter dataset: indicator values with year and source (data/starter/values.csv)',
  requiredColumns: () => Object.keys(valueRow.shape),
  sources: () => [],
  parseRow(record) {
    const p = parseCells(valueRow, record);
    if (!p.ok) return p.result;
    const r = p.data;
    return {
      kind: 'items',
      values: [
        {
          iso3: r.iso3,
          indicatorCode: r.indicator,
          year: r.year,
          value: r.value,
          sourceId: r.source,
        },
      ],
    };
  },
};

const memberRow = z.object({
  group_code: z.string().min(1),
  group_name: z.string().min(1),
  group_kind: z.string().min(1),
  source: z.string().min(1),
  member_code: z.string().min(2),
  member_name: z.string().min(1),
  member_kind: z.enum(['economy', 'supranational']),
  status: z.string(),
  as_of: nullable,
  source_urls: z.string(),
  notes: nullable,
});

export const starterGroupingsFormat: ImportFormat = {
  name: 'starter-groupings',
  description: 'Starter dataset: groupings and their members (data/starter/groupings.csv)',
  requiredColumns: () => Object.keys(memberRow.shape),
  sources: () => [],
  parseRow(record) {
    const p = parseCells(memberRow, record);
    if (!p.ok) return p.result;
    const r = p.data;
    return {
      kind: 'items',
      economyField: 'member_code',
      members: [
        {
          group: { code: r.group_code, name: r.group_name, kind: r.group_kind, sourceId: r.source },
          member: {
            code: r.member_code,
            name: r.member_name,
            kind: r.member_kind,
            status: r.status,
            asOf: r.as_of,
            sourceUrls: r.source_urls === '' ? [] : r.source_urls.split(' | '),
            notes: r.notes,
          },
        },
      ],
    };
  },
};
