import { describe, expect, it } from 'vitest';
import { consonantSkeleton, metaphoneCodes } from './phonetic-key.ts';

describe('metaphoneCodes', () => {
  it('gives sound-alike names a common code', () => {
    expect(metaphoneCodes('schulze')).toEqual(metaphoneCodes('scholz'));
    expect(metaphoneCodes('sencora')).toEqual(metaphoneCodes('cencora'));
  });

  it('gives the alternative code when it differs', () => {
    expect(metaphoneCodes('schmidt').length).toBe(2);
  });

  it('gives no code to initials and numbers', () => {
    expect(metaphoneCodes('j')).toEqual([]);
    expect(metaphoneCodes('2004')).toEqual([]);
    expect(metaphoneCodes('ahl1')).toEqual([]);
  });
});

describe('consonantSkeleton', () => {
  it.each([
    ['frnndw', 'fernando'],
    ['byryz', 'perez'],
    ['fldymyr', 'vladimir'],
    ['bwtyn', 'putin'],
    ['wldymyr', 'vladimir'],
  ])('gives the Arabic-script %s the skeleton of %s', (unvocalised, latin) => {
    expect(consonantSkeleton(unvocalised)).toBe(consonantSkeleton(latin));
  });

  it('collapses repeated classes and drops vowels, h, w and y', () => {
    expect(consonantSkeleton('fernando')).toBe('brmt');
    expect(consonantSkeleton('mohammad')).toBe('mt');
    expect(consonantSkeleton('aeiou')).toBe('');
  });
});
