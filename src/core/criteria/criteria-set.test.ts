import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  criteriaWithPaths,
  formatPath,
  parseCriteriaSet,
  withAsOf,
  type CriteriaSet,
} from './criteria-set.ts';
import { defaultCriteriaSet } from './default-criteria.ts';

/** The default set as JSON, to be broken one field at a time. */
const json = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(defaultCriteriaSet(2024))) as Record<string, unknown>;

/** Sets the value at a dotted path (`tiers.member.children.2.threshold.value`). */
function mutate(path: string, value: unknown): unknown {
  const root = json();
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseCriteriaSet(input);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'validation_failed') return [...e.issues];
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('parseCriteriaSet', () => {
  it('accepts the default set after a round trip through JSON', () => {
    expect(parseCriteriaSet(json())).toEqual(defaultCriteriaSet(2024));
  });

  it.each<[string, string, unknown, string, RegExp]>([
    [
      'a world share above 100%',
      'tiers.member.children.0.children.0.threshold.value',
      200,
      'tiers.member.children.0.children.0.threshold.value',
      /<=100/,
    ],
    [
      'a world share of 0%',
      'tiers.member.children.0.children.0.threshold.value',
      0,
      'tiers.member.children.0.children.0.threshold.value',
      />0/,
    ],
    [
      'a rank that is not a whole number',
      'tiers.member.children.0.children.1.threshold.value',
      2.5,
      'tiers.member.children.0.children.1.threshold.value',
      /expected int/,
    ],
    [
      'a rank of 0',
      'tiers.member.children.1.children.2.threshold.value',
      0,
      'tiers.member.children.1.children.2.threshold.value',
      />=1/,
    ],
    [
      'an absolute threshold that is not a number',
      'tiers.member.children.2.threshold.value',
      '0.6',
      'tiers.member.children.2.threshold.value',
      /number/,
    ],
    [
      'an unknown threshold kind',
      'tiers.member.children.2.threshold.kind',
      'relative',
      'tiers.member.children.2.threshold.kind',
      /absolute/,
    ],
    [
      'an unknown comparator',
      'tiers.member.children.2.comparator',
      '=>',
      'tiers.member.children.2.comparator',
      /">="/,
    ],
    [
      'an unknown indicator',
      'tiers.member.children.3.indicator',
      'wgi_rule_of_lawe',
      'tiers.member.children.3.indicator',
      /unknown indicator code 'wgi_rule_of_lawe'/,
    ],
    [
      'a negative maximum age',
      'tiers.partner.children.0.yearPolicy.maxAgeYears',
      -1,
      'tiers.partner.children.0.yearPolicy.maxAgeYears',
      />=0/,
    ],
    [
      'an empty rationale',
      'tiers.partner.children.1.rationale',
      ' ',
      'tiers.partner.children.1.rationale',
      /must not be empty/,
    ],
    [
      'a missing label',
      'tiers.partner.children.1.label',
      undefined,
      'tiers.partner.children.1.label',
      /string/,
    ],
    [
      'a misspelt field',
      'tiers.partner.children.1.treshold',
      1,
      'tiers.partner.children.1.treshold',
      /^unknown field$/,
    ],
    [
      'an unknown node kind',
      'tiers.member.children.0.kind',
      'one_of',
      'tiers.member.children.0.kind',
      /all_of/,
    ],
    [
      'a combinator without children',
      'tiers.member.children.1.children',
      [],
      'tiers.member.children.1.children',
      />=1/,
    ],
    [
      'a tier that cannot be granted',
      'tiers.observer',
      { kind: 'all_of', label: 'x', children: [] },
      'tiers.observer',
      /^unknown field$/,
    ],
    ['a code with capitals', 'code', 'Default', 'code', /lower-case/],
  ])('rejects %s, naming the path', (_name, at, value, path, message) => {
    const issues = issuesOf(mutate(at, value));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toMatch(message);
  });

  it('rejects a world share on an indicator that does not add up', () => {
    const issues = issuesOf(
      mutate('tiers.member.children.2.threshold', { kind: 'world_share_pct', value: 1 }),
    );
    expect(issues).toEqual([
      {
        path: 'tiers.member.children.2.threshold.kind',
        message:
          "world_share_pct needs an additive indicator; 'vdem_libdem' does not add up over economies",
      },
    ]);
  });

  it('rejects at_least with k above the number of children, also when a child is invalid', () => {
    const set = json();
    (set.tiers as Record<string, unknown>).partner = {
      kind: 'at_least',
      label: 'two of',
      k: 3,
      children: [
        (defaultCriteriaSet(2024).tiers.partner as { children: unknown[] }).children[0],
        { kind: 'criterion' },
      ],
    };
    const paths = issuesOf(set).map((i) => i.path);
    expect(paths).toContain('tiers.partner.k');
    expect(paths).toContain('tiers.partner.children.1.id');
  });

  it.each<[string, unknown, string]>([
    ['a cut-off of 0', { cutoff: 0 }, 'tiers.partner.cutoff'],
    ['a cut-off above 1', { cutoff: 1.5 }, 'tiers.partner.cutoff'],
    ['a negative weight', { weight: -1 }, 'tiers.partner.children.0.weight'],
  ])('rejects a weighted node with %s', (_name, change, path) => {
    const set = json();
    const child = {
      weight: 1,
      node: (defaultCriteriaSet(2024).tiers.partner as { children: unknown[] }).children[0],
    };
    const c = change as { cutoff?: number; weight?: number };
    (set.tiers as Record<string, unknown>).partner = {
      kind: 'weighted',
      label: 'score',
      cutoff: c.cutoff ?? 0.5,
      children: [{ ...child, weight: c.weight ?? 1 }],
    };
    expect(issuesOf(set).map((i) => i.path)).toEqual([path]);
  });

  it('rejects a duplicate criterion id, naming where it was first used', () => {
    const issues = issuesOf(mutate('tiers.partner.children.2.id', 'partner.libdem'));
    expect(issues).toEqual([
      {
        path: 'tiers.partner.children.2.id',
        message: "duplicate criterion id 'partner.libdem' (first used at tiers.partner.children.0)",
      },
    ]);
  });

  it('rejects a set without any tier', () => {
    expect(issuesOf(mutate('tiers', {}))).toEqual([
      { path: 'tiers', message: 'must define at least one tier (member or partner)' },
    ]);
  });

  it('reports every problem at once, in the message too', () => {
    const set = mutate('tiers.member.children.2.threshold.value', 'x') as Record<string, unknown>;
    set.code = '';
    const error = (() => {
      try {
        parseCriteriaSet(set);
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected an error');
    })();
    expect(error.issues.map((i) => i.path)).toEqual([
      'code',
      'tiers.member.children.2.threshold.value',
    ]);
    expect(error.message).toMatch(
      /^invalid criteria set: code: .*; tiers\.member\.children\.2\.threshold\.value: /,
    );
  });

  it('rejects input that is not an object at the root', () => {
    expect(issuesOf(null)).toEqual([
      { path: '(root)', message: expect.stringMatching(/object/) as string },
    ]);
  });
});

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['code'], 'code'],
    [
      ['tiers', 'member', 'children', 2, 'threshold', 'value'],
      'tiers.member.children.2.threshold.value',
    ],
    [['tiers', 'partner', 'children', 0, 'node', 'id'], 'tiers.partner.children.0.node.id'],
  ])('writes %j as %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('criteriaWithPaths and withAsOf', () => {
  const weightedSet: CriteriaSet = {
    code: 'w',
    name: 'W',
    description: 'w',
    tiers: {
      partner: {
        kind: 'weighted',
        label: 'score',
        cutoff: 0.5,
        children: [{ weight: 1, node: defaultCriteriaSet(2020).tiers.partner! }],
      },
    },
  };

  it('walks every criterion with its path, through weighted children', () => {
    expect(criteriaWithPaths(weightedSet).map((l) => formatPath(l.path))).toEqual([
      'tiers.partner.children.0.node.children.0',
      'tiers.partner.children.0.node.children.1',
      'tiers.partner.children.0.node.children.2',
    ]);
  });

  it('re-dates every criterion and leaves the rest alone', () => {
    const redated = withAsOf(defaultCriteriaSet(2020), 2024);
    expect(redated.tiers).toEqual(defaultCriteriaSet(2024).tiers);
    expect(redated.description).toBe(defaultCriteriaSet(2020).description);
    expect(
      criteriaWithPaths(withAsOf(weightedSet, 2030)).map((l) => l.criterion.yearPolicy.asOf),
    ).toEqual([2030, 2030, 2030]);
  });
});
