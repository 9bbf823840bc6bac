// Canonical JSON: one text per value (sorted keys, no whitespace), and refusals naming the path.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], é: 'x' })).toBe(
      '{"a":[3,{"c":null,"d":true}],"b":1,"é":"x"}',
    );
  });

  it('gives the same text for the same value whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(
      canonicalJson({ y: { q: 3, p: 2 }, x: 1 }),
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785', () => {
    // RFC 8785 §3.2.3's example: "\r" < "1" < "\u0080" < "ö" < "€" < "😀" < "\ufb33". (An
    // object literal lists the integer-like key "1" first: the order must come from the sort.)
    const value = {
      '\u20ac': 5,
      '\r': 1,
      '\ufb33': 7,
      '1': 2,
      '\ud83d\ude00': 6,
      '\u0080': 3,
      '\u00f6': 4,
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":1,"1":2,"\u0080":3,"\u00f6":4,"\u20ac":5,"\ud83d\ude00":6,"\ufb33":7}',
    );
  });

  it('writes numbers and strings as JSON.stringify does (RFC 8785 for these values)', () => {
    expect(canonicalJson([0, -0, 1.5, 1e21, 1e-7, -3, 0.1 + 0.2, 1 / 3])).toBe(
      '[0,0,1.5,1e+21,1e-7,-3,0.30000000000000004,0.3333333333333333]',
    );
    expect(canonicalJson('tab\there "q" \\ \u0001 é')).toBe('"tab\\there \\"q\\" \\\\ \\u0001 é"');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(Object.create(null) as object)).toBe('{}');
  });

  it('rejects what JSON cannot hold faithfully, naming where', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow('canonical JSON: $.a is undefined');
    expect(() => canonicalJson({ votes: [{ w: NaN }] })).toThrow('$.votes[0].w is NaN');
    expect(() => canonicalJson([1, Infinity])).toThrow('$[1] is Infinity');
    expect(() => canonicalJson({ 'a b': -Infinity })).toThrow('$["a b"] is -Infinity');
    const holes: number[] = [1];
    holes[2] = 3;
    expect(() => canonicalJson(holes)).toThrow('$[1] is undefined');
    expect(() => canonicalJson(10n)).toThrow('$ is bigint');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('$.f is function');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow('$.at is a Date');
    expect(() => canonicalJson(new Map())).toThrow('$ is a Map');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow('$.self refers back to itself');
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { k: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
  });
});
