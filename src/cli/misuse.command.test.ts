// CLI tests of the misuse commands on the real illiberal-technology files and two restricted-party
// lists: imports through `techalliance import`, the supplier JSON a script reads
// ({supplier, countries, listings, notListedBy}), cases filtered, a country, and the errors a
// mistyped argument gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasMisuseData,
  MISUSE_CASE_FILES,
  misuseDataFile,
  warnWithoutMisuseData,
} from '../../test/misuse-data.ts';
import { runTechalliance as run } from '../../test/run-cli.ts';
import { sharedFile } from '../../test/shared-data.ts';

warnWithoutMisuseData('misuse CLI tests');

describe.skipIf(!hasMisuseData)('techalliance misuse', () => {
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-misuse-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
    for (const f of MISUSE_CASE_FILES.filter(
      (x) => x.format === 'carnegie-aigs' || x.format === 'keepiton',
    )) {
      const r = await run('import', f.format, misuseDataFile(f.file), '--json');
      expect(r.code, r.err).toBe(0);
    }
    for (const [format, file] of [
      [
        'dod-1260h',
        sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv'),
      ],
      ['eu-833-annex-iv', sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv')],
    ] as const) {
      const r = await run('import', format, file);
      expect([format, r.code], r.err).toEqual([format, 0]);
    }
  }, 180_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a supplier as the documented JSON: Hikvision listed by the US, not by the EU', async () => {
    const r = await run('misuse', 'supplier', 'Hikvision', '--json');
    expect(r.code, r.err).toBe(0);
    const s = JSON.parse(r.out) as {
      supplier: string;
      countries: { iso3: string; technologies: string[] }[];
      listings: { list: string; jurisdiction: string; entityId: string; score: number }[];
      notListedBy: string[];
    };
    expect(Object.keys(s).slice(0, 4)).toEqual([
      'supplier',
      'countries',
      'listings',
      'notListedBy',
    ]);
    expect(s.supplier).toBe('Hikvision');
    expect(s.countries.map((c) => c.iso3)).toContain('GBR');
    expect(s.listings.map((l) => [l.list, l.jurisdiction])).toEqual([['us-dod-1260h', 'US']]);
    expect(s.notListedBy).toEqual(['EU']);
    const text = await run('misuse', 'supplier', 'Hikvision');
    expect(text.out).toMatch(/listed by: US; not listed by: EU/);
  });

  it('filters cases and shows a country', async () => {
    const r = await run(
      'misuse',
      'cases',
      '--country',
      'Myanmar',
      '--kind',
      'internet-shutdown',
      '--year',
      '2024',
      '--limit',
      '1',
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    // 85 events in Myanmar alone and one shared with Laos (Access Now counts the first only).
    expect((JSON.parse(r.out) as { total: number }).total).toBe(86);
    const india = await run('misuse', 'country', 'IND', '--json');
    const p = JSON.parse(india.out) as {
      years: { year: number; byKind: Record<string, number> }[];
    };
    expect(p.years.find((y) => y.year === 2024)?.byKind['internet-shutdown']).toBe(84);
  });

  it('refuses bad arguments naming them', async () => {
    const cases: [string[], RegExp][] = [
      [['misuse', 'cases', '--kind', 'coup'], /--kind/],
      [['misuse', 'cases', '--year', '20x4'], /--year/],
      [['misuse', 'cases', '--country', 'Atlantis'], /Atlantis/],
      [['misuse', 'supplier', 'No Such Firm'], /No Such Firm/],
      [['misuse', 'case', 'nope'], /nope/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect([args.join(' '), r.code === 0]).toEqual([args.join(' '), false]);
      expect(r.err).toMatch(message);
    }
  });
});
