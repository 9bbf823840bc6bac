// Golden outputs of the supply-chain analytics over the small fixture in
// test/golden/supply-chains/. Every number in the *.expected.json files can be checked by hand
// from fixture.json; test/golden/supply-chains/README.md works the main ones out. Shares are
// unrounded doubles (0.36 + 0.09 + 0.01 is stored as 0.45999999999999996). After a deliberate
// change, regenerate with UPDATE_GOLDEN=1 npx vitest run src/core/supply-chains/supply-chains.golden
// and review the diff line by line.
/* eslint-disable no-restricted-imports -- the test reads and (on request) rewrites its golden
   files; the modules under test import only core. */
import { readFileSync, writeFileSync } from 'node:fs';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { chokepoints } from './chokepoint.ts';
import { concentration } from './concentration.ts';
import { controlCoverage } from './control-coverage.ts';
import { disrupt } from './disruption.ts';
import type { EconomyGroup } from './economy-group.ts';
import { chainShares, inputShares } from './input-shares.ts';
import { memberExposure } from './member-exposure.ts';
import { monteCarlo } from './monte-carlo.ts';
import { mulberry32 } from './random.ts';
import { retaliationExposure } from './retaliation.ts';
import type { SupplyChain } from './supply-chain.ts';
import { validateChain } from './validate-chain.ts';

const DIR = new URL('../../../test/golden/supply-chains/', import.meta.url);
const fixture = JSON.parse(readFileSync(new URL('fixture.json', DIR), 'utf8')) as {
  chains: SupplyChain[];
  coalitions: Record<string, string[]>;
};
const [semis, minerals] = fixture.chains as [SupplyChain, SupplyChain];
const group = (code: string): EconomyGroup => ({ code, economies: fixture.coalitions[code]! });
const ALPHA = group('ALPHA');
const K = group('K');
const T = group('T');

const golden: Record<string, () => unknown> = {
  validation: () => fixture.chains.map((c) => ({ chain: c.code, issues: validateChain(c) })),
  shares: () => ({
    latest: chainShares(semis),
    gallium2024: inputShares(semis, 'GA', { year: { year: 2024 } }),
    minerals: chainShares(minerals),
  }),
  concentration: () => chainShares(semis).map((s) => concentration(s)),
  chokepoints: () => ({
    alpha: chokepoints(semis, { coalition: ALPHA }),
    alphaCountingEur: chokepoints(semis, { coalition: ALPHA, eurCountsFor: 'ALPHA' }).items.find(
      (i) => i.item === 'N1',
    ),
  }),
  'member-exposure': () => memberExposure(semis, { coalition: ALPHA }),
  disruption: () => [
    {
      case: 'NLD loses everything',
      result: disrupt(semis, [{ provider: 'NLD', input: 'all', fractionLost: 1 }], {
        coalition: ALPHA,
      }),
    },
    {
      case: 'TWN loses everything, CHN half its gallium',
      result: disrupt(
        semis,
        [
          { provider: 'TWN', input: 'all', fractionLost: 1 },
          { provider: 'CHN', input: 'Gallium', fractionLost: 0.5 },
        ],
        { coalition: ALPHA },
      ),
    },
    {
      case: 'ASML loses half its lithography tools',
      result: disrupt(semis, [
        { provider: 'ASML', input: 'L', fractionLost: 0.5 },
        { provider: 'ASML', input: 'LE', fractionLost: 0.5 },
      ]),
    },
    {
      case: 'NLD loses its EUV tools; variants substitute (max)',
      result: disrupt(semis, [{ provider: 'NLD', input: 'LE', fractionLost: 1 }]),
    },
    {
      case: 'NLD loses its EUV tools; variants weighted equally',
      result: disrupt(semis, [{ provider: 'NLD', input: 'LE', fractionLost: 1 }], {
        variants: 'weighted',
      }),
    },
  ],
  'monte-carlo': () => [
    {
      case: 'NLD always lost entirely, no one else ever',
      result: monteCarlo(semis, {
        trials: 100,
        random: mulberry32(1),
        defaults: { probability: 0 },
        economies: { NLD: { probability: 1, severity: 1 } },
      }),
    },
    {
      case: 'defaults, seed 1, 1000 trials (a regression record, not checkable by hand)',
      result: monteCarlo(semis, { trials: 1000, random: mulberry32(1) }),
    },
  ],
  'control-coverage': () => [
    {
      case: 'K = USA, NLD, JPN against CHN on lithography and gallium',
      result: controlCoverage(semis, {
        controlling: K,
        target: T,
        inputs: ['Lithography tools', 'LE', 'LD', 'GA'],
      }),
    },
    {
      case: 'USA alone against CHN on DUV, fabrication, wafers and photoresists',
      result: controlCoverage(semis, {
        controlling: group('US'),
        target: T,
        inputs: ['LD', 'S2', 'W', 'R'],
      }),
    },
    {
      case: 'the same by greedy search',
      result: controlCoverage(semis, {
        controlling: group('US'),
        target: T,
        inputs: ['LD', 'S2', 'W', 'R'],
        maxExactCandidates: 0,
      }).jointAddition,
    },
  ],
  retaliation: () => ({
    default: retaliationExposure([semis, minerals], { controlling: K, target: T }),
    from10Pct: retaliationExposure([semis, minerals], {
      controlling: K,
      target: T,
      minTargetPct: 10,
    }),
  }),
};

const file = (name: string): URL => new URL(`${name}.expected.json`, DIR);

describe('supply-chain analytics on the golden fixture', () => {
  it.each(Object.keys(golden))('gives the committed golden output of %s', (name) => {
    // Through JSON, as the golden file was written: drops nothing, since no field is undefined.
    const actual = JSON.parse(JSON.stringify(golden[name]!())) as unknown;
    if (process.env.UPDATE_GOLDEN === '1')
      writeFileSync(file(name), `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file(name), 'utf8')));
  });
});
