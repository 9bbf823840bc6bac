// Schemas of /api/v1/criteria: criteria sets (their JSON is core's `criteriaSetSchema`), their
// evaluation over every economy with evidence, and the check of a coalition against it.
import { z } from 'zod';
import type { ParticipantFinding } from '../../core/criteria/coalition-check.ts';
import type { CriteriaWarning } from '../../core/criteria/criteria-data.ts';
import { CRITERIA_TIERS, criteriaSetSchema } from '../../core/criteria/criteria-set.ts';
import type { CriterionEvidence } from '../../core/criteria/evaluate-criterion.ts';
import type { CriteriaSetSummary, EvaluationReport } from '../../services/criteria.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

export const criteriaCodeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'must be a criteria set code, e.g. default'),
});

const asOf = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .optional()
  .describe(
    'Evaluate with data no older than the set allows before this year (default: the latest year of its data)',
  );

export const showQuery = z.strictObject({ asOf });

/** An economy's standing under a set. */
const TIER_RESULTS = [
  'eligible_member',
  'eligible_partner',
  'not_eligible',
  'undetermined',
] as const;
const tierResult = z
  .enum(TIER_RESULTS)
  .describe(
    'Eligible for the highest tier whose rules pass, unless a higher tier is undetermined (then undetermined); not_eligible when every tier fails',
  );

export const evaluateQuery = z.strictObject({
  asOf,
  coalition: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'must be a coalition or grouping code, e.g. G7')
    .optional()
    .describe(
      'Compare a coalition with the evaluation: who inside fails what, who outside qualifies',
    ),
  result: tierResult.optional().describe('Only economies with this result'),
  economies: z
    .string()
    .regex(/^[A-Za-z]{3}(,[A-Za-z]{3})*$/, 'must be comma-separated ISO3 codes, e.g. USA,JPN')
    .optional()
    .describe('Only these economies'),
});

/** A stored set as JSON (the body of POST, the answer of GET). */
export const criteriaSetBody = criteriaSetSchema;

// ---- Responses ----

export const criteriaListBody = z.object({
  items: z.array(
    describes<CriteriaSetSummary>()(
      z.object({
        code: z.string(),
        name: z.string(),
        description: z.string(),
        origin: z.enum(['built-in', 'custom']),
        criteria: z
          .object({ member: z.number(), partner: z.number() })
          .describe('Number of criteria (leaves) per tier'),
      }),
    ),
  ),
});

const criteriaTier = z.enum(CRITERIA_TIERS);

const evidence = describes<CriterionEvidence>()(
  z.object({
    tier: criteriaTier,
    id: z.string(),
    label: z.string(),
    indicator: z.string(),
    comparator: z.enum(['>=', '>', '<=', '<']),
    outcome: z.enum(['pass', 'fail', 'missing']),
    reason: z.string().nullable().describe('Why the value is missing; null otherwise'),
    value: z.number().nullable(),
    year: z.number().nullable(),
    sourceId: z.string().nullable(),
    compared: z
      .number()
      .nullable()
      .describe('What was compared with the threshold: the value, share, rank or percentile'),
    threshold: z.object({
      kind: z.enum(['absolute', 'world_share_pct', 'rank', 'percentile']),
      value: z.number(),
      indicatorValue: z
        .number()
        .nullable()
        .describe('The threshold in the indicator’s unit, in the year of the value'),
      worldTotal: z.number().nullable(),
      economiesWithData: z.number().nullable(),
    }),
  }),
);

const criteriaWarning = describes<CriteriaWarning>()(
  z.object({
    code: z.enum([
      'values_outside_universe',
      'duplicate_economy',
      'duplicate_value',
      'non_finite_value',
      'thin_cross_section',
    ]),
    message: z.string(),
    codes: z.array(z.string()).describe('The ISO3 or indicator codes concerned, sorted'),
  }),
);

const participantFinding = describes<ParticipantFinding>()(
  z.object({
    iso3: z.string(),
    name: z.string(),
    tier: criteriaTier.describe('The tier the participant holds in the coalition'),
    outcome: z
      .enum(['fail', 'undetermined'])
      .describe('fail: no tier at or above its own passes; undetermined: one could, data missing'),
    result: tierResult,
    criteria: z
      .array(evidence)
      .describe('The criteria of its tier that fail (fail) or are missing (undetermined)'),
    reason: z.string(),
  }),
);

const coalitionComparison = describes<NonNullable<EvaluationReport['coalition']>>()(
  z.object({
    code: z.string(),
    name: z.string(),
    check: z.object({
      members: z.array(participantFinding).describe('Members that do not pass the member tier'),
      partners: z
        .array(participantFinding)
        .describe('Partners that pass neither the partner nor the member tier'),
      partnersQualifyingAsMembers: z.array(z.object({ iso3: z.string(), name: z.string() })),
      outsiders: z
        .array(
          z.object({
            iso3: z.string(),
            name: z.string(),
            qualifiesAs: criteriaTier.describe('The highest tier it passes'),
            result: tierResult,
          }),
        )
        .describe('Economies outside the coalition that pass a tier'),
      notChecked: z.array(z.object({ iso3: z.string(), tier: criteriaTier, reason: z.string() })),
    }),
    notEvaluated: z
      .array(z.object({ code: z.string(), reason: z.string() }))
      .describe('Participants the criteria do not apply to: supranational bodies, organisations'),
  }),
);

export const evaluationBody = z.object({
  asOf: z.number(),
  set: z.object({ code: z.string(), name: z.string() }),
  counts: z
    .record(z.enum(TIER_RESULTS), z.number())
    .describe('Economies per result, over every economy (before the filters)'),
  economies: z.array(
    z.object({
      iso3: z.string(),
      name: z.string(),
      result: tierResult,
      reason: z.string(),
      criteria: z.array(evidence),
    }),
  ),
  warnings: z.array(criteriaWarning),
  coalition: coalitionComparison
    .nullable()
    .describe('With ?coalition=: who inside fails what, who outside qualifies'),
});
