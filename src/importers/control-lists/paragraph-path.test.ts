import { describe, expect, it } from 'vitest';
import { ParagraphPath, successor } from './paragraph-path.ts';

describe('successor', () => {
  it('counts letters, doubled letters and numbers', () => {
    expect(successor('b')).toBe('c');
    expect(successor('z')).toBe('aa');
    expect(successor('aa')).toBe('bb');
    expect(successor('9')).toBe('10');
    expect(successor('ab')).toBeNull();
  });
});

describe('ParagraphPath', () => {
  it('opens levels with a and 1, alternating letters and numbers', () => {
    const p = new ParagraphPath();
    expect(p.push('a')).toBe('a');
    expect(p.push('1')).toBe('a.1');
    expect(p.push('a')).toBe('a.1.a');
    expect(p.depth).toBe(3);
    expect(p.push('b')).toBe('a.1.b');
    expect(p.push('2')).toBe('a.2');
    expect(p.push('b')).toBe('b');
    expect(p.current).toBe('b');
  });

  it('refuses a label that neither follows an open one nor starts a level, leaving the path', () => {
    const p = new ParagraphPath();
    expect(p.push('b')).toBeNull();
    expect(p.push('1')).toBeNull();
    p.push('a');
    expect(p.push('c')).toBeNull();
    expect(p.push('3')).toBeNull();
    expect(p.current).toBe('a');
  });

  it('breaks a tie between open levels by the column the label is printed at', () => {
    const p = new ParagraphPath();
    p.push('a', 12);
    p.push('1', 17);
    p.push('a', 22);
    // `b` follows both `a`s: the column says which.
    expect(p.peek('b', 12)).toEqual({ path: 'b', depth: 1 });
    expect(p.peek('b', 22)).toEqual({ path: 'a.1.b', depth: 3 });
    expect(p.push('b', 13)).toBe('b');
  });

  it('without columns, prefers the deepest level', () => {
    const p = new ParagraphPath();
    p.set(['a', '1', 'a']);
    expect(p.push('b')).toBe('a.1.b');
  });

  it('sets the path from a margin code, with one column per label or the last one', () => {
    const p = new ParagraphPath();
    expect(p.set(['f', '2'], [11, 16])).toBe('f.2');
    expect(p.push('3', 16)).toBe('f.3');
    p.set(['f', '3', 'b'], 21);
    // f and 3 kept their columns (same labels as before), so `g` at 11 is a sibling of `f`.
    expect(p.ownerAt(20)).toBe('f.3');
    expect(p.push('g', 11)).toBe('g');
  });

  it('gives a note to the deepest item printed left of it', () => {
    const p = new ParagraphPath();
    p.set(['e'], 12);
    p.push('1', 17);
    p.push('2', 17);
    expect(p.ownerAt(17)).toBe('e');
    expect(p.ownerAt(22)).toBe('e.2');
    expect(p.ownerAt(11)).toBe('');
    p.reset();
    expect(p.ownerAt(30)).toBe('');
    expect(p.depth).toBe(0);
  });

  it('counts a level whose column is unknown as left of any note', () => {
    const p = new ParagraphPath();
    p.set(['b', '4']);
    expect(p.ownerAt(0)).toBe('b.4');
  });
});
