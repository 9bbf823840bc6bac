import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { NSF_AI_ARTICLES_COLUMNS, parseNsfAiArticles } from './nsf-ai-articles.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('nsf-ai-articles parser tests on real data');

const HEADER = [
  'table_id',
  'row_id',
  'rank',
  'region_country_or_economy',
  'region',
  'number_of_papers_whole_',
  'number_of_papers_fractional_',
  'papers_involving_multiple_institutions_whole_',
  'papers_involving_only_domestic_institutions_whole_',
  'papers_involving_international_institutions_whole_',
];
const row = (name: string, whole: string, fractional: string, international: string) => [
  '10059',
  'r001',
  '1',
  name,
  'Asia',
  whole,
  fractional,
  '1',
  '1',
  international,
];

describe('nsf-ai-articles on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('reads AI totals and AI output over 2003–2022 by economy name, the world as WLD', () => {
    const file = scratch.csv('ai.csv', HEADER, [
      row('World', '957932', '957932.0', '153630'),
      row('United States', '133601', '107363.2', '44356'),
      row('Congo, Republic of the', '8', '3.5', '6'),
      row('Unassigned', '5971', '5971.0', '0'),
    ]);
    const p = parseNsfAiArticles(file, { economies: economies() });
    expect(p.issues).toEqual([]);
    expect(p.layout).toBe('economies');
    expect(p.totals).toEqual([
      { iso3: 'WLD', field: 'ai', firstYear: 2003, year: 2022, works: 153630, source: 'nsf' },
      { iso3: 'USA', field: 'ai', firstYear: 2003, year: 2022, works: 44356, source: 'nsf' },
      { iso3: 'COG', field: 'ai', firstYear: 2003, year: 2022, works: 6, source: 'nsf' },
    ]);
    expect(p.fieldOutputs[1]).toEqual({
      iso3: 'USA',
      field: 'ai',
      year: 2022,
      wholeArticles: 133601,
      fractionalArticles: 107363.2,
      source: 'nsf',
    });
    expect(Object.values(p.counts.setAside)).toEqual([1]);
  });

  it('reports unknown and ambiguous names, bad counts and an economy given twice', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      row('Atlantis', '1', '1', '1'),
      row('Korea', '1', '1', '1'),
      row('India', 'many', '1', '1'),
      row('India', '10', '9.5', '-2'),
      row('Japan', '10', '9.5', '2'),
      row('Japan', '10', '9.5', '2'),
    ]);
    const p = parseNsfAiArticles(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field])).toEqual([
      [2, 'region_country_or_economy'],
      [3, 'region_country_or_economy'],
      [4, 'number_of_papers_whole_'],
      [5, 'papers_involving_international_institutions_whole_'],
      [7, 'region_country_or_economy'],
    ]);
    expect(p.issues[1]!.reason).toContain('KOR');
    expect(p.issues[4]!.reason).toBe('JPN already given on line 6');
    expect(p.totals.map((t) => t.iso3)).toEqual(['JPN']);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      HEADER.filter((c) => c !== 'number_of_papers_fractional_'),
      [],
    );
    expect(() => parseNsfAiArticles(file)).toThrow(DomainError);
    expect(() => parseNsfAiArticles(file)).toThrow(
      `${file}: missing column 'number_of_papers_fractional_'`,
    );
    expect(NSF_AI_ARTICLES_COLUMNS).toContain('number_of_papers_fractional_');
  });
});

describe.skipIf(!hasSharedData)('nsf-ai-articles on the real file (SPBS-91)', () => {
  const parsed = once(() =>
    parseNsfAiArticles(
      researchFile('nsf_sei2024_spbs91_ai_articles_by_coauthorship_by_economy_2003_2022.csv'),
      { economies: economies() },
    ),
  );

  it("reads every economy and the world: the AI index's totals (world 153,630; US 44,356; China 43,814)", () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.counts.rowsRead).toBe(181);
    expect(p.totals).toHaveLength(177);
    expect(p.fieldOutputs).toHaveLength(177);
    const total = (iso3: string) => p.totals.find((t) => t.iso3 === iso3)?.works;
    expect([total('WLD'), total('USA'), total('CHN'), total('COD'), total('MMR')]).toEqual([
      153630, 44356, 43814, 7, 67,
    ]);
    expect(p.fieldOutputs.find((o) => o.iso3 === 'CHN')).toMatchObject({
      wholeArticles: 274096,
      fractionalArticles: 255322.4,
    });
  });
});
