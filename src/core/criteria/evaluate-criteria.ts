// Evaluating a criteria set over economies: three-valued rule trees, the tier each economy may hold, why.
import { DomainError, type ErrorIssue } from '../errors.ts';
import { CriteriaData, type CriteriaInput, type CriteriaWarning } from './criteria-data.ts';
import {
  CRITERIA_TIERS,
  criteriaWithPaths,
  formatPath,
  type CriteriaSet,
  type CriteriaTier,
  type RuleNode,
} from './criteria-set.ts';
import {
  evaluateCriterion,
  type CriterionEvidence,
  type CriterionOutcome,
} from './evaluate-criterion.ts';

/** A rule tree's outcome: `undetermined` when missing data could still tip it either way. */
export type NodeOutcome = 'pass' | 'fail' | 'undetermined';

/**
 * An economy's standing under a set: eligible for the highest tier whose tree passes, unless a
 * higher tier is undetermined (then `undetermined`); `not_eligible` when every tier fails.
 */
export type TierResult = 'eligible_member' | 'eligible_partner' | 'not_eligible' | 'undetermined';

/** A node of a rule tree as evaluated for one economy. */
export type NodeResult =
  | { kind: 'criterion'; id: string; outcome: CriterionOutcome }
  | {
      kind: 'all_of' | 'any_of' | 'at_least' | 'weighted';
      label: string;
      outcome: NodeOutcome;
      /** Children that passed, failed, and are missing or undetermined. */
      passed: number;
      failed: number;
      open: number;
      /** `at_least`: how many children must pass; `all_of` and `any_of` as if at_least n or 1. */
      k?: number;
      /** `weighted`: the passed children's share of the weights, the most it could reach, the cut-off. */
      score?: number;
      maxScore?: number;
      cutoff?: number;
      children: NodeResult[];
    };

export interface TierEvaluation {
  tier: CriteriaTier;
  outcome: NodeOutcome;
  /**
   * The criteria that decide the outcome: those that fail where the tree fails, those missing
   * where it is undetermined (in both cases only under nodes with that outcome); empty on a pass.
   */
  decisive: string[];
  /** "passes", "fails: …" or "undetermined: …" with the decisive criteria and their evidence. */
  reason: string;
  tree: NodeResult;
}

export interface EconomyEvaluation {
  iso3: string;
  name: string;
  result: TierResult;
  /** The highest tier whose tree passes (also when a higher one is undetermined); null if none. */
  highestPassingTier: CriteriaTier | null;
  /** One statement per tier, from the highest down to the one that decided the result. */
  reason: string;
  /** The tiers the set defines, highest first. */
  tiers: TierEvaluation[];
  /** Every criterion of the set, tier by tier, depth first. */
  criteria: CriterionEvidence[];
}

export interface CriteriaEvaluation {
  set: { code: string; name: string };
  /** In the order of the input's economies. */
  economies: EconomyEvaluation[];
  warnings: CriteriaWarning[];
}

/** Relative tolerance of the weighted cut-off, so 0.1 + 0.2 of 0.5 counts as reaching 0.6. */
const WEIGHT_TOLERANCE = 1e-9;

/**
 * Evaluates a criteria set for every economy of the input. Each criterion picks the economy's
 * latest value allowed by its year policy; combinators use three-valued logic (see
 * docs/analytics/membership-criteria.md). Throws `DomainError('validation_failed')`, naming the
 * paths, when a criterion names an indicator that the input's catalogue lacks or an id repeats.
 */
