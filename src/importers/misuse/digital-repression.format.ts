// Format `digital-repression`: Steven Feldstein's Digital Repression Index (Carnegie, sheet
// "Digital Repression Index + V-Dem" as CSV), one row per country: the index becomes the
// `digital_repression_index` value of the row's `Year`. Countries are joined by name
// (misuse-countries.ts); V-Dem units outside ISO 3166 (Somaliland, Zanzibar, Palestine/Gaza) are
// set aside and Palestine/West Bank is Palestine, as the `vdem` format reads them. The V-Dem
// columns of the sheet are left to the `vdem` format.
import { z } from 'zod';
import {
  numberCell,
  parseCells,
  yearCell,
  type ImportFormat,
  type RowResult,
} from '../import-format.ts';
import type { CountryEconomy } from '../restricted-parties/party-countries.ts';
import { misuseCountryResolver, NOT_ISO_REASON } from './misuse-countries.ts';
import { CARNEGIE_DRI_2021 } from './misuse-sources.ts';

const INDEX_COLUMN = /^Digital Repression Index \d{4}$/;
/** The index column of the 2021 edition, required when the file has none of any year. */
export const DRI_COLUMN_2021 = 'Digital Repression Index 2021';

const indexColumn = (columns: readonly string[]): string =>
  columns.find((c) => INDEX_COLUMN.test(c)) ?? DRI_COLUMN_2021;

function parseWith(economies: readonly CountryEconomy[]): ImportFormat['parseRow'] {
  const resolve = misuseCountryResolver(economies);
  return (record, _options, columns): RowResult => {
    const column = indexColumn(columns);
    const p = parseCells(
      z.object({
        Country: z.string().trim().min(1, 'must not be empty'),
        Year: yearCell,
        [column]: numberCell,
      }),
      record,
    );
    if (!p.ok) return p.result;
    const name = p.data.Country as string;
    const value = p.data[column] as number | null;
    const country = resolve(name);
    if (country.kind === 'not-iso') return { kind: 'aside', reason: NOT_ISO_REASON };
    if (country.kind === 'unknown')
      return { kind: 'bad', issues: [{ field: 'Country', reason: country.reason, value: name }] };
    if (value === null) return { kind: 'aside', reason: 'no index value' };
    return {
      kind: 'items',
      economyField: 'Country',
      values: [
        {
          iso3: country.iso3,
          indicatorCode: 'digital_repression_index',
          year: p.data.Year as number,
          value,
          sourceId: CARNEGIE_DRI_2021.id,
        },
      ],
    };
  };
}

export const digitalRepressionFormat: ImportFormat = {
  name: 'digital-repression',
  description:
    "Feldstein's Digital Repression Index (Carnegie AIGS workbook, sheet 'Digital Repression Index + V-Dem'): Country, Year, Digital Repression Index <year>; joined by name",
  requiredColumns: (_options, columns) => ['Country', 'Year', indexColumn(columns)],
  sources: () => [CARNEGIE_DRI_2021],
  parseRow: parseWith([]),
  prepare: (context) => ({ ...digitalRepressionFormat, parseRow: parseWith(context.economies) }),
};
