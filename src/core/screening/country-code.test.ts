import { describe, expect, it } from 'vitest';
import { countryIso3 } from './country-code.ts';

describe('countryIso3', () => {
  it.each([
    ['CN', 'CHN'],
    ['cn', 'CHN'],
    ['CHN', 'CHN'],
    [' ru ', 'RUS'],
    ['XK', 'XKX'],
    ['GB', 'GBR'],
  ])('reads %j as %s', (code, iso3) => {
    expect(countryIso3(code)).toBe(iso3);
  });

  it.each(['', 'UK', 'XX', 'ABC', 'China'])('knows no country %j', (code) => {
    expect(countryIso3(code)).toBeNull();
  });
});
