import { describe, expect, it } from 'vitest';
import { countByCountry, reconcile } from './reconcile.ts';
import type { PartySchema, RestrictedParty } from './restricted-party.ts';

const party = (
  listId: string,
  n: number,
  name: string,
  schema: PartySchema,
  countries: string[],
  aliases: string[] = [],
): RestrictedParty => ({
  id: `${listId}:${n}`,
  schema,
  name,
  aliases,
  originalScriptNames: [],
  identifiers: [],
  addresses: [],
  countries,
  birthDates: [],
  birthPlaces: [],
  programs: [],
  listingDate: null,
  endDate: null,
  listId,
  jurisdiction: listId.slice(0, 2).toUpperCase(),
  listEntityId: String(n),
});

// Two small lists: a "US" one and an "EU" one that share two entities under other spellings.
const US = [
  party('us-test', 1, 'Huawei Technologies Co., Ltd.', 'Company', ['CHN']),
  party(
    'us-test',
    2,
    'Semiconductor Manufacturing International Corporation',
    'Company',
    ['CHN'],
    ['SMIC'],
  ),
  party('us-test', 3, 'China Aerospace Science and Industry Corporation', 'Company', ['CHN']),
  party('us-test', 4, 'Kalashnikov Concern', 'Company', ['RUS']),
  party('us-test', 5, 'SALEK, Abdulhai', 'Person', ['AFG']),
];
const EU = [
  party('eu-test', 10, 'HUAWEI TECHNOLOGIES CO LTD', 'Company', ['CHN']),
  party('eu-test', 11, 'Joint Stock Company Kalashnikov Concern', 'Company', ['RUS']),
  party('eu-test', 12, 'Almaz-Antey Air and Space Defence Corporation', 'Company', ['RUS']),
  party('eu-test', 13, 'BARADAR, Abdul Ghani', 'Person', ['AFG']),
];

describe('reconcile', () => {
  it('finds what each side lists and the other does not, matching spellings with the engine', () => {
    const r = reconcile(US, EU);
    expect(r.sameAs.map((s) => [s.a, s.b])).toEqual(
      expect.arrayContaining([
        ['us-test:1', 'eu-test:10'],
        ['us-test:4', 'eu-test:11'],
      ]),
    );
    expect(r.onlyA).toEqual(['us-test:2', 'us-test:3', 'us-test:5']);
    expect(r.onlyB).toEqual(['eu-test:12', 'eu-test:13']);
    expect(r.sameAs.every((s) => s.score >= r.threshold)).toBe(true);
  });

  it('gives the same answer whichever side is larger', () => {
    const r = reconcile(EU, US);
    expect(r.onlyA).toEqual(['eu-test:12', 'eu-test:13']);
    expect(r.onlyB).toEqual(['us-test:2', 'us-test:3', 'us-test:5']);
  });

  it('matches on an alias: a side that lists SMIC by its short name links to the long one', () => {
    const other = [party('eu-test', 20, 'SMIC', 'Company', ['CHN'])];
    expect(reconcile(US, other).onlyB).toEqual([]);
  });

  it('links a misspelt name at the default threshold and not at a strict one', () => {
    const typo = [party('eu-test', 30, 'Kalashnikof Concern', 'Company', [])];
    const loose = reconcile([US[3]!], typo);
    expect(loose.sameAs).toHaveLength(1);
    expect(loose.sameAs[0]!.score).toBeLessThan(1);
    expect(reconcile([US[3]!], typo, { threshold: 0.99 }).sameAs).toEqual([]);
  });
});

describe('countByCountry', () => {
  it('counts each country a party names, and parties naming none under null, largest first', () => {
    expect(
      countByCountry([
        ...US,
        party('x', 1, 'Nowhere Ltd', 'Company', []),
        party('x', 2, 'Two', 'Company', ['CHN', 'RUS']),
      ]),
    ).toEqual([
      { country: 'CHN', count: 4 },
      { country: 'RUS', count: 2 },
      { country: 'AFG', count: 1 },
      { country: null, count: 1 },
    ]);
  });
});
