import { describe, expect, it } from 'vitest';
import { nameFeatures, tokenSimilarity, TOKEN_MATCH_FLOOR } from './name-features.ts';
import { prepareName, prepareToken } from './prepared-name.ts';

const features = (a: string, b: string) => nameFeatures(prepareName(a), prepareName(b));
const similarity = (a: string, b: string) => tokenSimilarity(prepareToken(a), prepareToken(b));

describe('tokenSimilarity', () => {
  it.each([
    ['putin', 'putin', 1, 'exact'],
    ['assad', 'asasd', 0.8, 'edit'],
    ['schulze', 'scholz', 0.85, 'phonetic'],
    ['j', 'john', 0.8, 'initial'],
  ] as const)('%s ~ %s: %f (%s)', (a, b, s, how) => {
    expect(similarity(a, b)).toEqual({ similarity: s, how });
  });

  it('pairs no initial with a word it does not begin, nor two different initials', () => {
    expect(similarity('a', 'nursultan').similarity).toBe(0);
    expect(similarity('a', 'b').similarity).toBe(0);
  });

  it('pairs numbers only when equal', () => {
    expect(similarity('44', '45').similarity).toBe(0);
    expect(similarity('44', '44').similarity).toBe(1);
  });

  it('compares an unvocalised token by its consonant skeleton', () => {
    const s = tokenSimilarity(prepareToken('frnndw', true), prepareToken('fernando'));
    expect(s).toEqual({ similarity: 0.85, how: 'skeleton' });
  });

  it('compares Han tokens syllable by syllable: one syllable of two is half', () => {
    const a = prepareToken('jinping', false, ['jin', 'ping']);
    const b = prepareToken('jinpeng', false, ['jin', 'peng']);
    expect(tokenSimilarity(a, b).similarity).toBe(0.5);
  });

  it('compares patronymics without their endings', () => {
    expect(similarity('wladimirowitsch', 'vladimirovich').similarity).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps unlike tokens below the floor', () => {
    expect(similarity('daniel', 'donald').similarity).toBeLessThan(TOKEN_MATCH_FLOOR);
    expect(similarity('estonia', 'ethiopia').similarity).toBeLessThan(TOKEN_MATCH_FLOOR);
  });
});

describe('nameFeatures', () => {
  it('covers both names fully when they are the same in another order', () => {
    const f = features('SALEK, ABDULHAI', 'Abdulhai Salek');
    expect(f).toMatchObject({
      tokenOverlap: 1,
      queryCoverage: 1,
      candidateCoverage: 1,
      jaccard: 1,
      editSimilarity: 1,
      phonetic: 1,
      conflict: 0,
      unmatchedQuery: [],
      unmatchedCandidate: [],
    });
  });

  it('gives a contained name most of the token overlap, and no conflict', () => {
    const f = features('Janan Agha', 'Janan Mohammad Ahmed Agha');
    expect(f.queryCoverage).toBe(1);
    expect(f.candidateCoverage).toBe(0.5);
    expect(f.tokenOverlap).toBeCloseTo(0.8);
    expect(f.conflict).toBe(0);
    expect(f.unmatchedCandidate).toEqual(['mohammad', 'ahmed']);
  });

  it('gives a contained single word only half the credit of containment', () => {
    const f = features('Walijan', 'Walijan Abdul Ghafoor Haqqani');
    expect(f.tokenOverlap).toBeLessThan(0.5);
  });

  it('counts a word swapped for another as a conflict of one word', () => {
    const f = features('Othman Ahmed Othman al-Harbi', 'Othman Ahmed Othman al-Ghamdi');
    expect(f.conflict).toBe(1);
    expect(f.unmatchedQuery).toEqual(['harbi']);
    expect(f.unmatchedCandidate).toEqual(['ghamdi']);
  });

  it('joins adjacent tokens that the other name writes as one word', () => {
    const f = features('Good Will Company', 'Goodwill Company');
    expect(f.pairs).toContainEqual({
      query: 'goodwill',
      candidate: 'goodwill',
      similarity: 1,
      how: 'exact',
    });
    expect(features('van der bilt corp', 'vanderbilt corp').tokenOverlap).toBe(1);
    expect(features('FridrichBuchenberg', 'Friedrich Buchenberg').pairs[0]!.how).toBe('joined');
  });

  it('counts initials that agree and initials that contradict', () => {
    expect(features('J. Smith', 'John Smith').initials).toEqual({
      total: 1,
      agreeing: 1,
      conflicting: 0,
    });
    expect(features('A. Nazarbayev', 'Nursultan Nazarbayev').initials).toEqual({
      total: 1,
      agreeing: 0,
      conflicting: 1,
    });
    expect(features('J. Smith', 'Smith').initials).toEqual({
      total: 1,
      agreeing: 0,
      conflicting: 0,
    });
  });

  it('measures the phonetic share on the shorter name', () => {
    expect(features('Olaf Schulze', 'Olaf Scholz').phonetic).toBe(1);
    expect(features('Daniel Tusk', 'Donald Tusk').phonetic).toBe(0.5);
  });

  it('reads a name run together for the edit similarity', () => {
    expect(features('VladimirPutin', 'Vladimir Putin').editSimilarity).toBe(1);
  });

  it('gives zeros for an empty name', () => {
    expect(features('', 'Putin')).toMatchObject({
      tokenOverlap: 0,
      jaccard: 0,
      phonetic: 0,
      pairs: [],
    });
  });
});
