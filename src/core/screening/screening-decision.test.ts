import { describe, expect, it } from 'vitest';
import { decisionKey } from './screening-decision.ts';

describe('decisionKey', () => {
  it('is the same for one name in another order, case, punctuation and with diacritics', () => {
    const key = decisionKey('Abdulhai Salek');
    expect(key).toBe('abdulhai salek');
    expect(decisionKey('SALEK, ABDULHAI')).toBe(key);
    expect(decisionKey('  salek   abdulhai ')).toBe(key);
    expect(decisionKey('Šalek Abdulhai')).toBe(key);
  });

  it('leaves legal forms out, so "Huawei Technologies Co., Ltd." and its bare name agree', () => {
    expect(decisionKey('Huawei Technologies Co., Ltd.')).toBe(decisionKey('HUAWEI TECHNOLOGIES'));
  });

  it('tells different names apart', () => {
    expect(decisionKey('Abdulhai Salek')).not.toBe(decisionKey('Abdul Salek'));
  });

  it('is empty for a name without tokens', () => {
    expect(decisionKey(' , . ')).toBe('');
  });
});
