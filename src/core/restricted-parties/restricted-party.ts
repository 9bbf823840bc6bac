// Restricted parties: one model for the persons, organisations, vessels and aircraft that the lists
// of many jurisdictions name (sanctions, export-control end-user lists, procurement bans).
// Field names follow FollowTheMoney (FtM) where it has one.

/**
 * The FtM schema of a party. `LegalEntity` is FtM's catch-all when a list does not say whether an
 * entity is a person or an organisation (EU Reg. 833/2014 annexes). OFAC's `aircraft` and FtM's
 * `Airplane` are both `Aircraft` here.
 */
export type PartySchema =
  'Person' | 'Organization' | 'Company' | 'Vessel' | 'Aircraft' | 'LegalEntity';

export const PARTY_SCHEMAS: readonly PartySchema[] = [
  'Person',
  'Organization',
  'Company',
  'Vessel',
  'Aircraft',
  'LegalEntity',
];

/**
 * Who publishes a list: an ISO 3166-1 alpha-2 code in upper case (`US`, `JP`, `CN`, `GB`), or a
 * body that is not a country: `EU`, `UN`; `INT` for a file that mixes jurisdictions (an
 * OpenSanctions collection). Jurisdictions are publishers, not economies: that is why they are
 * two-letter codes while a party's `countries` are ISO3.
 */
export type Jurisdiction = 'US' | 'EU' | 'JP' | 'CN' | 'UN' | 'GB' | 'INT' | (string & {});

/** An identifier the list gives: `scheme` is the FtM property name (`innCode`, `imoNumber` …). */
export interface PartyIdentifier {
  /**
   * FtM property: `registrationNumber`, `taxNumber`, `idNumber`, `passportNumber`, `innCode`,
   * `ogrnCode`, `leiCode`, `swiftBic`, `imoNumber`, `mmsi`, `callSign`, `dunsCode`, `vatCode`,
   * `serialNumber`, `cryptoWallet`, `wikidataId` …
   */
  scheme: string;
  value: string;
  /** ISO3 of the issuing country, when the list says it. */
  country?: string;
  /** The list's own wording of the identifier, when it says more than the scheme. */
  label?: string;
}

/**
 * One party as one list names it. An entity named by several lists is one record per list (linked
 * as "same as" by matching later); rows of one list that name the same entity are merged.
 */
export interface RestrictedParty {
  /** Stable: `${listId}:${listEntityId}`. */
  id: string;
  schema: PartySchema;
  /** The primary name as the list prints it. */
  name: string;
  /** Other names in Latin script: a.k.a., f.k.a., acronyms, transliterations. */
  aliases: string[];
  /** Names in other scripts (Cyrillic, Chinese, Japanese, Arabic, Thai …), as printed. */
  originalScriptNames: string[];
  identifiers: PartyIdentifier[];
  /** Postal addresses, one string each, as printed. */
  addresses: string[];
  /**
   * ISO 3166-1 alpha-3 codes in upper case (the platform's economy key; Kosovo `XKX`): the union
   * of FtM's country-typed properties (country, nationality, citizenship, jurisdiction, flag)
   * and the countries of the list's addresses. Not FtM's lower-case alpha-2: ISO3 joins with the
   * platform's economies, coalitions and supply chains without a lookup.
   */
  countries: string[];
  /** ISO 8601 dates, partial allowed: `1948-12-10`, `1960-06`, `1951`. */
  birthDates: string[];
  birthPlaces: string[];
  /** The programmes, regimes or legal bases the list names (`SDGT`, `RUSSIA-EO14024`, `UEL` …). */
  programs: string[];
  /** When the party was first listed (ISO, partial allowed); null when the list does not say. */
  listingDate: string | null;
  /** When the listing ended or ends (delisting, expiry); null while it stands. */
  endDate: string | null;
  listId: string;
  jurisdiction: Jurisdiction;
  /** The list's own ID (OFAC `ent_num`, EU `recordId`, METI entry number) or a slug of the name. */
  listEntityId: string;
  sourceUrl?: string;
  notes?: string;
}

