import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { datasetJurisdiction, parseFtm } from './ftm.parser.ts';
import {
  copyWithBadByte,
  fixture,
  scratchDir,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('FollowTheMoney parser tests on real data');

const economies = starterEconomies();
const T1 = sharedFile('screening', 'opensanctions_fixtures', 'yente_t1_entities.ftm.json');
const ZALA = sharedFile('screening', 'opensanctions_fixtures', 'yente_zala_entities.ftm.json');

describe('parseFtm on a hand-made file', () => {
  const r = parseFtm(fixture('ftm-mini.ftm.jsonl'), { economies });

  it('names the list after its one dataset', () => {
    expect(r.list).toMatchObject({
      id: 'os-xx-example-sanctions',
      jurisdiction: 'XX',
      publisher: 'OpenSanctions',
      date: '2025-01-02',
    });
  });

  it('makes targets parties, with their sanctions, addresses and a Latin primary name', () => {
    expect(r.parties[0]).toEqual({
      id: 'os-xx-example-sanctions:ex-person-1',
      schema: 'Person',
      name: 'Ivan PRIMEROV',
      aliases: [],
      originalScriptNames: ['Иван Примеров'],
      identifiers: [{ scheme: 'passportNumber', value: '7100000001' }],
      addresses: ['1 Example Street, Moscow, Russia'],
      countries: ['RUS'],
      birthDates: ['1970-02-01', '1971'],
      birthPlaces: ['Moscow'],
      programs: ['XX-EXAMPLE'],
      listingDate: '2022-03-01',
      endDate: '2030-03-01',
      listId: 'os-xx-example-sanctions',
      jurisdiction: 'XX',
      listEntityId: 'ex-person-1',
      sourceUrl: 'https://example.org/notice/1',
      notes: 'Position: Director of Example LLC\nDatasets: xx_example_sanctions',
    });
    expect(r.parties[1]).toMatchObject({
      schema: 'Vessel',
      countries: ['PAN'],
      identifiers: [{ scheme: 'imoNumber', value: '9000001' }],
    });
  });

  it('sets aside non-targets and entities that are not parties, by reason', () => {
    expect(r.counts).toMatchObject({
      rowsRead: 6,
      parties: 2,
      setAside: {
        'Address: not a party (read into the party it names)': 1,
        'Sanction: not a party (read into the party it names)': 1,
        'Company, not a target (named as context: owner, relative, related company)': 1,
        'Ownership: not a party': 1,
      },
    });
    expect(
      parseFtm(fixture('ftm-mini.ftm.jsonl'), { includeNonTargets: true }).counts.parties,
    ).toBe(3);
  });

  it('reads the jurisdiction of a dataset from its prefix', () => {
    expect([
      datasetJurisdiction('eu_fsf'),
      datasetJurisdiction('us_ofac_sdn'),
      datasetJurisdiction('sanctions'),
    ]).toEqual(['EU', 'US', 'INT']);
  });
});

describe.skipIf(!hasSharedData)('parseFtm on the OpenSanctions fixtures', () => {
  const t1 = once(() => parseFtm(T1, { economies }));
  const zala = once(() => parseFtm(ZALA, { economies }));

  it('reads the eu_fsf sample: 4 persons and 2 organisations (PROVENANCE.md), as an EU list', () => {
    expect(t1().list).toMatchObject({ id: 'os-eu-fsf', jurisdiction: 'EU' });
    expect(t1().counts).toMatchObject({
      rowsRead: 7,
      parties: 6,
      bySchema: { Person: 4, Organization: 2 },
    });
    expect(t1().parties.find((p) => p.listEntityId === 'NK-2Ka3UvopqbpZmVDFjWd4LA')).toMatchObject({
      name: 'Vitaly Yurievich KUZMENKO',
      originalScriptNames: ['Виталий Юрьевич КУЗЬМЕНКО'],
      birthDates: ['1971-01-22'],
      countries: ['RUS'],
      identifiers: [{ scheme: 'taxNumber', value: '366510784303' }],
    });
  });

  it('reads the zala sample: 91 entities, 14 targets, sanctions read into their parties', () => {
    expect(zala().list).toMatchObject({ id: 'ftm-yente-zala-entities', jurisdiction: 'INT' });
    expect(zala().counts).toMatchObject({
      rowsRead: 91,
      parties: 14,
      bySchema: { Person: 6, Company: 8 },
      rejectedRows: 0,
    });
    expect(zala().counts.setAside['Sanction: not a party (read into the party it names)']).toBe(41);
    const cst = zala().parties.find((p) => p.name === 'LLC CST')!;
    expect(cst.programs).toEqual(expect.arrayContaining(['US-BIS-EL', 'EU-UKR', 'GB-RUS']));
    expect(cst.listingDate).toBe('2021-10-30');
    expect(cst.aliases).toEqual(expect.arrayContaining(['Zala Aero Group']));
  });
});

describe.skipIf(!hasSharedData)('parseFtm on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('reports a bad JSON line, a malformed date and an invalid byte with line and field', () => {
    const lines = readFileSync(T1, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"1971-01-22"', '"22.01.1971"');
    lines[3] = lines[3]!.slice(0, 40);
    const file = tmp.path('broken.ftm.json');
    writeFileSync(file, lines.join('\n'));
    copyWithBadByte(file, file, 5, '"caption":"');
    const r = parseFtm(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 4,
        field: '(line)',
        reason: expect.stringMatching(/^not valid JSON/) as string,
      },
      {
        file,
        line: 5,
        field: 'caption',
        reason: 'invalid UTF-8 byte sequence (the file must be UTF-8)',
      },
      {
        file,
        line: 2,
        field: 'properties.birthDate',
        reason: 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
        value: '22.01.1971',
      },
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 7, parties: 4, rejectedRows: 3 });
  });

  it('fails naming a missing file', () => {
    expect(() => parseFtm(tmp.path('entities.ftm.json'))).toThrow(
      /entities\.ftm\.json: file not found/,
    );
  });
});
