import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import {
  AI_CROSSWALK_COLUMNS,
  matrixColumn,
  NSF_AI_INSTITUTION_COLUMNS,
  parseNsfAiInstitutions,
} from './nsf-ai-institutions.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('nsf-ai-institutions parser tests on real data');

const TABLE = [...NSF_AI_INSTITUTION_COLUMNS];
const CROSSWALK = [...AI_CROSSWALK_COLUMNS];
const institution = (rank: string, name: string) => [
  rank,
  name,
  'Asia',
  '100',
  '80.5',
  '60',
  '70',
  '30',
];

describe('nsf-ai-institutions on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('joins the crosswalk on rank and name (ties share a rank); without a link, no country', () => {
    const table = scratch.csv('t.csv', TABLE, [
      institution('55', 'Chinese U. Hong Kong'),
      institution('55', 'Osaka U.'),
      institution('57', 'Islamic Azad U.'),
    ]);
    const crosswalk = scratch.csv('c.csv', CROSSWALK, [
      ['55', 'Chinese U. Hong Kong', '00t33hh48', 'HK', 'name_or_alias'],
      ['55', 'Osaka U.', '035t8zc32', 'JP', 'helper_reading'],
      ['57', 'Islamic Azad U.', '', '', 'none'],
    ]);
    const p = parseNsfAiInstitutions(table, { economies: economies(), crosswalk });
    expect(p.issues).toEqual([]);
    expect(p.aiInstitutions.map((i) => [i.rank, i.rorId, i.country, i.linkMethod])).toEqual([
      [55, '00t33hh48', 'HKG', 'automatic'],
      [55, '035t8zc32', 'JPN', 'helper-reading'],
      [57, null, null, 'none'],
    ]);
    expect(p.aiInstitutions[0]).toMatchObject({
      firstYear: 2003,
      year: 2022,
      articles: {
        whole: 100,
        fractional: 80.5,
        multiInstitution: 60,
        domesticOnly: 70,
        international: 30,
      },
    });
  });

  it('reports bad crosswalk rows in the crosswalk file, and bad counts in the table', () => {
    const table = scratch.csv('t2.csv', TABLE, [institution('1', 'CNRS'), institution('2', 'CAS')]);
    const bad = scratch.csv('t3.csv', TABLE, [
      ['3', 'Anna U.', 'Asia', 'many', '1', '1', '1', '1'],
    ]);
    const crosswalk = scratch.csv('c2.csv', CROSSWALK, [
      ['1', 'CNRS', '02feahw73', 'FR', 'guess'],
      ['2', 'CAS', 'not-an-id', 'CN', 'name_or_alias'],
    ]);
    const p = parseNsfAiInstitutions(table, { economies: economies(), crosswalk });
    expect(p.issues.map((i) => [i.file, i.line, i.field])).toEqual([
      [crosswalk, 2, 'match_method'],
      [crosswalk, 3, 'ror_id'],
    ]);
    expect(p.aiInstitutions.map((i) => i.rorId)).toEqual([null, null]);
    expect(
      parseNsfAiInstitutions(bad).issues.map((i) => [i.file, i.line, i.field, i.reason]),
    ).toEqual([[bad, 2, 'number_of_papers_whole_', 'is not a whole number ≥ 0']]);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      TABLE.filter((c) => c !== 'region'),
      [],
    );
    expect(() => parseNsfAiInstitutions(file)).toThrow(DomainError);
    expect(() => parseNsfAiInstitutions(file)).toThrow(`${file}: missing column 'region'`);
  });
});

