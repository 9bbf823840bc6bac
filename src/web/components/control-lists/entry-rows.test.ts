import { describe, expect, it } from 'vitest';
import { entryRows } from './entry-rows.ts';
import { formatParameter, scaled } from './format.ts';
import type { ListEntry, Paragraph, Parameter } from './queries.ts';

const param = (
  quantity: string,
  comparator: Parameter['comparator'],
  value: number,
): Parameter => ({
  quantity,
  comparator,
  value,
  unit: 'm',
  text: `${quantity} ${comparator} ${value}`,
});

const item = (
  label: string,
  text: string,
  status: Paragraph['status'] = 'controlled',
  parameters: Parameter[] = [],
): Paragraph => ({ label, kind: 'item', status, text, parameters });

const entry = (listId: string, paragraphs: Paragraph[]): ListEntry => ({
  listId,
  code: '3B001',
  canonicalCode: '3B001',
  category: '3',
  group: 'B',
  heading: 'Equipment',
  reasons: [],
  sensitive: null,
  verySensitive: null,
  status: 'controlled',
  paragraphs,
  line: 1,
});

describe('the side-by-side rows of an entry', () => {
  const wa = entry('wa', [
    item('a', 'Epitaxy equipment'),
    item('c', 'Not used since 2015', 'not-used'),
    item('f', 'Lithography', 'controlled', [param('wavelength', '<', 1.93e-7)]),
    { label: 'f', kind: 'note', status: 'controlled', text: 'A note', parameters: [] },
  ]);
  const us = entry('us', [
    item('a', 'Epitaxy equipment;'),
    item('c', 'Etch equipment'),
    item('c.1', 'Dry etching'),
    item('f', 'Lithographic tools', 'controlled', [param('wavelength', '<', 2.45e-7)]),
  ]);
  const rows = entryRows([wa, us]);
  const row = (label: string) => rows.find((r) => r.label === label)!;

  it('aligns the labels of both lists in label order, the entry itself first', () => {
    expect(rows.map((r) => r.label)).toEqual(['', 'a', 'c', 'c.1', 'f']);
    expect(row('c.1').depth).toBe(1);
    expect(row('c.1').cells[0]).toBeNull();
    expect(row('f').cells[0]!.notes.map((n) => n.text)).toEqual(['A note']);
  });

  it('marks a paragraph controlled in only some lists, a "not used" one counting as absent', () => {
    expect(row('c').onlyIn).toEqual(['us']);
    expect(row('c.1').onlyIn).toEqual(['us']);
    expect(row('a').onlyIn).toEqual([]);
    expect(row('f').onlyIn).toEqual([]);
  });

  it('pairs the same quantity across lists and marks the values that differ', () => {
    const [waParam] = wa.paragraphs[2]!.parameters;
    const [usParam] = us.paragraphs[3]!.parameters;
    expect(row('f').differing.get(waParam!)).toEqual(['us']);
    expect(row('f').differing.get(usParam!)).toEqual(['wa']);
  });

  it('says where the wording differs, ignoring the closing punctuation', () => {
    expect(row('a').wordingDiffersFrom).toEqual([null, null]);
    expect(row('f').wordingDiffersFrom).toEqual([null, 0]);
  });

  it('does not compare a list whose source prints no paragraphs for the entry', () => {
    const headingOnly = entry('no', []);
    const r = entryRows([wa, us, headingOnly]).find((x) => x.label === 'a')!;
    expect(r.onlyIn).toEqual([]);
  });
});

describe('the numbers of a paragraph', () => {
  it('writes a normalised value back with an SI prefix', () => {
    const nm = scaled(1.93e-7, 'm');
    expect(nm.unit).toBe('nm');
    expect(nm.value).toBeCloseTo(193, 9);
    expect(scaled(65000, 'eV').unit).toBe('keV');
    expect(scaled(873.15, 'K')).toEqual({ value: 873.15, unit: 'K' });
    expect(formatParameter(param('wavelength', '<=', 4.5e-8), 'en')).toBe('≤ 45 nm');
    expect(formatParameter({ ...param('x', '>=', 0.045), unit: 'A' }, 'fr')).toBe('≥ 45 mA');
  });
});
