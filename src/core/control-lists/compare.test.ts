import { describe, expect, it } from 'vitest';
import { adoptionLag, alignment, unilateralControls } from './alignment.ts';
import { comparableText, compareLabels, diffLists, type ListWithEntries } from './compare.ts';
import type { ControlEntry, ControlParagraph, ParagraphStatus } from './control-list.ts';
import { ControlSearchIndex, scanSearch } from './search.ts';

const item = (
  label: string,
  text: string,
  status: ParagraphStatus = 'controlled',
): ControlParagraph => ({
  label,
  kind: 'item',
  status,
  text,
  parameters: [],
});

const entry = (
  listId: string,
  code: string,
  paragraphs: ControlParagraph[],
  status: ParagraphStatus = 'controlled',
): ControlEntry => ({
  listId,
  code,
  canonicalCode: code,
  category: code[0]!,
  group: code[1]!,
  heading: `Heading of ${code}`,
  reasons: [],
  sensitive: null,
  verySensitive: null,
  status,
  paragraphs,
  line: 1,
});

const list = (
  id: string,
  versionDate: string,
  entries: ControlEntry[],
  isRegimeList = false,
): ListWithEntries => ({
  list: { id, name: id, jurisdiction: id.toUpperCase(), versionDate, isRegimeList },
  entries,
});

const wa = list(
  'wa',
  '2025-12-05',
  [
    entry('wa', '3B001', [
      item('a', 'Equipment designed for epitaxial growth as follows:'),
      item('c', 'Not used since 2015', 'not-used'),
      item('f', 'Lithography equipment as follows:'),
      item('f.1', 'A light source wavelength shorter than 193 nm; or'),
    ]),
    entry('wa', '3D006', [item('a', 'ECAD software')]),
    entry('wa', '6B001', [], 'not-used'),
  ],
  true,
);
const us = list('us', '2026-07-23', [
  entry('us', '3B001', [
    item('a', 'Equipment designed for epitaxial growth as follows:'),
    item('c', 'Equipment designed for dry etching as follows:'),
    item('f', 'Lithography equipment as follows:'),
    item('f.1', 'A light source wavelength shorter than 193 nm'),
    item('k', 'Equipment designed for ion beam deposition'),
  ]),
  entry('us', '3D006', [item('a', 'ECAD “software”')]),
  entry('us', '3A090', [item('a', 'Integrated circuits having a TPP of 4800 or more')]),
  entry('us', '3B991', []),
  entry('us', '1C101', []),
]);
const no = list('no', '2022-03-01', [
  entry('no', '3B001', [
    item('a', 'Equipment designed for epitaxial growth as follows:'),
    item('f', 'Lithography equipment as follows:'),
  ]),
]);

describe('diffLists', () => {
  it('counts "not used" paragraphs and entries as absent and finds paragraphs only one list controls', () => {
    const d = diffLists(wa, us);
    expect(d.onlyInA.map((e) => e.code)).toEqual([]);
    expect(d.onlyInB.map((e) => e.code)).toEqual(['1C101', '3A090', '3B991']);
    const b001 = d.changed.find((c) => c.code === '3B001')!;
    expect(b001.paragraphsOnlyInA).toEqual([]);
    expect(b001.paragraphsOnlyInB).toEqual(['c', 'k']);
    // "; or" at the end and quote marks do not make a text different.
    expect(b001.textChanged).toEqual([]);
    expect(d.same).toBe(1);
  });

  it('reports an entry whose paragraphs one source does not print as not compared', () => {
    const d = diffLists(
      list('x', '2020-01-01', [entry('x', '3B001', [item('a', 'A')])]),
      list('y', '2020-01-01', [entry('y', '3B001', [])]),
    );
    expect(d.changed).toEqual([]);
    expect(d.notCompared.map((e) => e.code)).toEqual(['3B001']);
  });

  it('shows a changed text word by word', () => {
    const d = diffLists(
      list('x', '2020-01-01', [entry('x', '3B001', [item('a', 'Masks for 245 nm lithography')])]),
      list('y', '2020-01-01', [entry('y', '3B001', [item('a', 'Masks for 193 nm lithography')])]),
    );
    const words = d.changed[0]!.textChanged[0]!.words;
    expect(words.filter((w) => w.kind === 'removed').map((w) => w.text.trim())).toEqual(['245']);
    expect(words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['193']);
  });
});