describe('nsf-ai-institutions matrix (SPBS-97) on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());
  const NAMES = [
    'Beihang U.',
    'Chinese Academy of Sciences',
    "Northwestern Polytechnical U. Xi'an",
  ];
  const matrix = (name: string, rows: string[][], columns = NAMES.map(matrixColumn)) =>
    scratch.csv(name, ['table_id', 'row_id', 'institution', ...columns], rows);

  it('reads each pair above 0 once, a < b by name, matching columns to rows by their slug', () => {
    expect(NAMES.map(matrixColumn)).toEqual([
      'beihang_u_',
      'chinese_academy_of_sciences',
      'northwestern_polytechnical_u_xi_an',
    ]);
    // Rows in another order than the columns: columns are matched by name, not position.
    const file = matrix('m.csv', [
      ['10065', 'r001', 'Chinese Academy of Sciences', '236', '0', '90'],
      ['10065', 'r002', 'Beihang U.', '0', '236', '0'],
      ['10065', 'r003', "Northwestern Polytechnical U. Xi'an", '0', '90', '0'],
    ]);
    const p = parseNsfAiInstitutions(file, { economies: economies() });
    expect(p.layout).toBe('matrix');
    expect(p.issues).toEqual([]);
    expect(p.aiInstitutions).toEqual([]);
    expect(p.institutionPairs).toEqual([
      { a: 'Beihang U.', b: 'Chinese Academy of Sciences', works: 236 },
      { a: 'Chinese Academy of Sciences', b: "Northwestern Polytechnical U. Xi'an", works: 90 },
    ]);
    expect(p.counts.rowsRead).toBe(3);
  });

  it('reports cells that disagree with their mirror, a bad count and a self-pair, and leaves the row out', () => {
    const file = matrix('bad.csv', [
      ['10065', 'r001', 'Beihang U.', '0', '236', '55'],
      ['10065', 'r002', 'Chinese Academy of Sciences', '235', '0', '90'],
      ['10065', 'r003', "Northwestern Polytechnical U. Xi'an", 'x', '90', '4'],
    ]);
    const p = parseNsfAiInstitutions(file);
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'beihang_u_', '235, but line 2 gives 236 for the same pair'],
      [4, 'beihang_u_', 'is not a whole number ≥ 0'],
      [4, 'northwestern_polytechnical_u_xi_an', 'an institution with itself must be 0'],
    ]);
    expect(p.institutionPairs).toEqual([]);
    expect(p.counts.rejectedRows).toBe(2);
  });

  it('stops a file whose columns are not its rows', () => {
    const file = matrix(
      'cols.csv',
      [['10065', 'r001', 'Beihang U.', '0', '0']],
      ['beihang_u_', 'tsinghua_u_'],
    );
    expect(() => parseNsfAiInstitutions(file)).toThrow(DomainError);
    expect(() => parseNsfAiInstitutions(file)).toThrow(
      `${file}: column 'tsinghua_u_' names no institution of the rows`,
    );
    const neither = scratch.csv('neither.csv', ['rank', 'name'], []);
    expect(() => parseNsfAiInstitutions(neither)).toThrow(
      "missing column 'number_of_papers_whole_' (institutions) or 'institution' (matrix)",
    );
  });
});

describe.skipIf(!hasSharedData)('nsf-ai-institutions on the real files', () => {
  const parsed = once(() =>
    parseNsfAiInstitutions(
      researchFile('nsf_sei2024_spbs96_ai_articles_by_institution_top100_2003_2022.csv'),
      {
        economies: economies(),
        crosswalk: researchFile('nsf_sei2024_ai_top100_institutions_ror_crosswalk_DERIVED.csv'),
      },
    ),
  );

  it('reads the 100 institutions, 96 linked to ROR', () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.aiInstitutions).toHaveLength(100);
    expect(
      p.aiInstitutions
        .filter((i) => i.rorId === null)
        .map((i) => i.name)
        .sort(),
    ).toEqual([
      'IBM',
      'Islamic Azad U.',
      'Nanjing U. Posts and Telecommunications',
      'Université Fédérale Toulouse Midi-Pyrénées',
    ]);
  });

  it("puts Harbin Institute of Technology fifth by NSF's count, linked to its ROR record", () => {
    const top = parsed().aiInstitutions.slice(0, 5);
    expect(top.map((i) => [i.rank, i.name, i.articles.whole])).toEqual([
      [1, 'CNRS', 16571],
      [2, 'Chinese Academy of Sciences', 14202],
      [3, 'Anna U.', 8480],
      [4, 'Tsinghua U.', 7337],
      [5, 'Harbin Institute of Technology', 7255],
    ]);
    expect(top[4]).toMatchObject({ rorId: '01yqg2h08', country: 'CHN', linkMethod: 'automatic' });
    expect(parsed().aiInstitutions.filter((i) => i.region === 'Asia')).toHaveLength(64);
  });
});

describe.skipIf(!hasSharedData)('nsf-ai-institutions matrix on the real file', () => {
  const parsed = once(() =>
    parseNsfAiInstitutions(
      researchFile('nsf_sei2024_spbs97_ai_coauthored_articles_institution_matrix_2003_2022.csv'),
      { economies: economies() },
    ),
  );

  it('reads the 84 × 84 matrix into its 226 pairs with at least 50 co-authored AI articles', () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.counts.rowsRead).toBe(84);
    expect(p.institutionPairs).toHaveLength(226);
    expect(p.institutionPairs.every((x) => x.a < x.b && x.works >= 50)).toBe(true);
    const works = (a: string, b: string) =>
      p.institutionPairs.find((x) => x.a === a && x.b === b)?.works;
    expect(works('Chinese Academy of Sciences', 'U. Chinese Academy of Sciences')).toBe(5022);
    expect(works('Beihang U.', 'Chinese Academy of Sciences')).toBe(236);
    expect(works('Beihang U.', 'Beijing Institute of Technology')).toBe(51);
  });
});
