import { describe, expect, it } from 'vitest';
import { decisionKey } from '../screening/screening-decision.ts';
import { supplierKey, supplierMention, uniqueSuppliers } from './supplier-name.ts';

describe('supplierKey', () => {
  it.each([
    ['Huawei', 'huawei'],
    ['HUAWEI Technologies Co., Ltd.', supplierKey('Huawei Technologies')],
    ['  Hikvision  ', 'hikvision'],
    ['NSO Group', 'group nso'],
  ])('keys %s as %s', (name, key) => {
    expect(supplierKey(name)).toBe(key);
  });

  it('corrects the misprints of the sources before keying (Hikvsion is Hikvision)', () => {
    expect(supplierKey('Hikvsion')).toBe(supplierKey('Hikvision'));
    expect(supplierKey('iOmnicient')).toBe(supplierKey('iOmniscient'));
  });

  it('is the screening decision key of the name, so recorded decisions apply to the supplier', () => {
    expect(supplierKey('Zhejiang Dahua Technology Co., Ltd.')).toBe(
      decisionKey('Zhejiang Dahua Technology Co., Ltd.'),
    );
  });
});

describe('supplierMention', () => {
  it('keeps the name as printed, misprint included, with the corrected key and the seat', () => {
    expect(supplierMention(' Hikvsion ', 'CHN')).toEqual({
      name: 'Hikvsion',
      key: 'hikvision',
      origin: 'CHN',
    });
  });
});

describe('uniqueSuppliers', () => {
  it('keeps the first mention of each key, in order, and drops names without a key', () => {
    const got = uniqueSuppliers(
      ['Hikvision', 'ZTE', 'Hikvsion', 'GmbH', 'zte'].map((n) => supplierMention(n)),
    );
    expect(got.map((m) => m.name)).toEqual(['Hikvision', 'ZTE', 'GmbH']);
  });
});
