// Workstreams: the areas the alliance works in, each with its decision rule and the delegations
// that take part in it with their rights there (proposing, commenting, answering, voting).
import { z } from 'zod';
import {
  WORKSTREAM_RIGHTS,
  type WorkstreamParticipant,
  type WorkstreamRight,
} from '../accounts/access.ts';
import { decisionRuleSchema, type DecisionRule } from './decision-rule.ts';

export interface Workstream {
  /** 2–40 lower-case letters, digits, _ or - (`ai`, `export-controls`). */
  code: string;
  name: string;
  description: string;
  /** The rule its proposals are decided by when they have none of their own. */
  decisionRule: DecisionRule | null;
  participants: WorkstreamParticipant[];
}

/** A workstream's code. */
export const workstreamCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{1,39}$/, 'must be 2–40 lower-case letters, digits, _ or -');

/** A workstream as JSON (a request body, a file): the description defaults to empty, the rule to none. */
export const workstreamSchema = z.strictObject({
  code: workstreamCodeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(2000).default(''),
  decisionRule: decisionRuleSchema.nullable().default(null),
  participants: z
    .array(
      z.strictObject({
        delegation: z
          .string()
          .trim()
          .regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'must be an upper-case delegation code (DEU, EU, OECD)'),
        rights: z
          .array(z.enum(WORKSTREAM_RIGHTS as [WorkstreamRight, ...WorkstreamRight[]]))
          .min(1, 'give at least one right'),
      }),
    )
    .max(200),
}) satisfies z.ZodType<Workstream, unknown>;
