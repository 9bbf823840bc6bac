// CLI tests of the control-list commands on two real lists (the Wassenaar list and Norway's
// List II): import with --id, then lists, entry, diff, lag, align and search with --json, and the
// errors a mistyped argument gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_LISTS_DIR } from '../../test/control-lists-data.ts';
import { runTechalliance as run } from '../../test/run-cli.ts';
import { hasSharedData, warnWithoutSharedData } from '../../test/shared-data.ts';

warnWithoutSharedData('control-list CLI tests');

describe.skipIf(!hasSharedData)('techalliance control (lists)', () => {
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-control-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
    const wa = await run(
      'import',
      'wassenaar-list',
      join(CONTROL_LISTS_DIR, 'wassenaar_2025corr_dual_use_and_munitions_list.txt'),
      '--id',
      'wa-2025',
    );
    expect(wa.code, wa.err).toBe(0);
    const no = await run(
      'import',
      'eu-annex-i-text',
      join(CONTROL_LISTS_DIR, 'norway_list_II_dual_use_2022.txt'),
      '--id',
      'no-2022',
      '--date',
      '2022-03-01',
      '--jurisdiction',
      'NOR',
      '--json',
    );
    expect(no.code, no.err).toBe(0);
    expect(JSON.parse(no.out)).toMatchObject({ written: true, inserted: 366, rejected: 0 });
  }, 120_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an import without --id, naming the option, and writes nothing', async () => {
    const r = await run(
      'import',
      'wassenaar-list',
      join(CONTROL_LISTS_DIR, 'wassenaar_2025corr_dual_use_and_munitions_list.txt'),
    );
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--id/);
    const lists = JSON.parse((await run('control', 'lists', '--json')).out) as { id: string }[];
    expect(lists.map((l) => l.id)).toEqual(['wa-2025', 'no-2022']);
  });

  it('gives the documented diff JSON, with labels relative to the entry', async () => {
    const r = await run('control', 'diff', 'wa-2025', 'no-2022', '--json');
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out) as {
      a: string;
      b: string;
      onlyInA: { code: string; heading: string }[];
      onlyInB: unknown[];
      changed: {
        code: string;
        paragraphsOnlyInA: string[];
        paragraphsOnlyInB: string[];
        textChanged: unknown[];
        parameters: unknown[];
      }[];
    };
    expect([d.a, d.b]).toEqual(['wa-2025', 'no-2022']);
    expect(d.onlyInA.map((e) => e.code)).toContain('3D006');
    for (const c of d.changed)
      for (const l of [...c.paragraphsOnlyInA, ...c.paragraphsOnlyInB])
        expect(l).toMatch(/^[a-z0-9]+(\.[a-z0-9]+)*$/);
  });

  it('shows an entry in both lists, the lag and the alignment, and searches', async () => {
    const entry = JSON.parse(
      (await run('control', 'entry', '3B001', '--lists', 'wa-2025,no-2022', '--json')).out,
    ) as {
      entries: { listId: string; paragraphs: { label: string; kind: string; status: string }[] }[];
    };
    expect(entry.entries.map((e) => e.listId).sort()).toEqual(['no-2022', 'wa-2025']);
    for (const e of entry.entries)
      expect(e.paragraphs.find((p) => p.kind === 'item' && p.label === 'c')?.status).toBe(
        'not-used',
      );

    const lag = JSON.parse((await run('control', 'lag', 'no-2022', '--json')).out) as {
      listDate: string;
      regimeDate: string;
      entries: { code: string }[];
    };
    expect([lag.listDate, lag.regimeDate]).toEqual(['2022-03-01', '2026-01-15']);
    expect(lag.entries.map((e) => e.code)).toContain('3D006');

    const text = await run('control', 'align');
    expect(text.out).toMatch(/no-2022/);

    const hits = JSON.parse(
      (await run('control', 'search', 'extreme', 'ultraviolet', '--json')).out,
    ) as {
      total: number;
      hits: { listId: string }[];
    };
    expect(hits.total).toBeGreaterThan(0);
  });

  it('names the bad argument', async () => {
    const r = await run('control', 'entry', '3B001', '--lists', 'WA 2025');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--lists/);
    const unknown = await run('control', 'diff', 'wa-2025', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/nope/);
    const limit = await run('control', 'search', 'euv', '--limit', 'ten');
    expect(limit.err).toMatch(/--limit/);
  });
});
