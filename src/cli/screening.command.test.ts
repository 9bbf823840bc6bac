// CLI tests of screening: import two small lists, screen a name and a batch (CSV and JSON out),
// record a decision and see it again, list and reconcile the lists; bad arguments exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance as run } from '../../test/run-cli.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/restricted-parties/${name}`, import.meta.url));

let dir: string;
const saved = process.env.DATABASE_URL;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ta-screen-'));
  process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
  expect((await run('import', 'ofac-sdn', fixture('ofac-sdn-mini.csv'))).code).toBe(0);
  expect((await run('import', 'eu-833-annex-iv', fixture('eu-833-annex-iv-mini.csv'))).code).toBe(
    0,
  );
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('techalliance screening commands', () => {
  it('lists the imported lists', async () => {
    const r = await run('lists', 'list', '--json');
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.out) as { id: string; parties: number }[]).map((l) => [l.id, l.parties]),
    ).toEqual([
      ['eu-833-annex-iv', 3],
      ['us-ofac-sdn', 3],
    ]);
  });

  it('screens one name and explains the hit', async () => {
    const r = await run('screen', 'Petrovich Ivan EXAMPLE', '--type', 'person', '--explain');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/us-ofac-sdn:101/);
    expect(r.out).toMatch(/token_overlap/);
    const json = JSON.parse((await run('screen', 'Sea Example', '--json')).out) as {
      hits: { entityId: string }[];
    };
    expect(json.hits[0]!.entityId).toBe('us-ofac-sdn:103');
  });

  it('screens a batch to CSV and to JSON, reporting the malformed rows and screening the rest', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(
      input,
      'id,name,type\nr1,Example Trading LLC,organization\nr2,,\nr3,Nobody Known,\nr4,X,robot\n',
    );
    const csvOut = join(dir, 'hits.csv');
    const r = await run('screen-batch', input, '--out', csvOut, '--all');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/in\.csv:3: name: is empty/);
    expect(r.err).toMatch(/in\.csv:5: type: is not one of/);
    expect(r.out).toMatch(/4 rows read, 2 screened, 2 malformed/);
    const lines = readFileSync(csvOut, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,query,entity_id,entity_name,list,score,decision');
    expect(
      lines
        .filter((l) => l.startsWith('r1,'))
        .map((l) => l.split(',')[2])
        .sort(),
    ).toEqual(['eu-833-annex-iv:1', 'us-ofac-sdn:102']);
    expect(lines).toContain('r3,Nobody Known,,,,,');
    const jsonOut = join(dir, 'hits.json');
    expect((await run('screen-batch', input, '--out', jsonOut, '--lists', 'US')).code).toBe(0);
    const rows = JSON.parse(readFileSync(jsonOut, 'utf8')) as { id: string; list: string }[];
    expect(rows.map((x) => [x.id, x.list])).toEqual([['r1', 'us-ofac-sdn']]);
  });

  it('records a decision, and the next screening of the name shows it', async () => {
    const r = await run(
      'decision',
      'record',
      'Sea Example',
      'us-ofac-sdn:103',
      'match',
      '--by',
      'analyst',
      '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse((await run('screen', 'SEA  example', '--json')).out) as {
      hits: { entityId: string; decision: { decision: string; decidedBy: string } | null }[];
    };
    expect(json.hits.find((h) => h.entityId === 'us-ofac-sdn:103')!.decision).toMatchObject({
      decision: 'match',
      decidedBy: 'cli:analyst',
    });
    // --by cannot make the record (and the governance log) credit an account or the operator.
    expect(
      (
        await run(
          'decision',
          'record',
          'Sea Example',
          'us-ofac-sdn:103',
          'no_match',
          '--by',
          'account:00000000-0000-0000-0000-000000000000',
          '--json',
        )
      ).out,
    ).toMatch(/"decidedBy": "cli:account:00000000/);
  });

  it('reconciles the US lists with the EU one', async () => {
    const r = await run('lists', 'reconcile', '--a', 'US', '--b', 'EU', '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as {
      onlyA: { count: number };
      onlyB: { count: number };
      sameAs: { count: number };
    };
    expect([body.onlyA.count, body.onlyB.count, body.sameAs.count]).toEqual([2, 2, 1]);
    expect((await run('lists', 'reconcile', '--a', 'US', '--b', 'EU')).out).toMatch(
      /Listed by B, not by A: 2/,
    );
  });

  it('exits 2 naming the argument on bad input', async () => {
    for (const [args, text] of [
      [['screen', 'X', '--threshold', '1.5'], /--threshold/],
      [['screen', 'X', '--type', 'robot'], /--type/],
      [['screen', 'X', '--lists', 'XX'], /lists: unknown list or jurisdiction 'XX'/],
      [['screen-batch', 'in.csv', '--out', 'hits.txt'], /--out/],
      [['decision', 'record', 'X', 'us-ofac-sdn:101', 'maybe'], /decision: 'maybe'/],
      [['lists', 'reconcile', '--a', 'US', '--b', 'EU', '--country', 'China'], /--country/],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(text);
    }
    const missing = await run('screen-batch', join(dir, 'nope.csv'), '--out', join(dir, 'x.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.csv: cannot read the file/);
  });
});
