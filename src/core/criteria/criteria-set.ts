// Criteria sets: membership criteria as data (rule trees per tier) and the schema that checks them.
import { formatPath, parseDocument } from '../parse-input.ts';
import { z } from 'zod';
import { isAdditiveIndicator } from '../coalitions/additive-indicators.ts';
import { findIndicator } from '../indicators/indicator-catalogue.ts';

/** The tiers a criteria set can grant, highest first: a `member` outranks a `partner`. */
export type CriteriaTier = 'member' | 'partner';
export const CRITERIA_TIERS: readonly CriteriaTier[] = ['member', 'partner'];

/** How the compared quantity must stand to the threshold: `rank <= 25`, `value >= 0.6`. */
export type Comparator = '>=' | '>' | '<=' | '<';

/**
 * What a threshold's `value` means, for the year the economy's value is from:
 *
 * - `absolute` — a value in the indicator's unit, compared with the economy's value;
 * - `world_share_pct` — a share of the world in %, compared with the economy's value ÷ the world
 *   total × 100 (world = sum over the economies with a value that year); additive indicators only;
 * - `rank` — a rank, compared with the economy's rank among the economies with a value that year
 *   (1 = best: highest when higher is better; ties share the best rank, 1-2-2-4);
 * - `percentile` — 0–100, compared with 100 × (n − rank) ÷ (n − 1) among those n economies
 *   (100 = best, 0 = worst; 100 when the economy is the only one).
 */
export type Threshold =
  | { kind: 'absolute'; value: number }
  | { kind: 'world_share_pct'; value: number }
  | { kind: 'rank'; value: number }
  | { kind: 'percentile'; value: number };
export type ThresholdKind = Threshold['kind'];

/** Use the latest value from `asOf − maxAgeYears` to `asOf` (inclusive); later values are ignored. */
export interface YearPolicy {
  maxAgeYears: number;
  asOf: number;
}

/** A leaf of a rule tree: one test on one indicator. */
export interface Criterion {
  kind: 'criterion';
  /** Unique within the set; evidence is reported by it. */
  id: string;
  label: string;
  /** A code of the indicator catalogue. */
  indicator: string;
  comparator: Comparator;
  threshold: Threshold;
  yearPolicy: YearPolicy;
  /** Why this test and this threshold, in a sentence or two. */
  rationale: string;
}

interface CombinatorBase {
  label: string;
  rationale?: string;
}
/** Passes when every child passes. */
export interface AllOf extends CombinatorBase {
  kind: 'all_of';
  children: RuleNode[];
}
/** Passes when some child passes. */
export interface AnyOf extends CombinatorBase {
  kind: 'any_of';
  children: RuleNode[];
}
/** Passes when at least `k` children pass. */
export interface AtLeast extends CombinatorBase {
  kind: 'at_least';
  k: number;
  children: RuleNode[];
}
/** Passes when the passed children's weights sum to at least `cutoff` (0–1) of all weights. */
export interface Weighted extends CombinatorBase {
  kind: 'weighted';
  cutoff: number;
  children: WeightedChild[];
}
export interface WeightedChild {
  weight: number;
  node: RuleNode;
}

export type Combinator = AllOf | AnyOf | AtLeast | Weighted;
export type RuleNode = Criterion | Combinator;

/** Membership criteria as data: per tier it can grant, a rule tree. */
export interface CriteriaSet {
  code: string;
  name: string;
  description: string;
  tiers: Partial<Record<CriteriaTier, RuleNode>>;
}

const text = z.string().trim().min(1, 'must not be empty');

const thresholdSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('absolute'), value: z.number() }),
  z.strictObject({ kind: z.literal('world_share_pct'), value: z.number().gt(0).max(100) }),
  z.strictObject({ kind: z.literal('rank'), value: z.int().min(1) }),
  z.strictObject({ kind: z.literal('percentile'), value: z.number().min(0).max(100) }),
]);

const criterionSchema = z
  .strictObject({
    kind: z.literal('criterion'),
    id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'must be lower-case letters, digits, _ . -'),
    label: text,
    indicator: z.string().refine((code) => findIndicator(code) !== undefined, {
      error: (iss) => `unknown indicator code '${String(iss.input)}'`,
    }),
    comparator: z.enum(['>=', '>', '<=', '<']),
    threshold: thresholdSchema,
    yearPolicy: z.strictObject({ maxAgeYears: z.int().min(0), asOf: z.int().min(1900).max(2200) }),
    rationale: text,
  })
  .check((ctx) => {
    const c = ctx.value;
    if (
      c.threshold.kind === 'world_share_pct' &&
      findIndicator(c.indicator) &&
      !isAdditiveIndicator(c.indicator)
    )
      ctx.issues.push({
        code: 'custom',
        input: c.threshold.kind,
        path: ['threshold', 'kind'],
        message: `world_share_pct needs an additive indicator; '${c.indicator}' does not add up over economies`,
      });
  });

