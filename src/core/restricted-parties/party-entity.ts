// A restricted party as the screening engine sees it: its names in every script, its type, the
// countries and birth dates that confirm or contradict a match.
import type { EntityType, ScreeningEntity } from '../screening/screening-entity.ts';
import type { PartySchema, RestrictedParty } from './restricted-party.ts';

const TYPES: Readonly<Record<PartySchema, EntityType | undefined>> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  Vessel: 'vessel',
  Aircraft: 'aircraft',
  // FtM's catch-all: the list does not say whether it is a person or an organisation.
  LegalEntity: undefined,
};

/** The screening entity of a party: primary name, aliases, original-script names (deduplicated). */
export function partyEntity(p: RestrictedParty): ScreeningEntity {
  const type = TYPES[p.schema];
  const names = [...new Set([p.name, ...p.aliases, ...p.originalScriptNames])].filter(
    (n) => n.trim() !== '',
  );
  return {
    id: p.id,
    names,
    ...(type ? { type } : {}),
    ...(p.countries.length > 0 ? { countries: p.countries } : {}),
    ...(p.birthDates.length > 0 ? { birthDates: p.birthDates } : {}),
  };
}
