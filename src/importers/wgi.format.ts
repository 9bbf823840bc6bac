// Format `wgi`: the World Bank Worldwide Governance Indicators in long layout (iso3, year,
// indicator, estimate, pctrank …): each row gives an estimate and a percentile rank.
// The import benchmark reads this file, so a row is parsed without building objects it does not
// need; the Zod cell schemas are only asked for the message when a cell is bad.
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import { numberCell, yearCell, type ImportFormat, type RowResult } from './import-format.ts';

/** WGI letter codes and the catalogue code of their estimate (`<code>_pctrank`: percentile rank). */
const INDICATORS: Record<string, { estimate: string; pctrank: string }> = Object.fromEntries(
  Object.entries({
    va: 'wgi_voice_accountability',
    pv: 'wgi_political_stability',
    ge: 'wgi_government_effectiveness',
    rq: 'wgi_regulatory_quality',
    rl: 'wgi_rule_of_law',
    cc: 'wgi_control_of_corruption',
  }).map(([letters, code]) => [letters, { estimate: code, pctrank: `${code}_pctrank` }]),
);

/** Entities the WGI still list that no longer exist (kept out of the economies table). */
const HISTORICAL: Record<string, string> = { ANT: 'Netherlands Antilles' };

export const WGI_SOURCE: Source = {
  id: 'wb-wgi-2024',
  citation:
    'World Bank, Worldwide Governance Indicators, 2024 update (estimates and percentile ranks, 1996–2023; Kaufmann and Kraay)',
  publisher: 'World Bank',
  licence: 'CC BY 4.0',
  url: 'https://www.worldbank.org/en/publication/worldwide-governance-indicators',
  date: '2024 update',
  notes:
    'Official wgidataset.xlsx (long layout), copy in Terrie-png/DAV_CA1 (commit 5853634); years 2010–2023 kept.',
};

type Issues = { field: string; reason: string; value?: string }[];

const firstMessage = (r: { error?: { issues: { message: string }[] } }): string =>
  r.error?.issues[0]?.message ?? 'is not valid';

function numberAt(record: Record<string, string>, field: string, issues: Issues): number | null {
  const s = record[field] ?? '';
  if (s === '') return null;
  const n = Number(s);
  if (Number.isFinite(n) && s.trim() !== '') return n;
  const r = numberCell.safeParse(s);
  if (r.success) return r.data;
  issues.push({ field, reason: firstMessage(r), value: s });
  return null;
}

function yearAt(record: Record<string, string>, issues: Issues): number {
  const s = record.year ?? '';
  const n = Number(s);
  if (s !== '' && Number.isInteger(n) && n >= 1900 && n <= 2100) return n;
  issues.push({ field: 'year', reason: firstMessage(yearCell.safeParse(s)), value: s });
  return 0;
}

export const wgiFormat: ImportFormat = {
  name: 'wgi',
  description:
    'World Bank Worldwide Governance Indicators, long CSV (iso3, year, indicator, estimate, pctrank)',
  requiredColumns: () => ['iso3', 'year', 'indicator', 'estimate', 'pctrank'],
  sources: () => [WGI_SOURCE],
  parseRow(record): RowResult {
    const iso3 = (record.iso3 ?? '').trim();
    if (HISTORICAL[iso3] !== undefined)
      return { kind: 'aside', reason: 'historical entity (not in ISO 3166 today)' };
    const letters = (record.indicator ?? '').trim();
    const codes = INDICATORS[letters];
    const issues: Issues = [];
    if (!codes)
      issues.push({
        field: 'indicator',
        reason: `unknown WGI indicator '${letters}' (expected va, pv, ge, rq, rl or cc)`,
        value: letters,
      });
    const year = yearAt(record, issues);
    const estimate = numberAt(record, 'estimate', issues);
    const pctrank = numberAt(record, 'pctrank', issues);
    if (pctrank !== null && (pctrank < 0 || pctrank > 100))
      issues.push({
        field: 'pctrank',
        reason: 'a percentile rank lies between 0 and 100',
        value: record.pctrank,
      });
    if (issues.length > 0 || !codes) return { kind: 'bad', issues };
    if (estimate === null && pctrank === null) return { kind: 'aside', reason: 'empty value' };
    const values: IndicatorValue[] = [];
    if (estimate !== null)
      values.push({
        iso3,
        indicatorCode: codes.estimate,
        year,
        value: estimate,
        sourceId: WGI_SOURCE.id,
      });
    if (pctrank !== null)
      values.push({
        iso3,
        indicatorCode: codes.pctrank,
        year,
        value: pctrank,
        sourceId: WGI_SOURCE.id,
      });
    return { kind: 'items', economyField: 'iso3', values };
  },
};
