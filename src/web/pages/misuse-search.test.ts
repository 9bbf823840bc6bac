import { describe, expect, it } from 'vitest';
import {
  caseHref,
  caseSearch,
  countryCasesHref,
  misuseSearch,
  supplierHref,
  supplierSearch,
} from './misuse-search.ts';

describe('the illiberal-technology pages’ address state', () => {
  it('keeps the case filters the API takes and drops the others', () => {
    expect(
      misuseSearch({
        country: 'ind',
        kind: 'internet-shutdown',
        technology: 'shutdown',
        year: '2024',
        supplier: '  Hikvision ',
        source: 'keepiton',
        offset: '100',
        q: ' hua ',
      }),
    ).toEqual({
      country: 'IND',
      kind: 'internet-shutdown',
      technology: 'shutdown',
      year: 2024,
      supplier: 'Hikvision',
      source: 'keepiton',
      offset: 100,
      q: 'hua',
    });
    expect(
      misuseSearch({
        country: 'India',
        kind: 'war',
        technology: 'lasers',
        year: '24',
        supplier: ' ',
        source: 'Keep It On',
        offset: '-50',
      }),
    ).toEqual({
      country: undefined,
      kind: undefined,
      technology: undefined,
      year: undefined,
      supplier: undefined,
      source: undefined,
      offset: undefined,
      q: undefined,
    });
  });

  it('reads a year given as a number and refuses one outside 1900–2100', () => {
    expect(misuseSearch({ year: 2016 }).year).toBe(2016);
    expect(misuseSearch({ year: '1899' }).year).toBeUndefined();
    expect(misuseSearch({ year: '2024; drop' }).year).toBeUndefined();
  });

  it('brings an offset down to the start of its page and leaves the first page out', () => {
    expect(misuseSearch({ offset: '120' }).offset).toBe(100);
    expect(misuseSearch({ offset: 49 }).offset).toBeUndefined();
    expect(misuseSearch({ offset: '0' }).offset).toBeUndefined();
  });

  it('links a supplier and a case with their names encoded, read back the same', () => {
    const supplier = supplierHref('Huawei & Co / NSO');
    expect(supplier).toBe('#/misuse/supplier?name=Huawei%20%26%20Co%20%2F%20NSO');
    expect(supplierSearch(Object.fromEntries(new URLSearchParams(supplier.split('?')[1])))).toEqual(
      { name: 'Huawei & Co / NSO' },
    );
    const id = 'access-now-stop-2016-2025:2024:2024-01-05:ind:jammu & kashmir';
    const c = caseHref(id);
    expect(caseSearch(Object.fromEntries(new URLSearchParams(c.split('?')[1])))).toEqual({ id });
    expect(countryCasesHref('MMR')).toBe('#/misuse?country=MMR');
    expect(supplierSearch({ name: 'x'.repeat(301) })).toEqual({ name: undefined });
  });
});
