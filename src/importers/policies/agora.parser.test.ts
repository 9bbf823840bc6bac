import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DEFAULT_POLICY_TOPICS } from '../../core/policies/taxonomy.ts';
import { AGORA_COLUMNS, parseAgora, yearOfName } from './agora.parser.ts';

describe('yearOfName', () => {
  it('reads a fiscal year or an Act’s year from the official name, else nothing', () => {
    expect(
      yearOfName('National Defense Authorization Act for Fiscal Year 2022, Section 1531'),
    ).toBe(2022);
    expect(yearOfName('AI in Government Act of 2020')).toBe(2020);
    expect(yearOfName('Consolidated Appropriations Act, 2023, Section 101')).toBe(2023);
    expect(yearOfName('Research Act, Section 2001 ("Title")')).toBeNull();
    expect(yearOfName('Advancing American Artificial Intelligence Act')).toBeNull();
  });
});

describe('parseAgora on a small file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agora-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a bad link, an unprintable summary and a repeated id by line; good rows still parse', () => {
    const file = join(dir, 'bad.csv');
    const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const line = (cells: string[]): string => cells.map(q).join(',');
    writeFileSync(
      file,
      [
        [...AGORA_COLUMNS, 'Risk factors: Safety'].map(q).join(','),
        line([
          '1',
          'AI in Government Act of 2020',
          'AIGA',
          'https://www.congress.gov/x',
          'U.S. federal laws',
          'Short.',
          'Long\nsummary.',
          'Risk factors: Safety;Harms: Discrimination',
          'True',
        ]),
        line(['2', 'Other Act', 'Other', 'ftp://example.org/x', '', 'S', 'L', '', 'False']),
        line([
          '3',
          'Third Act',
          '',
          'https://www.congress.gov/y',
          '',
          'Bad \u202e summary',
          '',
          '',
          'False',
        ]),
        line(['1', 'Repeat Act', '', '', '', '', '', '', 'False']),
      ].join('\n') + '\n',
    );
    const p = parseAgora(file, DEFAULT_POLICY_TOPICS);
    expect(p.rows).toBe(4);
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [4, 'Link to document', 'is not an http or https address'],
      [5, 'Short summary', 'contains control or bidirectional characters'],
      [6, 'AGORA ID', 'repeats the record of line 3'],
    ]);
    expect(p.instruments).toHaveLength(1);
    expect(p.instruments[0]).toMatchObject({
      id: 'agora:1',
      jurisdiction: 'USA',
      type: 'law',
      binding: 'binding',
      bindingModelCoded: false,
      status: 'in-force',
      year: 2020,
      links: ['https://www.congress.gov/x'],
      description: 'Short.\n\nLong\nsummary.\n\nKnown as: AIGA.',
      topics: ['ai.safety', 'ai.ethics', 'ai'],
      sourceTags: [
        'Risk factors: Safety',
        'Harms: Discrimination',
        'Collection: U.S. federal laws',
      ],
    });
  });
});

describe('parseAgora on the AGORA US-Congress file', () => {
  warnWithoutSharedData('the AGORA parser');
  const file = sharedFile('policies', 'eto_agora_us_congress_ai_laws_2020-2025.csv');

  it.skipIf(!hasSharedData)('reads 147 binding US laws, dated where the name gives a year', () => {
    const p = parseAgora(file, DEFAULT_POLICY_TOPICS);
    expect(p.rows).toBe(147);
    expect(p.issues).toEqual([]);
    expect(p.instruments).toHaveLength(147);
    expect(
      p.instruments.every(
        (i) => i.jurisdiction === 'USA' && i.type === 'law' && i.binding === 'binding',
      ),
    ).toBe(true);
    expect(
      p.instruments.every(
        (i) => !i.typeModelCoded && !i.bindingModelCoded && i.status === 'in-force',
      ),
    ).toBe(true);
    expect(p.instruments.every((i) => i.topics.includes('ai') && i.links.length === 1)).toBe(true);
    // 124 names give a fiscal year or an Act's year; 23 (e.g. the IOGAN Act) give none.
    expect(p.instruments.filter((i) => i.year === null)).toHaveLength(23);
    const first = p.instruments.find((i) => i.id === 'agora:1')!;
    expect(first.year).toBe(2022);
    expect(first.topics).toContain('ai.defence');
    expect(first.topics).toContain('ai.governance');
    expect(
      p.instruments.filter((i) => i.topics.includes('critical-technologies.compute')).length,
    ).toBeGreaterThan(0);
  });
});
