import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DEFAULT_POLICY_TOPICS } from '../../core/policies/taxonomy.ts';
import { parseStip, STIP_COLUMNS } from './stip.parser.ts';

const ID = 'http://stip.oecd.org/covid/data/policyInitiatives/';

/** A row of the STIP layout from the cells a test cares about. */
const row = (cells: Partial<Record<(typeof STIP_COLUMNS)[number], string>>): string =>
  STIP_COLUMNS.map((c) => `"${(cells[c] ?? '').replace(/"/g, '""')}"`).join(',');

describe('parseStip on a small file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges an initiative’s instrument rows, and reports an unknown Country, a bad URL and an unprintable name by line', () => {
    const file = join(dir, 'bad.csv');
    const good = {
      'Policy initiative ID': `${ID}10`,
      'English name': 'Open data portal',
      'Original name(s)': 'Offene Daten',
      Description: 'A portal.',
      'Start date': '2020',
      'End date': '2021',
      'Responsible organisation(s)': 'Ministry A|Agency B',
      'Public access URL': 'https://example.org/a|www.example.org',
      Country: 'Germany',
      'Theme(s)': 'Enhanced access to research data|Collaborative platforms',
      'Policy instrument type category': 'Collaborative infrastructures (soft and physical)',
      'Policy instrument type': 'Information services and access to datasets',
    };
    writeFileSync(
      file,
      [
        STIP_COLUMNS.join(','),
        row(good),
        row({
          ...good,
          'Policy instrument type category': 'Governance',
          'Policy instrument type': 'Strategies, agendas and plans',
        }),
        row({ ...good, 'Policy initiative ID': `${ID}11`, Country: 'Narnia' }),
        row({
          ...good,
          'Policy initiative ID': `${ID}12`,
          'Public access URL': 'javascript:alert(1)',
        }),
        row({ ...good, 'Policy initiative ID': `${ID}13`, 'English name': 'Bad\u0007name' }),
        row({ ...good, 'Policy initiative ID': 'not-a-uri' }),
        row({ ...good, 'Policy initiative ID': `${ID}14`, 'End date': '', 'Start date': '' }),
      ].join('\n') + '\n',
    );
    const p = parseStip(file, DEFAULT_POLICY_TOPICS, { currentYear: 2026 });
    expect(p.rows).toBe(7);
    expect(p.issues.map((i) => [i.line, i.field, i.reason, i.value])).toEqual([
      [
        4,
        'Country',
        "unknown jurisdiction 'Narnia' (not in the table of src/core/policies/jurisdictions.ts)",
        'Narnia',
      ],
      [5, 'Public access URL', 'is not an http or https address', 'javascript:alert(1)'],
      [6, 'English name', 'contains control or bidirectional characters', 'Bad\u0007name'],
      [7, 'Policy initiative ID', 'is not a STIP Compass initiative URI', 'not-a-uri'],
    ]);
    expect(p.instruments.map((i) => i.id)).toEqual(['stip:10', 'stip:14']);
    const [merged, open] = p.instruments;
    expect(merged).toMatchObject({
      sourceId: `${ID}10`,
      title: 'Open data portal',
      originalTitle: 'Offene Daten',
      jurisdiction: 'DEU',
      // The strategy instrument outranks the information service.
      type: 'strategy',
      binding: null,
      typeModelCoded: false,
      status: 'expired',
      dates: { 'in-force': '2020', expired: '2021' },
      year: 2020,
      endYear: 2021,
      responsibleBody: 'Ministry A; Agency B',
      links: ['https://example.org/a', `${ID}10`],
      topics: ['research-innovation.open-science', 'research-innovation.collaboration'],
    });
    expect(merged!.sourceTags).toEqual([
      'Enhanced access to research data',
      'Collaborative platforms',
      'Collaborative infrastructures (soft and physical)',
      'Information services and access to datasets',
      'Governance',
      'Strategies, agendas and plans',
    ]);
    expect(open).toMatchObject({ status: 'in-force', dates: {}, year: null, endYear: null });
    expect(p.warnings).toEqual([
      '3 Public access URL values without http(s) left out of the links (line 2: www.example.org; line 3: www.example.org; line 8: www.example.org)',
    ]);
  });

  it('keeps an end date still to come in force', () => {
    const file = join(dir, 'future.csv');
    writeFileSync(
      file,
      [
        STIP_COLUMNS.join(','),
        row({
          'Policy initiative ID': `${ID}1`,
          'English name': 'X',
          Country: 'Japan',
          'Start date': '2020',
          'End date': '2030',
        }),
      ].join('\n'),
    );
    const p = parseStip(file, DEFAULT_POLICY_TOPICS, { currentYear: 2026 });
    expect(p.instruments[0]).toMatchObject({
      status: 'in-force',
      dates: { 'in-force': '2020' },
      endYear: 2030,
      type: 'other',
    });
  });
});

describe('parseStip on the STIP Compass export', () => {
  warnWithoutSharedData('the STIP Compass parser');
  const file = sharedFile(
    'policies',
    'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv',
  );

  it.skipIf(!hasSharedData)(
    'reads 136 rows into 108 initiatives from 35 countries and the EU',
    () => {
      const p = parseStip(file, DEFAULT_POLICY_TOPICS, { currentYear: 2026 });
      expect(p.rows).toBe(136);
      expect(p.issues).toEqual([]);
      expect(p.instruments).toHaveLength(108);
      expect(new Set(p.instruments.map((i) => i.id)).size).toBe(108);
      expect(new Set(p.instruments.map((i) => i.jurisdiction)).size).toBe(35);
      expect(
        p.instruments
          .filter((i) => i.jurisdiction === 'EU')
          .every((i) => i.jurisdictionKind === 'eu'),
      ).toBe(true);
      // Every initiative has a theme that lands on a topic, and its links are http(s).
      expect(p.instruments.filter((i) => i.topics.length === 0)).toEqual([]);
      expect(p.instruments.flatMap((i) => i.links).every((l) => /^https?:\/\//.test(l))).toBe(true);
      const cevi = p.instruments.find((i) => i.id === 'stip:1003')!;
      expect(cevi).toMatchObject({
        jurisdiction: 'KOR',
        originalTitle: '신종바이러스 융합연구단',
        year: 2016,
        endYear: 2021,
        type: 'programme',
      });
      expect(cevi.description).toContain('Acronym: CEVI.');
    },
  );
});
