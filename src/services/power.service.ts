// The voting-power audit: a rule and a member set (weights given, or looked up as population or
// GDP), the exact Banzhaf and Shapley–Shubik indices, who can block or pass alone, and warnings.
import { DomainError } from '../core/errors.ts';
import type { WeightBasis } from '../core/governance/decision-rule.ts';
import { wholeWeights, type PowerRequest } from '../core/governance/power-request.ts';
import {
  capWeights,
  type BlockingAnalysis,
  type VotingGame,
  type VotingPowerWarning,
} from '../core/governance/voting-power.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';
import { inlineHeavyWork, type HeavyWork } from './worker-pool.ts';

const BASIS_INDICATOR: Readonly<Record<Exclude<WeightBasis, 'equal'>, string>> = {
  population: 'population',
  gdp: 'gdp_usd',
};

export interface PowerMember {
  member: string;
  /** The economy's name when the member is one. */
  name: string | null;
  /** The weight as given or looked up (population, GDP in US$, 1). */
  weight: number;
  /** After the cap, when there is one. */
  cappedWeight: number | null;
  /** The whole-number weight the count used (the weight, or its share scaled to 100,000). */
  units: number;
  /** The year of a looked-up weight. */
  year: number | null;
  banzhaf: number;
  shapleyShubik: number;
  weightShare: number;
  powerToWeight: number | null;
}

export interface PowerAudit {
  rule: string;
  members: PowerMember[];
  /** A coalition wins with at least this many members and this many weight units. */
  thresholds: { members: number; weight: number };
  totalUnits: number;
  /** True when the weights were scaled to whole units (see docs/analytics/voting-power.md). */
  scaled: boolean;
  blocking: BlockingAnalysis;
  warnings: VotingPowerWarning[];
  /** Where looked-up weights come from. */
  sources: Source[];
}

export class PowerService {
  constructor(
    private readonly store: Store,
    /** Where the indices are computed (the worker pool in the server). */
    private readonly heavy: HeavyWork = inlineHeavyWork(),
  ) {}

  async audit(request: PowerRequest): Promise<PowerAudit> {
    const looked = await this.weights(request);
    let used = looked.map((l) => l.weight);
    let capped: number[] | null = null;
    if (request.rule === 'weighted' && request.capPct !== undefined) {
      capped = capWeights(used, request.capPct);
      used = capped;
    }
    const whole = wholeWeights(used);
    const total = whole.weights.reduce((a, b) => a + b, 0);
    if (total === 0)
      throw new DomainError('validation_failed', 'members: every weight is 0', [
        { path: 'members', message: 'at least one member needs a weight above 0' },
      ]);
    const gameMembers = request.members.map((m, i) => ({
      member: m.member,
      weight: whole.weights[i]!,
    }));
    let game: VotingGame;
    let rule: string;
    if (request.rule === 'weighted') {
      if (request.quota !== undefined && whole.scaled)
        throw new DomainError(
          'validation_failed',
          'quota: the weights are not whole numbers, so give the quota as quotaPct',
          [{ path: 'quota', message: 'give quotaPct instead' }],
        );
      const quota = request.quota ?? Math.ceil((request.quotaPct! / 100) * total - 1e-9);
      if (quota > total)
        throw new DomainError(
          'validation_failed',
          `quota: ${quota} is more than the total weight ${total}: no coalition could win`,
          [{ path: 'quota', message: `at most ${total}` }],
        );
      game = { kind: 'weighted', members: gameMembers, quota };
      rule =
        `Weighted majority: ${request.quota !== undefined ? `quota ${quota} of ${total}` : `${request.quotaPct}% of the weight`}` +
        (request.capPct !== undefined ? `, no member above ${request.capPct}%` : '') +
        (request.weight ? ` (weights: ${request.weight})` : '');
    } else {
      game = {
        kind: 'double-majority',
        members: gameMembers,
        membersPct: request.membersPct,
        weightPct: request.weightPct,
      };
      rule = `Double majority: ${request.membersPct}% of members representing ${request.weightPct}% of ${request.weight ?? 'the weight'}`;
    }
    const power = await this.heavy.run('votingPower', {
      game,
      options: request.maxPowerShare !== undefined ? { maxPowerShare: request.maxPowerShare } : {},
    });
    const sourceIds = [...new Set(looked.flatMap((l) => (l.sourceId ? [l.sourceId] : [])))];
    return {
      rule,
      members: power.members.map((p, i) => ({
        member: p.member,
        name: looked[i]!.name,
        weight: looked[i]!.weight,
        cappedWeight: capped ? capped[i]! : null,
        units: p.weight,
        year: looked[i]!.year,
        banzhaf: p.banzhaf,
        shapleyShubik: p.shapleyShubik,
        weightShare: p.weightShare,
        powerToWeight: p.powerToWeight,
      })),
      thresholds: power.thresholds,
      totalUnits: total,
      scaled: whole.scaled,
      blocking: power.blocking,
      warnings: power.warnings,
      sources: await this.store.sources.getMany(sourceIds),
    };
  }

  /** The members' weights: as given, 1 each, or the latest value of population or GDP. */
  private async weights(
    request: PowerRequest,
  ): Promise<
    { weight: number; name: string | null; year: number | null; sourceId: string | null }[]
  > {
    const economies = new Map((await this.store.economies.list()).map((e) => [e.iso3, e.name]));
    const basis = request.weight;
    if (basis === undefined || basis === 'equal')
      return request.members.map((m) => ({
        weight: basis === 'equal' ? 1 : m.weight!,
        name: economies.get(m.member.toUpperCase()) ?? null,
        year: null,
        sourceId: null,
      }));
    const codes = request.members.map((m) => m.member.toUpperCase());
    const unknown = codes.flatMap((c, i) => (economies.has(c) ? [] : [i]));
    if (unknown.length > 0)
      throw new DomainError(
        'validation_failed',
        `members: ${unknown.map((i) => `'${request.members[i]!.member}'`).join(', ')} ${unknown.length === 1 ? 'is not an economy' : 'are not economies'}: weights by ${basis} need ISO3 codes`,
        unknown.map((i) => ({ path: `members.${i}.member`, message: 'not an ISO3 economy code' })),
      );
    const values = await this.store.indicators.values({
      code: BASIS_INDICATOR[basis],
      year: 'latest',
      economies: codes,
    });
    const byCode = new Map(values.map((v) => [v.iso3, v]));
    const missing = codes.flatMap((c, i) => (byCode.has(c) ? [] : [i]));
    if (missing.length > 0)
      throw new DomainError(
        'validation_failed',
        `members: no ${basis} value for ${missing.map((i) => codes[i]).join(', ')}`,
        missing.map((i) => ({ path: `members.${i}.member`, message: `no ${basis} value` })),
      );
    return codes.map((c) => {
      const v = byCode.get(c)!;
      return { weight: v.value, name: economies.get(c)!, year: v.year, sourceId: v.sourceId };
    });
  }
}
