// Parser for a long table of mineral production by commodity, economy and year (USGS Mineral
// Commodity Summaries world tables): each commodity an input, each producing economy a provider.
import { economyNameResolver, type NamedEconomy } from '../../core/economies/economy-names.ts';
import type { Source } from '../../core/sources/source.ts';
import {
  validateChain,
  type Input,
  type Provider,
  type SupplyChain,
} from '../../core/supply-chains/supply-chain.ts';
import { IssueLog } from './issue-log.ts';
import {
  MINERALS_COLUMNS,
  MINERALS_REQUIRED,
  SUB_SERIES,
  parseMineralsRow,
  type ParsedMineralsRow,
} from './minerals-rows.ts';
import {
  UNATTRIBUTED_ID,
  mineralsShares,
  type MineralProduction,
  type WorldTotal,
} from './minerals-shares.ts';
import { mineralsSource, mineralsSourceId } from './minerals-sources.ts';
import type { ParsedSupplyChain } from './parsed-supply-chain.ts';
import { readSourceCsv } from '../read-source-csv.ts';

export interface MineralsOptions {
  /** The chain's code, e.g. `critical-minerals`. */
  code: string;
  name?: string;
  /** The economies the platform holds: names the USGS table lacks are joined to them. */
  economies?: readonly NamedEconomy[];
}

export interface MineralsCounts {
  rowsRead: number;
  rejectedRows: number;
  inputs: number;
  economies: number;
  years: number[];
  /** "World total" rows: a cross-check, not supply. */
  worldTotalRows: number;
  /** "Other countries" rows: supply not attributed to an economy. */
  unattributedRows: number;
  provisions: number;
  /** Producers whose quantity is withheld or not available (share unknown). */
  sharesUnknown: number;
  /** Year cells printed as zero ("—"): no provision is made for them. */
  zeroCells: number;
}

export interface ParsedMinerals extends ParsedSupplyChain<MineralsCounts> {
  /** Per input and year: the table's world total, the rows' sum, and what shares divide by. */
  worldTotals: WorldTotal[];
  /** The quantities behind the shares, in each input's unit (see its description). */
  production: MineralProduction[];
}

export const MINERALS_DEFAULT_NAME = 'Critical minerals (USGS Mineral Commodity Summaries)';

/** Display names of the commodity slugs (others: the slug with its first letter capitalised). */
export const COMMODITY_NAMES: Readonly<Record<string, string>> = {
  // The shared file's silicon production columns are ferrosilicon (see its PROVENANCE.md).
  silicon: 'Silicon (ferrosilicon)',
  ...Object.fromEntries(SUB_SERIES.map((s) => [s.id, s.name])),
};

const titleOf = (slug: string): string =>
  slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

const commodityName = (slug: string): string => COMMODITY_NAMES[slug] ?? titleOf(slug);

/** "(Data in kilograms, gallium content, unless otherwise specified)" → "kilograms, gallium content". */
export const unitOf = (note: string | null): string | null =>
  note
    ?.replace(/^\(?\s*data in\s+/i, '')
    .replace(/,?\s*unless otherwise specified\s*\)?$/i, '')
    .replace(/\)$/, '')
    .trim() || null;

const UNATTRIBUTED: Provider = { kind: 'pseudo', id: UNATTRIBUTED_ID, name: 'Other countries' };

/** The inputs (table label and unit in the description) and the sources of their chapters. */
function inputsOf(rows: readonly ParsedMineralsRow[], log: IssueLog, file: string) {
  const inputs = new Map<string, Input>();
  const sources = new Map<string, Source>();
  const unverified = new Set<string>();
  for (const { cells, row } of rows) {
    const sourceId = mineralsSourceId(row);
    if (!sources.has(sourceId)) sources.set(sourceId, mineralsSource(row, titleOf(row.commodity)));
    for (const id of new Set(cells.map((c) => c.inputId))) {
      if (row.units_note_verified_in_json === 'no') unverified.add(id);
      if (inputs.has(id)) continue;
      const unit = unitOf(row.units_note);
      const description = [
        [row.world_table_label, row.edition].filter(Boolean).join(', '),
        unit && `quantities in ${unit}`,
      ]
        .filter(Boolean)
        .join('; ');
      inputs.set(id, {
        id,
        name: commodityName(id),
        kind: 'material',
        stage: null,
        ...(description && { description }),
      });
    }
  }
  if (unverified.size > 0)
    log.warn(
      `${file}: the units of ${[...unverified].join(', ')} were not checked against the USGS PDF (units_note_verified_in_json = no); quantities may be in another unit, shares are unaffected`,
    );
  return { inputs: [...inputs.values()], sources: [...sources.values()] };
}

