// Decision rules: how the alliance's member delegations decide, as data, with the schema that
// checks a rule given as JSON and a one-line description for people.
import { z } from 'zod';
import { parseDocument } from '../parse-input.ts';

/**
 * What a member's weight is, for the rules that weigh votes. The rule only names it; the caller
 * supplies the numbers per member:
 *
 * - `population` — the member's population;
 * - `gdp` — the member's GDP;
 * - `equal` — one per member (no numbers needed).
 */
export type WeightBasis = 'population' | 'gdp' | 'equal';
export const WEIGHT_BASES: readonly WeightBasis[] = ['population', 'gdp', 'equal'];

/**
 * Adopted unless a member objects; a `no` counts as an objection. Members who do not vote do not
 * object (a silence procedure). Above `maxAbstentions` constructive abstentions, not adopted.
 */
export interface ConsensusRule {
  kind: 'consensus';
  maxAbstentions?: number;
}

/**
 * Every member votes yes. With `abstentionBlocks: false`, an abstention does not block: adopted when
 * no member votes no, every member votes (yes or abstain) and at least one votes yes.
 * `abstentionBlocks` defaults to true.
 */
export interface UnanimityRule {
  kind: 'unanimity';
  abstentionBlocks?: boolean;
}

/**
 * More yes than no among the votes cast; abstentions are not counted. With `quorumPct`, at least
 * that percentage of all members must cast a ballot (yes, no or abstain).
 */
export interface SimpleMajorityRule {
  kind: 'simple-majority';
  quorumPct?: number;
}

/** At least `yes` members, or at least `yesPct`% of all members (by count), vote yes. */
export type QualifiedMajorityRule =
  | { kind: 'qualified-majority'; yes: number; yesPct?: never }
  | { kind: 'qualified-majority'; yesPct: number; yes?: never };

/**
 * At least `membersPct`% of all members vote yes and they hold at least `weightPct`% of the
 * members' total weight.
 */
export interface DoubleMajorityRule {
  kind: 'double-majority';
  membersPct: number;
  weightPct: number;
  weight: WeightBasis;
}

/**
 * Adopted when the yes votes hold at least `quotaPct`% of the total weight. With `capPct`, no
 * member holds more than that percentage of the total: the excess goes to the others in
 * proportion to their weights, repeated until no one is above the cap.
 */
export interface WeightedMajorityRule {
  kind: 'weighted-majority';
  weight: WeightBasis;
  capPct?: number;
  quotaPct: number;
}

/** How a decision is taken, chosen by `kind`. */
export type DecisionRule =
  | ConsensusRule
  | UnanimityRule
  | SimpleMajorityRule
  | QualifiedMajorityRule
  | DoubleMajorityRule
  | WeightedMajorityRule;
export type DecisionRuleKind = DecisionRule['kind'];

export const DECISION_RULE_KINDS: readonly DecisionRuleKind[] = [
  'consensus',
  'unanimity',
  'simple-majority',
  'qualified-majority',
  'double-majority',
  'weighted-majority',
];

const percent = z
  .number({
    error: (iss) => (iss.input === undefined ? 'is required' : 'must be a number (a percentage)'),
  })
  .gt(0, 'must be more than 0%')
  .max(100, 'must be at most 100%');
const weightBasis = z.enum(['population', 'gdp', 'equal'], {
  error: () => `must be one of: ${WEIGHT_BASES.join(', ')}`,
});

const qualifiedMajoritySchema = z
  .strictObject({
    kind: z.literal('qualified-majority'),
    yes: z.int('must be a whole number of members').min(1, 'must be at least 1').optional(),
    yesPct: percent.optional(),
  })
  .check((ctx) => {
    const { yes, yesPct } = ctx.value;
    if ((yes === undefined) === (yesPct === undefined))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message:
          yes === undefined
            ? 'give the members needed, as yes (a count) or yesPct (a percentage of members)'
            : 'give either yes (a count) or yesPct (a percentage of members), not both',
      });
  })
  .transform((r): QualifiedMajorityRule =>
    r.yes !== undefined ? { kind: r.kind, yes: r.yes } : { kind: r.kind, yesPct: r.yesPct! },
  )
  // What the rule is once parsed (the API documents it): one of the two, never both.
  .pipe(
    z.union([
      z.strictObject({ kind: z.literal('qualified-majority'), yes: z.int().min(1) }),
      z.strictObject({ kind: z.literal('qualified-majority'), yesPct: percent }),
    ]),
  );

/** The schema of a decision rule as JSON: one of the kinds, with its parameters in range. */
export const decisionRuleSchema: z.ZodType<DecisionRule> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('consensus'),
      maxAbstentions: z.int('must be a whole number').min(0, 'must be 0 or more').optional(),
    }),
    z.strictObject({
      kind: z.literal('unanimity'),
      abstentionBlocks: z.boolean('must be true or false').optional(),
    }),
    z.strictObject({ kind: z.literal('simple-majority'), quorumPct: percent.optional() }),
    qualifiedMajoritySchema,
    z.strictObject({
      kind: z.literal('double-majority'),
      membersPct: percent,
      weightPct: percent,
      weight: weightBasis,
    }),
    z.strictObject({
      kind: z.literal('weighted-majority'),
      weight: weightBasis,
      capPct: percent.optional(),
      quotaPct: percent,
    }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `unknown decision rule kind; expected one of: ${DECISION_RULE_KINDS.join(', ')}`
        : undefined,
  },
);

/**
 * Parses a decision rule given as JSON (a request body, a stored proposal). Throws a
 * `DomainError('validation_failed')` listing every problem with its path.
 */
export function parseDecisionRule(input: unknown): DecisionRule {
  return parseDocument(decisionRuleSchema, input, 'decision rule');
}

/** How a weight basis reads in a sentence: `population`, `GDP`, `members (equal weights)`. */
export function weightBasisLabel(basis: WeightBasis): string {
  switch (basis) {
    case 'population':
      return 'population';
    case 'gdp':
      return 'GDP';
    case 'equal':
      return 'members (equal weights)';
  }
}

/** A rule in one line: "Double majority: 55% of members representing 65% of population". */
export function describeRule(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'consensus':
      return rule.maxAbstentions === undefined
        ? 'Consensus: adopted unless a member objects'
        : `Consensus: adopted unless a member objects, with at most ${plural(rule.maxAbstentions, 'constructive abstention')}`;
    case 'unanimity':
      return rule.abstentionBlocks === false
        ? 'Unanimity: no member votes no and every member votes, abstentions allowed, at least one yes'
        : 'Unanimity: every member votes yes';
    case 'simple-majority':
      return rule.quorumPct === undefined
        ? 'Simple majority: more yes than no among votes cast'
        : `Simple majority: more yes than no among votes cast, quorum ${rule.quorumPct}% of members`;
    case 'qualified-majority':
      return rule.yes !== undefined
        ? `Qualified majority: ${plural(rule.yes, 'member')} voting yes`
        : `Qualified majority: ${rule.yesPct}% of members voting yes`;
    case 'double-majority':
      return `Double majority: ${rule.membersPct}% of members representing ${rule.weightPct}% of ${weightBasisLabel(rule.weight)}`;
    case 'weighted-majority':
      return `Weighted majority: yes votes holding ${rule.quotaPct}% of ${weightBasisLabel(rule.weight)}${
        rule.capPct === undefined ? '' : `, no member above ${rule.capPct}%`
      }`;
  }
}

/** `1 member`, `3 members`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
