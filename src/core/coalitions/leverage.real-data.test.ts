// Leverage on real data: G7, D10 and T12 shares of world GDP (current US$, 2023) from the bundled
// starter dataset (World Bank WDI via data/starter), and their reconciliation with the figures in
// ../shared/data/groupings/PROVENANCE.md, which divide by the World Bank's WLD aggregate.
/* eslint-disable no-restricted-imports -- a test on real data opens the platform and reads
   ../shared/data; the modules under test import only core. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform, type Platform } from '../../services/platform.ts';
/* eslint-enable no-restricted-imports */
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionEconomies, type Coalition } from './coalition.ts';
import { coalitionFromGrouping, supranationalMemberStates } from './coalition-from-grouping.ts';
import { coalitionLeverage, type CoalitionLeverage } from './leverage.ts';

let platform: Platform;
let universe: string[];
let gdp: IndicatorValue[];
const coalitions = new Map<string, Coalition>();
let supranational: Map<string, string[]>;

beforeAll(async () => {
  platform = await openPlatform('sqlite::memory:');
  const { store } = platform;
  universe = [...(await store.economies.codes())];
  gdp = await store.indicators.series('gdp_usd');
  for (const code of ['G7', 'D10', 'T12'])
    coalitions.set(code, coalitionFromGrouping((await store.groupings.get(code))!));
  supranational = supranationalMemberStates([(await store.groupings.get('EU'))!]);
});
afterAll(() => platform.close());

/** The coalition's economies: as enumerated (the default), or the EU as its member states. */
const economiesOf = (code: string, eu: 'expanded' | 'enumerated'): string[] =>
  coalitionEconomies(
    coalitions.get(code)!,
    ['member'],
    supranational,
    eu === 'expanded' ? { supranational: 'member-states' } : {},
  ).economies;
const gdpShare = (economies: string[]): CoalitionLeverage =>
  coalitionLeverage({
    indicator: 'gdp_usd',
    economies,
    values: gdp,
    universe,
    year: { year: 2023 },
    additive: true,
  });
const oneDecimal = (x: number | null): string | null => (x === null ? null : x.toFixed(1));

describe('coalition shares of world GDP (current US$, 2023) in the starter dataset', () => {
  it('reads the EU as a participant of the T12 and of the G7, and expands it to 27 member states', () => {
    for (const code of ['G7', 'T12'])
      expect(coalitions.get(code)!.participants).toContainEqual(
        expect.objectContaining({ code: 'EU', kind: 'supranational', tier: 'member' }),
      );
    expect(supranational.get('EU')).toHaveLength(27);
    // T12: 12 countries and the EU-27, of which Finland, France, Germany and Sweden are both.
    expect(economiesOf('T12', 'expanded')).toHaveLength(12 + 27 - 4);
    expect(economiesOf('G7', 'expanded')).toHaveLength(7 + 27 - 3);
    // By default a grouping counts the economies it enumerates.
    expect(economiesOf('T12', 'enumerated')).toHaveLength(12);
    expect(economiesOf('G7', 'enumerated')).toHaveLength(7);
  });

  it('gives G7, D10 and T12 shares to one decimal, the world being the sum of 185 economies', () => {
    const rows = [
      ['G7 (7 countries, the default)', gdpShare(economiesOf('G7', 'enumerated'))],
      ['G7 with the EU as its 27 member states', gdpShare(economiesOf('G7', 'expanded'))],
      ['D10', gdpShare(economiesOf('D10', 'enumerated'))],
      ['T12 (12 countries, the default)', gdpShare(economiesOf('T12', 'enumerated'))],
      ['T12 with the EU as its 27 member states', gdpShare(economiesOf('T12', 'expanded'))],
    ] as const;
    console.log(
      rows
        .map(
          ([name, r]) =>
            `${name}: ${oneDecimal(r.sharePct)}% of world GDP ${r.year} ` +
            `(US$ ${((r.coalitionValue ?? 0) / 1e12).toFixed(2)} trn of ${((r.worldValue ?? 0) / 1e12).toFixed(2)} trn, ` +
            `${r.economiesWithData} economies with data; missing: ${r.coalitionEconomiesMissing.join(', ') || 'none'})`,
        )
        .join('\n'),
    );
    expect(rows.map(([name, r]) => [name, oneDecimal(r.sharePct)])).toEqual([
      ['G7 (7 countries, the default)', '45.1'],
      ['G7 with the EU as its 27 member states', '53.4'],
      ['D10', '51.8'],
      ['T12 (12 countries, the default)', '51.0'],
      ['T12 with the EU as its 27 member states', '60.6'],
    ]);
    // Counted as enumerated, the D10 holds more than the G7 it contains.
    expect(rows[2][1].sharePct!).toBeGreaterThan(rows[0][1].sharePct!);
    for (const [, r] of rows) {
      expect(r).toMatchObject({
        year: 2023,
        economiesWithData: 185,
        coalitionEconomiesMissing: [],
      });
      expect(r.sources).toEqual(['wb-wdi-gdp_usd']);
    }
  });

  it("chooses 2023 as the latest year: its 185 economies are at least 80% of the best year's", () => {
    const r = coalitionLeverage({
      indicator: 'gdp_usd',
      economies: economiesOf('D10', 'enumerated'),
      values: gdp,
      universe,
      year: 'latest',
      additive: true,
    });
    expect([r.year, oneDecimal(r.sharePct)]).toEqual([2023, '51.8']);
  });

  warnWithoutSharedData('the reconciliation with groupings/PROVENANCE.md');
  it.skipIf(!hasSharedData)(
    "reproduces PROVENANCE's G7 44.4% and D10 51.0% only over the World Bank's WLD aggregate",
    () => {
      const wld = readFileSync(sharedFile('economy', 'wb_gdp_current_usd_1960_2023.csv'), 'utf8')
        .split('\n')
        .map((line) => line.split(','))
        .find((cells) => cells.at(-3) === 'WLD' && cells.at(-2) === '2023');
      const world = Number(wld?.at(-1));
      expect(world / 1e12).toBeCloseTo(105.4, 1);
      const overWld = (economies: string[]): string =>
        ((100 * gdpShare(economies).coalitionValue!) / world).toFixed(1);
      expect([
        overWld(economiesOf('G7', 'enumerated')),
        overWld(economiesOf('D10', 'expanded')),
      ]).toEqual(['44.4', '51.0']);
    },
  );
});
