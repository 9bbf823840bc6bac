import { describe, expect, it } from 'vitest';
import { acronymKey, institutionResolver, rorIdOf } from './institutions.ts';
import type { ResearchOrganisation } from './research.ts';

const org = (
  rorId: string,
  name: string,
  country: string,
  over: Partial<ResearchOrganisation> = {},
): ResearchOrganisation => ({
  rorId,
  name,
  aliases: [],
  acronyms: [],
  labels: [],
  country,
  city: null,
  types: ['education'],
  parents: [],
  successors: [],
  status: 'active',
  established: null,
  website: null,
  domains: [],
  wikidata: null,
  grid: null,
  isni: null,
  release: 'v2.9',
  ...over,
});

const ORGS = [
  org('00wk2mp56', 'Beihang University', 'CHN', {
    aliases: ['Beijing University of Aeronautics and Astronautics'],
    acronyms: ['BUAA'],
    labels: [{ language: 'zh', name: '北京航空航天大学' }],
  }),
  org('01yqg2h08', 'Harbin Institute of Technology', 'CHN', { acronyms: ['HIT'] }),
  org('00a4r9m25', 'Harare Institute of Technology', 'ZWE', { acronyms: ['HIT'] }),
  org('057zh3y96', 'The University of Tokyo', 'JPN', { aliases: ['UTokyo'] }),
  org('02jx3x895', 'University College London', 'GBR', { acronyms: ['UCL'] }),
  org('05ctdxz19', 'Université de Montréal', 'CAN', { acronyms: ['UdeM'] }),
  org('01abcde23', 'National Institute of Technology', 'JPN', { acronyms: ['KOSEN'] }),
  org('02fghjk45', 'National Institute of Technology', 'IND', { acronyms: ['NIT'] }),
];
const resolver = institutionResolver(ORGS, [
  { name: 'U. C. London', rorId: '02jx3x895' },
  { name: 'IBM', rorId: null },
]);
const found = (query: string, country?: string) => {
  const r = resolver.resolve(query, country === undefined ? {} : { country });
  return r.kind === 'found' ? [r.organisation.rorId, r.matchedBy] : r.kind;
};

describe('institutionResolver', () => {
  it.each([
    ['00wk2mp56', ['00wk2mp56', ['ror-id']]],
    ['https://ror.org/00wk2mp56', ['00wk2mp56', ['ror-id']]],
    ['ror.org/00WK2MP56/', ['00wk2mp56', ['ror-id']]],
    ['Beihang University', ['00wk2mp56', ['name']]],
    ['  BEIHANG university. ', ['00wk2mp56', ['name']]],
    ['Beijing University of Aeronautics & Astronautics', ['00wk2mp56', ['alias']]],
    ['北京航空航天大学', ['00wk2mp56', ['label']]],
    ['B.U.A.A.', ['00wk2mp56', ['acronym']]],
    ['Universite de Montreal', ['05ctdxz19', ['name']]],
    ['University of Tokyo', ['057zh3y96', ['name']]],
    ['U. C. London', ['02jx3x895', ['crosswalk']]],
  ])('resolves %s', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('resolves the name and its parenthesised acronym to one organisation, matched by both', () => {
    expect(found('Beijing University of Aeronautics and Astronautics (BUAA)')).toEqual([
      '00wk2mp56',
      ['alias', 'acronym'],
    ]);
    const byName = resolver.resolve('Beihang University');
    const byAliasAndAcronym = resolver.resolve(
      'Beijing University of Aeronautics and Astronautics (BUAA)',
    );
    expect(byName.kind === 'found' && byName.organisation).toBe(
      byAliasAndAcronym.kind === 'found' && byAliasAndAcronym.organisation,
    );
  });

  it('keeps the name when the parenthesised part matches nothing, and says so', () => {
    const r = resolver.resolve('Beihang University (Beijing)');
    expect(r).toMatchObject({
      kind: 'found',
      matchedBy: ['name'],
      notes: ["'(Beijing)' does not match the organisation found by 'Beihang University'"],
    });
  });

  it('lets a parenthesised acronym choose between organisations a name cannot', () => {
    expect(found('National Institute of Technology')).toBe('ambiguous');
    expect(found('National Institute of Technology (KOSEN)')).toEqual([
      '01abcde23',
      ['name', 'acronym'],
    ]);
    expect(found('Harbin (HIT)')).toBe('ambiguous');
  });

  it('returns candidates, sorted by name, for an acronym several organisations use', () => {
    const r = resolver.resolve('HIT');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.organisation.name)).toEqual([
      'Harare Institute of Technology',
      'Harbin Institute of Technology',
    ]);
    expect(found('HIT', 'CHN')).toEqual(['01yqg2h08', ['acronym']]);
  });

  it('never guesses a word order, an expansion or an id the registry does not hold', () => {
    expect(found('Tokyo University')).toBe('unknown');
    expect(found('Beihang')).toBe('unknown');
    expect(found('IBM')).toBe('unknown');
    expect(resolver.resolve('0abcdef12')).toEqual({
      kind: 'unknown',
      reason: "ROR id '0abcdef12' is not in the registry read",
    });
    expect(resolver.resolve('  ')).toEqual({ kind: 'unknown', reason: 'the query is empty' });
    expect(found('00wk2mp56', 'USA')).toBe('unknown');
  });

  it('reads ids and acronyms in their usual spellings', () => {
    expect(rorIdOf('https://ror.org/01yqg2h08')).toBe('01yqg2h08');
    expect(rorIdOf('01yqg2h0')).toBeNull();
    expect(acronymKey('U.d.e.M.')).toBe('udem');
    expect(resolver.byId('https://ror.org/057zh3y96')?.name).toBe('The University of Tokyo');
    expect(resolver.size).toBe(8);
  });
});
