import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import type { HorizonProgrammePart } from '../../core/research/research.ts';
import {
  CORDIS_PAIRS_COLUMNS,
  CORDIS_PARTICIPATION_COLUMNS,
  parseCordisPairs,
} from './cordis-pairs.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('cordis-pairs parser tests on real data');

const PAIRS_HEADER = [...CORDIS_PAIRS_COLUMNS];
const pairRow = (a: string, b: string, all: string, part = '1') =>
  PAIRS_HEADER.map((c) =>
    c === 'iso2_a' ? a : c === 'iso2_b' ? b : c === 'joint_projects_all' ? all : part,
  );

describe('cordis-pairs on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('gives one record per programme part, over 2014–2020, ordered by ISO3', () => {
    const p = parseCordisPairs(
      scratch.csv('ok.csv', PAIRS_HEADER, [pairRow('GB', 'DE', '3776', '2')]),
      {
        economies: economies(),
      },
    );
    expect(p.issues).toEqual([]);
    expect(p.pairs.map((x) => [x.a, x.b, x.programme, x.works])).toEqual([
      ['DEU', 'GBR', 'all', 3776],
      ['DEU', 'GBR', 'leit', 2],
      ['DEU', 'GBR', 'fet', 2],
      ['DEU', 'GBR', 'societal-challenges', 2],
      ['DEU', 'GBR', 'msca', 2],
      ['DEU', 'GBR', 'erc', 2],
      ['DEU', 'GBR', 'innovation-in-smes', 2],
    ]);
    expect(p.pairs[0]).toMatchObject({
      firstYear: 2014,
      year: 2020,
      source: 'cordis',
      field: 'all',
    });
  });

  it('reports bad cells and a pair given twice, by line and column', () => {
    const file = scratch.csv('bad.csv', PAIRS_HEADER, [
      pairRow('DE', 'FR', '3564'),
      pairRow('UK', 'FR', '10'),
      pairRow('FR', 'DE', '3564'),
      pairRow('IT', 'ES', '', '0'),
    ]);
    const p = parseCordisPairs(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'iso2_a', "unknown ISO 3166 alpha-2 code 'UK'"],
      [4, 'iso2_b', 'pair DEU–FRA already given on line 2'],
      [5, 'joint_projects_all', 'is empty'],
    ]);
  });

  it('reads the participation layout and reports a group it does not know', () => {
    const header = ['cordis_country', ...CORDIS_PARTICIPATION_COLUMNS];
    const row = (iso2: string, group: string) =>
      header.map((c) =>
        c === 'cordis_country' || c === 'iso2'
          ? iso2
          : c === 'eunets_group'
            ? group
            : c === 'ec_contribution_eur'
              ? '1.5'
              : '3',
      );
    const p = parseCordisPairs(
      scratch.csv('part.csv', header, [row('DE', 'eu15'), row('FR', 'eu27')]),
      {
        economies: economies(),
      },
    );
    expect(p.layout).toBe('participation');
    expect(p.participations).toMatchObject([
      { iso3: 'DEU', group: 'eu15', participations: 3, ecContributionEur: 1.5 },
    ]);
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'eunets_group', 'must be eu15, eu13, ac or tc'],
    ]);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      PAIRS_HEADER.filter((c) => c !== 'joint_projects_ERC'),
      [],
    );
    expect(() => parseCordisPairs(file)).toThrow(DomainError);
    expect(() => parseCordisPairs(file)).toThrow(`${file}: missing column 'joint_projects_ERC'`);
  });
});

describe.skipIf(!hasSharedData)('cordis-pairs on the real files', () => {
  const pairs = once(() =>
    parseCordisPairs(researchFile('cordis_h2020_country_pair_joint_projects_2014_2020.csv'), {
      economies: economies(),
    }),
  );
  const summary = once(() =>
    parseCordisPairs(researchFile('cordis_h2020_country_participation_summary_2014_2020.csv'), {
      economies: economies(),
    }),
  );
  const projects = (a: string, b: string, programme: HorizonProgrammePart = 'all') =>
    pairs().pairs.find((p) => p.a === a && p.b === b && p.programme === programme)?.works;

  it('reads all 4,688 pairs, seven records each', () => {
    expect(pairs().issues).toEqual([]);
    expect(pairs().pairs).toHaveLength(4688 * 7);
  });

  it('gives Germany–United Kingdom 3,776 joint Horizon 2020 projects', () => {
    expect(projects('DEU', 'GBR')).toBe(3776);
    expect(projects('DEU', 'FRA')).toBe(3564);
    expect(projects('FRA', 'GBR')).toBe(2954);
    expect(projects('DEU', 'USA')).toBe(461);
    expect(projects('CHN', 'GBR')).toBe(176);
    expect(projects('CHN', 'USA')).toBe(56);
  });

  it('gives each country’s participation: Germany 17,341 in 8,728 projects, €8.76 bn', () => {
    const s = summary();
    expect(s.issues).toEqual([]);
    expect(s.participations).toHaveLength(168);
    const de = s.participations.find((p) => p.iso3 === 'DEU')!;
    expect(de).toMatchObject({ participations: 17341, distinctProjects: 8728, group: 'eu15' });
    expect(Math.round(de.ecContributionEur / 1e7) / 100).toBe(8.76);
    expect(s.participations.find((p) => p.iso3 === 'USA')).toMatchObject({
      participations: 1631,
      distinctProjects: 1253,
      group: 'tc',
    });
  });
});
