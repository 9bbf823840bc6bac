import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import type { PairCollaboration } from '../../core/research/research.ts';
import {
  NSF_AI_PAIRS_COLUMNS,
  NSF_PAIRS_COLUMNS,
  parseNsfCoauthorship,
} from './nsf-coauthorship.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('nsf-coauthorship parser tests on real data');

const pair = (pairs: PairCollaboration[], a: string, b: string, year: number) =>
  pairs.filter((p) => p.a === a && p.b === b && p.year === year);

describe('nsf-coauthorship on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());
  const header = [...NSF_PAIRS_COLUMNS];
  const intl: Record<string, string> = { USA: '241823', CHN: '182305' };
  const row = (a: [string, string], b: [string, string], n: string, index = '1.0') => [
    '2022',
    a[0],
    a[1],
    b[0],
    b[1],
    n,
    index,
    intl[a[1]] ?? '1000',
    intl[b[1]] ?? '1000',
    '755894',
  ];
  const US: [string, string] = ['United States', 'USA'];
  const CN: [string, string] = ['China', 'CHN'];

  it('makes one record of the two directions, with the index and the international totals', () => {
    const p = parseNsfCoauthorship(
      scratch.csv('ok.csv', header, [row(US, CN, '58546'), row(CN, US, '58546')]),
      { economies: economies() },
    );
    expect(p.issues).toEqual([]);
    expect(p.layout).toBe('pairs');
    expect(p.pairs).toEqual([
      {
        a: 'CHN',
        b: 'USA',
        firstYear: 2022,
        year: 2022,
        works: 58546,
        source: 'nsf',
        field: 'all',
        collaborationIndex: 1,
        programme: null,
      },
    ]);
    expect(p.totals).toContainEqual({
      iso3: 'WLD',
      field: 'all',
      firstYear: 2022,
      year: 2022,
      works: 755894,
      source: 'nsf',
    });
  });

  it('reports directions that disagree, unknown codes and names that contradict their code', () => {
    const file = scratch.csv('bad.csv', header, [
      row(US, CN, '58546'),
      row(CN, US, '58000'),
      row(US, ['Atlantis', 'ATL'], '5'),
      row(['France', 'DEU'], US, '5'),
      row(US, US, '5'),
    ]);
    const p = parseNsfCoauthorship(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'coauthored_articles', '58000, but the other direction (line 2) gives 58546'],
      [4, 'iso3_b', "unknown economy code 'ATL'"],
      [5, 'economy_a', 'names FRA, but iso3_a is DEU'],
      [6, 'iso3_b', 'is the same economy as iso3_a'],
    ]);
    expect(p.issues[0]!.file).toBe(file);
    expect(p.counts).toMatchObject({ rowsRead: 5, rejectedRows: 4 });
  });

  it('reads the AI layout, with its period, by its columns', () => {
    const p = parseNsfCoauthorship(
      scratch.csv(
        'ai.csv',
        [...NSF_AI_PAIRS_COLUMNS],
        [
          ['2003-2022', 'United States', 'USA', 'China', 'CHN', '13631', '1.08'],
          ['2003–2022', 'China', 'CHN', 'Japan', 'JPN', 'x', '0.5'],
        ],
      ),
      { economies: economies() },
    );
    expect(p.layout).toBe('ai-pairs');
    expect(p.pairs).toMatchObject([
      { a: 'CHN', b: 'USA', firstYear: 2003, year: 2022, field: 'ai' },
    ]);
    expect(p.issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'period'],
      [3, 'ai_coauthored_articles'],
    ]);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv(
      'cols.csv',
      header.filter((c) => c !== 'world_intl_articles'),
      [],
    );
    expect(() => parseNsfCoauthorship(file)).toThrow(DomainError);
    expect(() => parseNsfCoauthorship(file)).toThrow(
      `${file}: missing column 'world_intl_articles'`,
    );
    const neither = scratch.csv('neither.csv', ['year', 'a', 'b'], [['1', '2', '3']]);
    expect(() => parseNsfCoauthorship(neither)).toThrow(
      "missing column 'collaboration_index' (pairs) or 'ai_collaboration_index' (ai-pairs)",
    );
  });
});

describe.skipIf(!hasSharedData)('nsf-coauthorship on the real files', () => {
  const all = once(() =>
    parseNsfCoauthorship(
      researchFile('nsf_sei2024_spbs35_38_intl_coauthorship_country_pairs_2003_2022.csv'),
      { economies: economies() },
    ),
  );
  const ai = once(() =>
    parseNsfCoauthorship(
      researchFile('nsf_sei2024_spbs92_94_ai_intl_coauthorship_country_pairs_2003_2022.csv'),
      { economies: economies() },
    ),
  );

  it('reads every row: 46 economies, both directions agree, 1,035 pairs a year', () => {
    const p = all();
    expect(p.issues).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.counts.rowsRead).toBe(4140);
    expect(p.pairs).toHaveLength(2070);
  });

  it('gives United States–China 58,546 articles in 2022 (index 1.0) and 5,588 in 2003 (0.84)', () => {
    expect(pair(all().pairs, 'CHN', 'USA', 2022)).toMatchObject([
      { works: 58546, collaborationIndex: 1 },
    ]);
    expect(pair(all().pairs, 'CHN', 'USA', 2003)).toMatchObject([
      { works: 5588, collaborationIndex: 0.84 },
    ]);
    expect(pair(all().pairs, 'CAN', 'USA', 2022)).toMatchObject([
      { works: 28336, collaborationIndex: 1.32 },
    ]);
    expect(pair(all().pairs, 'NGA', 'ZAF', 2022)[0]!.collaborationIndex).toBe(10.75);
  });

  it("gives each side's international articles and the world's", () => {
    const total = (iso3: string, year: number) =>
      all().totals.find((t) => t.iso3 === iso3 && t.year === year)?.works;
    expect(total('USA', 2022)).toBe(241823);
    expect(total('CHN', 2022)).toBe(182305);
    expect(total('WLD', 2022)).toBe(755894);
    expect(total('WLD', 2003)).toBe(200301);
    expect(all().totals).toHaveLength(94);
  });

  it('reads the AI pairs 2003–2022: United States–China 13,631 (index 1.08), 60 economies', () => {
    const p = ai();
    expect(p.issues).toEqual([]);
    expect(p.pairs).toHaveLength(1770);
    expect(pair(p.pairs, 'CHN', 'USA', 2022)).toMatchObject([
      { works: 13631, collaborationIndex: 1.08, firstYear: 2003, field: 'ai' },
    ]);
    expect(pair(p.pairs, 'CHN', 'GBR', 2022)[0]!.works).toBe(6485);
  });
});
