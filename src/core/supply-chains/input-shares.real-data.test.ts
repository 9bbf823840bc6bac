// Shares on real data: USGS Mineral Commodity Summaries 2026 (../shared/data/minerals), where
// the rounded world total of gallium in 2025 is China's production alone (900 t of a "rounded"
// 900 t, with Russia 6 t and Japan 3 t besides), so shares of it would sum past 100%. Read through
// the product's own parser, which takes such shares of the producers' sum (the core's own
// normalisation, tested on fixtures, is the second guard); skipped, with a message, when the
// folder is absent.
/* eslint-disable no-restricted-imports -- a test on real data runs the importer's parser over
   ../shared/data; the module under test imports only core. */
import { parseMineralsProduction } from '../../importers/supply-chains/minerals.parser.ts';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { inputShares } from './input-shares.ts';

warnWithoutSharedData('input shares on the USGS minerals table');

describe.skipIf(!hasSharedData)('input shares of USGS gallium, 2025', () => {
  const chain = () =>
    parseMineralsProduction(sharedFile('minerals', 'usgs_mcs2026_world_production_selected.csv'), {
      code: 'critical-minerals',
    }).chain;

  it('never sums past 100%: shares are of the providers’ sum', () => {
    const s = inputShares(chain(), 'gallium', { year: { year: 2025 } });
    const byEconomy = Object.fromEntries(s.economies.map((e) => [e.iso3, e.sharePct]));
    expect(s.reportedTotalPct).toBeCloseTo(100, 10);
    expect(s.knownPct).toBeCloseTo(100, 10);
    expect(byEconomy.CHN).toBeCloseTo((900_000 / 909_000) * 100, 10);
    expect(byEconomy.RUS).toBeCloseTo((6_000 / 909_000) * 100, 10);
    expect(byEconomy.JPN).toBeCloseTo((3_000 / 909_000) * 100, 10);
  });
});
