// The browser's what-if: shares before and after a change, with the world as the sum of economies.
import { describe, expect, it } from 'vitest';
import { derivedResearchers, whatIfShares } from './what-if-shares.ts';

const values = new Map([
  ['USA', 50],
  ['JPN', 10],
  ['DEU', 15],
  ['CHN', 25],
]);

describe('whatIfShares', () => {
  it('measures the share before and after adding and removing economies', () => {
    const r = whatIfShares(values, ['USA', 'JPN'], ['USA', 'DEU']);
    expect(r.worldValue).toBe(100);
    expect(r.economiesWithData).toBe(4);
    expect(r.before).toEqual({ value: 60, sharePct: 60, missing: [] });
    expect(r.after).toEqual({ value: 65, sharePct: 65, missing: [] });
    expect(r.deltaPoints).toBe(5);
  });

  it('lists economies without a value and leaves them out of the sum', () => {
    const r = whatIfShares(values, ['USA'], ['USA', 'NLD', 'IND']);
    expect(r.after).toEqual({ value: 50, sharePct: 50, missing: ['IND', 'NLD'] });
    expect(r.deltaPoints).toBe(0);
  });

  it('counts an economy listed twice once', () => {
    expect(whatIfShares(values, ['USA', 'USA'], ['USA']).before.value).toBe(50);
  });

  it('has no share when no economy of the set has a value, or the world is zero', () => {
    const none = whatIfShares(values, ['USA'], ['NLD']);
    expect(none.after).toEqual({ value: null, sharePct: null, missing: ['NLD'] });
    expect(none.deltaPoints).toBeNull();
    const zero = whatIfShares(new Map([['USA', 0]]), ['USA'], ['USA']);
    expect(zero.before.sharePct).toBeNull();
  });
});

describe('derivedResearchers', () => {
  it('multiplies per million by population for the economies having both', () => {
    const r = derivedResearchers(
      new Map([
        ['JPN', 5000],
        ['AUS', 4000],
      ]),
      new Map([
        ['JPN', 120e6],
        ['USA', 330e6],
      ]),
    );
    expect([...r]).toEqual([['JPN', 600_000]]);
  });
});
