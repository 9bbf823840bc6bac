// Numbers as people read them, per unit kind.
import { describe, expect, it } from 'vitest';
import { formatCompact, formatShare, formatValue } from './format-value.ts';

describe('formatValue', () => {
  it.each([
    [27_360_000_000_000, 'current US$', '27.36 trn US$'],
    [1_410_000_000, 'persons', '1.41 bn'],
    [83_520_000, 'persons', '83.52 mn'],
    [46_765, 'persons', '46,765'],
    [0.8834, 'index 0–1', '0.883'],
    [3.1354, '% of GDP', '3.14% of GDP'],
    [-0.42, 'estimate ≈ −2.5…2.5', '−0.42'],
    [83, 'score 0–100', '83 / 100'],
    [5.22e12, 'constant 2021 international $', '5.22 trn int’l $ (2021)'],
    [3744, 'articles', '3,744 articles'],
  ])('formats %d %s as %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('drops trailing zeros and keeps the sign of negative amounts', () => {
    expect(formatCompact(1_400_000_000)).toBe('1.4 bn');
    expect(formatCompact(-2_000_000)).toBe('−2 mn');
    expect(formatCompact(0)).toBe('0');
  });
});

describe('formatShare', () => {
  it.each([
    [53.40510304923323, '53.4%'],
    [0.04, '<0.1%'],
    [0, '0.0%'],
    [null, '—'],
  ])('formats %s as %s', (pct, expected) => {
    expect(formatShare(pct)).toBe(expected);
  });
});
