// Checks a supply chain's invariants and reports every problem, naming the offending ids.
import { chainGraph } from './chain-graph.ts';
import type { SupplyChain } from './supply-chain.ts';

/**
 * What can be wrong with a chain:
 *
 * - `duplicate_id` — two stages, inputs or providers share an id (an input and a stage too: a
 *   provision row could not tell which it means);
 * - `unknown_stage` — an input names a stage the chain does not have;
 * - `unknown_input` — an edge names an input the chain does not have;
 * - `duplicate_edge` — the same edge twice (a warning: it counts once);
 * - `cycle` — inputs that go into (or are a type of) each other in a loop; no order of
 *   production exists, so disruption and Monte Carlo refuse the chain;
 * - `unknown_provider` — a provision row names a provider the chain does not have;
 * - `unknown_item` — a provision row names neither an input nor a stage;
 * - `invalid_share` — a share that is not a finite number;
 * - `negative_share`, `share_over_100` — a share outside 0–100;
 * - `invalid_year` — a provision year that is not an integer;
 * - `duplicate_provision` — one provider, item and year twice (a warning: the first is used);
 * - `invalid_iso3` — an economy's code or an organisation's home economy is not three capital
 *   letters.
 */
export type ChainIssueCode =
  | 'duplicate_id'
  | 'unknown_stage'
  | 'unknown_input'
  | 'duplicate_edge'
  | 'cycle'
  | 'unknown_provider'
  | 'unknown_item'
  | 'invalid_share'
  | 'negative_share'
  | 'share_over_100'
  | 'invalid_year'
  | 'duplicate_provision'
  | 'invalid_iso3';

/** One problem: errors make analyses skip what they name (or refuse, for cycles). */
export interface ChainIssue {
  code: ChainIssueCode;
  severity: 'error' | 'warning';
  message: string;
  /** The offending ids (or values), in the order the message names them. */
  ids: string[];
}

const ISO3 = /^[A-Z]{3}$/;

/**
 * Every problem of a chain, in a stable order: ids, stages, edges, cycles, providers, provision.
 * An empty list means the chain is valid. Never throws.
 */
export function validateChain(chain: SupplyChain): ChainIssue[] {
  const issues: ChainIssue[] = [];
  const error = (code: ChainIssueCode, message: string, ids: string[]): void => {
    issues.push({ code, severity: 'error', message, ids });
  };
  const warning = (code: ChainIssueCode, message: string, ids: string[]): void => {
    issues.push({ code, severity: 'warning', message, ids });
  };

  const seen = new Map<string, string>();
  const claim = (id: string, what: string): void => {
    const before = seen.get(id);
    if (before === undefined) seen.set(id, what);
    else error('duplicate_id', `id '${id}' is used by a ${before} and a ${what}`, [id]);
  };
  for (const s of chain.stages) claim(s.id, 'stage');
  for (const i of chain.inputs) claim(i.id, 'input');
  const providerIds = new Set<string>();
  for (const p of chain.providers) {
    if (providerIds.has(p.id)) error('duplicate_id', `provider id '${p.id}' is used twice`, [p.id]);
    providerIds.add(p.id);
  }

  const stageIds = new Set(chain.stages.map((s) => s.id));
  const inputIds = new Set(chain.inputs.map((i) => i.id));
  for (const input of chain.inputs)
    if (input.stage !== null && !stageIds.has(input.stage))
      error('unknown_stage', `input '${input.id}' names unknown stage '${input.stage}'`, [
        input.id,
        input.stage,
      ]);

  const edgeKeys = new Set<string>();
  for (const edge of chain.edges) {
    for (const end of [edge.from, edge.to])
      if (!inputIds.has(end))
        error(
          'unknown_input',
          `${edge.kind} edge ${edge.from} → ${edge.to}: unknown input '${end}'`,
          [end],
        );
    const key = `${edge.kind}\u0000${edge.from}\u0000${edge.to}`;
    if (edgeKeys.has(key))
      warning('duplicate_edge', `${edge.kind} edge ${edge.from} → ${edge.to} is given twice`, [
        edge.from,
        edge.to,
      ]);
    edgeKeys.add(key);
  }
  for (const cycle of chainGraph(chain).cycles)
    error(
      'cycle',
      `cycle: ${[...cycle.ids, cycle.ids[0]!].join(' → ')} (${[...new Set(cycle.kinds)].join(', ')})`,
      cycle.ids,
    );

  for (const p of chain.providers) {
    if (p.kind === 'economy' && !ISO3.test(p.iso3))
      error('invalid_iso3', `economy provider '${p.id}' has code '${p.iso3}', not an ISO3`, [
        p.id,
        p.iso3,
      ]);
    if (p.kind === 'organisation' && p.homeEconomy !== null && !ISO3.test(p.homeEconomy))
      error(
        'invalid_iso3',
        `organisation '${p.id}' has home economy '${p.homeEconomy}', not an ISO3 (use null for none)`,
        [p.id, p.homeEconomy],
      );
  }

  const rows = new Set<string>();
  for (const row of chain.provision) {
    const at = `${row.provider} → ${row.input} (${row.year})`;
    if (!providerIds.has(row.provider))
      error('unknown_provider', `provision ${at}: unknown provider '${row.provider}'`, [
        row.provider,
      ]);
    if (!inputIds.has(row.input) && !stageIds.has(row.input))
      error('unknown_item', `provision ${at}: unknown input or stage '${row.input}'`, [row.input]);
    if (!Number.isInteger(row.year))
      error('invalid_year', `provision ${at}: year ${row.year} is not an integer`, [
        String(row.year),
      ]);
    const share = row.sharePct;
    if (share !== null && !Number.isFinite(share))
      error('invalid_share', `provision ${at}: share ${share} is not a number`, [row.provider]);
    else if (share !== null && share < 0)
      error('negative_share', `provision ${at}: negative share ${share}`, [
        row.provider,
        row.input,
      ]);
    else if (share !== null && share > 100)
      error('share_over_100', `provision ${at}: share ${share} is over 100`, [
        row.provider,
        row.input,
      ]);
    const key = `${row.provider}\u0000${row.input}\u0000${row.year}`;
    if (rows.has(key))
      warning('duplicate_provision', `provision ${at} is given twice; the first is used`, [
        row.provider,
        row.input,
      ]);
    rows.add(key);
  }
  return issues;
}
