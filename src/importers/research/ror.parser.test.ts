import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';
import { parseRor, ROR_COLUMNS } from './ror.parser.ts';

warnWithoutSharedData('ror parser tests on real data');

const HEADER = [...ROR_COLUMNS];
const record = (over: Partial<Record<(typeof ROR_COLUMNS)[number], string>> = {}) => {
  const r: Record<string, string> = {
    ror_id: '00wk2mp56',
    name: 'Beihang University',
    country_code: 'CN',
    city: 'Beijing',
    types: 'education;funder',
    established: '1952',
    acronyms: '["BUAA"]',
    aliases: '["Beijing University of Aeronautics and Astronautics"]',
    labels: '["zh:北京航空航天大学", ":Beihang"]',
    wikidata: 'Q2299797',
    grid: 'grid.64939.31',
    isni: '0000 0000 9999 1211',
    website: 'https://buaa.edu.cn',
    domains: '["buaa.edu.cn"]',
    parent_ror_ids: '',
    successor_ror_ids: '',
    status: 'active',
    ror_records_release: 'v2.7',
    ...over,
  };
  return HEADER.map((c) => r[c]!);
};

describe('ror on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('reads a record: JSON lists, labels with and without a language, ISO3 country', () => {
    const p = parseRor(scratch.csv('ok.csv', HEADER, [record()]), { economies: economies() });
    expect(p.issues).toEqual([]);
    expect(p.organisations).toEqual([
      {
        rorId: '00wk2mp56',
        name: 'Beihang University',
        aliases: ['Beijing University of Aeronautics and Astronautics'],
        acronyms: ['BUAA'],
        labels: [
          { language: 'zh', name: '北京航空航天大学' },
          { language: null, name: 'Beihang' },
        ],
        country: 'CHN',
        city: 'Beijing',
        types: ['education', 'funder'],
        parents: [],
        successors: [],
        status: 'active',
        established: 1952,
        website: 'https://buaa.edu.cn',
        domains: ['buaa.edu.cn'],
        wikidata: 'Q2299797',
        grid: 'grid.64939.31',
        isni: '0000 0000 9999 1211',
        release: 'v2.7',
      },
    ]);
  });

  it('reports bad ids, lists, countries and a record given twice, by line and column', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      record(),
      record({ ror_id: 'beihang' }),
      record({ ror_id: '01yqg2h08', aliases: '[BUAA' }),
      record({ ror_id: '034t30j35', country_code: 'QQ', parent_ror_ids: '00wk2mp56|nope' }),
      record(),
    ]);
    const p = parseRor(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'ror_id', "'beihang' is not a ROR id"],
      [4, 'aliases', 'is not a JSON array of strings'],
      [5, 'country_code', "unknown ISO 3166 alpha-2 code 'QQ'"],
      [5, 'parent_ror_ids', "'nope' is not a ROR id"],
      [6, 'ror_id', 'already given on line 2'],
    ]);
    expect(p.organisations).toHaveLength(1);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      HEADER.filter((c) => c !== 'acronyms'),
      [],
    );
    expect(() => parseRor(file)).toThrow(DomainError);
    expect(() => parseRor(file)).toThrow(`${file}: missing column 'acronyms'`);
  });
});

describe.skipIf(!hasSharedData)('ror on the real file', () => {
  const parsed = once(() =>
    parseRor(researchFile('ror_records_research_orgs_subset.csv'), { economies: economies() }),
  );
  const byId = (id: string) => parsed().organisations.find((o) => o.rorId === id);

  it('reads all 22,021 organisations without an issue', () => {
    expect(parsed().issues).toEqual([]);
    expect(parsed().organisations).toHaveLength(22021);
    const perCountry = (iso3: string) =>
      parsed().organisations.filter((o) => o.country === iso3).length;
    expect([perCountry('FRA'), perCountry('USA'), perCountry('CHN'), perCountry('DEU')]).toEqual([
      3349, 2053, 1392, 812,
    ]);
  });

  it('holds the records the issue names', () => {
    expect(byId('00wk2mp56')).toMatchObject({
      name: 'Beihang University',
      acronyms: ['BUAA'],
      aliases: ['Beijing University of Aeronautics and Astronautics'],
      country: 'CHN',
    });
    expect(byId('01yqg2h08')).toMatchObject({
      name: 'Harbin Institute of Technology',
      acronyms: ['HIT'],
      labels: [{ language: 'zh', name: '哈尔滨工业大学' }],
    });
    expect(byId('042nb2s44')).toMatchObject({ country: 'USA' });
    expect(byId('057zh3y96')!.aliases).toContain('UTokyo');
  });
});