const nodeSchema: z.ZodType<RuleNode> = z
  .lazy(
    () =>
      z.discriminatedUnion('kind', [
        criterionSchema,
        z.strictObject({ kind: z.literal('all_of'), ...combinator }),
        z.strictObject({ kind: z.literal('any_of'), ...combinator }),
        z
          .strictObject({ kind: z.literal('at_least'), k: z.int().min(1), ...combinator })
          .refine((n) => n.k <= n.children.length, {
            path: ['k'],
            error: 'must not exceed the number of children',
            // Checked even when a child is invalid: k and the child count are known.
            when: (p) => {
              const v = p.value as { k?: unknown; children?: unknown };
              return typeof v.k === 'number' && Array.isArray(v.children);
            },
          }),
        z.strictObject({
          kind: z.literal('weighted'),
          label: text,
          rationale: text.optional(),
          cutoff: z.number().gt(0).max(1),
          children: z.array(z.strictObject({ weight: z.number().gt(0), node: nodeSchema })).min(1),
        }),
      ]),
    // Named, so the API document describes the recursive tree once (components/schemas/RuleNode).
  )
  .meta({ id: 'RuleNode' });
const combinator = {
  label: text,
  rationale: text.optional(),
  children: z.array(nodeSchema).min(1),
};

/** The schema of a criteria set as JSON: structure, catalogue codes, unique criterion ids. */
export const criteriaSetSchema: z.ZodType<CriteriaSet> = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, _ -'),
    name: text,
    description: text,
    tiers: z
      .strictObject({ member: nodeSchema.optional(), partner: nodeSchema.optional() })
      .refine((t) => t.member !== undefined || t.partner !== undefined, {
        error: 'must define at least one tier (member or partner)',
      }),
  })
  .superRefine(
    (set, ctx) => {
      const seen = new Map<string, string>();
      for (const { id, path } of leafIds(set)) {
        const first = seen.get(id);
        if (first === undefined) seen.set(id, formatPath(path));
        else
          ctx.addIssue({
            code: 'custom',
            input: id,
            path: [...path, 'id'],
            message: `duplicate criterion id '${id}' (first used at ${first})`,
          });
      }
    },
    // Reported together with every other problem, so the walk below takes any input.
    { when: () => true },
  );

/** The `id` of every object with `kind: 'criterion'` in a (possibly invalid) set, with its path. */
function leafIds(input: unknown): { id: string; path: (string | number)[] }[] {
  const out: { id: string; path: (string | number)[] }[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) v.forEach((c, i) => walk(c, [...path, i]));
    else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      if (o.kind === 'criterion' && typeof o.id === 'string') out.push({ id: o.id, path });
      else
        for (const key of ['children', 'node'] as const) if (key in o) walk(o[key], [...path, key]);
    }
  };
  const tiers = (input as { tiers?: unknown } | null)?.tiers;
  if (typeof tiers === 'object' && tiers !== null)
    for (const tier of CRITERIA_TIERS)
      walk((tiers as Record<string, unknown>)[tier], ['tiers', tier]);
  return out;
}

/** Every criterion (leaf) of a set with its path, tier by tier from the highest, depth first. */
export function criteriaWithPaths(
  set: CriteriaSet,
): { tier: CriteriaTier; criterion: Criterion; path: (string | number)[] }[] {
  const out: { tier: CriteriaTier; criterion: Criterion; path: (string | number)[] }[] = [];
  const walk = (tier: CriteriaTier, node: RuleNode, path: (string | number)[]): void => {
    switch (node.kind) {
      case 'criterion':
        out.push({ tier, criterion: node, path });
        return;
      case 'weighted':
        node.children.forEach((c, i) => walk(tier, c.node, [...path, 'children', i, 'node']));
        return;
      case 'all_of':
      case 'any_of':
      case 'at_least':
        node.children.forEach((c, i) => walk(tier, c, [...path, 'children', i]));
        return;
    }
  };
  for (const tier of CRITERIA_TIERS) {
    const root = set.tiers[tier];
    if (root) walk(tier, root, ['tiers', tier]);
  }
  return out;
}

/** A path as people read it: `tiers.member.children.2.threshold.value`. */
export { formatPath };

/**
 * Parses a criteria set given as JSON (an import, a request body). Throws a
 * `DomainError('validation_failed')` listing every problem with its path.
 */
export function parseCriteriaSet(input: unknown): CriteriaSet {
  return parseDocument(criteriaSetSchema, input, 'criteria set');
}

/** The same set with every criterion's year policy dated `asOf` (to re-run a stored set later). */
export function withAsOf(set: CriteriaSet, asOf: number): CriteriaSet {
  const redate = (node: RuleNode): RuleNode => {
    switch (node.kind) {
      case 'criterion':
        return { ...node, yearPolicy: { ...node.yearPolicy, asOf } };
      case 'weighted':
        return { ...node, children: node.children.map((c) => ({ ...c, node: redate(c.node) })) };
      case 'all_of':
      case 'any_of':
      case 'at_least':
        return { ...node, children: node.children.map(redate) };
    }
  };
  const tiers: Partial<Record<CriteriaTier, RuleNode>> = {};
  for (const tier of CRITERIA_TIERS) {
    const root = set.tiers[tier];
    if (root) tiers[tier] = redate(root);
  }
  return { ...set, tiers };
}
