import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { whatIf, type WhatIfContext } from './what-if.ts';

const UNIVERSE = ['CHN', 'DEU', 'IND', 'JPN', 'NLD', 'USA'];
const gdp: IndicatorValue[] = Object.entries({
  USA: 40,
  CHN: 30,
  JPN: 10,
  DEU: 10,
  IND: 5,
  NLD: 5,
}).map(([iso3, value]) => ({ iso3, indicatorCode: 'gdp_usd', year: 2022, value, sourceId: 's' }));
const context: WhatIfContext = {
  indicators: [
    { indicator: 'gdp_usd', values: gdp, additive: true },
    { indicator: 'gerd_pct_gdp', values: [], additive: false },
  ],
  universe: UNIVERSE,
  year: 'latest',
};

describe('whatIf', () => {
  it.each<[string, string[], string[], string[], string[], number | null]>([
    [
      'adds an economy and gives the gain in share points',
      ['USA', 'JPN'],
      ['NLD'],
      [],
      ['JPN', 'NLD', 'USA'],
      5,
    ],
    [
      'removes an economy and gives the loss in share points',
      ['USA', 'JPN'],
      [],
      ['JPN'],
      ['USA'],
      -10,
    ],
    [
      'adds and removes at once',
      ['USA', 'JPN'],
      ['DEU', 'NLD'],
      ['USA'],
      ['DEU', 'JPN', 'NLD'],
      -25,
    ],
    [
      'gives no difference from an empty coalition, which has no share',
      [],
      ['CHN'],
      [],
      ['CHN'],
      null,
    ],
  ])('%s', (_name, base, add, remove, economies, delta) => {
    const r = whatIf(base, add, remove, context);
    expect(r.economies).toEqual(economies);
    const change = r.changes[0]!;
    if (delta === null) expect(change.deltaSharePoints).toBeNull();
    else expect(change.deltaSharePoints).toBeCloseTo(delta, 10);
  });

  it('measures an empty base as unavailable and the new coalition as usual', () => {
    const change = whatIf([], ['CHN'], [], context).changes[0]!;
    expect([change.before.shareUnavailable?.reason, change.after.sharePct]).toEqual([
      'empty_coalition',
      30,
    ]);
  });

  it('gives no difference for an indicator that has no share', () => {
    const r = whatIf(['USA'], ['JPN'], [], context);
    expect(r.changes[1]).toMatchObject({ indicator: 'gerd_pct_gdp', deltaSharePoints: null });
    expect(r.changes[1]?.after.shareUnavailable?.reason).toBe('not_additive');
  });

  it('warns about changes that change nothing, and leaves a code both added and removed as it was', () => {
    const r = whatIf(['USA', 'JPN'], ['USA', 'NLD', 'DEU'], ['CHN', 'NLD', 'JPN'], context);
    expect([r.added, r.removed, r.economies]).toEqual([['DEU'], ['JPN'], ['DEU', 'USA']]);
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['added_and_removed', ['NLD']],
      ['already_member', ['USA']],
      ['not_a_member', ['CHN']],
    ]);
  });

  it('measures before and after in the same year', () => {
    const r = whatIf(['USA'], ['CHN'], [], context);
    expect([r.changes[0]?.before.year, r.changes[0]?.after.year]).toEqual([2022, 2022]);
  });
});