/** A restricted-party list as one file gives it. */
export interface RestrictedList {
  /** Stable key, e.g. `us-ofac-sdn`, `eu-833-annex-iv`, `jp-meti-russia`. */
  id: string;
  name: string;
  jurisdiction: Jurisdiction;
  publisher: string;
  licence: string;
  /** The edition: publication or retrieval date (ISO, partial allowed); null when unknown. */
  date: string | null;
  url: string | null;
}

/** A stored list with where it came from and what it holds. */
export interface StoredList extends RestrictedList {
  /** The import format that read it, e.g. `ofac-sdn`. */
  format: string;
  /** The file it was imported from, as given to the import. */
  file: string;
  importedAt: string;
  parties: number;
  bySchema: Partial<Record<PartySchema, number>>;
}

/** One problem with one field of a party. */
export interface PartyIssue {
  field: keyof RestrictedParty | `${keyof RestrictedParty}.${string}`;
  reason: string;
  value?: string;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO3 = /^[A-Z]{3}$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` naming a real calendar date (years 1000–2999). */
export function isPartialIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** The stable id of a party: `${listId}:${listEntityId}`. */
export const partyId = (listId: string, listEntityId: string): string =>
  `${listId}:${listEntityId}`;

/**
 * Checks a party's invariants: an id matching list and entity id, a known schema, a non-empty
 * name, well-formed dates (partial ISO), ISO3 countries, non-empty identifiers, a listing that
 * does not end before it starts. Returns one issue per bad field; empty when the party is valid.
 */
export function validateParty(p: RestrictedParty): PartyIssue[] {
  const issues: PartyIssue[] = [];
  if (!p.listId.trim()) issues.push({ field: 'listId', reason: 'is empty' });
  if (!p.listEntityId.trim()) issues.push({ field: 'listEntityId', reason: 'is empty' });
  if (p.id !== partyId(p.listId, p.listEntityId))
    issues.push({
      field: 'id',
      reason: `must be '${partyId(p.listId, p.listEntityId)}'`,
      value: p.id,
    });
  if (!PARTY_SCHEMAS.includes(p.schema))
    issues.push({
      field: 'schema',
      reason: `is not one of ${PARTY_SCHEMAS.join(', ')}`,
      value: p.schema,
    });
  if (!p.name.trim()) issues.push({ field: 'name', reason: 'is empty' });
  if (!p.jurisdiction.trim()) issues.push({ field: 'jurisdiction', reason: 'is empty' });
  for (const [field, dates] of [
    ['birthDates', p.birthDates],
    ['listingDate', p.listingDate === null ? [] : [p.listingDate]],
    ['endDate', p.endDate === null ? [] : [p.endDate]],
  ] as const)
    for (const d of dates)
      if (!isPartialIsoDate(d))
        issues.push({
          field,
          reason: 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
          value: d,
        });
  if (
    p.listingDate !== null &&
    p.endDate !== null &&
    isPartialIsoDate(p.listingDate) &&
    isPartialIsoDate(p.endDate) &&
    p.endDate < p.listingDate.slice(0, p.endDate.length)
  )
    issues.push({
      field: 'endDate',
      reason: `is before the listing date ${p.listingDate}`,
      value: p.endDate,
    });
  for (const c of p.countries)
    if (!ISO3.test(c)) issues.push({ field: 'countries', reason: 'is not an ISO3 code', value: c });
  p.identifiers.forEach((id, i) => {
    if (!id.scheme.trim()) issues.push({ field: `identifiers.${i}`, reason: 'has no scheme' });
    if (!id.value.trim())
      issues.push({ field: `identifiers.${i}`, reason: `${id.scheme} has no value` });
    if (id.country !== undefined && !ISO3.test(id.country))
      issues.push({
        field: `identifiers.${i}`,
        reason: 'country is not an ISO3 code',
        value: id.country,
      });
  });
  for (const [field, names] of [
    ['aliases', p.aliases],
    ['originalScriptNames', p.originalScriptNames],
    ['addresses', p.addresses],
  ] as const)
    if (names.some((n) => !n.trim())) issues.push({ field, reason: 'holds an empty string' });
  return issues;
}
