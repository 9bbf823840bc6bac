// Format `vdem`: V-Dem country-year CSVs — the v14 core indices file, or the Episodes of Regime
// Transformation (ERT) file built on v15 (told apart by its `reg_type` column). Both carry
// v2x_polyarchy and v2x_regime for 2000–2023: the file imported last gives those values, so import
// v14 first and ERT second to get one v15 series for both indices (and 2024).
import { z } from 'zod';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import {
  numberCell,
  parseCells,
  yearCell,
  type ImportFormat,
  type RowResult,
} from './import-format.ts';

/** V-Dem variables this format imports, with their catalogue codes. */
const VARIABLES: Record<string, string> = {
  v2x_libdem: 'vdem_libdem',
  v2x_polyarchy: 'vdem_polyarchy',
  v2x_liberal: 'vdem_liberal',
  v2x_civlib: 'vdem_civil_liberties',
  v2x_rule: 'vdem_rule_of_law',
  v2xca_academ: 'vdem_academic_freedom',
  v2x_regime: 'vdem_regime',
};

/** V-Dem units that are not ISO 3166 economies: set aside, named in the report. */
const VDEM_ONLY_UNITS: Record<string, string> = {
  SML: 'Somaliland',
  ZZB: 'Zanzibar',
  PSG: 'Palestine/Gaza',
};

const CITATION =
  'Coppedge, Michael, John Gerring, Carl Henrik Knutsen, Staffan I. Lindberg, Jan Teorell et al.';

const V14: Source = {
  id: 'vdem-v14',
  citation: `${CITATION} 2024. "V-Dem Country-Year Dataset v14." Varieties of Democracy (V-Dem) Project.`,
  publisher: 'V-Dem Institute, University of Gothenburg',
  licence: 'CC BY-SA 4.0',
  url: 'https://v-dem.net/data/the-v-dem-dataset/',
  date: '2024-03',
  notes:
    'Core indices from the vdemlite R package copy (eteitelbaum/vdemlite, commit a992948), years 2000–2023.',
};

const V15_ERT: Source = {
  id: 'vdem-v15-ert',
  citation: `${CITATION} 2025. "V-Dem Country-Year Dataset v15", via the Episodes of Regime Transformation (ERT) dataset 15.0. Varieties of Democracy (V-Dem) Project.`,
  publisher: 'V-Dem Institute, University of Gothenburg',
  licence: 'CC BY-SA 4.0',
  url: 'https://github.com/vdeminstitute/ERT',
  date: '2025-03',
  notes:
    'ERT 15.0 (vdeminstitute/ERT inst/ert.csv, commit fa95b8b): v2x_regime and v2x_polyarchy only, 2000–2024.',
};

type Layout = { source: Source; variables: string[] };

const ERT_LAYOUT: Layout = { source: V15_ERT, variables: ['v2x_regime', 'v2x_polyarchy'] };
const CORE_LAYOUT: Layout = { source: V14, variables: Object.keys(VARIABLES) };

/** ERT files carry `reg_type`; any other V-Dem file is read as the v14 core indices. */
const layoutOf = (columns: readonly string[]): Layout =>
  columns.includes('reg_type') ? ERT_LAYOUT : CORE_LAYOUT;

const schemaOf = (layout: Layout) =>
  z.object({
    year: yearCell,
    ...Object.fromEntries(layout.variables.map((v) => [v, numberCell])),
  }) as unknown as z.ZodType<{ year: number } & Record<string, number | null>>;

const SCHEMAS = new Map<Layout, ReturnType<typeof schemaOf>>([
  [ERT_LAYOUT, schemaOf(ERT_LAYOUT)],
  [CORE_LAYOUT, schemaOf(CORE_LAYOUT)],
]);

export const vdemFormat: ImportFormat = {
  name: 'vdem',
  description:
    'V-Dem country-year CSV: v14 core indices, or the ERT v15 regime/polyarchy file (told apart by header)',
  requiredColumns: (_options, columns) =>
    columns.length === 0
      ? ['country_text_id', 'year']
      : ['country_text_id', 'year', ...layoutOf(columns).variables],
  sources: (_options, columns) => [layoutOf(columns).source],
  parseRow(record, _options, columns): RowResult {
    const code = record.country_text_id?.trim() ?? '';
    if (VDEM_ONLY_UNITS[code] !== undefined)
      return { kind: 'aside', reason: 'not an ISO 3166 economy' };
    const layout = layoutOf(columns);
    const p = parseCells(SCHEMAS.get(layout)!, record);
    if (!p.ok) return p.result;
    const values: IndicatorValue[] = [];
    for (const variable of layout.variables) {
      const value = p.data[variable];
      if (value === null || value === undefined) continue;
      values.push({
        iso3: code,
        indicatorCode: VARIABLES[variable]!,
        year: p.data.year,
        value,
        sourceId: layout.source.id,
      });
    }
    if (values.length === 0) return { kind: 'aside', reason: 'empty value' };
    return { kind: 'items', economyField: 'country_text_id', values };
  },
};
