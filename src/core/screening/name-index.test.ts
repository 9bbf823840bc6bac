import { describe, expect, it } from 'vitest';
import { buildNameIndex, candidates, DEFAULT_CANDIDATE_LIMIT } from './name-index.ts';
import type { ScreeningEntity } from './screening-entity.ts';

// Positive pairs of the nomenklatura name bench (query, listed name), listed among decoys.
const POSITIVES: [string, string][] = [
  ['Olaf Scholze', 'Olaf Scholz'],
  ['Olaf Schulze', 'Olaf Scholz'],
  ['Siemens Aktiengesellschaft', 'Siemens AG'],
  ['AL BEN ALI, Isa Ben Tarif', 'Shaikh Isa Bin Tarif Al Bin Ali'],
  ['Hans J Friedrich', 'Hans Joachim Friedrich'],
  ['OAO Gazprom', 'Open Joint Stock Company Gazprom'],
  ['Ig0r Sech1n', 'Igor Sechin'],
  ['Bashar al-Asasd', 'Bashar al-Assad'],
  ['Alexandr Lukashnko', 'Alexander Lukashenko'],
  ['Ротенберг Аркадий', 'Arkadii Romanovich Rotenberg'],
  ['Barack Obama', 'Барак Хусеин Обама'],
  ['فرناندو بيريز', 'Fernando Pérez'],
  ['Goodwill Company', 'Good Will Company'],
  ['FridrichBuchenberg', 'Friedrich Buchenberg'],
  ['Tayota Motor Corporation', 'Toyota Motor Corporation'],
  ['Invidia Corporation', 'NVIDIA Corporation'],
  ['Usama bin Ladin', 'Osama bin Laden'],
  ['Moammar Qaddafi', 'Muammar Gaddafi'],
  ['Wolodymyr Selenskyj', 'Volodymyr Zelenskyy'],
  ['1st International Bank', 'First International Bank'],
  ['SALEK, ABDULHAI', 'Abdulhai Salek'],
  ['J. Smith', 'John Smith'],
  ['Sencora, Inc.', 'Cencora, Inc.'],
];
const DECOYS = [
  'Olga Scholl',
  'Siemens Energy Holdings',
  'Gazprom Neft',
  'Igor Sechkin',
  'Bashar Hafez',
  'Alexander Lukin',
  'Good Year Company',
  'Toyota Tsusho',
  'Osama Hamdan',
  'First Abu Dhabi Bank',
  'Abdulhai Mohammad',
  'John Smythe Holdings',
  'Fernando Perez Rodriguez',
  'Barack Hussein',
];

const entities: ScreeningEntity[] = [
  ...POSITIVES.map(([, listed], i) => ({ id: `p${i}`, names: [listed] })),
  ...DECOYS.map((name, i) => ({ id: `d${i}`, names: [name] })),
];
const index = buildNameIndex(entities);

describe('buildNameIndex', () => {
  it('files every name of every entity', () => {
    const multi = buildNameIndex([
      { id: 'a', names: ['Vladimir Putin', 'Владимир Путин'] },
      { id: 'b', names: ['Sergei Lavrov'] },
    ]);
    expect(multi.variants).toBe(3);
    expect([...multi.variantEntity]).toEqual([0, 0, 1]);
    expect([...multi.variantName]).toEqual([0, 1, 0]);
    expect(multi.postings.get('t:putin')).toEqual(Int32Array.from([0, 1]));
  });

  it('indexes an empty list', () => {
    const empty = buildNameIndex([]);
    expect(empty.variants).toBe(0);
    expect(candidates(empty, { name: 'Putin' })).toEqual([]);
  });
});

describe('candidates', () => {
  it.each(POSITIVES.map(([query], i) => [query, i] as const))(
    'finds the listed name of "%s" among the candidates',
    (query, i) => {
      expect(candidates(index, { name: query })).toContain(`p${i}`);
    },
  );

  it('puts the true match first for typos, reordering and transliteration', () => {
    expect(candidates(index, { name: 'Olaf Scholze' })[0]).toBe('p0');
    expect(candidates(index, { name: 'SALEK, ABDULHAI' })[0]).toBe('p20');
    expect(candidates(index, { name: 'Барак Обама' })[0]).toBe('p10');
  });

  it('returns at most the limit, each entity once', () => {
    const many = buildNameIndex(
      Array.from({ length: 50 }, (_, i) => ({
        id: `m${i}`,
        names: [`Mohammed Ali ${i}`, `Muhammad Ali ${i}`],
      })),
    );
    const found = candidates(many, { name: 'Mohammed Ali' });
    expect(found.length).toBe(DEFAULT_CANDIDATE_LIMIT);
    expect(new Set(found).size).toBe(found.length);
    expect(candidates(many, { name: 'Mohammed Ali' }, 5).length).toBe(5);
  });

  it('finds nothing for a name that shares nothing with the list', () => {
    expect(candidates(index, { name: 'Xylophone Quartz' })).toEqual([]);
    expect(candidates(index, { name: '' })).toEqual([]);
  });

  it('gives the same candidates on every call', () => {
    expect(candidates(index, { name: 'Olaf Schulze' })).toEqual(
      candidates(index, { name: 'Olaf Schulze' }),
    );
  });
});
