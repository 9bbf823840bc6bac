/* eslint-disable no-restricted-imports -- the test reads the docs page; tags.ts imports only core. */
import { readFileSync } from 'node:fs';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import type { Committee, CommitteeMember } from './committee.ts';
import { compareReferences } from './reference-order.ts';
import {
  committeeTags,
  DEFAULT_STANDARDS_TAGS,
  tagSchema,
  unknownTaggedCommittees,
} from './tags.ts';

const committee = (
  reference: string,
  parent: string | null = null,
  members: CommitteeMember[] = [],
): Committee => ({
  body: 'ISO',
  reference,
  externalId: null,
  type: parent === null ? 'TC' : 'SC',
  parent,
  title: reference,
  status: 'active',
  created: null,
  secretariat: null,
  secretariatBody: null,
  members,
});

describe('tagSchema', () => {
  it('accepts every default tag', () => {
    for (const tag of DEFAULT_STANDARDS_TAGS) expect(tagSchema.parse(tag)).toEqual(tag);
  });

  it('rejects codes that are too short, too long or not lower-case', () => {
    const base = { label: 'x', description: '', committees: ['ISO/TC 1'] };
    for (const code of ['a', 'AI', 'ai_ml', 'a'.repeat(41), 'ai ml'])
      expect(tagSchema.safeParse({ ...base, code }).success).toBe(false);
    for (const code of ['ai', '5g', 'critical-minerals', 'a'.repeat(40)])
      expect(tagSchema.safeParse({ ...base, code }).success).toBe(true);
  });

  it('rejects a tag without committees or naming one twice, and unknown fields', () => {
    const base = { code: 'ai', label: 'AI', description: '' };
    expect(tagSchema.safeParse({ ...base, committees: [] }).success).toBe(false);
    expect(tagSchema.safeParse({ ...base, committees: ['ISO/TC 1', 'ISO/TC 1'] }).success).toBe(
      false,
    );
    expect(tagSchema.safeParse({ ...base, committees: ['ISO/TC 1'], extra: 1 }).success).toBe(
      false,
    );
  });

  it('defaults the description to empty', () => {
    expect(tagSchema.parse({ code: 'ai', label: 'AI', committees: ['X'] }).description).toBe('');
  });
});

describe('DEFAULT_STANDARDS_TAGS', () => {
  it('has unique codes and maps the areas the issue names', () => {
    const codes = DEFAULT_STANDARDS_TAGS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const of = (code: string) => DEFAULT_STANDARDS_TAGS.find((t) => t.code === code)?.committees;
    expect(of('ai')).toEqual(['ISO/IEC JTC 1/SC 42']);
    expect(of('cybersecurity')).toContain('ISO/IEC JTC 1/SC 27');
    expect(of('iot')).toEqual(['ISO/IEC JTC 1/SC 41']);
    expect(of('bci')).toEqual(['ISO/IEC JTC 1/SC 43']);
    expect(of('quantum')).toEqual(['IEC/ISO JTC 3']);
    expect(of('hydrogen')).toEqual(['ISO/TC 197']);
    expect(of('batteries')).toContain('ISO/TC 333');
  });

  it('is documented, tag by tag, in docs/analytics/standards.md', () => {
    const doc = readFileSync('docs/analytics/standards.md', 'utf8');
    const rows = new Map(
      doc
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => [line.split('`')[1], line] as const),
    );
    for (const tag of DEFAULT_STANDARDS_TAGS) {
      const row = rows.get(tag.code);
      expect(row, tag.code).toBeDefined();
      // Each committee is named in full, or by its last part after the first one ("SC 44").
      for (const ref of tag.committees)
        expect(row!.includes(ref) || row!.includes(ref.split('/').at(-1)!), ref).toBe(true);
    }
  });

  it('never tags a committee together with one of its ancestors in the same tag', () => {
    for (const tag of DEFAULT_STANDARDS_TAGS)
      for (const ref of tag.committees)
        for (const other of tag.committees)
          expect(other !== ref && other.startsWith(`${ref}/`), `${tag.code}: ${other}`).toBe(false);
  });
});

describe('committeeTags', () => {
  const tags = [
    { code: 'h2', label: 'Hydrogen', description: '', committees: ['ISO/TC 197'] },
    { code: 'ai', label: 'AI', description: '', committees: ['ISO/IEC JTC 1/SC 42'] },
    { code: 'both', label: 'Both', description: '', committees: ['ISO/TC 197/SC 1'] },
  ];

  it('tags a named committee and its descendants, in the order of the tags', () => {
    const got = committeeTags(
      [
        committee('ISO/TC 197'),
        committee('ISO/TC 197/SC 1', 'ISO/TC 197'),
        committee('ISO/TC 197/SC 1/WG 9', 'ISO/TC 197/SC 1'),
        committee('ISO/IEC JTC 1'),
        committee('ISO/IEC JTC 1/SC 42', 'ISO/IEC JTC 1'),
        committee('ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1'),
      ],
      tags,
    );
    expect(Object.fromEntries(got)).toEqual({
      'ISO/TC 197': ['h2'],
      'ISO/TC 197/SC 1': ['h2', 'both'],
      'ISO/TC 197/SC 1/WG 9': ['h2', 'both'],
      'ISO/IEC JTC 1': [],
      'ISO/IEC JTC 1/SC 42': ['ai'],
      'ISO/IEC JTC 1/SC 27': [],
    });
  });

  it('follows a parent reference that is not in the list one step, and survives a cycle', () => {
    const got = committeeTags(
      [committee('ISO/TC 197/SC 1', 'ISO/TC 197'), committee('A', 'B'), committee('B', 'A')],
      tags,
    );
    expect(got.get('ISO/TC 197/SC 1')).toEqual(['h2', 'both']);
    expect(got.get('A')).toEqual([]);
  });

  it('gives every committee an empty list without tags', () => {
    expect([...committeeTags([committee('ISO/TC 1')], []).entries()]).toEqual([['ISO/TC 1', []]]);
  });
});

describe('unknownTaggedCommittees', () => {
  it('names the references a tag gives that the list lacks', () => {
    expect(
      unknownTaggedCommittees(
        [committee('ISO/TC 197')],
        [{ code: 'h2', label: 'H2', description: '', committees: ['ISO/TC 197', 'ISO/TC 999'] }],
      ),
    ).toEqual([{ tag: 'h2', reference: 'ISO/TC 999' }]);
  });
});

describe('compareReferences', () => {
  it('orders numbers as numbers and parents before their subcommittees', () => {
    const refs = [
      'ISO/TC 22/SC 31',
      'ISO/TC 10',
      'ISO/IEC JTC 1/SC 42',
      'ISO/TC 22',
      'ISO/TC 2',
      'ISO/TC 22/SC 3',
      'IEC/ISO JTC 3',
      'ISO/IEC JTC 1',
      'ISO/IEC JTC 1/SC 7',
    ];
    expect([...refs].sort(compareReferences)).toEqual([
      'IEC/ISO JTC 3',
      'ISO/IEC JTC 1',
      'ISO/IEC JTC 1/SC 7',
      'ISO/IEC JTC 1/SC 42',
      'ISO/TC 2',
      'ISO/TC 10',
      'ISO/TC 22',
      'ISO/TC 22/SC 3',
      'ISO/TC 22/SC 31',
    ]);
    expect(compareReferences('ISO/TC 1', 'ISO/TC 1')).toBe(0);
  });
});
