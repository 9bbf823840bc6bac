import { describe, expect, it } from 'vitest';
import { LEGAL_FORM_PHRASES, LEGAL_FORMS, legalFormsConflict } from './legal-forms.ts';

describe('legal forms', () => {
  it('lists every spelling once', () => {
    const variants = LEGAL_FORMS.flatMap((f) => f.variants);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('writes every spelling as normalised tokens', () => {
    for (const v of LEGAL_FORMS.flatMap((f) => f.variants))
      expect(v).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('tries the longest phrase first', () => {
    const sp = LEGAL_FORM_PHRASES.get('sp')!;
    expect(sp[0]!.tokens.length).toBeGreaterThanOrEqual(sp[sp.length - 1]!.tokens.length);
    const open = LEGAL_FORM_PHRASES.get('open')!;
    expect(open[0]!.tokens).toEqual(['open', 'joint', 'stock', 'company']);
  });
});

describe('legalFormsConflict', () => {
  it.each<[string[], string[], boolean]>([
    [['AG'], ['GmbH'], true],
    [['ANO'], ['LLC'], true],
    [['OOO'], ['LLC'], false],
    [['JSC'], ['AG'], false],
    [['Inc'], ['GmbH'], false],
    [[], ['GmbH'], false],
    [['Inc', 'Ltd'], ['GmbH'], false],
  ])('%j against %j: %s', (a, b, conflict) => {
    expect(legalFormsConflict(a, b)).toBe(conflict);
    expect(legalFormsConflict(b, a)).toBe(conflict);
  });
});
