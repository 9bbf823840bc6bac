import { describe, expect, it } from 'vitest';
import type { SupplyChain } from './supply-chain.ts';
import { validateChain, type ChainIssueCode } from './validate-chain.ts';
import { chainOf, CYCLE, DIAMOND, STRAIGHT, VARIANTS } from './test-chains.ts';

const base = (): SupplyChain =>
  chainOf({
    inputs: ['A', { id: 'B', stage: 'S1' }],
    stages: ['S1'],
    edges: ['A>B'],
    shares: { A: { USA: 60, ACME: 40 } },
    organisations: { ACME: 'JPN' },
  });

describe('validateChain', () => {
  it.each([
    ['a straight chain', STRAIGHT],
    ['a diamond', DIAMOND],
    ['variants', VARIANTS],
    ['a chain with stages, firms and shares', base()],
  ])('finds nothing wrong with %s', (_, chain) => {
    expect(validateChain(chain)).toEqual([]);
  });

  it.each<[string, (c: SupplyChain) => void, ChainIssueCode, string[]]>([
    [
      'rejects a repeated input id',
      (c) => c.inputs.push({ ...c.inputs[0]! }),
      'duplicate_id',
      ['A'],
    ],
    [
      'rejects an input id that is also a stage id',
      (c) => c.inputs.push({ id: 'S1', name: 'x', kind: 'tool', stage: null }),
      'duplicate_id',
      ['S1'],
    ],
    [
      'rejects a repeated provider id',
      (c) => c.providers.push({ kind: 'pseudo', id: 'USA', name: 'x' }),
      'duplicate_id',
      ['USA'],
    ],
    [
      'names an unknown stage of an input',
      (c) => (c.inputs[0]!.stage = 'S9'),
      'unknown_stage',
      ['A', 'S9'],
    ],
    [
      'names an unknown input in an edge',
      (c) => c.edges.push({ kind: 'goes_into', from: 'A', to: 'Q' }),
      'unknown_input',
      ['Q'],
    ],
    [
      'warns about a repeated edge',
      (c) => c.edges.push({ kind: 'goes_into', from: 'A', to: 'B' }),
      'duplicate_edge',
      ['A', 'B'],
    ],
    [
      'names the inputs of a cycle',
      (c) => c.edges.push({ kind: 'goes_into', from: 'B', to: 'A' }),
      'cycle',
      ['A', 'B'],
    ],
    [
      'names an unknown provider in provision',
      (c) => (c.provision[0]!.provider = 'NOPE'),
      'unknown_provider',
      ['NOPE'],
    ],
    [
      'names an unknown input in provision',
      (c) => (c.provision[0]!.input = 'Z'),
      'unknown_item',
      ['Z'],
    ],
    [
      'names a negative share',
      (c) => (c.provision[0]!.sharePct = -5),
      'negative_share',
      ['USA', 'A'],
    ],
    [
      'names a share over 100',
      (c) => (c.provision[0]!.sharePct = 120),
      'share_over_100',
      ['USA', 'A'],
    ],
    [
      'rejects a share that is not a number',
      (c) => (c.provision[0]!.sharePct = NaN),
      'invalid_share',
      ['USA'],
    ],
    [
      'rejects a year that is not an integer',
      (c) => (c.provision[0]!.year = 2025.5),
      'invalid_year',
      ['2025.5'],
    ],
    [
      'warns about a repeated provision row',
      (c) => c.provision.push({ ...c.provision[0]! }),
      'duplicate_provision',
      ['USA', 'A'],
    ],
    [
      'names an economy code that is not ISO3',
      (c) => c.providers.push({ kind: 'economy', id: 'P9', name: 'x', iso3: 'us' }),
      'invalid_iso3',
      ['P9', 'us'],
    ],
    [
      'names a home economy that is not ISO3',
      (c) =>
        c.providers.push({
          kind: 'organisation',
          id: 'X',
          name: 'x',
          homeEconomy: 'Various countries',
        }),
      'invalid_iso3',
      ['X', 'Various countries'],
    ],
  ])('%s', (_, change, code, offending) => {
    const chain = base();
    change(chain);
    const issues = validateChain(chain);
    expect(issues.map((i) => [i.code, i.ids])).toEqual([[code, offending]]);
  });

  it('reports the cycle as error with its path in the message', () => {
    expect(validateChain(CYCLE)).toEqual([
      {
        code: 'cycle',
        severity: 'error',
        message: 'cycle: X → Y → Z → X (goes_into)',
        ids: ['X', 'Y', 'Z'],
      },
    ]);
  });

  it('accepts a share of exactly 0 and exactly 100 and an unknown share', () => {
    const chain = chainOf({ inputs: ['A'], shares: { A: { USA: 100, JPN: 0, KOR: null } } });
    expect(validateChain(chain)).toEqual([]);
  });

  it('accepts provision on a stage', () => {
    const chain = chainOf({ inputs: ['A'], stages: ['S2'], shares: { S2: { TWN: 47 } } });
    expect(validateChain(chain)).toEqual([]);
  });

  it('gives warnings a warning severity and errors an error severity', () => {
    const chain = base();
    chain.edges.push(
      { kind: 'goes_into', from: 'A', to: 'B' },
      { kind: 'goes_into', from: 'A', to: 'Q' },
    );
    expect(validateChain(chain).map((i) => [i.code, i.severity])).toEqual([
      ['duplicate_edge', 'warning'],
      ['unknown_input', 'error'],
    ]);
  });
});
