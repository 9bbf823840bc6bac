import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { resolveShocks, type Shock } from './shock.ts';
import { chainOf } from './test-chains.ts';

const chain = chainOf({
  inputs: [
    { id: 'N20', name: 'EUV lithography tools' },
    { id: 'GA', name: 'Gallium' },
  ],
  stages: ['S2'],
  shares: {
    N20: { NLD: 100, ASML: 100 },
    GA: { CHN: 98, 'Various countries': 2 },
    S2: { TWN: 60 },
  },
  organisations: { ASML: 'NLD', TSMC: 'TWN', Intel: 'USA' },
});

const error = (shocks: Shock[]): DomainError => {
  try {
    resolveShocks(chain, shocks);
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('no error');
};

describe('resolveShocks', () => {
  it.each<[string, Shock, unknown]>([
    [
      'resolves an ISO3 code to its economy',
      { provider: 'TWN', input: 'all', fractionLost: 1 },
      { kind: 'economy', iso3: 'TWN' },
    ],
    [
      'resolves an economy known only as a firm’s home',
      { provider: 'USA', input: 'all', fractionLost: 1 },
      { kind: 'economy', iso3: 'USA' },
    ],
    [
      'resolves a firm by id',
      { provider: 'ASML', input: 'N20', fractionLost: 0.5 },
      { kind: 'organisation', provider: 'ASML', homeEconomy: 'NLD' },
    ],
    [
      'resolves a pseudo-provider by name',
      { provider: 'various countries', input: 'GA', fractionLost: 1 },
      { kind: 'pseudo', provider: 'Various countries' },
    ],
  ])('%s', (_, shock, target) => {
    expect(resolveShocks(chain, [shock])[0]!.target).toEqual(target);
  });

  it.each([
    ['an id', 'N20', 'N20'],
    ['an exact name in any case', 'gallium', 'GA'],
    ['a stage', 'S2', 'S2'],
    ['all inputs', 'all', 'all'],
  ])('finds the input by %s', (_, input, id) => {
    expect(resolveShocks(chain, [{ provider: 'CHN', input, fractionLost: 0.9 }])[0]!.input).toBe(
      id,
    );
  });

  it.each<[string, Shock, string, string]>([
    [
      'a fraction over 1',
      { provider: 'TWN', input: 'all', fractionLost: 1.5 },
      'shocks[0].fractionLost',
      'fraction lost 1.5 is outside 0–1',
    ],
    [
      'a negative fraction',
      { provider: 'TWN', input: 'all', fractionLost: -0.1 },
      'shocks[0].fractionLost',
      'fraction lost -0.1 is outside 0–1',
    ],
    [
      'a fraction that is not a number',
      { provider: 'TWN', input: 'all', fractionLost: NaN },
      'shocks[0].fractionLost',
      'fraction lost NaN is outside 0–1',
    ],
    [
      'an unknown economy',
      { provider: 'XYZ', input: 'all', fractionLost: 1 },
      'shocks[0].provider',
      "unknown economy or provider 'XYZ' in chain test",
    ],
    [
      'an unknown input',
      { provider: 'CHN', input: 'Unobtainium', fractionLost: 1 },
      'shocks[0].input',
      "unknown input 'Unobtainium' in chain test",
    ],
  ])('rejects %s, naming it', (_, shock, path, message) => {
    const e = error([shock]);
    expect(e.code).toBe('validation_failed');
    expect(e.issues).toEqual([{ path, message }]);
    expect(e.message).toContain(message);
  });

  it('reports every bad shock at once, by position', () => {
    const e = error([
      { provider: 'TWN', input: 'all', fractionLost: 1 },
      { provider: 'XYZ', input: 'GA', fractionLost: 2 },
    ]);
    expect(e.issues.map((i) => i.path)).toEqual(['shocks[1].fractionLost', 'shocks[1].provider']);
  });

  it('accepts the fractions 0 and 1', () => {
    expect(
      resolveShocks(chain, [
        { provider: 'TWN', input: 'all', fractionLost: 0 },
        { provider: 'TWN', input: 'all', fractionLost: 1 },
      ]),
    ).toHaveLength(2);
  });

  it('rejects an ambiguous input name', () => {
    const c = chainOf({
      inputs: [
        { id: 'A', name: 'Tools' },
        { id: 'B', name: 'tools' },
      ],
      shares: { A: { USA: 1 } },
    });
    expect(() => resolveShocks(c, [{ provider: 'USA', input: 'TOOLS', fractionLost: 1 }])).toThrow(
      "input name 'TOOLS' is ambiguous: A, B",
    );
  });
});
