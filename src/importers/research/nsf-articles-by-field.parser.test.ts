import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import type { ResearchField } from '../../core/research/research.ts';
import {
  NSF_FIELD_COLUMNS,
  NSF_SET_ASIDE,
  parseNsfArticlesByField,
} from './nsf-articles-by-field.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('nsf-articles-by-field parser tests on real data');

const HEADER = [...NSF_FIELD_COLUMNS];
/** A row with every field's whole count `n` and fractional count `n / 2`. */
const row = (iso3: string, entity: string, year: string, n = '10') =>
  HEADER.map((c) =>
    c === 'iso3'
      ? iso3
      : c === 'entity'
        ? entity
        : c === 'year'
          ? year
          : c.startsWith('whole_')
            ? n
            : '5.5',
  );

describe('nsf-articles-by-field on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('gives 14 field outputs a row, keeps the world as WLD and sets regions aside', () => {
    const p = parseNsfArticlesByField(
      scratch.csv('ok.csv', HEADER, [
        row('', 'World', '2022'),
        row('', 'EU-27', '2022'),
        row('DEU', 'Germany', '2022'),
      ]),
      { economies: economies() },
    );
    expect(p.issues).toEqual([]);
    expect(p.fieldOutputs).toHaveLength(28);
    expect(p.fieldOutputs).toContainEqual({
      iso3: 'WLD',
      field: 'physics',
      year: 2022,
      wholeArticles: 10,
      fractionalArticles: 5.5,
      source: 'nsf',
    });
    expect(p.counts.setAside).toEqual({ [NSF_SET_ASIDE]: 1 });
  });

  it('reports an entity without a code, a bad count and a year given twice, by line and column', () => {
    const bad = row('DEU', 'Germany', '2022');
    bad[HEADER.indexOf('frac_physics')] = 'n/a';
    const file = scratch.csv('bad.csv', HEADER, [
      row('', 'Atlantis', '2022'),
      bad,
      row('FRA', 'France', '2022'),
      row('FRA', 'France', '2022'),
    ]);
    const p = parseNsfArticlesByField(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [2, 'iso3', "is empty, and 'Atlantis' is not one of the table's regions or aggregates"],
      [3, 'frac_physics', 'is not a number ≥ 0'],
      [5, 'year', 'FRA 2022 already given on line 4'],
    ]);
    expect(p.fieldOutputs).toHaveLength(14);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      HEADER.filter((c) => c !== 'frac_psychology'),
      [],
    );
    expect(() => parseNsfArticlesByField(file)).toThrow(DomainError);
    expect(() => parseNsfArticlesByField(file)).toThrow(
      `${file}: missing column 'frac_psychology'`,
    );
  });
});

describe.skipIf(!hasSharedData)('nsf-articles-by-field on the real file', () => {
  const parsed = once(() =>
    parseNsfArticlesByField(
      researchFile('nsf_sei2024_spbs3_31_se_articles_by_field_economy_2003_2022.csv'),
      { economies: economies() },
    ),
  );
  const whole = (iso3: string, field: ResearchField, year: number) =>
    parsed().fieldOutputs.find((o) => o.iso3 === iso3 && o.field === field && o.year === year)
      ?.wholeArticles;

  it('reads 200 economies and the world over 20 years; 16 regions and units set aside', () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.counts).toMatchObject({ rowsRead: 4340, setAside: { [NSF_SET_ASIDE]: 320 } });
    expect(p.fieldOutputs).toHaveLength((4340 - 320) * 14);
    expect(new Set(p.fieldOutputs.map((o) => o.year)).size).toBe(20);
    expect(new Set(p.fieldOutputs.map((o) => o.iso3).filter((c) => c !== 'WLD')).size).toBe(200);
  });

  it("gives NSF's 2022 whole counts in computer and information sciences and engineering", () => {
    expect(whole('WLD', 'computer-information-sciences', 2022)).toBe(346515);
    expect(whole('CHN', 'computer-information-sciences', 2022)).toBe(112512);
    expect(whole('IND', 'computer-information-sciences', 2022)).toBe(47379);
    expect(whole('USA', 'computer-information-sciences', 2022)).toBe(45684);
    expect(whole('DEU', 'computer-information-sciences', 2022)).toBe(15718);
    expect(whole('CHN', 'engineering', 2022)).toBe(245098);
    expect(whole('USA', 'engineering', 2022)).toBe(67247);
  });
});
