// Membership criteria: the built-in default set and stored custom sets, evaluated over every
// economy with evidence, and compared with a coalition.
import { checkCoalition, type CoalitionCheck } from '../core/criteria/coalition-check.ts';
import { criteriaWithPaths, withAsOf, type CriteriaSet } from '../core/criteria/criteria-set.ts';
import { defaultCriteriaSet } from '../core/criteria/default-criteria.ts';
import type { CriteriaEvaluation } from '../core/criteria/evaluate-criteria.ts';
import { LATEST_MIN_COVERAGE_RATIO } from '../core/coalitions/year-policy.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Store } from '../db/store.ts';
import type { CoalitionService } from './coalition.service.ts';
import { inlineHeavyWork, type HeavyWork } from './worker-pool.ts';

export const DEFAULT_SET_CODE = 'default';

export interface CriteriaSetSummary {
  code: string;
  name: string;
  description: string;
  origin: 'built-in' | 'custom';
  /** Number of criteria (leaves) per tier. */
  criteria: { member: number; partner: number };
}

export interface EvaluationReport {
  asOf: number;
  evaluation: CriteriaEvaluation;
  /** When a coalition was given: who inside fails what, who outside qualifies. */
  coalition: {
    code: string;
    name: string;
    check: CoalitionCheck;
    /** Participants the criteria do not apply to: supranational bodies and organisations. */
    notEvaluated: { code: string; reason: string }[];
  } | null;
}

const summarise = (set: CriteriaSet, origin: CriteriaSetSummary['origin']): CriteriaSetSummary => {
  const leaves = criteriaWithPaths(set);
  return {
    code: set.code,
    name: set.name,
    description: set.description,
    origin,
    criteria: {
      member: leaves.filter((l) => l.tier === 'member').length,
      partner: leaves.filter((l) => l.tier === 'partner').length,
    },
  };
};

export class CriteriaService {
  constructor(
    private readonly store: Store,
    private readonly coalitions: CoalitionService,
    /** Where evaluations are computed (the worker pool in the server). */
    private readonly heavy: HeavyWork = inlineHeavyWork(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async list(): Promise<CriteriaSetSummary[]> {
    const asOf = await this.latestYear(defaultCriteriaSet(2000));
    return [
      summarise(defaultCriteriaSet(asOf), 'built-in'),
      ...(await this.store.criteriaSets.list()).map((s) => summarise(s, 'custom')),
    ];
  }

  /**
   * A set by code. The built-in `default` set is dated at `asOf`, or at the latest year of its
   * indicators' data; a stored set keeps its own year policies unless `asOf` is given.
   */
  async get(code: string, asOf?: number): Promise<CriteriaSet> {
    if (code === DEFAULT_SET_CODE) {
      const undated = defaultCriteriaSet(2000);
      return defaultCriteriaSet(asOf ?? (await this.latestYear(undated)));
    }
    const stored = await this.store.criteriaSets.get(code);
    if (!stored) throw notFound('criteria set', code);
    return asOf === undefined ? stored : withAsOf(stored, asOf);
  }

  /**
   * Creates or replaces a stored set (parsed by the edges with `criteriaSetSchema`), refusing the
   * built-in set's code and indicators the catalogue of this database lacks.
   */
  async save(set: CriteriaSet): Promise<{ set: CriteriaSet; status: 'created' | 'updated' }> {
    if (set.code === DEFAULT_SET_CODE)
      throw new DomainError(
        'validation_failed',
        `'${DEFAULT_SET_CODE}' is the built-in set; choose another code`,
        [{ path: 'code', message: 'reserved' }],
      );
    const catalogue = new Set((await this.store.indicators.catalogue()).map((i) => i.code));
    const unknown = criteriaWithPaths(set).filter((l) => !catalogue.has(l.criterion.indicator));
    if (unknown.length > 0)
      throw new DomainError(
        'validation_failed',
        `unknown indicator ${unknown.map((u) => `'${u.criterion.indicator}'`).join(', ')}`,
        unknown.map((u) => ({
          path: [...u.path, 'indicator'].join('.'),
          message: `unknown indicator '${u.criterion.indicator}'`,
        })),
      );
    const status = await this.store.transaction((tx) => tx.criteriaSets.save(set, this.now()));
    return { set, status };
  }

  async delete(code: string): Promise<void> {
    if (code === DEFAULT_SET_CODE)
      throw new DomainError(
        'conflict',
        `'${DEFAULT_SET_CODE}' is the built-in set and cannot be deleted`,
      );
    const deleted = await this.store.transaction((tx) => tx.criteriaSets.delete(code));
    if (!deleted) throw notFound('criteria set', code);
  }

  /** Evaluates a set over every economy; with a coalition, compares its participants too. */
  async evaluate(
    code: string,
    options: { asOf?: number; coalition?: string } = {},
  ): Promise<EvaluationReport> {
    const set = await this.get(code, options.asOf);
    const codes = [...new Set(criteriaWithPaths(set).map((l) => l.criterion.indicator))];
    const values: IndicatorValue[] = [];
    for (const c of codes) values.push(...(await this.store.indicators.series(c)));
    const economies = await this.store.economies.list();
    const indicators = (await this.store.indicators.catalogue()).filter((i) =>
      codes.includes(i.code),
    );
    const evaluation = await this.heavy.run('evaluateCriteria', {
      set,
      data: {
        economies: economies.map((e) => ({ iso3: e.iso3, name: e.name })),
        indicators: indicators.map((i) => ({ code: i.code, higherIsBetter: i.higherIsBetter })),
        values,
      },
    });
    const asOf = criteriaWithPaths(set)[0]?.criterion.yearPolicy.asOf ?? options.asOf ?? 0;
    let coalition: EvaluationReport['coalition'] = null;
    if (options.coalition !== undefined) {
      // Criteria are about economies: the EU as a whole is a member by its own treaty, not by the
      // scores of its member states, so supranational participants are listed, not checked.
      const c = await this.coalitions.resolve(options.coalition);
      const economiesOf = (tier: 'member' | 'partner'): string[] =>
        c.participants.filter((p) => p.kind === 'economy' && p.tier === tier).map((p) => p.code);
      coalition = {
        code: c.code,
        name: c.name,
        check: checkCoalition(
          { members: economiesOf('member'), partners: economiesOf('partner') },
          evaluation,
        ),
        notEvaluated: c.participants
          .filter((p) => p.kind !== 'economy')
          .map((p) => ({
            code: p.code,
            reason:
              p.kind === 'supranational'
                ? `${p.name} takes part as a whole; the criteria apply to economies`
                : `${p.name} is an organisation (${p.tier}); the criteria apply to economies`,
          })),
      };
    }
    return { asOf, evaluation, coalition };
  }

  /**
   * The latest year that any indicator of the set covers well: per indicator, the latest year
   * with at least {@link LATEST_MIN_COVERAGE_RATIO} of its best-covered year's economies (the
   * rule of the coalition analytics), so that a stray value for a later year does not re-date
   * the whole evaluation.
   */
  private async latestYear(set: CriteriaSet): Promise<number> {
    const codes = new Set(criteriaWithPaths(set).map((l) => l.criterion.indicator));
    const years: number[] = [];
    for (const code of codes) {
      const coverage = await this.store.indicators.yearCoverage(code);
      const best = Math.max(0, ...coverage.map((c) => c.economies));
      const covered = coverage.filter((c) => c.economies >= best * LATEST_MIN_COVERAGE_RATIO);
      if (covered.length > 0) years.push(covered[covered.length - 1]!.year);
    }
    return years.length > 0 ? Math.max(...years) : new Date().getUTCFullYear();
  }
}
