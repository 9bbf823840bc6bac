import { describe, expect, it } from 'vitest';
import {
  isPartialIsoDate,
  partyId,
  validateParty,
  type RestrictedParty,
} from './restricted-party.ts';

const party = (over: Partial<RestrictedParty> = {}): RestrictedParty => ({
  id: 'us-ofac-sdn:306',
  schema: 'Organization',
  name: 'BANCO NACIONAL DE CUBA',
  aliases: ['BNC'],
  originalScriptNames: [],
  identifiers: [{ scheme: 'swiftBic', value: 'BNACCUHH' }],
  addresses: [],
  countries: ['CUB'],
  birthDates: [],
  birthPlaces: [],
  programs: ['CUBA'],
  listingDate: null,
  endDate: null,
  listId: 'us-ofac-sdn',
  jurisdiction: 'US',
  listEntityId: '306',
  ...over,
});

describe('isPartialIsoDate', () => {
  it.each([
    ['1948', true],
    ['1948-12', true],
    ['1948-12-10', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1948-13', false],
    ['1948-00-10', false],
    ['10 Dec 1948', false],
    ['12.9.2014', false],
    ['', false],
    ['0999', false],
  ])('%s → %s', (s, ok) => expect(isPartialIsoDate(s)).toBe(ok));
});

describe('validateParty', () => {
  it('accepts a well-formed party', () => {
    expect(validateParty(party())).toEqual([]);
  });

  it('builds the id from list and entity id', () => {
    expect(partyId('eu-833-annex-iv', '17')).toBe('eu-833-annex-iv:17');
    expect(validateParty(party({ id: 'us-ofac-sdn:307' }))).toEqual([
      { field: 'id', reason: "must be 'us-ofac-sdn:306'", value: 'us-ofac-sdn:307' },
    ]);
  });

  it('names each bad field', () => {
    const issues = validateParty(
      party({
        name: ' ',
        schema: 'Ship' as RestrictedParty['schema'],
        birthDates: ['1948-12-10', '10 Dec 1948'],
        listingDate: '2024-13-01',
        countries: ['cu'],
        identifiers: [{ scheme: 'imoNumber', value: '' }],
        aliases: [''],
      }),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'schema',
      'name',
      'birthDates',
      'listingDate',
      'countries',
      'identifiers.0',
      'aliases',
    ]);
    expect(issues.find((i) => i.field === 'birthDates')).toEqual({
      field: 'birthDates',
      reason: 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      value: '10 Dec 1948',
    });
  });

  it('rejects a listing that ends before it starts, not one ending the same year', () => {
    expect(validateParty(party({ listingDate: '2025-01-07', endDate: '2024-01-31' }))).toEqual([
      { field: 'endDate', reason: 'is before the listing date 2025-01-07', value: '2024-01-31' },
    ]);
    expect(validateParty(party({ listingDate: '2025-01-07', endDate: '2025' }))).toEqual([]);
  });

  it('requires list, entity id and jurisdiction', () => {
    const issues = validateParty(
      party({ id: ':', listId: '', listEntityId: '', jurisdiction: '' }),
    );
    expect(issues.map((i) => i.field)).toEqual(['listId', 'listEntityId', 'jurisdiction']);
  });
});
