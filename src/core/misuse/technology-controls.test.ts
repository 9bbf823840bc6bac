import { describe, expect, it } from 'vitest';
import type {
  ControlEntry,
  ControlParagraph,
  ParagraphStatus,
} from '../control-lists/control-list.ts';
import { TECHNOLOGY_CATEGORIES } from './case.ts';
import {
  DEFAULT_TECHNOLOGY_CONTROLS,
  technologyControlSchema,
  technologyControlStatus,
  type TechnologyControl,
} from './technology-controls.ts';

const item = (label: string, status: ParagraphStatus = 'controlled'): ControlParagraph => ({
  label,
  kind: 'item',
  status,
  text: `paragraph ${label}`,
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

const MAP: TechnologyControl[] = [
  { technology: 'intrusion-software', canonicalCode: '4A005', paragraph: '', note: 'whole entry' },
  { technology: 'intrusion-software', canonicalCode: '4E001', paragraph: 'c', note: 'technology' },
  { technology: 'ip-network-surveillance', canonicalCode: '5A001', paragraph: 'j', note: 'IP' },
];

const LISTS = [
  {
    listId: 'wa',
    jurisdiction: 'WA',
    entries: [entry('wa', '4A005', []), entry('wa', '4E001', [item('a'), item('c')])],
  },
  {
    // Has 4E001 without .c, and 5A001.j only through a sub-paragraph.
    listId: 'xx',
    jurisdiction: 'XXX',
    entries: [
      entry('xx', '4E001', [item('a'), item('c', 'reserved')]),
      entry('xx', '5A001', [item('j.1')]),
    ],
  },
  {
    // Has 4A005 as not used, and 5A001 without .j.
    listId: 'yy',
    jurisdiction: 'YYY',
    entries: [entry('yy', '4A005', [], 'not-used'), entry('yy', '5A001', [item('f')])],
  },
];

describe('technologyControlStatus', () => {
  const status = technologyControlStatus(MAP, LISTS);
  const of = (t: string) => status.find((s) => s.technology === t)!;

  it('answers every technology category, in order, unmapped ones controlled by no list', () => {
    expect(status.map((s) => s.technology)).toEqual(TECHNOLOGY_CATEGORIES);
    expect(of('facial-recognition')).toEqual({
      technology: 'facial-recognition',
      entries: [],
      controlledBy: [],
      notControlledBy: [
        { listId: 'wa', jurisdiction: 'WA' },
        { listId: 'xx', jurisdiction: 'XXX' },
        { listId: 'yy', jurisdiction: 'YYY' },
      ],
    });
  });

  it('says per mapped entry which lists control it: present, in force, paragraph controlled', () => {
    const intrusion = of('intrusion-software');
    expect(
      intrusion.entries.map((e) => [
        e.canonicalCode,
        e.paragraph,
        e.controlledBy.map((l) => l.listId),
        e.notControlledBy.map((l) => l.listId),
      ]),
    ).toEqual([
      ['4A005', '', ['wa'], ['xx', 'yy']],
      ['4E001', 'c', ['wa'], ['xx', 'yy']],
    ]);
    expect(intrusion.controlledBy).toEqual([{ listId: 'wa', jurisdiction: 'WA' }]);
    expect(intrusion.notControlledBy.map((l) => l.listId)).toEqual(['xx', 'yy']);
  });

  it('counts a paragraph controlled through a sub-paragraph', () => {
    const ip = of('ip-network-surveillance');
    expect(ip.entries[0]!.controlledBy.map((l) => l.listId)).toEqual(['xx']);
    expect(ip.entries[0]!.note).toBe('IP');
    expect(ip.notControlledBy.map((l) => l.listId)).toEqual(['wa', 'yy']);
  });
});

describe('DEFAULT_TECHNOLOGY_CONTROLS', () => {
  it('is valid under its own schema and names each entry once per technology', () => {
    for (const line of DEFAULT_TECHNOLOGY_CONTROLS)
      expect(technologyControlSchema.parse(line)).toEqual(line);
    const keys = DEFAULT_TECHNOLOGY_CONTROLS.map(
      (l) => `${l.technology}|${l.canonicalCode}|${l.paragraph}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps intrusion software, IP network surveillance and monitoring centres only', () => {
    expect(
      DEFAULT_TECHNOLOGY_CONTROLS.map((l) =>
        l.paragraph ? `${l.canonicalCode}.${l.paragraph}` : l.canonicalCode,
      ),
    ).toEqual(['4A005', '4D004', '4E001.c', '5A001.j', '5A001.f', '5A980', '5D001.e']);
    expect(new Set(DEFAULT_TECHNOLOGY_CONTROLS.map((l) => l.technology))).toEqual(
      new Set(['intrusion-software', 'ip-network-surveillance', 'monitoring-centre']),
    );
  });
});

describe('technologyControlSchema', () => {
  it('normalises the code’s case and a printed paragraph path, and defaults the rest', () => {
    expect(
      technologyControlSchema.parse({
        technology: 'ip-network-surveillance',
        canonicalCode: ' 5a001 ',
        paragraph: '.j.',
      }),
    ).toEqual({
      technology: 'ip-network-surveillance',
      canonicalCode: '5A001',
      paragraph: 'j',
      note: '',
    });
  });

  it('refuses an unknown technology, a code not in canonical form and a bad paragraph', () => {
    const r = technologyControlSchema.safeParse({
      technology: 'drones',
      canonicalCode: '5.A.1.',
      paragraph: 'j k',
      extra: 1,
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.') || i.code);
    expect(paths).toEqual(expect.arrayContaining(['technology', 'canonicalCode', 'paragraph']));
    expect(
      technologyControlSchema.safeParse({
        technology: 'intrusion-software',
        canonicalCode: 'ML21',
      }).success,
    ).toBe(true);
  });
});