export function evaluateCriteria(set: CriteriaSet, input: CriteriaInput): CriteriaEvaluation {
  const leaves = criteriaWithPaths(set);
  const data = new CriteriaData(input, new Set(leaves.map((l) => l.criterion.indicator)));
  const issues: ErrorIssue[] = [];
  const ids = new Set<string>();
  for (const { criterion, path } of leaves) {
    if (data.isHigherBetter(criterion.indicator) === undefined)
      issues.push({
        path: formatPath([...path, 'indicator']),
        message: `indicator '${criterion.indicator}' is not in the catalogue given`,
      });
    // Evidence is keyed by id: a set built in code (not parsed) must keep ids unique too.
    if (ids.has(criterion.id))
      issues.push({
        path: formatPath([...path, 'id']),
        message: `duplicate criterion id '${criterion.id}'`,
      });
    ids.add(criterion.id);
  }
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `criteria set '${set.code}' cannot be evaluated: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );

  const economies = data.economies.map((economy) => {
    const evidence = new Map<string, CriterionEvidence>();
    const criteria: CriterionEvidence[] = [];
    for (const { tier, criterion } of leaves) {
      const e = evaluateCriterion(criterion, tier, economy.iso3, data);
      evidence.set(criterion.id, e);
      criteria.push(e);
    }
    const tiers: TierEvaluation[] = CRITERIA_TIERS.flatMap((tier) => {
      const root = set.tiers[tier];
      if (root === undefined) return [];
      const tree = evaluateNode(root, evidence);
      const outcome = tree.outcome === 'missing' ? 'undetermined' : tree.outcome;
      const decisive = outcome === 'pass' ? [] : decisiveCriteria(tree, outcome);
      return [{ tier, outcome, decisive, reason: tierReason(outcome, decisive, evidence), tree }];
    });
    return { iso3: economy.iso3, name: economy.name, ...standing(tiers), tiers, criteria };
  });
  return { set: { code: set.code, name: set.name }, economies, warnings: data.warnings };
}

function evaluateNode(
  node: RuleNode,
  evidence: ReadonlyMap<string, CriterionEvidence>,
): NodeResult {
  if (node.kind === 'criterion')
    return { kind: 'criterion', id: node.id, outcome: evidence.get(node.id)!.outcome };
  const children =
    node.kind === 'weighted'
      ? node.children.map((c) => evaluateNode(c.node, evidence))
      : node.children.map((c) => evaluateNode(c, evidence));
  const passed = children.filter((c) => c.outcome === 'pass').length;
  const failed = children.filter((c) => c.outcome === 'fail').length;
  const open = children.length - passed - failed;
  const counts = { label: node.label, passed, failed, open };
  switch (node.kind) {
    case 'all_of':
    case 'any_of':
    case 'at_least': {
      const k = node.kind === 'all_of' ? children.length : node.kind === 'any_of' ? 1 : node.k;
      const outcome = passed >= k ? 'pass' : passed + open < k ? 'fail' : 'undetermined';
      return { kind: node.kind, outcome, ...counts, k, children };
    }
    case 'weighted': {
      const total = node.children.reduce((s, c) => s + c.weight, 0);
      const weightOf = (o: string): number =>
        node.children.reduce((s, c, i) => (children[i]!.outcome === o ? s + c.weight : s), 0);
      const score = weightOf('pass') / total;
      const maxScore = (total - weightOf('fail')) / total;
      const reaches = (x: number): boolean => x >= node.cutoff - WEIGHT_TOLERANCE;
      const outcome = reaches(score) ? 'pass' : reaches(maxScore) ? 'undetermined' : 'fail';
      return {
        kind: 'weighted',
        outcome,
        ...counts,
        score,
        maxScore,
        cutoff: node.cutoff,
        children,
      };
    }
  }
}

/** Criterion ids that decide a fail (failing leaves) or an undetermined (missing leaves). */
function decisiveCriteria(node: NodeResult, outcome: 'fail' | 'undetermined'): string[] {
  const leafOutcome: CriterionOutcome = outcome === 'fail' ? 'fail' : 'missing';
  if (node.kind === 'criterion') return node.outcome === leafOutcome ? [node.id] : [];
  return node.children
    .filter((c) => c.outcome === outcome || c.outcome === leafOutcome)
    .flatMap((c) => decisiveCriteria(c, outcome));
}

const SYMBOL = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' } as const;

/** A number as people read it: at most four significant digits. */
export const readable = (x: number): string => String(Number(x.toPrecision(4)));

/** One criterion's evidence in a sentence: why it failed, or why it is missing. */
export function describeEvidence(e: CriterionEvidence): string {
  const head = `${e.label} (${e.indicator})`;
  if (e.outcome === 'missing' || e.compared === null) return `${head}: ${e.reason ?? 'no value'}`;
  const t = e.threshold;
  const [measured, limit] =
    t.kind === 'absolute'
      ? [readable(e.compared), readable(t.value)]
      : t.kind === 'world_share_pct'
        ? [`${readable(e.compared)}% of world`, `${t.value}%`]
        : t.kind === 'rank'
          ? [`rank ${e.compared} of ${t.economiesWithData}`, `${t.value}`]
          : [`percentile ${readable(e.compared)}`, `${t.value}`];
  const verdict = e.outcome === 'pass' ? '' : 'not ';
  return `${head}: ${measured} in ${e.year}, ${verdict}${SYMBOL[e.comparator]} ${limit}`;
}

function tierReason(
  outcome: NodeOutcome,
  decisive: readonly string[],
  evidence: ReadonlyMap<string, CriterionEvidence>,
): string {
  if (outcome === 'pass') return 'passes';
  return `${outcome === 'fail' ? 'fails' : 'undetermined'}: ${decisive.map((id) => describeEvidence(evidence.get(id)!)).join('; ')}`;
}

/** The tier result: the highest passing tier, unless a tier above it is undetermined. */
function standing(
  tiers: readonly TierEvaluation[],
): Pick<EconomyEvaluation, 'result' | 'highestPassingTier' | 'reason'> {
  const statements: string[] = [];
  let open = false;
  for (const t of tiers) {
    statements.push(`${t.tier} tier ${t.reason}`);
    if (t.outcome === 'pass') {
      const result: TierResult = open
        ? 'undetermined'
        : t.tier === 'member'
          ? 'eligible_member'
          : 'eligible_partner';
      return { result, highestPassingTier: t.tier, reason: statements.join('. ') };
    }
    if (t.outcome === 'undetermined') open = true;
  }
  return {
    result: open ? 'undetermined' : 'not_eligible',
    highestPassingTier: null,
    reason: statements.join('. '),
  };
}
