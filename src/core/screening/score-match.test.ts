import { describe, expect, it } from 'vitest';
import { prepareEntity, prepareQuery } from './prepared-subject.ts';
import {
  DEFAULT_THRESHOLD,
  MATCH_WEIGHTS,
  scoreMatch,
  scoreSubjects,
  type FeatureName,
  type MatchScore,
} from './score-match.ts';
import { entityTypeOf, type ScreeningEntity, type ScreeningQuery } from './screening-entity.ts';

/** Scores name1 against name2 as the nomenklatura bench does: both of the case's schema. */
const bench = (schema: string, left: string, right: string): MatchScore => {
  const type = entityTypeOf(schema);
  return scoreMatch(
    { name: left, ...(type ? { type } : {}) },
    { id: 'candidate', names: [right], ...(type ? { type } : {}) },
  );
};
const contribution = (s: MatchScore, feature: FeatureName) =>
  s.explanation.contributions.find((c) => c.feature === feature);

describe('scoreMatch on cases of the nomenklatura name bench', () => {
  it.each([
    ['Person', 'Olaf Scholze', 'Olaf Scholz'],
    ['Person', 'Olaf Schulze', 'Olaf Scholz'],
    ['Person', 'Angela Merkur', 'Angela Merkel'],
    ['Company', 'Siemens Aktiengesellschaft', 'Siemens AG'],
    ['Person', 'AL BEN ALI, Isa Ben Tarif', 'Shaikh Isa Bin Tarif Al Bin Ali'],
    ['Person', 'Hans J Friedrich', 'Hans Joachim Friedrich'],
    ['Company', 'OAO Gazprom', 'Open Joint Stock Company Gazprom'],
    ['Person', 'Ig0r Sech1n', 'Igor Sechin'],
    ['Person', 'Bashar al-Asasd', 'Bashar al-Assad'],
    ['Person', 'A. Khamenei', 'Ali Khamenei'],
    ['Person', 'N. Nazarbayev', 'Nursultan Nazarbayev'],
    ['Person', 'Ротенберг Аркадий', 'Arkadii Romanovich Rotenberg'],
    ['Person', 'Barack Obama', 'Барак Хусеин Обама'],
    ['Person', 'فرناندو بيريز', 'Fernando Pérez'],
    ['Person', 'Владимир Пулин', 'Владимир Путин'],
    ['Company', 'CRYSTALORD LIMITED', 'CRYSTALORD LTD'],
    ['Company', 'JSC TACTICAL MISSILES CORP.', 'TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY'],
    ['Company', 'Goodwill Company', 'Good Will Company'],
    ['Company', 'PricewaterhouseCoopers LLP', 'Pricewaterhouse Coopers LLP'],
    ['Company', 'Iskusstvo Krasoty', 'LIMITED LIABILITY COMPANY ISKUSSTVO KRASOTY'],
    ['Person', 'Vladimir Vladimirovich Putin', 'Vladimir Putin'],
    ['Person', 'JANAN MOHAMMAD AHMED AGHA', 'JANAN AGHA'],
    ['Person', 'Usama bin Ladin', 'Osama bin Laden'],
    ['Person', 'Frost, William W.', 'William W Frost'],
    ['Person', 'GENA C RANDOLPH', 'Randolph, Gena'],
    ['Organization', 'Brigade Forty-Four', 'Brigade 44'],
    ['Company', '1st International Bank', 'First International Bank'],
    ['Person', 'Kim Jong-un', 'Kim Jong Un'],
    ['Person', 'Mahmood Ahmadinezhad', 'Mahmoud Ahmadinejad'],
    ['Person', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
    ['Person', 'Putin, Vladimir', 'Vladimir Putin'],
    ['Person', 'VladimirPutin', 'Vladimir Putin'],
  ])('matches %s "%s" with "%s"', (schema, left, right) => {
    expect(bench(schema, left, right).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it.each([
    ['Person', 'Octavian Scholz', 'Olaf Scholz'],
    ['Person', 'Angelo Mercaz', 'Angela Merkel'],
    ['Company', 'Volkswagen Aktiengesellschaft', 'Siemens Aktiengesellschaft'],
    ['Person', 'Usama bin Laden', 'Shaikh Isa Bin Tarif Al Bin Ali'],
    ['Person', 'Hans O Friedrich', 'Hans Joachim Friedrich'],
    ['Person', 'A. Nazarbayev', 'Nursultan Nazarbayev'],
    ['Person', 'Sergey Viktorovich Lavrov', 'Sergey Ivanevich LAVROV'],
    [
      'Company',
      'OJSC TACTICAL KITTENS CORPORATION',
      'TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY',
    ],
    ['Organization', 'Government of Estonia', 'Government of Ethiopia'],
    ['Person', '习近朋', '习近平'],
    ['Person', '김종은', '김정은'],
    ['Person', 'WALIJAN ABDUL GHAFOOR HAQQANI', 'WALIJAN'],
    ['Person', 'OTHMAN AHMED OTHMAN AL-HARBI', 'OTHMAN AHMED OTHMAN AL-GHAMDI'],
    ['Person', 'Daniel Tusk', 'Donald Tusk'],
    ['Person', 'Frost, William G.', 'William W Frost'],
    ['Company', 'Sparkles Business Corporation', 'Sporks Business Corporation'],
  ])('does not match %s "%s" with "%s"', (schema, left, right) => {
    expect(bench(schema, left, right).score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('matches names in either order, where the bench labels "Friedrich Hans" no match', () => {
    expect(bench('Person', 'Friedrich Hans', 'Hans Friedrich').score).toBe(1);
  });

  it('scores identical names 1 and stays within [0, 1]', () => {
    expect(bench('Person', 'Hans Friedrich', 'Hans Friedrich').score).toBe(1);
    expect(bench('Company', 'Volkswagen AG', 'Siemens AG').score).toBe(0);
  });
});

describe('scoreMatch explanations', () => {
  const entity: ScreeningEntity = {
    id: 'sdn-1',
    names: ['SALEK, Abdulhai', 'Abdul Hai Salek', 'SALIK, Abdul Hay'],
    type: 'person',
    countries: ['AF'],
    birthDates: ['1965'],
  };

  it('says which name variant matched', () => {
    const s = scoreMatch({ name: 'ABDUL HAI SALEK' }, entity);
    expect(s.explanation).toMatchObject({
      matchedName: 'Abdul Hai Salek',
      nameIndex: 1,
      queryNormalised: 'abd al hai salek',
      candidateNormalised: 'abd al hai salek',
      unmatchedQuery: [],
      unmatchedCandidate: [],
    });
    expect(s.score).toBe(1);
  });

  it('keeps the earlier name of two that score the same', () => {
    const s = scoreMatch(
      { name: 'Abdulhai Salek' },
      { ...entity, names: ['X', 'SALEK, Abdulhai', 'Abdulhai Salek'] },
    );
    expect(s.explanation.nameIndex).toBe(1);
  });

  it('gives the contribution of each name feature, with the weights and the threshold used', () => {
    const s = scoreMatch(
      { name: 'Olaf Schulze' },
      { id: 'x', names: ['Olaf Scholz'] },
      { threshold: 0.9 },
    );
    expect(s.explanation.threshold).toBe(0.9);
    expect(s.isMatch).toBe(true);
    expect(s.explanation.contributions.map((c) => c.feature)).toEqual([
      'token_overlap',
      'edit_similarity',
      'phonetic',
    ]);
    const token = contribution(s, 'token_overlap')!;
    expect(token.weight).toBe(MATCH_WEIGHTS.tokenOverlap);
    expect(token.contribution).toBeCloseTo(token.value * token.weight, 4);
    expect(contribution(s, 'phonetic')!.value).toBe(1);
    const sum = s.explanation.contributions.reduce((t, c) => t + c.contribution, 0);
    expect(s.score).toBeCloseTo(sum, 3);
    expect(s.explanation.pairs).toEqual([
      { query: 'olaf', candidate: 'olaf', similarity: 1, how: 'exact' },
      { query: 'schulze', candidate: 'scholz', similarity: 0.85, how: 'phonetic' },
    ]);
  });

  it('explains a swapped word as a token conflict', () => {
    const s = bench('Person', 'OTHMAN AHMED OTHMAN AL-HARBI', 'OTHMAN AHMED OTHMAN AL-GHAMDI');
    expect(contribution(s, 'token_conflict')).toMatchObject({
      value: 1,
      contribution: -MATCH_WEIGHTS.tokenConflict,
      detail: 'unpaired on both sides: harbi | ghamdi',
    });
  });

  it('explains initials that contradict the other name', () => {
    const s = bench('Person', 'A. Nazarbayev', 'Nursultan Nazarbayev');
    expect(contribution(s, 'initials')).toMatchObject({ value: 0 });
    expect(contribution(s, 'initials')!.contribution).toBeLessThan(0);
    const agreeing = bench('Person', 'N. Nazarbayev', 'Nursultan Nazarbayev');
    expect(contribution(agreeing, 'initials')).toMatchObject({ value: 1, contribution: 0 });
    expect(agreeing.explanation.pairs).toContainEqual({
      query: 'n',
      candidate: 'nursultan',
      similarity: 0.8,
      how: 'initial',
    });
  });

  it('explains legal forms of different kinds as a conflict', () => {
    const s = bench('Company', 'Deutsche Bank AG', 'Deutsche Bank GmbH');
    expect(contribution(s, 'legal_form')).toMatchObject({
      contribution: -MATCH_WEIGHTS.legalFormConflict,
      detail: 'AG against GmbH',
    });
    expect(s.explanation.legalForms).toEqual({ query: ['AG'], candidate: ['GmbH'] });
  });
});

describe('scoreMatch context', () => {
  const entity: ScreeningEntity = {
    id: 'sdn-1',
    names: ['Abdulhai Salek'],
    type: 'person',
    countries: ['AFG'],
    birthDates: ['1965-06-29'],
  };
  const score = (query: ScreeningQuery): MatchScore => scoreMatch(query, entity);

  it('adds a little when countries agree, ISO2 against ISO3', () => {
    const s = score({ name: 'Abdulhai Salik', country: 'af' });
    expect(contribution(s, 'country')).toMatchObject({ value: 1, detail: 'both AFG' });
    expect(s.score).toBeGreaterThan(score({ name: 'Abdulhai Salik' }).score);
  });

  it('takes away when countries conflict', () => {
    const s = score({ name: 'Abdulhai Salik', country: 'DE' });
    expect(contribution(s, 'country')).toMatchObject({
      value: 0,
      contribution: -MATCH_WEIGHTS.countryConflict,
      detail: 'DEU against AFG',
    });
  });

  it('agrees on a birth year with a full birth date', () => {
    const s = score({ name: 'Abdulhai Salek', birthDate: '1965' });
    expect(contribution(s, 'birth_date')).toMatchObject({
      value: 1,
      detail: '1965 agrees with 1965-06-29',
    });
  });

  it('takes away when birth dates conflict', () => {
    const s = score({ name: 'Abdulhai Salek', birthDate: '1966' });
    expect(contribution(s, 'birth_date')!.contribution).toBe(-MATCH_WEIGHTS.birthDateConflict);
    expect(s.score).toBeCloseTo(1 - MATCH_WEIGHTS.birthDateConflict, 4);
  });

  it('takes away when the types differ', () => {
    const s = score({ name: 'Abdulhai Salek', type: 'organization' });
    expect(contribution(s, 'type')).toMatchObject({ detail: 'organization against person' });
    expect(s.score).toBeCloseTo(1 - MATCH_WEIGHTS.typeConflict, 4);
  });

  it('ignores what only one side knows, and unreadable values', () => {
    const s = score({ name: 'Abdulhai Salek', country: 'Narnia', birthDate: 'around 1965' });
    expect(s.explanation.contributions.map((c) => c.feature)).toEqual([
      'token_overlap',
      'edit_similarity',
      'phonetic',
    ]);
  });
});

describe('scoreSubjects', () => {
  it('gives the same score as scoreMatch, without the explanation', () => {
    const q = prepareQuery({ name: 'Sergei Lavrov', birthDate: '1950' });
    const c = prepareEntity({
      id: 'x',
      names: ['LAVROV, Sergey Viktorovich'],
      birthDates: ['1950-03-21'],
    });
    expect(scoreSubjects(q, c)).toEqual({ score: scoreMatch(q, c).score, nameIndex: 0 });
  });

  it('compares only the names asked for', () => {
    const c = prepareEntity({ id: 'x', names: ['Sergey Lavrov', 'Lavrov'] });
    expect(scoreSubjects(prepareQuery({ name: 'Sergey Lavrov' }), c, [1]).nameIndex).toBe(1);
  });

  it('scores a candidate without names 0', () => {
    expect(
      scoreSubjects(prepareQuery({ name: 'Lavrov' }), prepareEntity({ id: 'x', names: [] })),
    ).toEqual({
      score: 0,
      nameIndex: -1,
    });
  });
});
