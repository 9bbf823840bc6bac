import { describe, expect, it } from 'vitest';
import { compareBirthDates, parsePartialDate } from './birth-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['1965', { year: 1965, month: null, day: null }],
    ['1965-06', { year: 1965, month: 6, day: null }],
    ['1965-06-29', { year: 1965, month: 6, day: 29 }],
    ['1965/6/9', { year: 1965, month: 6, day: 9 }],
  ])('reads %s', (text, date) => {
    expect(parsePartialDate(text)).toEqual(date);
  });

  it.each(['', '65', 'circa 1965', '1965-13', '1965-06-32', '29.06.1965'])(
    'does not read %j',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );
});

describe('compareBirthDates', () => {
  it('agrees at the precision both sides have (year-only tolerance)', () => {
    expect(compareBirthDates(['1965'], ['1965-06-29']).result).toBe('agree');
    expect(compareBirthDates(['1965-06'], ['1965-06-29']).result).toBe('agree');
    expect(compareBirthDates(['1965-06-29'], ['1965-06-29']).result).toBe('agree');
  });

  it('conflicts when no pair agrees', () => {
    expect(compareBirthDates(['1966'], ['1965-06-29']).result).toBe('conflict');
    expect(compareBirthDates(['1965-06-28'], ['1965-06-29']).result).toBe('conflict');
    expect(compareBirthDates(['1965-07'], ['1965-06-29', '1964'])).toEqual({
      result: 'conflict',
      query: '1965-07',
      candidate: '1965-06-29',
    });
  });

  it('agrees when any of several dates agrees', () => {
    expect(compareBirthDates(['1958'], ['1957', '1958-01-01'])).toEqual({
      result: 'agree',
      query: '1958',
      candidate: '1958-01-01',
    });
  });

  it('knows nothing when a side has no readable date', () => {
    expect(compareBirthDates([], ['1965']).result).toBe('unknown');
    expect(compareBirthDates(['unknown'], ['1965']).result).toBe('unknown');
  });
});
