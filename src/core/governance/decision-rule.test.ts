import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  decisionRuleSchema,
  describeRule,
  parseDecisionRule,
  type DecisionRule,
} from './decision-rule.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseDecisionRule(input);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'validation_failed') return [...e.issues];
    throw e;
  }
  throw new Error('expected a validation error');
}

const everyKind: DecisionRule[] = [
  { kind: 'consensus' },
  { kind: 'consensus', maxAbstentions: 0 },
  { kind: 'unanimity' },
  { kind: 'unanimity', abstentionBlocks: false },
  { kind: 'simple-majority' },
  { kind: 'simple-majority', quorumPct: 50 },
  { kind: 'qualified-majority', yes: 15 },
  { kind: 'qualified-majority', yesPct: 72 },
  { kind: 'double-majority', membersPct: 55, weightPct: 65, weight: 'population' },
  { kind: 'weighted-majority', weight: 'gdp', quotaPct: 60 },
  { kind: 'weighted-majority', weight: 'equal', capPct: 30, quotaPct: 50.5 },
];

describe('decisionRuleSchema', () => {
  it.each(everyKind.map((r) => [describeRule(r), r] as const))(
    'accepts %s after a round trip through JSON',
    (_, rule) => {
      expect(parseDecisionRule(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
    },
  );

  it('is usable on its own, as the edges use it', () => {
    expect(decisionRuleSchema.safeParse({ kind: 'unanimity' }).success).toBe(true);
    expect(decisionRuleSchema.safeParse({ kind: 'vote' }).success).toBe(false);
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      'an unknown kind, listing the kinds',
      { kind: 'plurality' },
      'kind',
      /unknown decision rule kind; expected one of: consensus, unanimity, simple-majority, qualified-majority, double-majority, weighted-majority/,
    ],
    ['a rule without a kind', {}, 'kind', /unknown decision rule kind/],
    [
      'a negative abstention limit',
      { kind: 'consensus', maxAbstentions: -1 },
      'maxAbstentions',
      /0 or more/,
    ],
    [
      'a fractional abstention limit',
      { kind: 'consensus', maxAbstentions: 1.5 },
      'maxAbstentions',
      /whole number/,
    ],
    [
      'abstentionBlocks given as text',
      { kind: 'unanimity', abstentionBlocks: 'no' },
      'abstentionBlocks',
      /true or false/,
    ],
    ['a quorum of 0%', { kind: 'simple-majority', quorumPct: 0 }, 'quorumPct', /more than 0%/],
    [
      'a quorum above 100%',
      { kind: 'simple-majority', quorumPct: 101 },
      'quorumPct',
      /at most 100%/,
    ],
    [
      'a qualified majority with both a count and a percentage',
      { kind: 'qualified-majority', yes: 15, yesPct: 55 },
      '(root)',
      /either yes .* or yesPct .*, not both/,
    ],
    [
      'a qualified majority with neither a count nor a percentage',
      { kind: 'qualified-majority' },
      '(root)',
      /give the members needed, as yes/,
    ],
    [
      'a qualified majority of 0 members',
      { kind: 'qualified-majority', yes: 0 },
      'yes',
      /at least 1/,
    ],
    [
      'a percentage given as text',
      { kind: 'double-majority', membersPct: '55', weightPct: 65, weight: 'population' },
      'membersPct',
      /must be a number/,
    ],
    [
      'an unknown weight basis',
      { kind: 'double-majority', membersPct: 55, weightPct: 65, weight: 'area' },
      'weight',
      /must be one of: population, gdp, equal/,
    ],
    [
      'a weighted majority without a quota',
      { kind: 'weighted-majority', weight: 'gdp' },
      'quotaPct',
      /^is required$/,
    ],
    [
      'a cap above 100%',
      { kind: 'weighted-majority', weight: 'gdp', quotaPct: 60, capPct: 120 },
      'capPct',
      /at most 100%/,
    ],
    [
      'a field the kind does not have',
      { kind: 'consensus', quorumPct: 50 },
      'quorumPct',
      /^unknown field$/,
    ],
  ])('rejects %s', (_, input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
  });

  it('reports every problem at once, each with its path', () => {
    const issues = issuesOf({ kind: 'double-majority', membersPct: 0, weightPct: 200 });
    expect(issues.map((i) => i.path).sort()).toEqual(['membersPct', 'weight', 'weightPct']);
  });

  it('names the field in the error message', () => {
    expect(() => parseDecisionRule({ kind: 'simple-majority', quorumPct: -5 })).toThrow(
      'invalid decision rule: quorumPct: must be more than 0%',
    );
  });
});

describe('describeRule', () => {
  it.each<[DecisionRule, string]>([
    [{ kind: 'consensus' }, 'Consensus: adopted unless a member objects'],
    [
      { kind: 'consensus', maxAbstentions: 1 },
      'Consensus: adopted unless a member objects, with at most 1 constructive abstention',
    ],
    [
      { kind: 'consensus', maxAbstentions: 3 },
      'Consensus: adopted unless a member objects, with at most 3 constructive abstentions',
    ],
    [{ kind: 'unanimity' }, 'Unanimity: every member votes yes'],
    [
      { kind: 'unanimity', abstentionBlocks: false },
      'Unanimity: no member votes no and every member votes, abstentions allowed, at least one yes',
    ],
    [{ kind: 'simple-majority' }, 'Simple majority: more yes than no among votes cast'],
    [
      { kind: 'simple-majority', quorumPct: 50 },
      'Simple majority: more yes than no among votes cast, quorum 50% of members',
    ],
    [{ kind: 'qualified-majority', yes: 15 }, 'Qualified majority: 15 members voting yes'],
    [{ kind: 'qualified-majority', yesPct: 72 }, 'Qualified majority: 72% of members voting yes'],
    [
      { kind: 'double-majority', membersPct: 55, weightPct: 65, weight: 'population' },
      'Double majority: 55% of members representing 65% of population',
    ],
    [
      { kind: 'weighted-majority', weight: 'gdp', quotaPct: 60, capPct: 30 },
      'Weighted majority: yes votes holding 60% of GDP, no member above 30%',
    ],
    [
      { kind: 'weighted-majority', weight: 'equal', quotaPct: 60 },
      'Weighted majority: yes votes holding 60% of members (equal weights)',
    ],
  ])('describes %j', (rule, text) => {
    expect(describeRule(rule)).toBe(text);
  });
});
