// Stratification weights (our addition to Polis): weights per participant so that no economy or
// constituency dominates the map merely by turning out in numbers. Weights are normalised to a
// mean of 1, so weighted counts read like counts of participants.
import type { ConversationParticipant } from './conversation.ts';

/** Whose totals are made equal: economies, constituencies, both at once, or nobody (all 1). */
export type WeightScheme = 'economy' | 'constituency' | 'both' | 'none';
export const WEIGHT_SCHEMES = [
  'economy',
  'constituency',
  'both',
  'none',
] as const satisfies readonly WeightScheme[];

/** Each economy's participants together weigh in proportion to `values[iso3]` (e.g. population). */
export interface IndicatorWeighting {
  indicator: Readonly<Record<string, number>>;
}

export type Weighting = WeightScheme | IndicatorWeighting;

export interface StratificationWeights {
  /** One weight per participant, in the order given; mean 1 over those with a weight > 0. */
  weights: number[];
  /** Participants given weight 0 (their economy has no indicator value, or a value ≤ 0). */
  unweighted: string[];
}

/** The stratum key of a participant who did not say: such participants form one stratum. */
export const UNKNOWN = '(unknown)';

type Stratum = (p: Pick<ConversationParticipant, 'economy' | 'constituency'>) => string;
const byEconomy: Stratum = (p) => p.economy ?? UNKNOWN;
const byConstituency: Stratum = (p) => p.constituency ?? UNKNOWN;

/** Weights that give every stratum the same total: 1 ÷ (strata × the stratum's size). */
function equalStrata(keys: readonly string[]): number[] {
  const size = new Map<string, number>();
  for (const k of keys) size.set(k, (size.get(k) ?? 0) + 1);
  return keys.map((k) => 1 / (size.size * size.get(k)!));
}

/** Scales positive weights to a mean of 1 over the participants with a positive weight. */
function normalise(weights: number[]): number[] {
  const positive = weights.filter((w) => w > 0);
  const total = positive.reduce((a, b) => a + b, 0);
  return total > 0 ? weights.map((w) => (w * positive.length) / total) : weights;
}

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940) to equal economy totals and
 * equal constituency totals at once: alternately scales each economy's and each constituency's
 * participants so that every economy, then every constituency, has the same total, until the
 * totals change by less than 1e-9 or after 200 rounds. When some economy has no one of some
 * constituency both margins may not be reachable exactly; the last round (the constituencies')
 * then holds exactly and the economies' approximately.
 */
function raking(
  participants: readonly Pick<ConversationParticipant, 'economy' | 'constituency'>[],
): number[] {
  const economies = participants.map(byEconomy);
  const constituencies = participants.map(byConstituency);
  let w = participants.map(() => 1);
  const fit = (keys: readonly string[]): number => {
    const total = new Map<string, number>();
    keys.forEach((k, i) => total.set(k, (total.get(k) ?? 0) + w[i]!));
    const target = w.reduce((a, b) => a + b, 0) / total.size;
    let change = 0;
    w = w.map((x, i) => {
      const f = target / total.get(keys[i]!)!;
      change = Math.max(change, Math.abs(f - 1));
      return x * f;
    });
    return change;
  };
  for (let round = 0; round < 200; round++) {
    const change = Math.max(fit(economies), fit(constituencies));
    if (change < 1e-9) break;
  }
  return w;
}

/**
 * The weights of `participants` under a weighting: `none` all 1; `economy` or `constituency`
 * each stratum (participants without one form the stratum {@link UNKNOWN}) the same total;
 * `both` raking to equal totals per economy and per constituency; an indicator, each economy's
 * total ∝ its value (participants of an economy without a positive value, or without an economy,
 * get 0 and are listed in `unweighted`).
 */
export function stratificationWeights(
  participants: readonly Pick<ConversationParticipant, 'id' | 'economy' | 'constituency'>[],
  weighting: Weighting,
): StratificationWeights {
  if (participants.length === 0) return { weights: [], unweighted: [] };
  let raw: number[];
  if (weighting === 'none') raw = participants.map(() => 1);
  else if (weighting === 'economy') raw = equalStrata(participants.map(byEconomy));
  else if (weighting === 'constituency') raw = equalStrata(participants.map(byConstituency));
  else if (weighting === 'both') raw = raking(participants);
  else {
    const size = new Map<string, number>();
    for (const p of participants)
      if (p.economy !== null) size.set(p.economy, (size.get(p.economy) ?? 0) + 1);
    raw = participants.map((p) => {
      const value = p.economy === null ? undefined : weighting.indicator[p.economy];
      return value !== undefined && Number.isFinite(value) && value > 0
        ? value / size.get(p.economy!)!
        : 0;
    });
  }
  const weights = normalise(raw);
  return {
    weights,
    unweighted: participants.filter((_, i) => !(weights[i]! > 0)).map((p) => p.id),
  };
}
