import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { ControlEntry } from '../../core/control-lists/control-list.ts';
import { DomainError } from '../../core/errors.ts';
import { once, scratchDir } from '../restricted-parties/restricted-lists.test-support.ts';
import { parseEuAnnexIText } from './eu-annex-i-text.parser.ts';

warnWithoutSharedData('EU Annex I text parser tests on real data');

const LISTS = (name: string): string => sharedFile('export-controls', 'lists', name);
const NORWAY = LISTS('norway_list_II_dual_use_2022.txt');

/** The entry's paragraphs as `label kind status` lines, in the order printed. */
const tree = (e: ControlEntry | undefined): string[] =>
  (e?.paragraphs ?? []).map((p) => `${p.label} ${p.kind} ${p.status}`.replace(/^ /, ''));
const items = (e: ControlEntry | undefined): string[] =>
  (e?.paragraphs ?? []).filter((p) => p.kind === 'item').map((p) => p.label);

describe.skipIf(!hasSharedData)("parseEuAnnexIText on Norway's List II (2022)", () => {
  const r = once(() =>
    parseEuAnnexIText(NORWAY, { id: 'no-list-ii-2022', date: '2022-03-01', jurisdiction: 'NOR' }),
  );
  const entry = (code: string): ControlEntry | undefined =>
    r().entries.find((e) => e.code === code);

  it('reads the list as a Norwegian, EU-numbered implementation of the regimes', () => {
    expect(r().list).toMatchObject({
      id: 'no-list-ii-2022',
      jurisdiction: 'NOR',
      regime: 'wassenaar',
      isRegimeList: false,
      scheme: 'eu',
      versionDate: '2022-03-01',
      sourceId: 'control-list:no-list-ii-2022',
    });
    expect(r().list.licenceNote).toMatch(/Copyright Act §14/);
    expect(r().sources.list).toMatchObject({
      id: 'control-list:no-list-ii-2022',
      date: '2022-03-01',
    });
  });

  it('finds the 366 entry codes of the derived CSV, and no other, without a problem', () => {
    const csv = readFileSync(LISTS('norway_list_II_2022_entries.csv'), 'utf-8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(',')[0]!);
    const codes = r().entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...new Set(csv)].sort());
    expect(r().counts.entries).toBe(366);
    expect(r().issues).toEqual([]);
    expect(r().warnings).toEqual([]);
    for (const e of r().entries) {
      expect(e.canonicalCode).toBe(e.code);
      expect(e.category + e.group).toBe(e.code.slice(0, 2));
    }
  });

  it('has no 3D006: the 2022 list predates the ECAD entry Wassenaar agreed in December 2021', () => {
    expect(entry('3D006')).toBeUndefined();
    expect(entry('3D005')).toBeDefined();
  });

  it('leaves page numbers, running headers and "continued" markers out of every text', () => {
    const aside = r().counts.setAside;
    expect(aside['page numbers']).toBeGreaterThan(100);
    expect(aside['running headers']).toBeGreaterThan(100);
    expect(aside['"continued" markers']).toBeGreaterThan(50);
    const texts = r().entries.flatMap((e) => [e.heading, ...e.paragraphs.map((p) => p.text)]);
    expect(texts.filter((t) => /CATEGORY \d|\bcontinued$/.test(t))).toEqual([]);
  });

  it("builds 3B001's tree as the 2022 text prints it: c and d not used, f.1.a/b, f.3.b.1–3, g–j", () => {
    const e = entry('3B001');
    expect(e?.heading).toBe(
      'Equipment for the manufacturing of semiconductor devices or materials, as follows and ' +
        'specially designed components and accessories therefor',
    );
    expect(items(e)).toEqual(
      [
        'a a.1 a.2 a.3',
        'b b.1 b.2 b.3 b.4 b.5',
        'c d',
        'e e.1 e.2',
        'f f.1 f.1.a f.1.b f.2 f.3 f.3.a f.3.b f.3.b.1 f.3.b.2 f.3.b.3',
        'f.4 f.4.a f.4.b f.4.b.1 f.4.b.2',
        'g h i',
        'j j.1 j.2',
      ]
        .join(' ')
        .split(' '),
    );
    const notUsed = e?.paragraphs.filter((p) => p.status === 'not-used').map((p) => p.label);
    expect(notUsed).toEqual(['b.1', 'c', 'd', 'f.3.b.2']);
    // Notes sit with the item they qualify; the Technical Notes' own points (1., 2.) stay inside.
    expect(tree(e).filter((t) => !t.includes(' item '))).toEqual([
      'text controlled',
      'a.1 note controlled',
      'e note controlled',
      'e technical-note controlled',
      'f.1.b technical-note controlled',
      'f.2 note controlled',
      'h note controlled',
      'h text controlled',
      'j technical-note controlled',
    ]);
    const p = (label: string, kind = 'item') =>
      e?.paragraphs.find((x) => x.label === label && x.kind === kind)?.text;
    expect(p('')).toBeUndefined();
    expect(e?.paragraphs[0]?.text).toBe('SEE ALSO 2B226');
    expect(p('f.1.a')).toBe('A light source wavelength shorter than 193 nm; or');
    expect(p('a.1')).toBe(
      'Equipment designed or modified to produce a layer of any material other than silicon ' +
        'with a thickness uniform to less than ± 2,5% across a distance of 75 mm or more;',
    );
    expect(p('e', 'technical-note')).toMatch(
      /^1\. For the purpose of 3B001\.e\., 'semiconductor process tools'.* 2\. For the purpose/,
    );
    expect(p('h', 'text')).toBe(
      'For masks and reticles, specially designed for optical sensors, see 6B002.',
    );
  });

  it('reads 5A002: a.1–a.4 (a.4.a/b) and b–e, with the Cryptography notes on a', () => {
    const e = entry('5A002');
    expect(items(e)).toEqual([
      'a',
      'a.1',
      'a.2',
      'a.3',
      'a.4',
      'a.4.a',
      'a.4.b',
      'b',
      'c',
      'd',
      'd.1',
      'd.2',
      'e',
    ]);
    expect(tree(e).filter((t) => t.startsWith('a ') && !t.includes(' item '))).toEqual([
      'a technical-note controlled',
      'a note controlled',
      'a note controlled',
    ]);
    // Note 2's exclusions (a. to j.) are the note's points, not items of 5A002.a.
    expect(e?.paragraphs.filter((p) => p.kind === 'note')[1]?.text).toMatch(
      /^5A002\.a\. does not control any of the following.* b\. .* j\. /,
    );
  });

  it('reads 4A003: a and d–f not used, entry-level notes before the items, c with two notes', () => {
    const e = entry('4A003');
    expect(items(e)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(e?.paragraphs.filter((p) => p.status === 'not-used').map((p) => p.label)).toEqual([
      'a',
      'd',
      'e',
      'f',
    ]);
    expect(tree(e).slice(0, 2)).toEqual(['note controlled', 'note controlled']);
    expect(tree(e).filter((t) => t.startsWith('c '))).toEqual([
      'c item controlled',
      'c note controlled',
      'c note controlled',
    ]);
    expect(e?.paragraphs.find((p) => p.label === 'b')?.text).toMatch(
      /exceeding 29 Weighted TeraFLOPS/,
    );
  });

  it('numbers the top level of 1C350 1 to 89, and keeps 0B001.b’s technical note out of b’s items', () => {
    const chem = items(entry('1C350'));
    expect(chem).toEqual(Array.from({ length: 89 }, (_, i) => String(i + 1)));
    const b = entry('0B001')?.paragraphs.filter((p) => p.label.split('.')[0] === 'b');
    expect(b?.[1]).toMatchObject({ label: 'b', kind: 'technical-note' });
    expect(b?.[1]?.text).toMatch(/1\. Maraging steel .* 3\. "Fibrous or filamentary materials"/);
    expect(b?.find((p) => p.label === 'b.1')?.text).toBe('Gas centrifuges;');
  });

  it('reads through the broken layout: a lost dot, items at column 0, a note at the entry margin', () => {
    // 3A234 prints "b      Inductance …" without the dot after its label.
    expect(items(entry('3A234'))).toEqual(['a', 'b']);
    // 2B233's items follow a page break at column 0.
    expect(items(entry('2B233'))).toEqual([
      'a',
      'b',
      'c',
      'c.1',
      'c.2',
      'c.3',
      'c.4',
      'c.5',
      'c.6',
    ]);
    // 3C001's note is printed at the items' margin after d: it belongs to the entry.
    expect(tree(entry('3C001')).at(-1)).toBe('note controlled');
  });

  it('marks entries that read "Not used" and leaves entries without a head untitled', () => {
    expect(entry('4D002')).toMatchObject({ status: 'not-used', paragraphs: [] });
    expect(entry('9E101')).toMatchObject({ heading: '', status: 'controlled' });
    expect(items(entry('9E101'))).toEqual(['a', 'b']);
  });
});

