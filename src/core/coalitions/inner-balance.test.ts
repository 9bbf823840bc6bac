import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import {
  DOMINANCE_THRESHOLD,
  innerBalance,
  type BalanceUnavailableReason,
  type InnerBalanceInput,
} from './inner-balance.ts';

const v = (
  iso3: string,
  value: number,
  year = 2022,
  indicatorCode = 'gdp_usd',
): IndicatorValue => ({
  iso3,
  indicatorCode,
  year,
  value,
  sourceId: 'wb',
});
const input = (
  values: IndicatorValue[],
  over: Partial<InnerBalanceInput> = {},
): InnerBalanceInput => ({
  indicator: 'gdp_usd',
  economies: [...new Set(values.map((x) => x.iso3))],
  values,
  year: 2022,
  additive: true,
  ...over,
});

describe('innerBalance', () => {
  it('sets the default dominance threshold at one half', () => {
    expect(DOMINANCE_THRESHOLD).toBe(0.5);
  });

  it.each<[string, IndicatorValue[], Partial<InnerBalanceInput>, string, number, number, boolean]>([
    [
      'does not call a member with exactly half dominant',
      [v('USA', 50), v('JPN', 30), v('DEU', 20)],
      {},
      'USA',
      50,
      0.38,
      false,
    ],
    [
      'calls a member with more than half dominant',
      [v('USA', 51), v('JPN', 49)],
      {},
      'USA',
      51,
      0.5002,
      true,
    ],
    ['gives an HHI of 1 to a coalition of one', [v('USA', 7)], {}, 'USA', 100, 1, true],
    [
      'gives an HHI of 1/n to n equal members',
      [v('USA', 10), v('JPN', 10), v('DEU', 10), v('FRA', 10)],
      {},
      'DEU',
      25,
      0.25,
      false,
    ],
    [
      'uses a dominance threshold given by the caller',
      [v('USA', 40), v('JPN', 30), v('DEU', 30)],
      { dominanceThreshold: 1 / 3 },
      'USA',
      40,
      0.34,
      true,
    ],
    [
      'takes only the year asked for',
      [v('USA', 50), v('JPN', 50), v('USA', 900, 2021)],
      {},
      'JPN',
      50,
      0.5,
      false,
    ],
  ])('%s', (_name, values, over, largest, largestPct, hhi, dominant) => {
    const r = innerBalance(input(values, over));
    expect(r.largest?.iso3).toBe(largest);
    expect(r.largest?.sharePct).toBeCloseTo(largestPct, 10);
    expect(r.hhi).toBeCloseTo(hhi, 10);
    expect(r.dominant).toBe(dominant);
  });

  it('sorts members by share, largest first, equal values alphabetically', () => {
    const r = innerBalance(input([v('FRA', 10), v('USA', 60), v('DEU', 10), v('JPN', 20)]));
    expect(r.members.map((m) => [m.iso3, m.sharePct])).toEqual([
      ['USA', 60],
      ['JPN', 20],
      ['DEU', 10],
      ['FRA', 10],
    ]);
    expect(r.coalitionValue).toBe(100);
  });

  it('names the largest alphabetically among equal largest members, and warns', () => {
    const r = innerBalance(input([v('USA', 40), v('JPN', 40), v('DEU', 20)]));
    expect(r.largest?.iso3).toBe('JPN');
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['tie_broken_by_code', ['JPN', 'USA']],
    ]);
  });

  it('lists members without a value and says the others share the reported total only', () => {
    const r = innerBalance(
      input([v('USA', 30), v('JPN', 10)], { economies: ['USA', 'JPN', 'ITA'] }),
    );
    expect(r.missing).toEqual(['ITA']);
    expect(r.largest?.sharePct).toBe(75);
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([['share_understated', ['ITA']]]);
  });

  it.each<[string, InnerBalanceInput, BalanceUnavailableReason]>([
    [
      'refuses a non-additive indicator',
      input([v('USA', 3.5, 2022, 'gerd_pct_gdp')], { indicator: 'gerd_pct_gdp', additive: false }),
      'not_additive',
    ],
    ['gives nothing for an empty coalition', input([], { economies: [] }), 'empty_coalition'],
    [
      'gives nothing when no member has a value',
      input([], { economies: ['USA'] }),
      'no_coalition_data',
    ],
    ['gives nothing when the values sum to zero', input([v('USA', 0), v('JPN', 0)]), 'zero_total'],
  ])('%s', (_name, i, reason) => {
    const r = innerBalance(i);
    expect(r.shareUnavailable?.reason).toBe(reason);
    expect([r.members, r.largest, r.hhi, r.dominant]).toEqual([[], null, null, false]);
  });
});
