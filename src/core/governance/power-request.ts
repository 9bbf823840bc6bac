// A request for a voting-power audit, as the API and the CLI take it: the members with their
// weights (or a basis to look them up: population, GDP, equal) and the rule — a weighted quota
// (optionally with a cap on any member's share) or a double majority.
import { z } from 'zod';
import { WEIGHT_BASES, type WeightBasis } from './decision-rule.ts';

const member = z.strictObject({
  member: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
  weight: z.number().min(0, 'must be 0 or more').optional(),
});

const pct = (what: string) =>
  z.number().gt(0, `${what} must be more than 0`).max(100, `${what} must be at most 100`);

const common = {
  members: z.array(member).min(1, 'give at least one member').max(200, 'at most 200 members'),
  /** Look the weights up instead of giving them: population, GDP (current US$), or equal. */
  weight: z.enum(WEIGHT_BASES as [WeightBasis, ...WeightBasis[]]).optional(),
  /** Warn above this share of power (0–1); default 0.4. */
  maxPowerShare: z.number().gt(0).max(1).optional(),
};

export const powerRequestSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({
      rule: z.literal('weighted'),
      ...common,
      quota: z.number().gt(0, 'must be more than 0').optional(),
      quotaPct: pct('quotaPct').optional(),
      capPct: pct('capPct').optional(),
    }),
    z.strictObject({
      rule: z.literal('double-majority'),
      ...common,
      membersPct: pct('membersPct'),
      weightPct: pct('weightPct'),
    }),
  ])
  .superRefine((r, ctx) => {
    if (r.rule === 'weighted' && (r.quota === undefined) === (r.quotaPct === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['quota'],
        message: 'give quota or quotaPct (one of them)',
      });
    if (r.rule === 'weighted' && r.capPct !== undefined && r.quota !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['quotaPct'],
        message: 'with a cap, give the quota as quotaPct (the capped weights are rescaled)',
      });
    const given = r.members.filter((m) => m.weight !== undefined).length;
    if (r.weight === undefined && given < r.members.length)
      r.members.forEach((m, i) => {
        if (m.weight === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'weight'],
            message: 'give a weight, or a weight basis (weight: population, gdp or equal)',
          });
      });
    if (r.weight !== undefined && given > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['weight'],
        message: 'give either a weight basis or weights per member, not both',
      });
    const seen = new Map<string, number>();
    r.members.forEach((m, i) => {
      const key = m.member.toUpperCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'member'],
          message: `'${m.member}' is listed twice`,
        });
      seen.set(key, i);
    });
  });

export type PowerRequest = z.output<typeof powerRequestSchema>;

/** Weights are scaled to whole units adding up to this when they are not whole numbers already. */
export const SCALED_TOTAL = 100_000;

/** Whole-number weights adding up to more than this are scaled down too (the count grows with it). */
export const MAX_UNSCALED_TOTAL = 1_000_000;

/**
 * Whole-number weights for the exact count: the weights as they are when all are whole numbers
 * adding up to at most {@link MAX_UNSCALED_TOTAL}, otherwise (fractions, or population in people)
 * scaled so that they add up to about {@link SCALED_TOTAL} and rounded — each weight moves by at
 * most half a unit in 100,000 — with a member of positive weight keeping at least 1.
 */
export function wholeWeights(weights: readonly number[]): { weights: number[]; scaled: boolean } {
  if (
    weights.every((w) => Number.isInteger(w)) &&
    weights.reduce((a, b) => a + b, 0) <= MAX_UNSCALED_TOTAL
  )
    return { weights: [...weights], scaled: false };
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return { weights: weights.map(() => 0), scaled: true };
  return {
    weights: weights.map((w) => (w > 0 ? Math.max(1, Math.round((w / total) * SCALED_TOTAL)) : 0)),
    scaled: true,
  };
}
