// The Monte Carlo risk model shared by the fast kernel and its reference: parameters per economy,
// checks, the economies drawn, and the summary statistics of availability over trials.
import { DomainError, type ErrorIssue } from '../errors.ts';
import { chainGraph, chainOutputs, type ChainGraph } from './chain-graph.ts';
import { provisionIndex, sharesOf, type InputShares, type SupplyYear } from './input-shares.ts';
import { checkVariantWeights, requireOrder, type PropagationOptions } from './propagation.ts';
import type { Random } from './random.ts';
import { chainWarning, mergeWarnings, type SupplyChainWarning } from './supply-chain-warning.ts';
import type { SupplyChain } from './supply-chain.ts';

/** How likely an economy's supply is disrupted in one trial, and how badly. */
export interface RiskParameters {
  /** Probability (0–1) that the economy is disrupted in a trial. */
  probability: number;
  /** Fraction (0–1) of its supply of every input it loses when disrupted. */
  severity: number;
}

/**
 * Defaults for economies the caller gives no parameters: a 5% chance per trial of losing half of
 * its supply of everything. Placeholders that make the simulation run, not estimates: give
 * parameters from a risk assessment for the economies that matter.
 */
export const DEFAULT_RISK: Readonly<RiskParameters> = Object.freeze({
  probability: 0.05,
  severity: 0.5,
});

/** The most trials one run accepts. */
export const MAX_TRIALS = 10_000_000;

export interface MonteCarloOptions extends PropagationOptions {
  /** Number of trials, 1 to {@link MAX_TRIALS}. */
  trials: number;
  /** The seeded generator (e.g. `seededRandom(seed)`); it is advanced by the run. */
  random: Random;
  /** Parameters of economies not listed in `economies`; default {@link DEFAULT_RISK}. */
  defaults?: Partial<RiskParameters>;
  /** Parameters per ISO3; a missing field takes the default. */
  economies?: Readonly<Record<string, Partial<RiskParameters>>>;
  year?: SupplyYear;
}

/** The parameters used for one economy. */
export interface EconomyRisk extends RiskParameters {
  iso3: string;
}

/** Availability of one stage or output over the trials, in percent (0–100). */
export interface AvailabilityStats {
  item: string;
  name: string;
  kind: 'stage' | 'output';
  meanPct: number;
  /** Nearest-rank percentiles: the value at rank ⌈p/100 · N⌉ of the N sorted trials. */
  p5Pct: number;
  p50Pct: number;
  p95Pct: number;
  minPct: number;
  /** Fraction of trials (0–1) in which availability was under 100%. */
  shortfallProbability: number;
}

export interface MonteCarloResult {
  chain: string;
  trials: number;
  /** The economies drawn, in draw order (ISO3), with their parameters. */
  economies: EconomyRisk[];
  stages: AvailabilityStats[];
  outputs: AvailabilityStats[];
  warnings: SupplyChainWarning[];
}

/** Everything a run needs, checked: shares per item, economies in draw order, graph, outputs. */
export interface PreparedRun {
  /** Shares of every input (chain order), then of every stage (chain order). */
  shares: InputShares[];
  economies: EconomyRisk[];
  graph: ChainGraph;
  order: number[];
  /** Indices of the outputs in `chain.inputs`. */
  outputs: number[];
  warnings: SupplyChainWarning[];
}

/**
 * Checks a run's options (throws `validation_failed` naming the bad trials count, economy or
 * field, or the chain's cycle) and prepares it. Economies drawn: those with a known share of any
 * input or stage in the year used, in ISO3 order — each trial draws one number per economy in
 * that order, and the economy is disrupted when the number is below its probability.
 */
export function prepareRun(chain: SupplyChain, options: MonteCarloOptions): PreparedRun {
  const issues: ErrorIssue[] = [];
  if (!Number.isInteger(options.trials) || options.trials < 1 || options.trials > MAX_TRIALS)
    issues.push({
      path: 'trials',
      message: `trials ${options.trials} is not an integer from 1 to ${MAX_TRIALS}`,
    });
  const defaults = { ...DEFAULT_RISK, ...options.defaults };
  const check = (path: string, p: Partial<RiskParameters>): void => {
    for (const field of ['probability', 'severity'] as const) {
      const v = p[field];
      if (v !== undefined && (!Number.isFinite(v) || v < 0 || v > 1))
        issues.push({ path: `${path}.${field}`, message: `${path} ${field} ${v} is outside 0–1` });
    }
  };
  check('defaults', defaults);
  for (const [iso3, p] of Object.entries(options.economies ?? {})) check(`economies.${iso3}`, p);
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `bad Monte Carlo options: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
  checkVariantWeights(chain, options.variantWeights);
  const graph = chainGraph(chain);
  const order = requireOrder(chain, graph);

  const index = provisionIndex(chain);
  const year = options.year ?? 'latest';
  const shares = [...chain.inputs, ...chain.stages].map((item) => sharesOf(index, item.id, year));
  const drawn = new Set<string>();
  for (const s of shares) for (const e of s.economies) if (e.sharePct !== null) drawn.add(e.iso3);
  const economies = [...drawn]
    .sort()
    .map((iso3) => ({ iso3, ...defaults, ...options.economies?.[iso3] }));
  const warnings = shares.flatMap((s) => s.warnings);
  const unused = Object.keys(options.economies ?? {}).filter((e) => !drawn.has(e));
  if (unused.length > 0)
    warnings.push(
      chainWarning(
        'unused_risk_parameter',
        `${unused.sort().join(', ')}: no known share of any input of ${chain.code}; parameters ignored`,
        unused,
      ),
    );
  const outputs = chainOutputs(chain, graph);
  if (outputs.fallback)
    warnings.push(
      chainWarning(
        'no_outputs',
        `chain ${chain.code} has no input of kind output: its sinks (inputs that go into nothing) are reported as outputs`,
      ),
    );
  return {
    shares,
    economies,
    graph,
    order,
    outputs: outputs.indices,
    warnings: mergeWarnings(warnings),
  };
}

/**
 * Mean (summed in trial order), nearest-rank p5, p50, p95, minimum and shortfall probability of
 * availabilities (percent, one per trial, in trial order).
 */
export function availabilityStats(
  item: string,
  name: string,
  kind: 'stage' | 'output',
  values: ArrayLike<number>,
): AvailabilityStats {
  const n = values.length;
  let sum = 0;
  let short = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i]!;
    if (values[i]! < 100) short++;
  }
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * n) - 1)]!;
  return {
    item,
    name,
    kind,
    meanPct: sum / n,
    p5Pct: rank(5),
    p50Pct: rank(50),
    p95Pct: rank(95),
    minPct: sorted[0]!,
    shortfallProbability: short / n,
  };
}