describe('parseEuAnnexIText on small texts', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());
  const write = (name: string, lines: string[]): string => {
    const file = tmp.path(name);
    writeFileSync(file, lines.join('\n'));
    return file;
  };
  const opts = { id: 't', date: '2024-01-01', jurisdiction: 'EU' };

  it('reports a label that fits nowhere with its line, keeps its text and reads on', () => {
    const file = write('stray.txt', [
      'CATEGORY 3 - ELECTRONICS',
      '3A      Systems, Equipment and Components',
      '3A101   Widgets as follows:',
      '        a.     Red widgets;',
      '        b.     Blue fixed-',
      '               wing widgets;',
      '        d.     Green widgets;',
      '                                                    12',
      '        CATEGORY 3 - ELECTRONICS',
      '3A101.b. continued',
      '3A102   Gadgets:',
      '        a.     Not used since 2015;',
    ]);
    const r = parseEuAnnexIText(file, opts);
    expect(r.issues).toEqual([
      {
        file,
        line: 7,
        field: 'label',
        reason: "label 'd' does not follow 'b'; its text is kept with the paragraph before it",
        value: 'd.     Green widgets;',
      },
    ]);
    expect(r.entries.map((e) => [e.code, e.heading, items(e)])).toEqual([
      ['3A101', 'Widgets as follows', ['a', 'b']],
      ['3A102', 'Gadgets', ['a']],
    ]);
    expect(r.entries[0]?.paragraphs[1]?.text).toBe('Blue fixed-wing widgets; d. Green widgets;');
    expect(r.entries[1]?.paragraphs[0]?.status).toBe('not-used');
    expect(r.counts).toMatchObject({
      entries: 2,
      rejectedRows: 0,
      setAside: {
        'running headers': 2,
        'group headings': 1,
        'page numbers': 1,
        '"continued" markers': 1,
      },
    });
  });

  it('reports a repeated code and leaves the second one out', () => {
    const file = write('twice.txt', ['1A001   One.', '1A001   Again.', '        a.     Item;']);
    const r = parseEuAnnexIText(file, opts);
    expect(r.entries.map((e) => [e.code, e.heading, e.paragraphs.length])).toEqual([
      ['1A001', 'One', 0],
    ]);
    expect(r.issues).toMatchObject([{ line: 2, field: 'code' }]);
    expect(r.counts.rejectedRows).toBe(1);
  });

  it('asks for --date when the text does not print one', () => {
    const file = write('nodate.txt', ['1A001   Things.']);
    const fail = (): unknown => parseEuAnnexIText(file, { id: 't', jurisdiction: 'NOR' });
    expect(fail).toThrow(DomainError);
    expect(fail).toThrow(/--date/);
    try {
      fail();
    } catch (e) {
      expect((e as DomainError).code).toBe('validation_failed');
    }
    expect(() =>
      parseEuAnnexIText(file, { id: 't', date: '1 March 2022', jurisdiction: 'NOR' }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it('asks for --jurisdiction unless the text before the entries names it, and reads its date', () => {
    const bare = write('bare.txt', ['1A001   Things.']);
    expect(() => parseEuAnnexIText(bare, { id: 't', date: '2022-03-01' })).toThrow(
      /--jurisdiction/,
    );
    const norway = write('norway.txt', [
      'Norwegian export control regulation, Annex II, List II, as of 1 March 2022',
      '1A001   Things.',
    ]);
    const r = parseEuAnnexIText(norway, { id: 't' });
    expect(r.list).toMatchObject({ jurisdiction: 'NOR', versionDate: '2022-03-01' });
    expect(r.counts.setAside).toMatchObject({ 'text before the first entry': 1 });
  });

  it('fails naming a file that is not there', () => {
    expect(() => parseEuAnnexIText(tmp.path('absent.txt'), opts)).toThrow(
      /absent\.txt: file not found/,
    );
  });
});
