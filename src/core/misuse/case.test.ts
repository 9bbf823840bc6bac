import { describe, expect, it } from 'vitest';
import { caseYear, isPartialDate } from './case.ts';

describe('isPartialDate', () => {
  it.each([
    ['2024', true],
    ['2024-06', true],
    ['2024-06-25', true],
    ['2024-13', false],
    ['2024-02-32', false],
    ['24-06-25', false],
    ['June 2024', false],
  ])('%s → %s', (s, ok) => {
    expect(isPartialDate(s)).toBe(ok);
  });
});

describe('caseYear', () => {
  const evidence = (publishedOn: string | null) => [
    {
      sourceId: 's',
      url: null,
      reference: 'r',
      publishedOn,
      confidence: 'low' as const,
      transcribed: false,
      partial: false,
      derived: false,
      note: null,
    },
  ];

  it('prefers the year the source counts the case in', () => {
    expect(
      caseYear({ countedInYear: 2024, period: { start: '2019-08-05', end: null }, evidence: [] }),
    ).toBe(2024);
  });

  it('then the start year, then the year the evidence was published', () => {
    expect(
      caseYear({
        countedInYear: null,
        period: { start: '2012', end: null },
        evidence: evidence('2016-08-24'),
      }),
    ).toBe(2012);
    expect(
      caseYear({
        countedInYear: null,
        period: { start: null, end: null },
        evidence: evidence('2016-08-24'),
      }),
    ).toBe(2016);
  });

  it('is null when nothing dates the case', () => {
    expect(
      caseYear({
        countedInYear: null,
        period: { start: null, end: null },
        evidence: evidence(null),
      }),
    ).toBeNull();
  });
});
