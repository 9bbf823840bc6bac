import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { compareJurisdictions } from './compare.ts';
import { instrument, TOPICS } from './policy-fixtures.test-support.ts';

const RECORDS = [
  instrument({
    id: 'd1',
    title: 'B strategy',
    jurisdiction: 'DEU',
    year: 2020,
    topics: ['ai.safety'],
    type: 'strategy',
    binding: 'non-binding',
  }),
  instrument({
    id: 'd2',
    title: 'A law',
    jurisdiction: 'DEU',
    year: 2020,
    topics: ['ai.governance.audits'],
    type: 'law',
    binding: 'binding',
  }),
  instrument({
    id: 'd3',
    title: 'Old plan',
    jurisdiction: 'DEU',
    year: 2015,
    topics: ['ai'],
    type: 'strategy',
  }),
  instrument({
    id: 'd4',
    title: 'Undated',
    jurisdiction: 'DEU',
    year: null,
    topics: ['ai'],
    type: 'guideline',
  }),
  instrument({
    id: 'f1',
    title: 'Loi',
    jurisdiction: 'FRA',
    year: 2023,
    topics: ['ai.governance'],
    type: 'law',
    binding: 'binding',
  }),
  instrument({
    id: 'u1',
    title: 'Rule',
    jurisdiction: 'USA',
    year: 2022,
    topics: ['export-controls'],
    type: 'export-control-rule',
    binding: 'binding',
  }),
];

describe('compareJurisdictions', () => {
  it('gives one column per jurisdiction asked, in that order, with its instruments sorted and counted', () => {
    const c = compareJurisdictions(RECORDS, { jurisdictions: ['fra', 'DEU', 'JPN'] }, TOPICS);
    expect(c.topic).toBeNull();
    expect(c.columns.map((x) => x.jurisdiction)).toEqual(['FRA', 'DEU', 'JPN']);
    const deu = c.columns[1]!;
    // By year (undated last), then title.
    expect(deu.instruments.map((i) => i.id)).toEqual(['d3', 'd2', 'd1', 'd4']);
    expect(deu.byType).toEqual({ strategy: 2, law: 1, guideline: 1 });
    expect(deu.binding).toEqual({ 'non-binding': 1, binding: 1, unknown: 2 });
    expect(c.columns[2]).toEqual({ jurisdiction: 'JPN', instruments: [], byType: {}, binding: {} });
  });

  it('has one timeline row per year with any instrument, every jurisdiction a key, and counts the undated', () => {
    const c = compareJurisdictions(RECORDS, { jurisdictions: ['DEU', 'FRA'] }, TOPICS);
    expect(c.timeline).toEqual([
      { year: 2015, counts: { DEU: 1, FRA: 0 } },
      { year: 2020, counts: { DEU: 2, FRA: 0 } },
      { year: 2023, counts: { DEU: 0, FRA: 1 } },
    ]);
    expect(c.undated).toEqual({ DEU: 1, FRA: 0 });
  });

  it('keeps a topic and the topics below it', () => {
    const c = compareJurisdictions(
      RECORDS,
      { jurisdictions: ['DEU', 'FRA', 'USA'], topic: 'ai.governance' },
      TOPICS,
    );
    expect(c.topic).toBe('ai.governance');
    expect(c.columns.map((x) => x.instruments.map((i) => i.id))).toEqual([['d2'], ['f1'], []]);
    expect(c.timeline.map((r) => r.year)).toEqual([2020, 2023]);
  });

  it('with a year range keeps the dated instruments within it, and still counts the undated', () => {
    const c = compareJurisdictions(
      RECORDS,
      { jurisdictions: ['DEU'], yearFrom: 2016, yearTo: 2022 },
      TOPICS,
    );
    expect(c.columns[0]!.instruments.map((i) => i.id)).toEqual(['d2', 'd1']);
    expect(c.timeline).toEqual([{ year: 2020, counts: { DEU: 2 } }]);
    expect(c.undated).toEqual({ DEU: 1 });
  });

  it('refuses no jurisdiction, an unknown topic and a reversed range', () => {
    const code = (q: Parameters<typeof compareJurisdictions>[1]): string | null => {
      try {
        compareJurisdictions(RECORDS, q, TOPICS);
        return null;
      } catch (e) {
        return e instanceof DomainError ? `${e.code}:${e.issues[0]?.path}` : 'other';
      }
    };
    expect(code({ jurisdictions: [' '] })).toBe('validation_failed:jurisdictions');
    expect(code({ jurisdictions: ['DEU'], topic: 'nope' })).toBe('validation_failed:topic');
    expect(code({ jurisdictions: ['DEU'], yearFrom: 2020, yearTo: 2010 })).toBe(
      'validation_failed:yearFrom',
    );
    expect(code({ jurisdictions: ['DEU', 'deu'] })).toBeNull();
  });
});
