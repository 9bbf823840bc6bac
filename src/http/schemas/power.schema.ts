// Schemas of POST /api/v1/power: a voting-power audit of a rule and a member set.
import { z } from 'zod';
import { powerRequestSchema } from '../../core/governance/power-request.ts';
import type { PowerAudit } from '../../services/power.service.ts';
import { describes, source } from './common.schema.ts';

/** The request: members with weights (or a basis to look them up) and the rule. */
export const powerBody = powerRequestSchema;

const share = (text: string) => z.number().describe(`${text}, 0–1`);

export const powerAuditBody = describes<PowerAudit>()(
  z.object({
    rule: z.string().describe('The rule in words, e.g. "Weighted majority: quota 4 of 7"'),
    members: z.array(
      z.object({
        member: z.string(),
        name: z.string().nullable().describe('The economy’s name when the member is one'),
        weight: z.number().describe('As given, or looked up (people, current US$, 1)'),
        cappedWeight: z.number().nullable().describe('After the cap, when there is one'),
        units: z.number().describe('The whole-number weight the count used'),
        year: z.number().nullable().describe('The year of a looked-up weight'),
        banzhaf: share('Normalised Banzhaf index'),
        shapleyShubik: share('Shapley–Shubik index'),
        weightShare: share('Share of the total weight'),
        powerToWeight: z
          .number()
          .nullable()
          .describe('Banzhaf index / weight share; null for a weight of 0'),
      }),
    ),
    thresholds: z
      .object({ members: z.number(), weight: z.number() })
      .describe('A coalition wins with at least this many members and this many weight units'),
    totalUnits: z.number(),
    scaled: z
      .boolean()
      .describe('True when the weights were scaled to whole units (about 100,000 in all)'),
    blocking: z.object({
      canBlockAlone: z.array(z.string()).describe('Veto players, in member order'),
      canPassAlone: z.array(z.string()).describe('Members whose own vote wins'),
      blockingPairs: z
        .array(z.tuple([z.string(), z.string()]))
        .describe('Pairs that block together although neither blocks alone'),
    }),
    warnings: z.array(
      z.object({
        code: z.enum([
          'can-pass-alone',
          'can-block-alone',
          'dominant-member',
          'dummy',
          'no-swings',
        ]),
        member: z.string().optional(),
        message: z.string(),
      }),
    ),
    sources: z.array(source).describe('Where looked-up weights come from (empty otherwise)'),
  }),
);
