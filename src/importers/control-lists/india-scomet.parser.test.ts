import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isControlled } from '../../core/control-lists/control-list.ts';
import { DomainError } from '../../core/errors.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { readTable } from '../read-table.ts';
import { parseIndiaScomet, SCOMET_SET_ASIDE } from './india-scomet.parser.ts';

warnWithoutSharedData('India SCOMET parser tests on real data');

const LISTS = (name: string): string => sharedFile('export-controls', 'lists', name);
const SCOMET = LISTS('india_scomet_2024-09-02.txt');
const INDEX = LISTS('india_scomet_2024_category8_entries.csv');

/** A parse of the shared file, run on first use (skipped suites must not read it). */
function once<T>(load: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: load() }).v;
}

describe.skipIf(!hasSharedData)('parseIndiaScomet on the SCOMET list as on 02.09.2024', () => {
  const r = once(() => parseIndiaScomet(SCOMET, { id: 'in-scomet-2024' }));
  const entry = (code: string) => r().entries.find((e) => e.code === code)!;
  const labels = (code: string, kind = 'item') =>
    entry(code)
      .paragraphs.filter((p) => p.kind === kind)
      .map((p) => p.label);

  it('describes the list as India’s implementation of the Wassenaar list, dated by the file', () => {
    expect(r().list).toMatchObject({
      id: 'in-scomet-2024',
      jurisdiction: 'IND',
      regime: 'wassenaar',
      isRegimeList: false,
      scheme: 'scomet',
      versionDate: '2024-09-02',
      sourceId: 'control-list:in-scomet-2024',
    });
    expect(r().list.licenceNote).toMatch(/not confirmed/);
    expect(r().sources.list).toMatchObject({
      id: 'control-list:in-scomet-2024',
      date: '2024-09-02',
    });
  });

  it('reads the same 171 Category 8 entries as the derived index, mapped to the same WA codes', () => {
    // The index was derived from the same extraction, so both lack 8C103 (magnetic metals, absent
    // from the text), and neither counts 8B603: it is printed only inside 8B602's heading
    // ("… 8A602.a.1.d8B603. CAMERAS – (Reserved)"), as Wassenaar's "6.B.3. – None" placeholder.
    const index = readTable(INDEX, ['scomet_code', 'five_char_equivalent', 'group']).rows.map(
      (row) => row.record,
    );
    expect(index).toHaveLength(171);
    expect(r().counts.entries).toBe(171);
    expect(
      r()
        .entries.map((e) => e.code)
        .sort(),
    ).toEqual(index.map((i) => i.scomet_code).sort());
    for (const i of index) {
      const e = entry(i.scomet_code!);
      expect(e.canonicalCode).toBe(i.five_char_equivalent);
      expect(e.group).toBe(i.group);
      expect(e.category).toBe(i.five_char_equivalent![0]);
    }
    expect(entry('8C103')).toBeUndefined();
    expect(r().warnings).toContainEqual(
      expect.stringMatching(/8B603 is printed only as a reserved placeholder/),
    );
    expect(entry('8B602').heading).toMatch(/specified by 8A602\.a\.1\.b or 8A602\.a\.1\.d$/);
  });

  it('sets categories 0–7, the front matter and the forms aside with counts', () => {
    const { counts } = r();
    expect(counts.setAside[SCOMET_SET_ASIDE.otherCategories]).toBeGreaterThan(4000);
    expect(counts.setAside[SCOMET_SET_ASIDE.frontMatter]).toBeGreaterThan(1000);
    expect(counts.setAside[SCOMET_SET_ASIDE.annexures]).toBeGreaterThan(0);
    // The list of explosives annexed to 8A108 is printed after 8E102 and belongs to neither.
    expect(counts.setAside[SCOMET_SET_ASIDE.annex]).toBeGreaterThan(50);
    expect(
      entry('8E102')
        .paragraphs.map((p) => p.text)
        .join(' '),
    ).not.toMatch(/ADNBF/);
    expect(counts.rowsRead).toBeGreaterThan(15_900);
    expect(counts.paragraphs).toBe(r().entries.reduce((n, e) => n + e.paragraphs.length, 0));
    // No entry code of categories 0–7 (e.g. 3A101, 6A001) leaked into the entries.
    expect(r().entries.every((e) => e.code.startsWith('8'))).toBe(true);
  });

  it('has 8D306, the ECAD software for GAAFET that Norway’s 2022 list lacks, as 3D006', () => {
    expect(entry('8D306')).toMatchObject({
      canonicalCode: '3D006',
      category: '3',
      group: 'D',
      reasons: [],
      sensitive: null,
      verySensitive: null,
      status: 'controlled',
    });
    expect(entry('8D306').heading).toMatch(/^'Electronic Computer-Aided Design'.*GAAFET/);
    expect(labels('8D306')).toEqual(['a', 'b']);
  });

  it('reads 8B301’s tree as printed: a–j, with c and d reserved and f to four levels', () => {
    const e = entry('8B301');
    expect(e).toMatchObject({ canonicalCode: '3B001', category: '3', group: 'B', line: 11101 });
    expect(e.heading).toMatch(
      /^Equipment for the manufacturing of semiconductor devices.*therefor:$/,
    );
    expect(labels('8B301')).toEqual([
      ...['a', 'a.1', 'a.2', 'a.3'],
      ...['b', 'b.1', 'b.2', 'b.3', 'b.4', 'b.5', 'c', 'd'],
      ...['e', 'e.1', 'e.2'],
      ...['f', 'f.1', 'f.1.a', 'f.1.b', 'f.2', 'f.3', 'f.3.a', 'f.3.b'],
      ...['f.3.b.1', 'f.3.b.2', 'f.3.b.3', 'f.4', 'f.4.a', 'f.4.b', 'f.4.b.1', 'f.4.b.2'],
      ...['g', 'h', 'i', 'j', 'j.1', 'j.2'],
    ]);
    const status = (label: string) => e.paragraphs.find((p) => p.label === label)!.status;
    // Unlike Wassenaar's "Not used since 2015/2011", SCOMET prints 3B001.c and .d as reserved.
    expect([status('b.1'), status('c'), status('d'), status('f.3.b.2')]).toEqual(
      Array(4).fill('reserved'),
    );
    expect(e.paragraphs.find((p) => p.label === 'f.1.a')!.text).toBe(
      'A light source wavelength shorter than 193 nm; or',
    );
    // Notes sit under the item they follow, their text without the "Note" marker.
    const notes = e.paragraphs.filter((p) => p.kind !== 'item');
    expect(notes.map((p) => [p.kind, p.label])).toEqual([
      ['note', 'a.1'],
      ['note', 'e.2'],
      ['technical-note', 'e.2'],
      ['technical-note', 'f.1.b'],
      ['note', 'f.2'],
      ['note', 'h'],
      ['text', 'h'],
      ['technical-note', 'j.2'],
    ]);
    expect(notes[0]!.text).toBe('8B301.a.1 includes atomic layer epitaxy (ALE) equipment.');
    expect(notes[6]!.text).toMatch(
      /^For masks and reticles, specially designed for optical sensors/,
    );
    expect(notes.every((p) => !isControlled(p))).toBe(true);
  });

  it('cuts a line glued to the next entry: 8A801 starts inside "… 1,000 m;8A801 b."', () => {
    expect(labels('8A801').slice(0, 8)).toEqual([
      'a',
      'b',
      'b.1',
      'b.1.a',
      'b.1.b',
      'b.2',
      'b.3',
      'b.3.a',
    ]);
    expect(labels('8A801')).toContain('c');
    expect(entry('8A801').paragraphs.find((p) => p.label === 'a')!.text).toBe(
      'Manned, tethered submersible vehicles designed to operate at depths exceeding 1,000 m;',
    );
    // "8A602.b, 8A608 or 8B608.8D603   Other "software" as follows:" ends 8D602 and starts 8D603.
    expect(entry('8D602').paragraphs.at(-1)!.text).toMatch(/8A602\.b, 8A608 or 8B608\.$/);
    expect(entry('8D603').heading).toBe('Other "software" as follows:');
    expect(labels('8D603').filter((l) => !l.includes('.'))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('reads 8A201 despite the stray "1." before its heading, and warns of it with its line', () => {
    expect(entry('8A201').heading).toBe(
      'Anti-friction bearings, bearing systems and components, as follows:',
    );
    // Damage read around and kept is a warning with its line; no entry is bad.
    expect(r().warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${SCOMET.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8797: paragraph: label '1\\.' fits nowhere`,
        ),
      ),
    );
    // Every warning with a line names a line of Category 8 (which starts at line 7741).
    for (const w of r().warnings) {
      const m = /:(\d+): /.exec(w);
      if (m) expect(Number(m[1])).toBeGreaterThanOrEqual(7741);
    }
    expect(r().issues).toEqual([]);
    expect(r().counts.rejectedRows).toBe(0);
  });

  it('keeps an entry without items as one item of its whole text', () => {
    expect(entry('8A303').paragraphs).toEqual([
      expect.objectContaining({ label: '', kind: 'item', status: 'controlled' }),
    ]);
    expect(entry('8A303').paragraphs[0]!.text).toMatch(/^Spray cooling .* components therefor\.$/);
  });
});

describe('parseIndiaScomet on small files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'india-scomet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  };
  const SMALL = [
    '                 Annexure to Notification No.25 dated 02.09.2024', // 1
    ' Category 0: Nuclear materials', // 2
    '0A001 Nuclear reactors', // 3
    'CATEGORY 8 Special Materials and Related Equipment', // 4
    '8B3     ELECTRONICS (TEST, INSPECTION AND PRODUCTION EQUIPMENT)', // 5
    '8B301      Equipment for the manufacturing of semiconductor devices, as follows:', // 6
    '            a. Equipment designed for epitaxial growth;', // 7
    '            c. Equipment designed for ion implantation;', // 8
    '\f                   Appendix 3 – SCOMET List', // 9
    '8B302   Test equipment as follows:', // 10
    '        a. For testing S-parameters;', // 11
    '           Note 8B302.a does not apply to:', // 12
    '                a. Probes;', // 13
    '                b. Cables.', // 14
    '        b. (Reserved)', // 15
    '8B302   c. Not used since 2015', // 16
    '    ANNEXURE – 1', // 17
    '  1.  Name and address of the Supplier:', // 18
  ];

  it('reports a label that fits nowhere with its line, and keeps its text with the item before', () => {
    const file = write('small.txt', SMALL);
    const r = parseIndiaScomet(file, { id: 'small' });
    expect(r.list.versionDate).toBe('2024-09-02');
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^.*small\\.txt:8: paragraph: label 'c\\.' fits nowhere after 'a' in 8B301`),
      ),
    ]);
    expect(r.entries.map((e) => [e.code, e.canonicalCode, e.line])).toEqual([
      ['8B301', '3B001', 6],
      ['8B302', '3B002', 10],
    ]);
    expect(r.entries[0]!.paragraphs).toEqual([
      {
        label: 'a',
        kind: 'item',
        status: 'controlled',
        text: 'Equipment designed for epitaxial growth; Equipment designed for ion implantation;',
        parameters: [],
      },
    ]);
    expect(r.entries[1]!.paragraphs.map((p) => [p.label, p.kind, p.status, p.text])).toEqual([
      ['a', 'item', 'controlled', 'For testing S-parameters;'],
      ['a', 'note', 'controlled', '8B302.a does not apply to: a. Probes; b. Cables.'],
      ['b', 'item', 'reserved', '(Reserved)'],
      ['c', 'item', 'not-used', 'Not used since 2015'],
    ]);
    expect(r.counts).toMatchObject({
      rowsRead: 18,
      entries: 2,
      paragraphs: 5,
      rejectedRows: 0,
      setAside: {
        [SCOMET_SET_ASIDE.frontMatter]: 1,
        [SCOMET_SET_ASIDE.otherCategories]: 2,
        [SCOMET_SET_ASIDE.groupText]: 2,
        [SCOMET_SET_ASIDE.pageFurniture]: 1,
        [SCOMET_SET_ASIDE.annexures]: 2,
      },
    });
  });

  it('takes --date over the file, and reports a file that gives no date and no --date', () => {
    expect(
      parseIndiaScomet(write('dated.txt', SMALL), { id: 'x', date: '2024-10-01' }).list,
    ).toMatchObject({ versionDate: '2024-10-01' });
    const undated = write('undated.txt', SMALL.slice(1));
    expect(parseIndiaScomet(undated, { id: 'x' }).issues).toContainEqual(
      expect.objectContaining({ file: undated, line: 1, field: 'date' }),
    );
  });

  it('reports a text without Category 8 instead of throwing', () => {
    const file = write('other.txt', ['Some other list', '1A001 Components']);
    const r = parseIndiaScomet(file, { id: 'x' });
    expect(r.entries).toEqual([]);
    expect(r.issues).toContainEqual(expect.objectContaining({ file, line: 1, field: 'text' }));
  });

  it('throws bad_file naming a file that is missing or empty', () => {
    const missing = join(dir, 'missing.txt');
    expect(() => parseIndiaScomet(missing, { id: 'x' })).toThrow(DomainError);
    expect(() => parseIndiaScomet(missing, { id: 'x' })).toThrow(missing);
    const empty = write('empty.txt', []);
    expect(() => parseIndiaScomet(empty, { id: 'x' })).toThrow(/empty\.txt: the file is empty/);
  });
});
