// Format `freedom-house`: Freedom House "Freedom in the World" aggregate scores, one row per
// country or territory and edition. The file has no codes, so economies are joined by name
// (core/economies/economy-names.ts) against the economies already stored.
import { z } from 'zod';
import { economyNameResolver } from '../core/economies/economy-names.ts';
import type { Source } from '../core/sources/source.ts';
import {
  numberCell,
  parseCells,
  yearCell,
  type ImportFormat,
  type RowResult,
} from './import-format.ts';

export const FREEDOM_HOUSE_SOURCE: Source = {
  id: 'freedom-house-fiw-2013-2024',
  citation:
    'Freedom House, Freedom in the World 2013–2024: aggregate category and subcategory scores (All_data_FIW_2013-2024.xlsx)',
  publisher: 'Freedom House',
  licence: 'Freedom House copyright; free to use with attribution, not redistributable',
  url: 'https://freedomhouse.org/report/freedom-world',
  date: '2024',
  notes:
    'Never in the starter dataset. Year = edition − 1 (edition N covers calendar year N−1). Copy in pachadotdev/freedomhouse (commit 6f48484).',
};

const score = numberCell.refine((n) => n !== null, 'must not be empty');

const row = z.object({
  'Country/Territory': z.string().trim().min(1, 'must not be empty'),
  'C/T': z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['c', 't'], { error: "must be 'c' (country) or 't' (territory)" })),
  Edition: yearCell,
  PR: score,
  CL: score,
  Total: score,
});

const SCORES = [
  ['Total', 'fh_total'],
  ['PR', 'fh_political_rights'],
  ['CL', 'fh_civil_liberties'],
] as const;

/** A row parser that resolves names with `resolve` (aliases plus the stored economies' names). */
function parseWith(resolve: (name: string) => string | undefined): ImportFormat['parseRow'] {
  return (record): RowResult => {
    const p = parseCells(row, record);
    if (!p.ok) return p.result;
    const r = p.data;
    const name = r['Country/Territory'];
    const iso3 = resolve(name);
    if (!iso3) {
      if (r['C/T'] === 't') return { kind: 'aside', reason: 'territory not in ISO 3166' };
      return {
        kind: 'bad',
        issues: [
          {
            field: 'Country/Territory',
            reason: `'${name}' matches no economy (add its spelling to ECONOMY_NAME_ALIASES in core/economies/economy-names.ts)`,
            value: name,
          },
        ],
      };
    }
    return {
      kind: 'items',
      economyField: 'Country/Territory',
      values: SCORES.map(([column, code]) => ({
        iso3,
        indicatorCode: code,
        year: r.Edition - 1,
        value: r[column],
        sourceId: FREEDOM_HOUSE_SOURCE.id,
      })),
    };
  };
}

export const freedomHouseFormat: ImportFormat = {
  name: 'freedom-house',
  description:
    'Freedom House, Freedom in the World scores (Country/Territory, C/T, Edition, PR, CL, Total); joined by name',
  requiredColumns: () => ['Country/Territory', 'C/T', 'Edition', 'PR', 'CL', 'Total'],
  sources: () => [FREEDOM_HOUSE_SOURCE],
  // Unprepared, only the alias table resolves names; the runner prepares it with the stored economies.
  parseRow: parseWith(economyNameResolver([])),
  prepare: (context) => ({
    ...freedomHouseFormat,
    parseRow: parseWith(economyNameResolver(context.economies)),
  }),
};
