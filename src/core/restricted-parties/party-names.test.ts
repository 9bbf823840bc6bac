import { describe, expect, it } from 'vitest';
import { collectNames, isLatinScript, nameKey, slugOf } from './party-names.ts';

describe('isLatinScript', () => {
  it.each([
    ['Huawei Technologies Co., Ltd.', true],
    ['Bee İnșaat Mimarlik A.Ș.', true],
    ['Müller Markt 22', true],
    ['ООО «ЦСТ»', false],
    ['深圳市亿路发科技有限公司', false],
    ['Si2マイクロシステムズ', false],
    ['ساكسيس افييشن', false],
    ['', true],
  ])('%s → %s', (name, latin) => expect(isLatinScript(name)).toBe(latin));
});

describe('slugOf', () => {
  it('folds case, diacritics, apostrophes and punctuation', () => {
    expect(slugOf('AVIC Xi’an Aircraft Industry Group Company Ltd.')).toBe(
      'avic-xian-aircraft-industry-group-company-ltd',
    );
    expect(slugOf("AVIC Xi'an Aircraft Industry Group Company Ltd.")).toBe(
      'avic-xian-aircraft-industry-group-company-ltd',
    );
    expect(slugOf('Müller Markt (HK) Limited')).toBe('muller-markt-hk-limited');
  });

  it('keeps letters of other scripts', () => {
    expect(slugOf('洛克希德·马丁公司')).toBe('洛克希德-马丁公司');
  });
});

describe('collectNames', () => {
  it('takes the first name as primary and sorts the others by script, once each', () => {
    expect(
      collectNames([
        'JSC Sirius',
        'JSC Concern Sirius',
        'jsc  sirius',
        'Открытое Акционерное Общество «Концерн «Сириус»',
        '',
        'JSC CONCERN SIRIUS',
      ]),
    ).toEqual({
      name: 'JSC Sirius',
      aliases: ['JSC Concern Sirius'],
      originalScriptNames: ['Открытое Акционерное Общество «Концерн «Сириус»'],
    });
  });

  it('keeps a non-Latin primary name', () => {
    expect(collectNames(['ООО ЦСТ', 'LLC CST']).name).toBe('ООО ЦСТ');
  });

  it('treats diacritics as the same spelling', () => {
    expect(nameKey('Müller Markt')).toBe(nameKey('MULLER  MARKT'));
  });
});
