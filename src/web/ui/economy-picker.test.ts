import { describe, expect, it } from 'vitest';
import { matchEntries, type PickerEntry } from './economy-picker.tsx';

const entries: PickerEntry[] = [
  { code: 'USA', name: 'United States', detail: 'USA', keywords: 'United States of America US' },
  { code: 'CIV', name: 'Côte d’Ivoire', detail: 'CIV', keywords: 'CI' },
  { code: 'GBR', name: 'United Kingdom', detail: 'GBR', keywords: 'GB' },
  { code: 'EU', name: 'European Union', detail: 'EU', keywords: 'europe' },
];

describe('the economy picker’s search', () => {
  it('keeps every entry, in order, when nothing is typed', () => {
    expect(matchEntries(entries, '  ').map((e) => e.code)).toEqual(['USA', 'CIV', 'GBR', 'EU']);
  });

  it('finds by name, ISO3 or keyword, every word typed, accents and case ignored', () => {
    expect(matchEntries(entries, 'united').map((e) => e.code)).toEqual(['USA', 'GBR']);
    expect(matchEntries(entries, 'united king').map((e) => e.code)).toEqual(['GBR']);
    expect(matchEntries(entries, 'cote').map((e) => e.code)).toEqual(['CIV']);
    expect(matchEntries(entries, 'gbr').map((e) => e.code)).toEqual(['GBR']);
    expect(matchEntries(entries, 'america').map((e) => e.code)).toEqual(['USA']);
    expect(matchEntries(entries, 'zz')).toEqual([]);
  });
});
