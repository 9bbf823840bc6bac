// Who a policy record belongs to, from the name its registry gives: an economy (ISO3), the EU, or
// an international organisation. One table of the names the registries use — every jurisdiction
// of the OECD.AI policy corpus (80 names), every `Country` of the STIP Compass export, and the
// usual short forms — matched without regard to case, spacing, accents or the kind of apostrophe.
// A name that is not in the table is unknown (null): the importer reports it and never guesses.
//
// Organisations get short upper-case codes: OECD, GPAI, UN, UNESCO, G7, G20, AU (African Union),
// ASEAN, COE (Council of Europe), IDB (Inter-American Development Bank). OECD.AI files the
// instruments of the OECD and of the Global Partnership on AI together under `OECD/GPAI` (the two
// merged in an integrated partnership in 2024, and most of these records are OECD's): they are
// filed under `OECD`.
import type { JurisdictionKind } from './instrument.ts';

export interface Jurisdiction {
  code: string;
  kind: JurisdictionKind;
}

const economy = (code: string): Jurisdiction => ({ code, kind: 'economy' });
const organisation = (code: string): Jurisdiction => ({ code, kind: 'organisation' });

/** Every name (and code) the registries use, with its jurisdiction. */
export const JURISDICTION_NAMES: Readonly<Record<string, Jurisdiction>> = {
  // The European Union.
  'European Union': { code: 'EU', kind: 'eu' },
  EU: { code: 'EU', kind: 'eu' },
  // International organisations and groups.
  'African Union': organisation('AU'),
  AU: organisation('AU'),
  'Association of Southeast Asian Nations': organisation('ASEAN'),
  ASEAN: organisation('ASEAN'),
  'Council of Europe': organisation('COE'),
  COE: organisation('COE'),
  G7: organisation('G7'),
  'Group of Seven': organisation('G7'),
  G20: organisation('G20'),
  'Group of Twenty': organisation('G20'),
  'Global Partnership on Artificial Intelligence': organisation('GPAI'),
  GPAI: organisation('GPAI'),
  'Inter-American Development Bank': organisation('IDB'),
  IDB: organisation('IDB'),
  OECD: organisation('OECD'),
  'OECD/GPAI': organisation('OECD'),
  'Organisation for Economic Co-operation and Development': organisation('OECD'),
  'United Nations': organisation('UN'),
  UN: organisation('UN'),
  'The United Nations Educational, Scientific and Cultural Organization': organisation('UNESCO'),
  'United Nations Educational, Scientific and Cultural Organization': organisation('UNESCO'),
  UNESCO: organisation('UNESCO'),
  // Economies, as OECD.AI and STIP Compass name them, then their other usual names.
  Algeria: economy('DZA'),
  Argentina: economy('ARG'),
  Armenia: economy('ARM'),
  Australia: economy('AUS'),
  Austria: economy('AUT'),
  Belgium: economy('BEL'),
  Brazil: economy('BRA'),
  Bulgaria: economy('BGR'),
  Canada: economy('CAN'),
  Chile: economy('CHL'),
  China: economy('CHN'),
  'China (People’s Republic of)': economy('CHN'),
  "People's Republic of China": economy('CHN'),
  Colombia: economy('COL'),
  'Costa Rica': economy('CRI'),
  Croatia: economy('HRV'),
  Cyprus: economy('CYP'),
  'Czech Republic': economy('CZE'),
  Czechia: economy('CZE'),
  Denmark: economy('DNK'),
  Egypt: economy('EGY'),
  Estonia: economy('EST'),
  Finland: economy('FIN'),
  France: economy('FRA'),
  Germany: economy('DEU'),
  Greece: economy('GRC'),
  Hungary: economy('HUN'),
  Iceland: economy('ISL'),
  India: economy('IND'),
  Indonesia: economy('IDN'),
  Ireland: economy('IRL'),
  Israel: economy('ISR'),
  Italy: economy('ITA'),
  Japan: economy('JPN'),
  Kazakhstan: economy('KAZ'),
  Kenya: economy('KEN'),
  // OECD's name for the Republic of Korea.
  Korea: economy('KOR'),
  'Republic of Korea': economy('KOR'),
  'South Korea': economy('KOR'),
  Latvia: economy('LVA'),
  Lithuania: economy('LTU'),
  Luxembourg: economy('LUX'),
  Malaysia: economy('MYS'),
  Malta: economy('MLT'),
  Mauritius: economy('MUS'),
  Mexico: economy('MEX'),
  Morocco: economy('MAR'),
  Netherlands: economy('NLD'),
  'The Netherlands': economy('NLD'),
  'New Zealand': economy('NZL'),
  Nigeria: economy('NGA'),
  Norway: economy('NOR'),
  Peru: economy('PER'),
  Poland: economy('POL'),
  Portugal: economy('PRT'),
  Romania: economy('ROU'),
  'Russian Federation': economy('RUS'),
  Russia: economy('RUS'),
  Rwanda: economy('RWA'),
  'Saudi Arabia': economy('SAU'),
  Serbia: economy('SRB'),
  Singapore: economy('SGP'),
  'Slovak Republic': economy('SVK'),
  Slovakia: economy('SVK'),
  Slovenia: economy('SVN'),
  'South Africa': economy('ZAF'),
  Spain: economy('ESP'),
  Sweden: economy('SWE'),
  Switzerland: economy('CHE'),
  Thailand: economy('THA'),
  Tunisia: economy('TUN'),
  Türkiye: economy('TUR'),
  Turkey: economy('TUR'),
  Uganda: economy('UGA'),
  Ukraine: economy('UKR'),
  'United Arab Emirates': economy('ARE'),
  'United Kingdom': economy('GBR'),
  UK: economy('GBR'),
  'United States': economy('USA'),
  'United States of America': economy('USA'),
  US: economy('USA'),
  Uruguay: economy('URY'),
  Uzbekistan: economy('UZB'),
  'Viet Nam': economy('VNM'),
  Vietnam: economy('VNM'),
  Zambia: economy('ZMB'),
};

/** A name as the table compares it: accents and case folded, apostrophes straight, spaces single. */
export function normaliseJurisdictionName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, Jurisdiction> = (() => {
  const m = new Map<string, Jurisdiction>();
  for (const [name, j] of Object.entries(JURISDICTION_NAMES)) {
    m.set(normaliseJurisdictionName(name), j);
    // Every code of the table also resolves to itself (`DEU`, `EU`, `OECD`).
    m.set(normaliseJurisdictionName(j.code), j);
  }
  return m;
})();

/** The jurisdiction a registry's name (or a code of the table) stands for; null when unknown. */
export function resolveJurisdiction(name: string): { code: string; kind: JurisdictionKind } | null {
  const j = BY_NAME.get(normaliseJurisdictionName(name));
  return j ? { code: j.code, kind: j.kind } : null;
}
