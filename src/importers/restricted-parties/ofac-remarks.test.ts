import { describe, expect, it } from 'vitest';
import { parseRemarks } from './ofac-remarks.ts';

describe('parseRemarks', () => {
  it('reads a.k.a.s, f.k.a.s, dates and places of birth, nationalities and passports', () => {
    const r = parseRemarks(
      "DOB 23 Nov 1943; alt. DOB 15 Jul 1943; POB Giza, Egypt; nationality Egypt; alt. citizen Sudan; Passport 1084010 (Egypt); alt. Passport 19820215; a.k.a. 'EL SENOR'; f.k.a. 'ANA I'; a.k.a. 'ABU 'ABD AL-'AZIZ'.",
    );
    expect(r.birthDates).toEqual(['1943-11-23', '1943-07-15']);
    expect(r.birthPlaces).toEqual(['Giza, Egypt']);
    expect(r.nationalities).toEqual(['Egypt', 'Sudan']);
    expect(r.aliases).toEqual(['EL SENOR', "ABU 'ABD AL-'AZIZ"]);
    expect(r.formerNames).toEqual(['ANA I']);
    expect(r.identifiers).toEqual([
      { scheme: 'passportNumber', value: '1084010', label: 'Passport', countryName: 'Egypt' },
      { scheme: 'passportNumber', value: '19820215', label: 'Passport' },
    ]);
  });

  it('maps OFAC identifier labels to FtM properties', () => {
    const r = parseRemarks(
      'SWIFT/BIC HAVIGB2L; Company Number 01074897 (United Kingdom); Vessel Registration Identification IMO 7406784; MMSI 572469210; Tax ID No. 5443005705 (Russia); V.A.T. Number BG 121024920 (Bulgaria); Unified Social Credit Code (USCC) 9113100033607322XK (China); Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); Cedula No. 6068015 (Colombia); Folio Mercantil No. 343997 (Mexico) issued 14 Dec 2005; Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h',
    );
    expect(r.identifiers.map((i) => [i.scheme, i.value, i.countryName ?? null])).toEqual([
      ['swiftBic', 'HAVIGB2L', null],
      ['registrationNumber', '01074897', 'United Kingdom'],
      ['imoNumber', '7406784', null],
      ['mmsi', '572469210', null],
      ['taxNumber', '5443005705', 'Russia'],
      ['vatCode', 'BG 121024920', 'Bulgaria'],
      ['registrationNumber', '9113100033607322XK', 'China'],
      ['leiCode', '253400V1H6ART1UQ0N98', 'Russia'],
      ['idNumber', '6068015', 'Colombia'],
      ['registrationNumber', '343997', 'Mexico'],
      ['cryptoWallet', '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h', null],
    ]);
  });

  it('reads no identifier out of dates, phones, sanctions notes or links', () => {
    const r = parseRemarks(
      'Organization Established Date 1969; Phone Number 982188526300; Aircraft Model IL76-TD; Secondary sanctions risk: section 1(b) of Executive Order 13224; Listing Date (EO 14024 Directive 2): 24 Feb 2022; Gender Male; Linked To: POUYA AIR.',
    );
    expect(r).toMatchObject({ identifiers: [], aliases: [], birthDates: [] });
  });

  it('reports a.k.a.s cut by the cell limit and DOBs that are no date', () => {
    const r = parseRemarks("DOB unknown; a.k.a. 'WHOIS HACKIN");
    expect(r.cutAlias).toBe('WHOIS HACKIN');
    expect(r.aliases).toEqual([]);
    expect(r.unreadDates).toEqual(['unknown']);
  });

  it('gives nothing for an empty cell', () => {
    expect(parseRemarks('-0- ').aliases).toEqual([]);
  });
});
