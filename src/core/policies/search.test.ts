import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { instrument, TOPICS } from './policy-fixtures.test-support.ts';
import { indexInstruments, parseQueryText, searchInstruments, tokenise } from './search.ts';

const RECORDS = [
  instrument({
    id: 'a',
    title: 'National Strategy for Artificial Intelligence',
    description: 'Safety of public sector systems.',
    jurisdiction: 'DEU',
    year: 2018,
    topics: ['ai.safety'],
    type: 'strategy',
    binding: 'non-binding',
  }),
  instrument({
    id: 'b',
    title: 'Régulation des systèmes d’IA',
    originalTitle: 'Loi sur la régulation',
    description: 'Artificial intelligence in the sector public.',
    jurisdiction: 'FRA',
    year: 2023,
    topics: ['ai.governance.audits'],
    type: 'law',
    binding: 'binding',
    status: 'in-force',
  }),
  instrument({
    id: 'c',
    title: 'Export rules for chips',
    description: 'Artificial intelligence compute; safety aside.',
    sourceTags: ['Strategies: Input controls: Compute circulation'],
    jurisdiction: 'USA',
    year: null,
    topics: ['export-controls'],
    type: 'export-control-rule',
    source: 'agora',
  }),
  instrument({
    id: 'd',
    title: 'Public sector AI guidelines',
    responsibleBody: 'Ministry of the Interior',
    jurisdiction: 'deu',
    year: 2021,
    topics: ['ai'],
    type: 'guideline',
  }),
];

const ids = (r: ReturnType<typeof searchInstruments>): string[] =>
  r.items.map((i) => i.instrument.id);

describe('tokenise and parseQueryText', () => {
  it('folds case and accents, splits on punctuation and drops a plural s from long words', () => {
    expect(tokenise('Régulations des SYSTÈMES d’IA, 2024')).toEqual([
      'regulation',
      'des',
      'systeme',
      'd',
      'ia',
      '2024',
    ]);
    expect(tokenise('access business')).toEqual(['access', 'business']);
  });

  it('reads quoted phrases apart from single words', () => {
    expect(parseQueryText('ai "public sector" safety "x"')).toEqual({
      terms: ['x', 'ai', 'safety'],
      phrases: [['public', 'sector']],
    });
  });
});

describe('searchInstruments', () => {
  it('needs every term (AND), in any field, and ranks title hits above other fields', () => {
    const r = searchInstruments(RECORDS, { q: 'artificial intelligence' }, TOPICS);
    expect(r.total).toBe(3);
    // a has both terms in its title; b and c in their descriptions (b is newer).
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    expect(r.items[0]!.score).toBeGreaterThan(r.items[1]!.score);
    expect(ids(searchInstruments(RECORDS, { q: 'artificial chips' }, TOPICS))).toEqual(['c']);
    expect(searchInstruments(RECORDS, { q: 'artificial nowhere' }, TOPICS).total).toBe(0);
  });

  it('matches a quoted phrase only as a phrase', () => {
    expect(ids(searchInstruments(RECORDS, { q: 'public sector' }, TOPICS))).toEqual([
      'd',
      'b',
      'a',
    ]);
    expect(ids(searchInstruments(RECORDS, { q: '"public sector"' }, TOPICS))).toEqual(['d', 'a']);
  });

  it('finds accented text, original titles, plurals, tags and the responsible body', () => {
    expect(ids(searchInstruments(RECORDS, { q: 'regulation systemes' }, TOPICS))).toEqual(['b']);
    expect(ids(searchInstruments(RECORDS, { q: 'loi' }, TOPICS))).toEqual(['b']);
    expect(ids(searchInstruments(RECORDS, { q: '"compute circulation"' }, TOPICS))).toEqual(['c']);
    expect(ids(searchInstruments(RECORDS, { q: 'interior' }, TOPICS))).toEqual(['d']);
  });

  it('filters by jurisdiction (any case), topic with its descendants, type, status, bindingness, source and years', () => {
    const f = (q: Parameters<typeof searchInstruments>[1]): string[] =>
      ids(searchInstruments(RECORDS, q, TOPICS)).sort();
    expect(f({ jurisdictions: ['deu'] })).toEqual(['a', 'd']);
    expect(f({ topics: ['ai'] })).toEqual(['a', 'b', 'd']);
    expect(f({ topics: ['ai.governance'] })).toEqual(['b']);
    expect(f({ topics: ['ai.safety', 'export-controls'] })).toEqual(['a', 'c']);
    expect(f({ types: ['law', 'guideline'] })).toEqual(['b', 'd']);
    expect(f({ statuses: ['in-force'] })).toEqual(['b']);
    expect(f({ binding: ['unknown'] })).toEqual(['c', 'd']);
    expect(f({ binding: ['binding', 'non-binding'] })).toEqual(['a', 'b']);
    expect(f({ source: 'agora' })).toEqual(['c']);
    // An undated record is outside any year range.
    expect(f({ yearFrom: 2019 })).toEqual(['b', 'd']);
    expect(f({ yearTo: 2021 })).toEqual(['a', 'd']);
    expect(f({ q: 'artificial', jurisdictions: ['FRA', 'USA'] })).toEqual(['b', 'c']);
  });

  it('orders by year, newest first and undated last, when there is no text; pages after counting', () => {
    const r = searchInstruments(RECORDS, { limit: 2, offset: 1 }, TOPICS);
    expect(r.total).toBe(4);
    expect(ids(r)).toEqual(['d', 'a']);
    expect(r.items.every((i) => i.score === 0)).toBe(true);
    expect(ids(searchInstruments(RECORDS, { offset: 3 }, TOPICS))).toEqual(['c']);
  });

  it('counts facets over every match before paging; a topic counts under its ancestors once', () => {
    const r = searchInstruments(RECORDS, { limit: 1 }, TOPICS);
    expect(r.facets.jurisdiction).toEqual({ DEU: 1, deu: 1, FRA: 1, USA: 1 });
    expect(r.facets.type).toEqual({ strategy: 1, law: 1, 'export-control-rule': 1, guideline: 1 });
    expect(r.facets.topic).toEqual({
      ai: 3,
      'ai.safety': 1,
      'ai.governance': 1,
      'ai.governance.audits': 1,
      'export-controls': 1,
    });
    expect(r.facets.year).toEqual({ '2018': 1, '2021': 1, '2023': 1 });
  });

  it('searches a built index as it searches the records', () => {
    const index = indexInstruments(RECORDS);
    expect(searchInstruments(index, { q: 'safety' }, TOPICS)).toEqual(
      searchInstruments(RECORDS, { q: 'safety' }, TOPICS),
    );
    expect(ids(searchInstruments(index, { q: 'safety' }, TOPICS))).toEqual(['a', 'c']);
  });

  it('refuses a bad limit, offset or year range and an unknown topic, naming the parameter', () => {
    const issues = (q: Parameters<typeof searchInstruments>[1]): string[] => {
      try {
        searchInstruments(RECORDS, q, TOPICS);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('validation_failed');
        return (e as DomainError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(issues({ limit: -1 })).toEqual(['limit']);
    expect(issues({ limit: 1.5, offset: -2 })).toEqual(['limit', 'offset']);
    expect(issues({ yearFrom: 2024, yearTo: 2020 })).toEqual(['yearFrom']);
    expect(issues({ topics: ['ai', 'nope'] })).toEqual(['topics']);
    expect(issues({ limit: 10 })).toEqual([]);
  });
});
