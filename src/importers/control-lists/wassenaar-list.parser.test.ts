import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { ControlEntry } from '../../core/control-lists/control-list.ts';
import { DomainError } from '../../core/errors.ts';
import { readTable } from '../read-table.ts';
import { parseWassenaarList } from './wassenaar-list.parser.ts';

const LISTS = ['export-controls', 'lists'];
const TEXT = sharedFile(...LISTS, 'wassenaar_2025corr_dual_use_and_munitions_list.txt');
const INDEX = sharedFile(...LISTS, 'wassenaar_2025corr_entries.csv');
const hasList = existsSync(TEXT) && existsSync(INDEX);
if (!hasList) warnWithoutSharedData('Wassenaar list parser tests on the 2025 Corr. text');

/** A parse of the shared file, run on first use (skipped suites are still collected). */
function once<T>(load: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: load() }).v;
}

describe.skipIf(!hasList)('parseWassenaarList on WA-LIST (25) 1 Corr.', () => {
  const r = once(() => parseWassenaarList(TEXT, { id: 'wa-2025' }));
  // The derived index of PROVENANCE.md §4, read here only to check the parse against it.
  const index = once(() =>
    readTable(INDEX, [
      'list',
      'five_char_code',
      'not_used_or_none',
      'in_sensitive_list',
      'in_very_sensitive_list',
    ]).rows.map((row) => row.record),
  );
  const dualUse = (): ControlEntry[] => r().entries.filter((e) => e.category !== 'ML');
  const entry = (code: string): ControlEntry => {
    const e = r().entries.find((x) => x.canonicalCode === code);
    if (!e) throw new Error(`${code} not parsed`);
    return e;
  };
  const codesWhere = (pick: (row: Record<string, string>) => boolean): string[] =>
    index()
      .filter((row) => row.list === 'dual_use' && pick(row))
      .map((row) => row.five_char_code!)
      .sort();

  it('describes the list, dated by its footer, citing one source', () => {
    expect(r().list).toMatchObject({
      id: 'wa-2025',
      jurisdiction: 'WA',
      regime: 'wassenaar',
      isRegimeList: true,
      scheme: 'wassenaar',
      versionDate: '2026-01-15',
      sourceId: 'control-list:wa-2025',
    });
    expect(r().list.licenceNote).toMatch(/no redistribution licence/i);
    expect(r().sources.list).toMatchObject({ id: 'control-list:wa-2025', date: '2026-01-15' });
    expect(r().issues).toEqual([]);
    expect(r().warnings).toEqual([]);
  });

  it('reads the 173 dual-use entries of the index, code for code, and ML1 to ML22', () => {
    expect(
      dualUse()
        .map((e) => e.canonicalCode)
        .sort(),
    ).toEqual(codesWhere(() => true));
    expect(new Set(r().entries.map((e) => e.canonicalCode)).size).toBe(r().entries.length);
    const ml = r().entries.filter((e) => e.category === 'ML');
    expect(ml.map((e) => e.canonicalCode)).toEqual(
      Array.from({ length: 22 }, (_, i) => `ML${i + 1}`),
    );
    expect(ml.every((e) => e.group === '' && e.sensitive === null && e.paragraphs.length > 1)).toBe(
      true,
    );
    expect(r().counts.entries).toBe(195);
  });

  it("gives every entry the index's heading (a word hyphenated at a line's end rejoined)", () => {
    const headings = readTable(INDEX, ['five_char_code', 'heading']).rows.map((row) => row.record);
    const differ = headings.filter(
      (row) =>
        entry(row.five_char_code!).heading !== row.heading!.replace(/([a-z])- (?=[a-z])/g, '$1-'),
    );
    expect(differ.map((row) => row.five_char_code)).toEqual([]);
    expect(entry('ML10').heading).toContain('aero-engines');
  });

  it('prints codes as normalised WA codes and keeps Category 5 Part 2 apart from Part 1', () => {
    expect(entry('3B001')).toMatchObject({ code: '3.B.1.', category: '3', group: 'B' });
    // Part 2 continues Part 1's numbering: 5.A.1. is telecommunications, 5.A.2. to 5.A.4.
    // information security, as in EU numbering.
    expect(entry('5A001').heading).toMatch(/^Telecommunications systems/);
    expect(entry('5A002').heading).toMatch(/^"Information security" systems/);
    expect(entry('5E002').code).toBe('5.E.2.');
  });

  it('marks the 13 "Not used since" and "- None" entries as not used', () => {
    const notUsed = dualUse()
      .filter((e) => e.status === 'not-used')
      .map((e) => e.canonicalCode)
      .sort();
    expect(notUsed).toEqual(codesWhere((row) => row.not_used_or_none === '1'));
    expect(notUsed).toHaveLength(13);
    expect(entry('6B005').heading).toBe('LASERS - None');
    expect(entry('4A002').heading).toBe('Not used since 2003');
  });

  it('marks the entries of the Sensitive and Very Sensitive Lists', () => {
    const marked = (f: 'sensitive' | 'verySensitive'): string[] =>
      dualUse()
        .filter((e) => e[f])
        .map((e) => e.canonicalCode)
        .sort();
    // The index has 54: it misses 7E002 (printed "7.E.1. & 7.E.2.") and 8D002 (printed "8.D.2"
    // without its final dot), both in the Sensitive List's Categories 7 and 8.
    expect(marked('sensitive')).toEqual(
      [...codesWhere((row) => row.in_sensitive_list === '1'), '7E002', '8D002'].sort(),
    );
    expect(marked('verySensitive')).toEqual(
      codesWhere((row) => row.in_very_sensitive_list === '1'),
    );
    expect(marked('verySensitive')).toHaveLength(26);
  });

  it("reads 3B001's paragraph tree with its notes", () => {
    const e = entry('3B001');
    expect(e.heading).toBe(
      'Equipment for the manufacturing of semiconductor devices or materials, as follows and specially designed components and accessories therefor:',
    );
    const items = e.paragraphs.filter((p) => p.kind === 'item' && p.label !== '');
    expect(items.map((p) => p.label)).toEqual(
      (
        'a a.1 a.2 a.3 b b.1 b.2 b.3 b.4 b.5 c d e e.1 e.2 f f.1 f.1.a f.1.b f.2 f.3 f.3.a ' +
        'f.3.b f.3.b.1 f.3.b.2 f.3.b.3 f.4 f.4.a f.4.b f.4.b.1 f.4.b.2 g h i j j.1 j.2'
      ).split(' '),
    );
    expect(items.filter((p) => p.status === 'not-used').map((p) => p.label)).toEqual([
      'b.1',
      'c',
      'd',
      'f.3.b.2',
    ]);
    const byLabel = (label: string): string[] =>
      e.paragraphs.filter((p) => p.label === label && p.kind !== 'item').map((p) => p.kind);
    expect(byLabel('a.1')).toEqual(['note']);
    expect(byLabel('e')).toEqual(['note', 'technical-note']);
    expect(byLabel('f.1.b')).toEqual(['technical-note']);
    expect(byLabel('f.2')).toEqual(['note']);
    expect(byLabel('h')).toEqual(['note', 'text']);
    expect(byLabel('j')).toEqual(['technical-note']);
    // The technical note's own list (1., 2.) is its text, across the page break.
    const tn = e.paragraphs.find((p) => p.label === 'e' && p.kind === 'technical-note')!;
    expect(tn.text).toMatch(/^1\. For the purposes of 3\.B\.1\.e\.1\.,.* 2\. For the purposes/);
    // Continuation lines joined, whitespace collapsed; a cross-reference is not a label.
    expect(e.paragraphs.find((p) => p.label === 'f.1.a')?.text).toBe(
      'A light source wavelength shorter than 193 nm; or',
    );
    expect(e.paragraphs.find((p) => p.label === 'e.1')?.text).toContain(
      'specified in 3.B.1.a.1., 3.B.1.a.2., 3.B.1.a.3. or 3.B.1.b. are designed',
    );
  });

  it('reads 3D006, the ECAD software entry of the 2021 plenary', () => {
    const e = entry('3D006');
    expect(e.code).toBe('3.D.6.');
    expect(e.heading).toMatch(/^'Electronic Computer-Aided Design' \('ECAD'\) "software"/);
    expect(e.paragraphs.filter((p) => p.kind === 'item').map((p) => p.label)).toEqual([
      '',
      'a',
      'b',
    ]);
  });

  it('reads deep paths set from the margin (3.A.1.) and notes whose lists are not items (4.A.3., 5.A.2.)', () => {
    const a1 = entry('3A001').paragraphs.filter((p) => p.kind === 'item');
    const labels = a1.map((p) => p.label);
    expect(labels).toEqual(
      expect.arrayContaining(['a.10.c', 'b.4.b.4', 'b.4.f', 'b.7.b.2', 'b.1.a.4.d']),
    );
    expect(a1.find((p) => p.label === 'b.4.f')?.status).toBe('not-used');
    // The deepest: 3.A.1.a.5.b.2.a.1. and .2. (DAC settling time, SFDR).
    const deepest = labels.filter((l) => l.split('.').length === 6);
    expect(deepest).toEqual(['a.5.b.2.a.1', 'a.5.b.2.a.2']);
    expect(labels.some((l) => l.split('.').length > 6)).toBe(false);
    const a3 = entry('4A003').paragraphs.filter((p) => p.kind === 'item' && p.label !== '');
    expect(a3.map((p) => `${p.label}:${p.status}`)).toEqual([
      'a:not-used',
      'b:controlled',
      'c:controlled',
      'd:not-used',
      'e:not-used',
      'f:not-used',
      'g:controlled',
    ]);
    // 5.A.2.'s Note 2 lists a. to j.: none of them is an item.
    const a2 = entry('5A002').paragraphs.filter((p) => p.kind === 'item' && !p.label.includes('.'));
    expect(a2.map((p) => p.label)).toEqual(['', 'a', 'b', 'c', 'd', 'e']);
  });

  it('builds every tree without holes: each item has its parent and the item before it', () => {
    const holes: string[] = [];
    for (const e of r().entries) {
      const seen = new Set(['']);
      for (const p of e.paragraphs.filter((x) => x.kind === 'item' && x.label !== '')) {
        const parts = p.label.split('.');
        const last = parts.pop()!;
        const parent = parts.join('.');
        const before = /^[0-9]+$/.test(last)
          ? String(Number(last) - 1)
          : last.length === 2
            ? last === 'aa'
              ? 'z'
              : String.fromCharCode(last.charCodeAt(0) - 1).repeat(2)
            : String.fromCharCode(last.charCodeAt(0) - 1);
        const first = last === 'a' || last === '1';
        const prev = parent ? `${parent}.${before}` : before;
        if (!seen.has(parent) || (!first && !seen.has(prev)) || seen.has(p.label))
          holes.push(`${e.code}${p.label}`);
        seen.add(p.label);
      }
    }
    expect(holes).toEqual([]);
    const items = r().entries.flatMap((e) => e.paragraphs.filter((p) => p.kind === 'item'));
    expect(items.length).toBeGreaterThan(2000);
  });

  it('reads munitions entries with their paragraphs', () => {
    const ml10 = entry('ML10').paragraphs;
    expect(
      ml10.filter((p) => p.kind === 'item' && !p.label.includes('.')).map((p) => p.label),
    ).toEqual(['', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(ml10.find((p) => p.label === 'b')?.status).toBe('not-used');
    // A note that names its item belongs to it, whatever its column.
    const ml1 = entry('ML1')
      .paragraphs.filter((p) => p.kind === 'note')
      .map((p) => p.label);
    expect(ml1).toEqual(['', 'a', 'b.2', 'b']);
  });

  it('sets aside the annexes, the definitions and the page furniture, by reason', () => {
    const aside = r().counts.setAside;
    for (const reason of [
      'page headers and footers',
      'sensitive list annex',
      'very sensitive list annex',
      'definitions',
      'category annexes',
    ])
      expect(aside[reason], reason).toBeGreaterThan(0);
    expect(r().counts.rowsRead).toBeGreaterThan(13000);
  });
});

describe('parseWassenaarList on small files', () => {
  let dir: string | null = null;
  const write = (name: string, text: string): string => {
    dir ??= mkdtempSync(join(tmpdir(), 'wassenaar-'));
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = [
    '____________________________________________________________________',
    '',
    '                       DUAL-USE LIST - CATEGORY 3 - ELECTRONICS',
    '____________________________________________________________________',
    '3. B. TEST, INSPECTION AND PRODUCTION EQUIPMENT',
    '3. B. 1.    Equipment as follows:',
    '             a. First item;',
    '             c. An item whose label fits nowhere;',
    '             b. Second item;',
    '                Note     3.B.1.b. does not apply to:',
    '                         a. Toys.',
    '3. B. 3.    An entry out of sequence.',
    '3. B. 2.    Not used since 2015',
  ];

  it('reports a label that fits nowhere and an entry out of sequence, keeping both entries', () => {
    const file = write('list.txt', [...page, '- 71 -            15-01-2026', '\f'].join('\n'));
    const r = parseWassenaarList(file, { id: 'wa-test' });
    expect(r.list.versionDate).toBe('2026-01-15');
    expect(r.issues).toEqual([
      expect.objectContaining({ file, line: 8, field: 'label' }),
      expect.objectContaining({ file, line: 13, field: 'code' }),
    ]);
    expect(r.entries.map((e) => `${e.canonicalCode}:${e.status}`)).toEqual([
      '3B001:controlled',
      '3B003:controlled',
      '3B002:not-used',
    ]);
    const ps = r.entries[0]!.paragraphs;
    expect(ps.map((p) => `${p.kind}:${p.label}`)).toEqual(['item:', 'item:a', 'item:b', 'note:b']);
    // The stray line is kept with the paragraph before it, and the note's list stays its text.
    expect(ps[1]!.text).toBe('First item; c. An item whose label fits nowhere;');
    expect(ps[3]!.text).toBe('3.B.1.b. does not apply to: a. Toys.');
  });

  it('takes the date from the options when the file has none', () => {
    const r = parseWassenaarList(write('undated.txt', page.join('\n')), {
      id: 'wa-test',
      date: '2025-12-04',
    });
    expect(r.list.versionDate).toBe('2025-12-04');
    expect(r.entries).toHaveLength(3);
  });

  it('reports a line with an invalid byte and still reads the entry', () => {
    const file = write('bad.txt', '');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${page.slice(0, 7).join('\n')} \xff`, 'latin1'),
        Buffer.from('\n'),
      ]),
    );
    const r = parseWassenaarList(file, { id: 'wa-test' });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file, line: 7 });
    expect(r.issues[0]!.reason).toMatch(/UTF-8/);
    expect(r.entries.map((e) => e.canonicalCode)).toEqual(['3B001']);
  });

  it('throws a bad_file error naming a file it cannot read', () => {
    const missing = join(tmpdir(), 'no-such-wassenaar-list.txt');
    expect(() => parseWassenaarList(missing, { id: 'wa-test' })).toThrow(DomainError);
    expect(() => parseWassenaarList(missing, { id: 'wa-test' })).toThrow(missing);
    const empty = write('empty.txt', '');
    expect(() => parseWassenaarList(empty, { id: 'wa-test' })).toThrow(/empty/);
  });
});
