// CLI tests: the `techalliance` program run in-process on a temporary SQLite file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance } from '../../test/run-cli.ts';

let dir: string;
const saved = process.env.DATABASE_URL;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ta-cli-'));
  process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

const run = runTechalliance;

describe('techalliance', () => {
  it('migrates an empty database and loads the starter dataset', async () => {
    const r = await run('migrate', '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as { migrations: string[]; starter: { economies: number } };
    expect(body.migrations).toEqual([
      '0001-foundation',
      '0002-coalitions',
      '0003-criteria-sets',
      '0004-coalition-workstreams',
      '0005-supply-chains',
      '0006-restricted-parties',
      '0007-audit-log',
      '0008-accounts',
      '0009-governance',
      '0010-consultations',
      '0011-audit-checkpoints',
      '0012-login-attempts',
      '0013-data-version',
      '0014-control-lists',
      '0015-standards',
      '0016-misuse',
      '0017-research',
      '0018-divergences',
      '0019-conversations',
    ]);
    expect(body.starter.economies).toBe(250);
    const again = JSON.parse((await run('migrate', '--json')).out) as {
      migrations: string[];
      starter: null;
    };
    expect(again).toMatchObject({ migrations: [], starter: null });
  });

  it.each([
    [],
    ['serve'],
    ['migrate'],
    ['import'],
    ['economies', 'list'],
    ['economies', 'show'],
    ['indicators', 'list'],
    ['indicators', 'get'],
    ['groups', 'list'],
    ['groups', 'show'],
    ['data', 'starter'],
  ])('prints help for %s', async (...cmd: string[]) => {
    const r = await run(...cmd, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: techalliance');
  });

  it('lists the members of a grouping as JSON', async () => {
    const r = await run('economies', 'list', '--group', 'G7', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { iso3: string }[]).map((e) => e.iso3).sort()).toEqual([
      'CAN',
      'DEU',
      'FRA',
      'GBR',
      'ITA',
      'JPN',
      'USA',
    ]);
  });

  it('shows an economy with its latest values and sources', async () => {
    const r = await run('economies', 'show', 'JPN');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Japan (JPN/JP/392)');
    expect(r.out).toMatch(/gdp_usd\s+2023\s+4\.2\d trn\s+current US\$\s+wb-wdi-gdp_usd/);
  });

  it('gets indicator values as CSV, the same figures as the API', async () => {
    const r = await run(
      'indicators',
      'get',
      'gdp_usd',
      '--year',
      '2023',
      '--economies',
      'USA,DEU',
      '--format',
      'csv',
    );
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([
      'iso3,name,indicator,year,value,unit,source',
      expect.stringMatching(
        /^DEU,Germany,gdp_usd,2023,4\d{12}(\.\d+)?,current US\$,wb-wdi-gdp_usd$/,
      ),
      'USA,United States,gdp_usd,2023,27360935000000,current US$,wb-wdi-gdp_usd',
    ]);
  });

  it('shows a grouping with its supranational members as JSON', async () => {
    const g = JSON.parse((await run('groups', 'show', 'G20', '--json')).out) as {
      members: { code: string; kind: string }[];
    };
    expect(
      g.members
        .filter((m) => m.kind === 'supranational')
        .map((m) => m.code)
        .sort(),
    ).toEqual(['AU', 'EU']);
  });

  it('rejects a malformed year naming the option, exit 2', async () => {
    const r = await run('indicators', 'get', 'gdp_usd', '--year', '20x');
    expect(r.code).toBe(2);
    expect(r.err).toContain("--year must be a four-digit year or 'latest'");
  });

  it('reports an unknown economy on one line, exit 1', async () => {
    const r = await run('economies', 'show', 'ZZZ');
    expect(r.code).toBe(1);
    expect(r.err).toBe("error: economy 'ZZZ' not found\n");
  });

  it('requires --indicator for a World Bank file', async () => {
    const file = join(dir, 'wb.csv');
    writeFileSync(file, 'Country Name,Country Code,Year,Value\nFrance,FRA,2023,1\n');
    const r = await run('import', 'worldbank', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--indicator is required');
  });

  it('rejects a file with a bad row, writes nothing and names file, line and field', async () => {
    const file = join(dir, 'gdp.csv');
    writeFileSync(
      file,
      'Country Name,Country Code,Year,Value\nFrance,FRA,2030,1\nGermany,DEU,2030,lots\n',
    );
    const r = await run(
      'import',
      'worldbank',
      file,
      '--indicator',
      'gdp_usd',
      '--report',
      join(dir, 'bad.json'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(`gdp.csv:3: Value: 'lots' is not a number`);
    expect(r.out).toContain('2 rows read, 0 inserted, 0 updated, 0 unchanged, 1 rejected');
    const after = JSON.parse(
      (await run('indicators', 'get', 'gdp_usd', '--year', '2030', '--json')).out,
    ) as { count: number };
    expect(after.count).toBe(0);
  });

  it('imports good rows with --skip-bad-rows and says so', async () => {
    const file = join(dir, 'gdp.csv');
    const r = await run(
      'import',
      'worldbank',
      file,
      '--indicator',
      'gdp_usd',
      '--skip-bad-rows',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ inserted: 1, rejected: 1, written: true });
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown command 'frobnicate'");
  });
});

describe('techalliance coalition', () => {
  it('creates, copies, edits and deletes a custom coalition, round-tripping through JSON', async () => {
    const created = await run(
      'coalition',
      'create',
      'TECH4',
      '--name',
      'Tech 4',
      '--members',
      'USA,JPN,EU',
      '--partners',
      'IND',
      '--observer',
      'OECD=OECD',
      '--json',
    );
    expect(created.code).toBe(0);
    const c = JSON.parse(created.out) as { participants: { code: string; tier: string }[] };
    expect(c.participants.map((p) => `${p.code}:${p.tier}`)).toEqual([
      'USA:member',
      'JPN:member',
      'EU:member',
      'IND:partner',
      'OECD:observer',
    ]);

    const shown = await run('coalition', 'show', 'TECH4', '--json');
    const file = join(dir, 'tech4.json');
    writeFileSync(file, shown.out.replace('"TECH4"', '"TECH4_BIS"'));
    expect((await run('coalition', 'create', '--file', file)).code).toBe(0);
    const bis = JSON.parse((await run('coalition', 'show', 'TECH4_BIS', '--json')).out) as {
      participants: unknown[];
    };
    expect(bis.participants).toEqual(c.participants);

    expect((await run('coalition', 'add', 'TECH4', 'KOR', '--tier', 'partner')).code).toBe(0);
    expect((await run('coalition', 'remove', 'TECH4', 'OECD')).code).toBe(0);
    const edited = JSON.parse((await run('coalition', 'show', 'TECH4', '--json')).out) as {
      participants: { code: string }[];
    };
    expect(edited.participants.map((p) => p.code)).toEqual(['USA', 'JPN', 'EU', 'IND', 'KOR']);

    expect((await run('coalition', 'delete', 'TECH4')).code).toBe(0);
    expect((await run('coalition', 'show', 'TECH4')).err).toBe(
      "error: coalition 'TECH4' not found\n",
    );
  });

  it('names the offending code of an invalid coalition', async () => {
    const r = await run('coalition', 'create', 'BAD2', '--members', 'USA,XYZ');
    expect(r.code).toBe(2);
    expect(r.err).toContain("participants.1.code: unknown economy 'XYZ'");
  });

  it('prints leverage JSON with the fields the analytics promise, the same figures as the API', async () => {
    const r = await run('coalition', 'copy', 'T12', 'T12_NLD', '--add', 'NLD');
    expect(r.code).toBe(0);
    const reports = JSON.parse(
      (await run('coalition', 'leverage', 'T12', 'T12_NLD', '--year', '2023', '--json')).out,
    ) as {
      coalition: string;
      items: {
        indicator: string;
        year: number;
        coalitionValue: number;
        worldValue: number;
        sharePct: number;
        economiesWithData: number;
      }[];
    }[];
    expect(reports.map((x) => x.coalition)).toEqual(['T12', 'T12_NLD']);
    const gdp = reports.map((x) => x.items.find((i) => i.indicator === 'gdp_usd')!);
    expect(Object.keys(gdp[0]!)).toEqual(
      expect.arrayContaining([
        'indicator',
        'year',
        'coalitionValue',
        'worldValue',
        'sharePct',
        'economiesWithData',
      ]),
    );
    // By default the T12 counts the economies it lists: the Netherlands adds its share.
    expect(gdp[1]!.sharePct).toBeGreaterThan(gdp[0]!.sharePct + 0.5);
    // With --eu member-states the EU participant already counts it, and the output says so.
    const eu = JSON.parse(
      (
        await run(
          'coalition',
          'leverage',
          'T12',
          'T12_NLD',
          '--year',
          '2023',
          '--eu',
          'member-states',
          '--json',
        )
      ).out,
    ) as { supranational: string; items: { indicator: string; sharePct: number }[] }[];
    expect(eu.map((x) => x.supranational)).toEqual(['member-states', 'member-states']);
    const euGdp = eu.map((x) => x.items.find((i) => i.indicator === 'gdp_usd')!.sharePct);
    expect(euGdp[1]).toBe(euGdp[0]);
    const text = await run('coalition', 'leverage', 'G7', '--year', '2023');
    expect(text.out).toMatch(/gdp_usd\s+2023\s+45\.1%/);
    expect(text.out).toContain('EU counting: enumerated');
    const bad = await run('coalition', 'leverage', 'G7', '--eu', 'all');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--eu must be enumerated or member-states');
  });

  it('rejects a bad --tier naming the option', async () => {
    const r = await run('coalition', 'leverage', 'G7', '--tier', 'everyone');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--tier must be member or all');
  });
});

describe('techalliance criteria', () => {
  it("evaluates the G7 economies under the default set, Italy's rule of law named", async () => {
    const r = await run('criteria', 'evaluate', '--coalition', 'G7', '--economies', 'ITA,USA');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/USA\s+United States\s+eligible member/);
    expect(r.out).toMatch(
      /ITA \(member\) fail: member tier fails: Rule of law \(wgi_rule_of_law\)/,
    );
    expect(r.out).toContain('EU: European Union takes part as a whole');
  });

  it('round-trips a set through show and import, and rejects a bad year', async () => {
    const shown = await run('criteria', 'show', 'default', '--as-of', '2022');
    const file = join(dir, 'set.json');
    writeFileSync(file, shown.out.replace('"code": "default"', '"code": "default-2022"'));
    const imported = await run('criteria', 'import', file);
    expect(imported.code).toBe(0);
    expect(imported.out).toBe('created criteria set default-2022\n');
    const list = JSON.parse((await run('criteria', 'list', '--json')).out) as { code: string }[];
    expect(list.map((s) => s.code)).toEqual(['default', 'default-2022']);
    const bad = await run('criteria', 'evaluate', '--as-of', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as-of must be a four-digit year');
  });
});

describe('techalliance coalition what-if', () => {
  it('prints the change in share points when an economy joins', async () => {
    const r = await run('coalition', 'what-if', 'QUAD', '--add', 'kor', '--year', '2023', '--json');
    expect(r.code).toBe(0);
    const w = JSON.parse(r.out) as {
      result: { added: string[]; changes: { indicator: string; deltaSharePoints: number }[] };
    };
    expect(w.result.added).toEqual(['KOR']);
    expect(
      w.result.changes.find((c) => c.indicator === 'gdp_usd')!.deltaSharePoints,
    ).toBeGreaterThan(1);
  });

  it('warns when an added economy has no value, rather than showing a bare zero change', async () => {
    const r = await run('coalition', 'what-if', 'QUAD', '--add', 'Taiwan', '--year', '2023');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*TWN.*gdp_usd|warning: .*Taiwan.*GDP/);
  });
});

describe('techalliance chain, scenario and control', () => {
  it('lists the bundled critical-minerals chain and its chokepoints', async () => {
    const list = JSON.parse((await run('chain', 'list', '--json')).out) as { code: string }[];
    expect(list.map((c) => c.code)).toContain('critical-minerals');
    const r = await run('chain', 'metrics', 'critical-minerals', '--coalition', 'G7');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Gallium\s+2025\s+CHN 99\.0%/);
  });

  it('prints coverage JSON with the fields the issue names, per input', async () => {
    const r = await run(
      'control',
      'coverage',
      'critical-minerals',
      '--coalition',
      'USA,JPN',
      '--target',
      'CHN',
      '--input',
      'Gallium',
      '--json',
    );
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as { inputs: Record<string, unknown>[] };
    expect(Object.keys(body.inputs[0]!)).toEqual(
      expect.arrayContaining([
        'input',
        'year',
        'coveredPct',
        'targetPct',
        'foreignAvailabilityPct',
        'verdict',
        'addToReachGoal',
      ]),
    );
  });

  it('runs a seeded Monte Carlo twice with the same output', async () => {
    const a = await run(
      'scenario',
      'montecarlo',
      'critical-minerals',
      '--trials',
      '2000',
      '--seed',
      '7',
      '--json',
    );
    const b = await run(
      'scenario',
      'montecarlo',
      'critical-minerals',
      '--trials',
      '2000',
      '--seed',
      '7',
      '--json',
    );
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });

  it.each([
    [
      ['scenario', 'disrupt', 'critical-minerals', '--shock', 'CHN:1.5'],
      'fraction lost 1.5 is outside 0–1',
    ],
    [
      ['scenario', 'disrupt', 'critical-minerals', '--shock', 'CHN'],
      "--shock 'CHN': expected PROVIDER:FRACTION",
    ],
    [
      ['scenario', 'disrupt', 'critical-minerals', '--shock', 'CHN:Unobtainium:0.5'],
      "unknown input 'Unobtainium'",
    ],
    [
      ['scenario', 'montecarlo', 'critical-minerals', '--trials', 'many'],
      '--trials must be a whole number',
    ],
  ])('rejects %j with a clear message', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
