// Format `fotn`: Freedom House "Freedom on the Net" country scores (one row per country and
// edition): the total and the three category scores become indicator values through the normal
// row import. Countries are joined by name (misuse-countries.ts). Year = edition − 1: edition N
// covers June N−1 to May N, and is stored like Freedom in the World.
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
import { FREEDOM_ON_THE_NET } from './misuse-sources.ts';

/** The score columns read, with their catalogue codes and ranges. */
export const FOTN_SCORES = [
  ['Total', 'fotn_total', 100],
  ['A', 'fotn_obstacles_to_access', 25],
  ['B', 'fotn_limits_on_content', 35],
  ['C', 'fotn_violations_of_user_rights', 40],
] as const;

const score = (max: number) =>
  numberCell.refine((n) => n !== null && n >= 0 && n <= max, `must be a score from 0 to ${max}`);

const row = z.object({
  Country: z.string().trim().min(1, 'must not be empty'),
  Edition: yearCell,
  Total: score(100),
  A: score(25),
  B: score(35),
  C: score(40),
});

function parseWith(economies: readonly CountryEconomy[]): ImportFormat['parseRow'] {
  const resolve = misuseCountryResolver(economies);
  return (record): RowResult => {
    const p = parseCells(row, record);
    if (!p.ok) return p.result;
    const r = p.data;
    const country = resolve(r.Country);
    if (country.kind === 'not-iso') return { kind: 'aside', reason: NOT_ISO_REASON };
    if (country.kind === 'unknown')
      return {
        kind: 'bad',
        issues: [{ field: 'Country', reason: country.reason, value: r.Country }],
      };
    const sum = r.A! + r.B! + r.C!;
    return {
      kind: 'items',
      economyField: 'Country',
      ...(sum !== r.Total
        ? { warning: `${r.Country}: A + B + C = ${sum}, Total = ${r.Total} (stored as given)` }
        : {}),
      values: FOTN_SCORES.map(([column, code]) => ({
        iso3: country.iso3,
        indicatorCode: code,
        year: r.Edition - 1,
        value: r[column]!,
        sourceId: FREEDOM_ON_THE_NET.id,
      })),
    };
  };
}

export const fotnFormat: ImportFormat = {
  name: 'fotn',
  description:
    'Freedom House, Freedom on the Net country scores (Country, Edition, A, B, C, Total); joined by name; year = edition − 1',
  requiredColumns: () => ['Country', 'Edition', 'A', 'B', 'C', 'Total'],
  sources: () => [FREEDOM_ON_THE_NET],
  parseRow: parseWith([]),
  prepare: (context) => ({ ...fotnFormat, parseRow: parseWith(context.economies) }),
};
