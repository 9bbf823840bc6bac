import { describe, expect, it } from 'vitest';
import { patronymicStem, prepareName, tokenKind, TOKEN_WEIGHTS } from './prepared-name.ts';

describe('tokenKind', () => {
  it.each([
    ['vladimir', 'word'],
    ['bank', 'generic'],
    ['al', 'particle'],
    ['bin', 'particle'],
    ['vladimirovich', 'patronymic'],
    ['wladimirowitsch', 'patronymic'],
    ['viktorovna', 'patronymic'],
    ['j', 'initial'],
    ['2004', 'number'],
    ['ivanovic', 'patronymic'],
    ['ivanov', 'word'],
  ] as const)('%s is a %s', (token, kind) => {
    expect(tokenKind(token)).toBe(kind);
  });
});

describe('patronymicStem', () => {
  it('drops the ending', () => {
    expect(patronymicStem('vladimirovich')).toBe('vladimir');
    expect(patronymicStem('wladimirowitsch')).toBe('wladimir');
  });
});

describe('prepareName', () => {
  it('weighs tokens by kind and sums the weights', () => {
    const p = prepareName('Bashar al-Assad');
    expect(p.tokens.map((t) => [t.text, t.kind, t.weight])).toEqual([
      ['bashar', 'word', 1],
      ['al', 'particle', TOKEN_WEIGHTS.particle],
      ['assad', 'word', 1],
    ]);
    expect(p.totalWeight).toBeCloseTo(2 + TOKEN_WEIGHTS.particle);
  });

  it('gives Han tokens the kind word, whatever their spelling', () => {
    expect(prepareName('杜德').tokens.map((t) => t.kind)).toEqual(['word', 'word']);
  });

  it('keeps phonetic codes for words only', () => {
    const [j, smith] = prepareName('J. Smith').tokens;
    expect(j!.codes).toEqual([]);
    expect(smith!.codes.length).toBeGreaterThan(0);
  });
});