/** One provider per economy (named as the table first spells it) and one for "Other countries". */
function providersOf(rows: readonly ParsedMineralsRow[]): Provider[] {
  const providers = new Map<string, Provider>();
  for (const { subject, name } of rows) {
    if (subject.kind === 'world') continue;
    const id = subject.kind === 'economy' ? subject.iso3 : UNATTRIBUTED_ID;
    if (!providers.has(id))
      providers.set(
        id,
        subject.kind === 'economy' ? { kind: 'economy', id, name, iso3: id } : UNATTRIBUTED,
      );
  }
  return [...providers.values()];
}

/** Leaves out a second row for the same commodity and economy (or world total), reporting it. */
function withoutRepeats(
  rows: ParsedMineralsRow[],
  file: string,
  log: IssueLog,
): ParsedMineralsRow[] {
  const seen = new Map<string, ParsedMineralsRow>();
  return rows.filter((r) => {
    const who = r.subject.kind === 'economy' ? r.subject.iso3 : r.subject.kind;
    const key = `${r.row.commodity}|${who}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, r);
      return true;
    }
    log.bad(
      file,
      r.line,
      'country',
      `a second row for '${r.name}' in ${r.row.commodity} (line ${earlier.line} has '${earlier.name}')`,
      r.name,
    );
    return false;
  });
}

/**
 * Reads a USGS world-production table into the supply chain of its commodities. Shares are
 * production ÷ the table's world total per commodity and year (see minerals-shares.ts). Never
 * throws on bad rows; throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseMineralsProduction(file: string, options: MineralsOptions): ParsedMinerals {
  const log = new IssueLog();
  const csv = readSourceCsv(file, MINERALS_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const absent = MINERALS_COLUMNS.filter((c) => !csv.columns.includes(c));
  const resolveName = economyNameResolver(options.economies ?? []);
  const parsed = csv.rows
    .map((r) => parseMineralsRow(file, r, absent, log, resolveName))
    .filter((r): r is ParsedMineralsRow => r !== null);
  const rows = withoutRepeats(parsed, file, log);

  const { inputs, sources } = inputsOf(rows, log, file);
  const providers = providersOf(rows);
  const names = new Map(inputs.map((i) => [i.id, i.name]));
  const { provisions, production, worldTotals, zeroCells } = mineralsShares(rows, file, log, names);
  const chain: SupplyChain = {
    code: options.code,
    name: options.name ?? MINERALS_DEFAULT_NAME,
    stages: [],
    inputs,
    edges: [],
    providers,
    provision: provisions,
  };
  for (const i of validateChain(chain)) log.warn(`chain check (${i.severity}): ${i.message}`);
  return {
    chain,
    sources,
    issues: log.issues,
    warnings: log.warnings,
    worldTotals,
    production,
    counts: {
      rowsRead: csv.records,
      rejectedRows: log.rejectedRows,
      inputs: inputs.length,
      economies: providers.filter((p) => p.kind === 'economy').length,
      years: [...new Set(provisions.map((p) => p.year))].sort((a, b) => a - b),
      worldTotalRows: rows.filter((r) => r.subject.kind === 'world').length,
      unattributedRows: rows.filter((r) => r.subject.kind === 'unattributed').length,
      provisions: provisions.length,
      sharesUnknown: provisions.filter((p) => p.sharePct === null).length,
      zeroCells,
    },
  };
}