describe('comparableText', () => {
  it('reads British and American spellings and every scheme’s codes alike', () => {
    expect(
      comparableText('Metal Organic Chemical Vapour Deposition, optimised for aluminium; or'),
    ).toBe(comparableText('Metal Organic Chemical Vapor Deposition, optimized for aluminum'));
    expect(comparableText('specified in 3.B.1.a.1.')).toBe(
      comparableText('specified in 3B001.a.1'),
    );
    expect(comparableText('specified in 8B301.a.1')).toBe(comparableText('specified in 3B001.a.1'));
    expect(comparableText('four hours')).toBe('four hours');
    expect(comparableText('a wavelength of 193 nm')).not.toBe(
      comparableText('a wavelength of 248 nm'),
    );
  });
});

describe('compareLabels', () => {
  it('orders letters, then numbers numerically, parents before children', () => {
    expect(['b', 'a.10', 'a.2', 'a', 'aa', 'z'].sort(compareLabels)).toEqual([
      'a',
      'a.2',
      'a.10',
      'b',
      'z',
      'aa',
    ]);
  });
});

describe('unilateral controls and adoption lag', () => {
  it('finds the member’s own entries and paragraphs, and leaves other regimes’ series unjudged', () => {
    const u = unilateralControls(us, wa);
    expect(u.entries.map((e) => [e.code, e.series])).toEqual([
      ['3A090', 'wa'],
      ['3B991', 'national'],
    ]);
    expect(u.paragraphs).toEqual([
      { code: '3B001', heading: 'Heading of 3B001', paragraphs: ['c', 'k'] },
    ]);
    expect(u.notJudged).toEqual({ mtcr: 1 });
  });

  it('finds what an older member list lacks, with both dates', () => {
    const lag = adoptionLag(no, wa);
    expect(lag.memberOlder).toBe(true);
    expect(lag.entries).toEqual([{ code: '3D006', heading: 'Heading of 3D006', state: 'missing' }]);
    expect(lag.paragraphs).toEqual([
      { code: '3B001', heading: 'Heading of 3B001', paragraphs: ['f.1'] },
    ]);
    expect([lag.listDate, lag.regimeDate]).toEqual(['2022-03-01', '2025-12-05']);
  });
});

describe('alignment', () => {
  it('scores each member by the regime entries it has and the paragraphs it implements alike', () => {
    const m = alignment(wa, [us, no]);
    expect(m.categories).toEqual(['3']);
    const [usRow, noRow] = m.rows;
    expect(usRow!.total).toMatchObject({
      regimeEntries: 2,
      present: 2,
      compared: 2,
      regimeParagraphs: 4,
      paragraphsIdentical: 4,
    });
    // 3B001 has paragraphs the regime lacks (c, k): present, but not identical.
    expect(usRow!.total.identical).toBe(1);
    expect(usRow!.score).toBe(1);
    expect(noRow!.total).toMatchObject({
      regimeEntries: 2,
      present: 1,
      regimeParagraphs: 3,
      paragraphsIdentical: 2,
    });
    expect(noRow!.score).toBeCloseTo(0.5 * (2 / 3));
  });
});

describe('ControlSearchIndex', () => {
  const all = [...wa.entries, ...us.entries, ...no.entries];
  const index = new ControlSearchIndex(all);

  it('finds every text holding all the words, the last also as a prefix, like a full scan', () => {
    for (const q of [
      'lithography',
      'lithograph',
      'epitaxial growth',
      '"dry etching"',
      'ecad software',
      'nothing-here',
    ])
      expect(index.search(q).total, q).toBe(scanSearch(all, q));
    const r = index.search('lithography');
    expect(r.hits.map((h) => `${h.listId}:${h.canonicalCode}.${h.label}`)).toEqual([
      'wa:3B001.f',
      'us:3B001.f',
      'no:3B001.f',
    ]);
  });

  it('matches a quoted phrase as written and restricts to lists', () => {
    expect(index.search('"growth as follows"').total).toBe(3);
    expect(index.search('"follows growth"').total).toBe(0);
    expect(index.search('epitaxial', { listIds: ['us'] }).hits.map((h) => h.listId)).toEqual([
      'us',
    ]);
  });
});
