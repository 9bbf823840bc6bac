// Category names read from an indicator's description.
import { describe, expect, it } from 'vitest';
import { categoryLabels, formatIndicatorValue } from './category-labels.ts';

const regime = {
  code: 'vdem_regime',
  name: 'V-Dem Regimes of the World',
  unit: 'category 0–3',
  description:
    'V-Dem v2x_regime: 0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy.',
  higherIsBetter: true,
  category: 'democracy' as const,
};

describe('categoryLabels', () => {
  it('reads "0 closed autocracy, 1 …" from the description of a categorical indicator', () => {
    expect([...categoryLabels(regime)]).toEqual([
      [0, 'closed autocracy'],
      [1, 'electoral autocracy'],
      [2, 'electoral democracy'],
      [3, 'liberal democracy'],
    ]);
    expect(formatIndicatorValue(3, regime)).toBe('3 · liberal democracy');
  });

  it('finds none for an indicator that is not categorical', () => {
    const gdp = { ...regime, code: 'gdp_usd', unit: 'current US$', description: 'GDP, 2 series' };
    expect(categoryLabels(gdp).size).toBe(0);
    expect(formatIndicatorValue(2e12, gdp)).toBe('2 trn US$');
  });
});
