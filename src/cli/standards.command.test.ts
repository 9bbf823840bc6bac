// CLI tests of the standards commands on the starter dataset's ISO committees (and, with the shared
// data, a re-import through `import iso-committees`): committees filtered, one committee, the
// engagement JSON a script reads, tags, the watch setting, coordination, and the errors a
// mistyped argument gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance as run } from '../../test/run-cli.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';

warnWithoutSharedData('standards CLI import test');

describe('techalliance standards', () => {
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-standards-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
    const m = await run('migrate');
    expect(m.code, m.err).toBe(0);
  }, 120_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the engagement of the G7 against China as the documented JSON', async () => {
    const r = await run(
      'standards',
      'engagement',
      'USA,JPN,DEU,FRA,GBR,ITA,CAN',
      '--concern',
      'CHN',
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    const e = JSON.parse(r.out) as Record<string, unknown>;
    for (const key of [
      'coalition',
      'activeCommittees',
      'secretariats',
      'participationCoveragePct',
      'uncontested',
      'byTag',
    ])
      expect(e).toHaveProperty(key);
    expect(e.activeCommittees).toBe(779);
    const s = e.secretariats as { total: number; byMember: { iso3: string; total: number }[] };
    expect(s.byMember.find((m) => m.iso3 === 'USA')?.total).toBe(90);
    expect(s.total).toBe(s.byMember.reduce((a, m) => a + m.total, 0));
    const uncontested = e.uncontested as {
      reference: string;
      title: string;
      secretariat: string;
    }[];
    expect(uncontested).toContainEqual(
      expect.objectContaining({
        reference: 'ISO/IEC JTC 1/SC 43',
        title: 'Brain-computer interfaces',
        secretariat: 'CHN',
      }),
    );
    const text = await run('standards', 'engagement', 'G7', '--concern', 'CHN');
    expect(text.out).toMatch(/ISO\/IEC JTC 1\/SC 43/);
    expect(text.out).toMatch(/active committees 779/);
  });

  it('filters committees by tag and secretariat, and shows one committee', async () => {
    const r = await run('standards', 'committees', '--tag', 'ai', '--json');
    const refs = (JSON.parse(r.out) as { items: { reference: string }[] }).items.map(
      (c) => c.reference,
    );
    expect(refs).toContain('ISO/IEC JTC 1/SC 42');
    const china = await run(
      'standards',
      'committees',
      '--secretariat',
      'China',
      '--status',
      'active',
    );
    expect(china.out).toMatch(/94 committees/);
    const one = await run('standards', 'committee', 'ISO/IEC JTC 1/SC 42', '--json');
    expect(one.code, one.err).toBe(0);
    expect(JSON.parse(one.out)).toMatchObject({ reference: 'ISO/IEC JTC 1/SC 42', tags: ['ai'] });
  });

  it('refuses bad arguments naming them', async () => {
    const cases: [string[], RegExp][] = [
      [['standards', 'committees', '--type', 'XX'], /--type/],
      [['standards', 'committees', '--secretariat', 'Atlantis'], /secretariat/],
      [['standards', 'committee', 'ISO/TC 99999'], /ISO\/TC 99999/],
      [['standards', 'engagement', 'NOPE'], /NOPE/],
      [['standards', 'trend', '--from', '19x'], /--from/],
      [['standards', 'changes', '--snapshot', 'x'], /--snapshot/],
      [['standards', 'alerts', '--acknowledge', '2147483648'], /--acknowledge/],
      [['standards', 'engagement', ' , '], /coalition: ' , ' names no economy/],
      [['standards', 'watch', '--coalition', ','], /coalition: ',' names no economy/],
      [['standards', 'committees', '--search', '--'], /q: '--' has no word/],
      [['standards', 'tag', 'x-y'], /--label/],
      [['standards', 'coordinate', 'ISO/IEC JTC 1/SC 42', '--position', 'p'], /meetingDate/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect([args.join(' '), r.code === 0]).toEqual([args.join(' '), false]);
      expect(r.err).toMatch(message);
    }
  });

  it('records coordination and keeps the watch setting', async () => {
    const rec = await run(
      'standards',
      'coordinate',
      'ISO/IEC JTC 1/SC 42',
      '--date',
      '2027-04-12',
      '--attending',
      'DEU,JPN',
      '--position',
      'Support the amendment.',
      '--by',
      'tester',
      '--json',
    );
    expect(rec.code, rec.err).toBe(0);
    const { id } = JSON.parse(rec.out) as { id: string };
    const out = await run(
      'standards',
      'coordinate',
      'ISO/IEC JTC 1/SC 42',
      '--id',
      id,
      '--outcome',
      'Adopted.',
      '--by',
      'tester',
      '--json',
    );
    expect(JSON.parse(out.out)).toMatchObject({ outcome: 'Adopted.', updatedBy: 'cli:tester' });
    // The record must be one of the committee named: another committee's reference is refused.
    const elsewhere = await run(
      'standards',
      'coordinate',
      'ISO/TC 1',
      '--id',
      id,
      '--outcome',
      'x',
    );
    expect(elsewhere.code).not.toBe(0);
    expect(elsewhere.err).toMatch(/--id: no coordination record .* of committee 'ISO\/TC 1'/);
    const list = await run('standards', 'coordination', 'ISO/IEC JTC 1/SC 42', '--json');
    expect((JSON.parse(list.out) as unknown[]).length).toBe(1);
    const w = await run(
      'standards',
      'watch',
      '--coalition',
      'G7',
      '--concern',
      'CHN,RUS',
      '--json',
    );
    expect(JSON.parse(w.out)).toMatchObject({ coalition: 'G7', concern: ['CHN', 'RUS'] });
  });

  it.skipIf(!hasSharedData)(
    'imports the ISO files again with --participation and --bodies, changing nothing',
    async () => {
      const dirOf = (f: string) => sharedFile('standards', f);
      const r = await run(
        'import',
        'iso-committees',
        dirOf('iso_committees_opendata.csv'),
        '--participation',
        dirOf('iso_committee_participation_long.csv'),
        '--bodies',
        dirOf('iso_member_body_acronym_to_iso3.csv'),
        '--json',
      );
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ rejected: 0 });
      const changes = await run('standards', 'changes', '--json');
      const c = JSON.parse(changes.out) as { snapshots: { changes: number }[] };
      expect(c.snapshots.length).toBeGreaterThanOrEqual(1);
      const missing = await run(
        'import',
        'iso-committees',
        dirOf('iso_committees_opendata.csv'),
        '--participation',
        join(dir, 'nope.csv'),
      );
      expect(missing.code).not.toBe(0);
      expect(missing.err).toMatch(/--participation|nope\.csv/);
    },
    120_000,
  );
});
