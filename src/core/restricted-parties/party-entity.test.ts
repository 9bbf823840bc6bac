import { describe, expect, it } from 'vitest';
import { partyEntity } from './party-entity.ts';
import type { RestrictedParty } from './restricted-party.ts';

const party = (over: Partial<RestrictedParty>): RestrictedParty => ({
  id: 'l:1',
  schema: 'Person',
  name: 'PUTIN, Vladimir Vladimirovich',
  aliases: [],
  originalScriptNames: [],
  identifiers: [],
  addresses: [],
  countries: [],
  birthDates: [],
  birthPlaces: [],
  programs: [],
  listingDate: null,
  endDate: null,
  listId: 'l',
  jurisdiction: 'US',
  listEntityId: '1',
  ...over,
});

describe('partyEntity', () => {
  it('puts the primary name first, then aliases and original-script names, once each', () => {
    const e = partyEntity(
      party({
        aliases: ['PUTIN, Vladimir', 'PUTIN, Vladimir Vladimirovich'],
        originalScriptNames: ['Владимир Владимирович Путин'],
        countries: ['RUS'],
        birthDates: ['1952-10-07'],
      }),
    );
    expect(e).toEqual({
      id: 'l:1',
      names: ['PUTIN, Vladimir Vladimirovich', 'PUTIN, Vladimir', 'Владимир Владимирович Путин'],
      type: 'person',
      countries: ['RUS'],
      birthDates: ['1952-10-07'],
    });
  });

  it('maps companies and organisations to organization, and leaves LegalEntity untyped', () => {
    expect(partyEntity(party({ schema: 'Company' })).type).toBe('organization');
    expect(partyEntity(party({ schema: 'Organization' })).type).toBe('organization');
    expect(partyEntity(party({ schema: 'Vessel' })).type).toBe('vessel');
    expect(partyEntity(party({ schema: 'LegalEntity' }))).not.toHaveProperty('type');
  });
});
