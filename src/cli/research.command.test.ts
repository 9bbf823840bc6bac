// CLI tests of the research commands on the real files: imports through `techalliance import`,
// the collaboration JSON a script reads (per source and year: works, index), an institution
// resolved, partner suggestions, and the errors a mistyped argument gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AI_CROSSWALK_FILE,
  hasResearchData,
  RESEARCH_FILES,
  researchDataFile,
  warnWithoutResearchData,
} from '../../test/research-data.ts';
import { runTechalliance as run } from '../../test/run-cli.ts';

warnWithoutResearchData('research CLI tests');

describe.skipIf(!hasResearchData)('techalliance research', () => {
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-research-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
    for (const f of RESEARCH_FILES) {
      const args = ['import', f.format, researchDataFile(f.file)];
      if (f.format === 'nsf-ai-institutions')
        args.push('--crosswalk', researchDataFile(AI_CROSSWALK_FILE));
      const r = await run(...args);
      expect([f.file, r.code], r.err).toEqual([f.file, 0]);
    }
  }, 240_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the collaboration of two economies per source and year', async () => {
    const r = await run('research', 'collaboration', 'USA', 'China', '--json');
    expect(r.code, r.err).toBe(0);
    const c = JSON.parse(r.out) as {
      points: {
        source: string;
        field: string;
        year: number;
        works: number;
        index: number | null;
      }[];
    };
    const nsf = c.points.find((p) => p.source === 'nsf' && p.field === 'all' && p.year === 2022)!;
    expect(nsf.works).toBe(58546);
    expect(nsf.index).toBeCloseTo(1.0, 1);
    expect(c.points.find((p) => p.source === 'openalex' && p.year === 2023)?.works).toBe(72794);
  });

  it('resolves an institution and suggests partners', async () => {
    const r = await run('research', 'screen-institution', 'Beihang University', '--json');
    expect(JSON.parse(r.out)).toMatchObject({
      resolution: 'found',
      organisation: { rorId: '00wk2mp56' },
      screening: { status: 'unscreened' },
    });
    const p = await run(
      'research',
      'partners',
      'DEU',
      '--field',
      'ai',
      '--pool',
      'USA,JPN,FRA,IND',
      '--json',
    );
    expect(p.code, p.err).toBe(0);
    const s = JSON.parse(p.out) as { suggestions: { iso3: string; reasons: string[] }[] };
    expect(s.suggestions.map((x) => x.iso3).sort()).toEqual(['FRA', 'IND', 'JPN', 'USA']);
  });

  it('refuses bad arguments naming them', async () => {
    const cases: [string[], RegExp][] = [
      [['research', 'strengths', '--field', 'alchemy'], /field/],
      [['research', 'strengths', '--year', '20x2'], /--year/],
      [['research', 'collaboration', 'USA', 'Atlantis'], /Atlantis/],
      [['research', 'network', 'G7', '--source', 'arxiv'], /--source/],
      [['research', 'partners', 'DEU'], /--field/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect([args.join(' '), r.code === 0]).toEqual([args.join(' '), false]);
      expect(r.err).toMatch(message);
    }
  });
});
