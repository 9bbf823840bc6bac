import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isControlled } from '../../core/control-lists/control-list.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { once, scratchDir } from '../restricted-parties/restricted-lists.test-support.ts';
import { parseUsCcl, US_CCL_MISSING_HEADING } from './us-ccl.parser.ts';

warnWithoutSharedData('US CCL parser tests on real data');

const CCL = sharedFile('export-controls', 'lists', 'us_ccl_ecfr_2026-07-23.json');

describe.skipIf(!hasSharedData)(
  'parseUsCcl on the eCFR Commerce Control List of 2026-07-23',
  () => {
    const r = once(() => parseUsCcl(CCL, { id: 'us-ccl-2026' }));
    const entry = (code: string) => r().entries.find((e) => e.code === code);

    it('reads the 633 entries of the file and splits out the 4 ECCNs the source parse ran into others', () => {
      // 633 = the file's `entryCount` (PROVENANCE.md §1). The source parse misses ECCNs whose
      // heading markup differs: 0D614, 2B352 and 3E002 sit at the end of the heading of the entry
      // before them (0D606, 2B351, 3E001), 3D006 inside the items of 3D005. Each becomes an entry.
      expect(r().counts).toMatchObject({ rowsRead: 633, rejectedRows: 0, entries: 637 });
      expect(r().issues).toEqual([]);
      expect(r().list).toMatchObject({
        id: 'us-ccl-2026',
        jurisdiction: 'USA',
        regime: 'national',
        isRegimeList: false,
        scheme: 'eccn',
        versionDate: '2026-07-23',
        sourceId: 'control-list:us-ccl-2026',
      });
      expect(r().list.licenceNote).toMatch(/not subject to copyright/);
      expect(r().sources.list.id).toBe('control-list:us-ccl-2026');
      for (const code of ['0D614', '2B352', '3D006', '3E002'])
        expect(r().warnings.some((w) => w.startsWith(`${code} is missing`))).toBe(true);
      // Still absent after the split, and said so.
      expect(r().warnings.find((w) => w.includes('1C012'))).toMatch(/1C012, 8D001/);
      const codes = r().entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('reads 3B001: reasons, and its paragraph labels in the order the list prints them', () => {
      const e = entry('3B001')!;
      expect(e).toMatchObject({
        category: '3',
        group: 'B',
        canonicalCode: '3B001',
        status: 'controlled',
      });
      expect(e.reasons).toEqual(['NS', 'RS', 'AT']);
      const items = e.paragraphs.filter((p) => p.kind === 'item').map((p) => p.label);
      const inOrder = (labels: string[]) =>
        labels
          .map((l) => items.indexOf(l))
          .every((i, k, all) => i >= 0 && (k === 0 || i > all[k - 1]!));
      expect(
        inOrder([
          'a',
          'a.1',
          'a.2',
          'a.3',
          'a.4',
          'a.4.a',
          'b',
          'c',
          'c.1',
          'c.1.a',
          'c.3',
          'c.3.a',
        ]),
      ).toBe(true);
      expect(
        inOrder(['c.4.c', 'd', 'k', 'l', 'm', 'n', 'o', 'p', 'p.1', 'p.2', 'p.3', 'p.4', 'q', 'r']),
      ).toBe(true);
      // Item labels are unique within the entry.
      expect(new Set(items).size).toBe(items.length);
    });

    it('holds the 3B001 paragraphs the US controls beyond Wassenaar (c, d, k–r) as controlled items', () => {
      const byLabel = new Map(
        entry('3B001')!
          .paragraphs.filter((p) => p.kind === 'item')
          .map((p) => [p.label, p]),
      );
      for (const label of ['c', 'c.1.a', 'c.1.c', 'd', 'k', 'l', 'm', 'n', 'p', 'q', 'r'])
        expect(isControlled(byLabel.get(label)!), label).toBe(true);
      // Paragraphs the list keeps as "[Reserved]" control nothing.
      for (const label of ['o', 'p.1', 'p.3', 'b.1', 'c.1.b'])
        expect(byLabel.get(label)).toMatchObject({ status: 'reserved' });
    });

    it('reads back the items whose label the source parse left in their text (3B001.c.3.a–d)', () => {
      const c3 = entry('3B001')!.paragraphs.filter((p) => p.label.startsWith('c.3.'));
      expect(c3.map((p) => [p.label, p.kind])).toEqual([
        ['c.3.a', 'item'],
        ['c.3.b', 'item'],
        ['c.3.c', 'item'],
        ['c.3.d', 'item'],
      ]);
      expect(c3[0]!.text).toBe('Two or more RF independent sources;');
    });

    it('attaches notes to the item they are about, and a note’s numbered points to the note', () => {
      const ps = entry('3B001')!.paragraphs;
      const note = (start: string) => ps.find((p) => p.kind !== 'item' && p.text.startsWith(start));
      expect(note('3B001.c includes etching')).toMatchObject({ label: 'c', kind: 'text' });
      // Technical notes numbered 1–3 after 3B001.c.4.c: each names the paragraph it is about.
      expect(note('3. For the purposes of 3B001.c.3')).toMatchObject({
        label: 'c.3',
        kind: 'definition',
      });
      // "For the purposes of 3B001.f.1.b:" then its points 1 and 2.
      expect(note('For the purposes of 3B001.f.1.b:')?.label).toBe('f.1.b');
      expect(note("2. 'Dedicated chuck overlay' is")).toMatchObject({
        label: 'f.1.b',
        kind: 'definition',
      });
      expect(note('For the purposes of 3B001.r,')).toMatchObject({
        label: 'r',
        kind: 'definition',
      });
      // A note's own lettered points (1A613 Note 3 "… all the following: a. … b. …") are not items.
      const helmets = entry('1A613')!.paragraphs;
      expect(helmets.filter((p) => p.kind === 'item' && p.label === 'a')).toHaveLength(1);
      expect(helmets.find((p) => p.text.startsWith('a. Were first manufactured'))).toMatchObject({
        label: 'c',
        kind: 'note',
      });
    });

    it('tells a note’s lettered points that continue its lettering from the entry’s own items', () => {
      const items = (code: string) =>
        entry(code)!
          .paragraphs.filter((p) => p.kind === 'item')
          .map((p) => p.label);
      // 1C001.a's note lists a.–e.; 1C001.b's note a.–b.; then the entry's own c.
      expect(items('1C001')).toEqual(['a', 'b', 'c', 'c.1', 'c.2', 'c.3', 'c.4', 'c.5']);
      // 4A994 prints the conditions of its control status ("…provided:" a.–c.) before its items.
      expect(items('4A994').filter((l) => !l.includes('.'))).toEqual('abcdefghijkl'.split(''));
      expect(
        entry('4A994')!.paragraphs.find((p) => p.label === 'a' && p.kind === 'item')?.text,
      ).toMatch(/^Electronic computers/);
      // 5A002: the note's a.–j. under 5A002.a, then the entry's own b.–f. and z.
      expect(items('5A002').filter((l) => !l.includes('.'))).toEqual([
        'a',
        'b',
        'c',
        'd',
        'e',
        'f',
        'z',
      ]);
      expect(
        entry('5A002')!.paragraphs.find((p) => p.label === 'b' && p.kind === 'item')?.text,
      ).toMatch(/cryptographic activation token/);
    });

    it('has the US-only advanced-computing entries with their reasons', () => {
      // Regional stability and anti-terrorism only: no Wassenaar (NS) reason behind them.
      for (const code of ['3A090', '4A090', '4E091'])
        expect(entry(code)?.reasons, code).toEqual(['RS', 'AT']);
      expect(entry('4E091')!.heading).toMatch(/artificial intelligence model/);
      expect(entry('3A090')!.paragraphs.some((p) => p.kind === 'item' && p.label === 'a')).toBe(
        true,
      );
    });

    it('splits 3D006 out of 3D005: items a and b and its definitions', () => {
      const d6 = entry('3D006')!;
      expect(d6).toMatchObject({
        heading: US_CCL_MISSING_HEADING,
        reasons: [],
        category: '3',
        group: 'D',
      });
      expect(d6.paragraphs.filter((p) => p.kind === 'item').map((p) => p.label)).toEqual([
        'a',
        'b',
      ]);
      expect(d6.paragraphs.find((p) => p.label === 'a')?.text).toMatch(/'Register Transfer Level'/);
      const defs = d6.paragraphs.filter((p) => p.kind === 'definition');
      expect(defs.map((p) => p.text.slice(0, 40))).toEqual([
        "1. 'Electronic Computer-Aided Design' ('",
        "2. 'Register Transfer Level' ('RTL') is ",
        "3. 'Geometrical Database Standard II' ('",
      ]);
      // 3D005 keeps only its own "list of items is the heading" line.
      expect(entry('3D005')!.paragraphs.some((p) => p.kind === 'item')).toBe(false);
      expect(entry('3D005')!.reasons).toEqual(['NS', 'AT']);
    });

    it('splits 3E002 out of 3E001’s heading and gives each its own reasons', () => {
      expect(entry('3E001')!.heading).not.toMatch(/License Requirements|3E002/);
      expect(entry('3E001')!.reasons).toEqual(['NS', 'MT', 'NP', 'RS', 'AT']);
      expect(entry('3E001')!.paragraphs).toEqual([]);
      const e2 = entry('3E002')!;
      expect(e2.heading).toMatch(
        /^“Technology” according to the General Technology Note other than/,
      );
      expect(e2.paragraphs.filter((p) => p.kind === 'item').map((p) => p.label)).toEqual([
        'a',
        'b',
        'c',
      ]);
      expect(entry('2B352')!.heading).toMatch(/^Equipment Capable of Use in Handling Biological/);
      expect(entry('0D614')!.heading).toMatch(/military training/);
    });

    it('gives categories 0, 2, 6–9 headings only, and takes reasons left among the items', () => {
      expect(entry('9A001')!.paragraphs).toEqual([]);
      // 3C005 has no reasonForControl; its items start "Reason for Control: NS, AT".
      expect(entry('3C005')!.reasons).toEqual(['NS', 'AT']);
      expect(entry('3C005')!.paragraphs.some((p) => p.text.startsWith('Reason for Control'))).toBe(
        false,
      );
    });
  },
);

describe('parseUsCcl on small hand-made files', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());
  const write = (name: string, content: string): string => {
    const file = tmp.path(name);
    writeFileSync(file, content);
    return file;
  };
  const good = {
    eccn: '3B001',
    category: '3',
    productGroup: 'B',
    heading: 'Equipment for the manufacturing of semiconductor devices.',
    reasonForControl: 'NS, RS, AT',
    items: [
      { paragraph: 'a', kind: 'item', depth: 1, text: 'Equipment designed for epitaxial growth;' },
      { paragraph: 'b', kind: 'item', depth: 1, text: '[Reserved]' },
    ],
  };

  it('fails naming the file when it is not JSON or has no entries', () => {
    const notJson = write('not-json.json', 'eccn,heading\n3B001,Equipment\n');
    expect(() => parseUsCcl(notJson, { id: 'x' })).toThrow(
      expect.objectContaining({ code: 'bad_file' }),
    );
    expect(() => parseUsCcl(notJson, { id: 'x' })).toThrow(/not-json\.json: not JSON/);
    const noEntries = write('no-entries.json', JSON.stringify({ ecfrIssueDate: '2026-07-23' }));
    expect(() => parseUsCcl(noEntries, { id: 'x' })).toThrow(
      /no-entries\.json: no "entries" array/,
    );
    expect(() => parseUsCcl(tmp.path('absent.json'), { id: 'x' })).toThrow(
      /absent\.json: file not found/,
    );
  });

  it('reports a bad entry with its index-based line and field, and keeps the others', () => {
    const file = write(
      'bad-entry.json',
      JSON.stringify({
        ecfrIssueDate: '2026-07-23',
        entries: [
          good,
          { ...good, eccn: '3B1' },
          { ...good, eccn: '3B002', items: 'a. Equipment' },
          { ...good, eccn: '3B003', reasonForControl: 'CW, AT.' },
        ],
      }),
    );
    const r = parseUsCcl(file, { id: 'x' });
    expect(r.issues).toEqual([
      {
        file,
        line: 3,
        field: 'eccn',
        reason: 'is not an ECCN (a digit, a letter A–E, three digits: 3B001)',
        value: '3B1',
      },
      { file, line: 4, field: 'items', reason: 'is not an array', value: 'a. Equipment' },
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 4, rejectedRows: 2, entries: 2, paragraphs: 4 });
    expect(r.entries.map((e) => [e.code, e.line])).toEqual([
      ['3B001', 2],
      ['3B003', 5],
    ]);
    expect(r.entries[1]!.reasons).toEqual(['CW', 'AT']);
    expect(r.entries[0]!.paragraphs.map((p) => [p.label, p.status])).toEqual([
      ['a', 'controlled'],
      ['b', 'reserved'],
    ]);
  });

  it('splits items that name a missing ECCN into an entry of their own', () => {
    const file = write(
      'merged.json',
      JSON.stringify({
        ecfrIssueDate: '2026-07-23',
        entries: [
          {
            ...good,
            eccn: '3D005',
            productGroup: 'D',
            items: [
              {
                paragraph: null,
                kind: 'text',
                depth: 0,
                text: 'The list of items controlled is contained in the ECCN heading.',
              },
              { paragraph: 'a', kind: 'item', depth: 1, text: 'Specially designed for RTL;' },
              { paragraph: null, kind: 'text', depth: 0, text: 'For the purposes of 3D006:' },
              {
                paragraph: '1',
                kind: 'note',
                depth: 1,
                text: "'RTL' means register transfer level.",
              },
            ],
          },
        ],
      }),
    );
    const r = parseUsCcl(file, { id: 'x' });
    expect(r.entries.map((e) => [e.code, e.paragraphs.length])).toEqual([
      ['3D005', 1],
      ['3D006', 3],
    ]);
    expect(r.entries[1]!.paragraphs.map((p) => [p.label, p.kind])).toEqual([
      ['a', 'item'],
      ['', 'text'],
      ['', 'definition'],
    ]);
    expect(r.warnings[0]).toMatch(/^3D006 is missing/);
  });
});
