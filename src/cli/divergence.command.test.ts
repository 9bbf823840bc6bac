// CLI tests of the policy registry, members' positions and the divergence register, end to end on
// a temporary SQLite database: the real OECD.AI corpus through `techalliance import oecd-ai`
// (searched, compared by topic, one record shown), an issue the secretariat creates, positions
// each delegation records through its saved sign-in (TECHALLIANCE_TOKEN here), the divergence
// matrix and the register computed from them (checked by hand), what only the secretariat may do,
// and the errors a mistyped argument gets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance } from '../../test/run-cli.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';

warnWithoutSharedData('divergence CLI tests on the OECD.AI corpus');

const OECD_AI = sharedFile('policies', 'oecd_ai_policy_corpus_llm_scored_2216.csv');

let dir: string;
const saved = {
  db: process.env.DATABASE_URL,
  token: process.env.TECHALLIANCE_TOKEN,
  credentials: process.env.TECHALLIANCE_CREDENTIALS,
};
const tokens: Record<string, string> = {};

/** Runs the CLI as one of the accounts, or signed out (`null`). */
async function as(who: string | null, ...args: string[]) {
  if (who === null) delete process.env.TECHALLIANCE_TOKEN;
  else process.env.TECHALLIANCE_TOKEN = tokens[who];
  return runTechalliance(...args);
}

/** Runs a command that must succeed and parses its JSON output. */
async function json<T>(who: string | null, ...args: string[]): Promise<T> {
  const r = await as(who, ...args, '--json');
  expect([args.join(' '), r.code], r.err).toEqual([args.join(' '), 0]);
  return JSON.parse(r.out) as T;
}

interface Instrument {
  id: string;
  title: string;
  jurisdiction: string;
  year: number | null;
  source: string;
}

interface Matrix {
  issues: number;
  use: string;
  members: string[];
  cells: (number | null)[][];
  shared: number[][];
  order: string[];
  clustering: { merges: { a: string[]; b: string[]; distance: number }[] };
  splitting: { issueId: string; answered: number; meanPairwise: number | null }[];
}

interface Register {
  total: number;
  items: {
    id: number;
    source: string;
    key: string;
    members: string[];
    severity: number;
    measure: number;
    previousMeasure: number | null;
    state: string;
    change: string;
    level: string;
    confidentiality: string;
    workstream: string;
  }[];
  counts: { source: Record<string, number> };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ta-divergence-'));
  process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
  const pw = join(dir, 'pw');
  writeFileSync(pw, 'a-long-enough-password\n');
  for (const [who, role, delegation] of [
    ['sec', 'secretariat', null],
    ['deu', 'member_delegate', 'DEU'],
    ['fra', 'member_delegate', 'FRA'],
  ] as const) {
    const made = await runTechalliance(
      'accounts',
      'create',
      '--email',
      `${who}@example.org`,
      '--name',
      who,
      '--role',
      role,
      ...(delegation ? ['--delegation', delegation] : []),
      '--password-file',
      pw,
    );
    expect(made.code, made.err).toBe(0);
    process.env.TECHALLIANCE_CREDENTIALS = join(dir, `${who}.json`);
    const login = await runTechalliance(
      'login',
      '--email',
      `${who}@example.org`,
      '--password-file',
      pw,
      '--json',
    );
    expect(login.code, login.err).toBe(0);
    tokens[who] = (
      JSON.parse(readFileSync(join(dir, `${who}.json`), 'utf8')) as { token: string }
    ).token;
  }
  // No saved sign-in outside the test's folder is ever read.
  process.env.TECHALLIANCE_CREDENTIALS = join(dir, 'nobody.json');
  writeFileSync(
    join(dir, 'issue.json'),
    JSON.stringify({
      id: 'ai-evals',
      workstream: 'ai',
      title: 'Pre-deployment evaluation of frontier models',
      options: ['none', 'voluntary', 'mandatory'],
    }),
  );
  writeFileSync(
    join(dir, 'delegate-issue.json'),
    JSON.stringify({
      id: 'by-a-delegate',
      workstream: 'ai',
      title: 'Not mine',
      options: ['a', 'b'],
    }),
  );
  writeFileSync(join(dir, 'broken.json'), '{"id": "x",');
  writeFileSync(
    join(dir, 'one-option.json'),
    JSON.stringify({ id: 'one-option', workstream: 'ai', title: 'One', options: ['only'] }),
  );
  if (hasSharedData) {
    const r = await runTechalliance('import', 'oecd-ai', OECD_AI, '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rowsRead: 2216, inserted: 2211, rejected: 0 });
  }
}, 180_000);

afterAll(() => {
  for (const [k, v] of [
    ['DATABASE_URL', saved.db],
    ['TECHALLIANCE_TOKEN', saved.token],
    ['TECHALLIANCE_CREDENTIALS', saved.credentials],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasSharedData)('techalliance policy on the OECD.AI corpus', () => {
  it('compares the United States, Germany and the EU on AI in three columns', async () => {
    const c = await json<{
      topic: string;
      columns: { jurisdiction: string; name: string; instruments: Instrument[] }[];
      timeline: { year: number; counts: Record<string, number> }[];
      undated: Record<string, number>;
    }>(null, 'policy', 'compare', 'USA,DEU,EU', '--topic', 'ai');
    expect(c.topic).toBe('ai');
    // The corpus's own counts (PROVENANCE.md: US 84, DE 93, EU 60), every record on AI.
    expect(c.columns.map((x) => [x.jurisdiction, x.name, x.instruments.length])).toEqual([
      ['USA', 'United States', 84],
      ['DEU', 'Germany', 93],
      ['EU', 'European Union', 60],
    ]);
    for (const col of c.columns) {
      expect(col.instruments.every((i) => i.jurisdiction === col.jurisdiction)).toBe(true);
      // The timeline counts each column's dated records once.
      const dated = c.timeline.reduce((s, row) => s + (row.counts[col.jurisdiction] ?? 0), 0);
      expect(dated + (c.undated[col.jurisdiction] ?? 0)).toBe(col.instruments.length);
    }
    const text = await as(null, 'policy', 'compare', 'USA,DEU,EU', '--topic', 'ai');
    expect(text.out).toMatch(/^Artificial intelligence\n/);
    expect(text.out).toMatch(/Germany \(93\)/);
  });

  it('shows one record with its version', async () => {
    const c = await json<{ columns: { jurisdiction: string; instruments: Instrument[] }[] }>(
      null,
      'policy',
      'compare',
      'EU',
      '--topic',
      'ai',
    );
    const act = c.columns[0]!.instruments.find((i) => /^Artificial Intelligence Act/.test(i.title));
    expect(act).toBeDefined();
    const shown = await json<Instrument & { versions: { version: number }[]; topics: string[] }>(
      null,
      'policy',
      'show',
      act!.id,
    );
    expect(shown).toMatchObject({
      id: act!.id,
      jurisdiction: 'EU',
      year: 2024,
      source: 'oecd-ai',
      title: act!.title,
    });
    expect(shown.topics).toContain('ai');
    expect(shown.versions.map((v) => v.version)).toEqual([1]);
    const text = await as(null, 'policy', 'show', act!.id);
    expect(text.out).toMatch(/^Artificial Intelligence Act/);
    expect(text.out).toMatch(/versions: 1 \(/);
  });

  it('lists the 93 German records and finds the EU AI Act by its words', async () => {
    const deu = await json<{ total: number; items: Instrument[] }>(
      null,
      'policy',
      'list',
      '--jurisdiction',
      'DEU',
    );
    expect(deu.total).toBe(93);
    expect(deu.items).toHaveLength(50);
    expect(deu.items.every((i) => i.jurisdiction === 'DEU')).toBe(true);
    const found = await json<{ total: number; items: (Instrument & { score: number })[] }>(
      null,
      'policy',
      'list',
      '--search',
      'artificial intelligence act',
    );
    // Every word must occur: the EU's act, Italy's law on AI and an Illinois act; the EU's first.
    expect(found.items[0]).toMatchObject({ jurisdiction: 'EU', year: 2024 });
    expect(found.items[0]!.title).toMatch(/^Artificial Intelligence Act/);
    expect(found.total).toBe(3);
    const phrase = await json<{ total: number }>(
      null,
      'policy',
      'list',
      '--search',
      '"artificial intelligence act"',
      '--jurisdiction',
      'EU',
    );
    expect(phrase.total).toBe(1);
  });
});

describe('techalliance issue, position and divergence', () => {
  it('records two delegations’ positions and computes the matrix and the register from them', async () => {
    const created = await as('sec', 'issue', 'create', join(dir, 'issue.json'));
    expect(created.code, created.err).toBe(0);
    expect(created.out).toBe('saved issue ai-evals: none < voluntary < mandatory\n');
    // Each delegation records its own position: by number, and by the option's text.
    expect((await as('deu', 'position', 'set', 'ai-evals', '0')).out).toBe(
      'recorded on ai-evals\n',
    );
    const fra = await as('fra', 'position', 'set', 'ai-evals', 'mandatory', '--note', 'binding');
    expect(fra.code, fra.err).toBe(0);

    // Options 0 and 2 of 3: |0 − 2| / (3 − 1) = 1, on the one issue both answered.
    const m = await json<Matrix>(null, 'divergence', 'matrix');
    expect(m).toMatchObject({
      issues: 1,
      use: 'current',
      members: ['DEU', 'FRA'],
      cells: [
        [0, 1],
        [1, 0],
      ],
      shared: [
        [1, 1],
        [1, 1],
      ],
      order: ['DEU', 'FRA'],
    });
    expect(m.clustering.merges).toEqual([{ a: ['DEU'], b: ['FRA'], distance: 1 }]);
    expect(m.splitting).toEqual([
      expect.objectContaining({ issueId: 'ai-evals', answered: 2, meanPairwise: 1 }),
    ]);

    // The position change recomputed the register's positions at once.
    const r = await json<Register>(null, 'divergence', 'register', '--source', 'positions');
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({
      source: 'positions',
      key: 'issue:ai-evals',
      workstream: 'ai',
      members: ['DEU', 'FRA'],
      measure: 1,
      severity: 1,
      level: 'high',
      state: 'open',
      change: 'new',
      confidentiality: 'alliance',
    });
    const id = r.items[0]!.id;

    // France moves to the middle option: 0.5 apart, the divergence shrinks.
    expect((await as('fra', 'position', 'set', 'ai-evals', 'voluntary')).code).toBe(0);
    const half = await json<Matrix>(null, 'divergence', 'matrix');
    expect(half.cells).toEqual([
      [0, 0.5],
      [0.5, 0],
    ]);
    const shrunk = await json<Register>(null, 'divergence', 'register', '--source', 'positions');
    expect(shrunk.items[0]).toMatchObject({
      id,
      measure: 0.5,
      previousMeasure: 1,
      change: 'shrunk',
    });
    const shown = await json<{ id: number; events: { type: string; to: string | null }[] }>(
      null,
      'divergence',
      'show',
      String(id),
    );
    expect(shown.events.filter((e) => e.type === 'detected').map((e) => e.to)).toEqual(
      expect.arrayContaining(['new', 'shrunk']),
    );
    const history = await json<{ member: string; option: number }[]>(
      null,
      'position',
      'history',
      'ai-evals',
      '--member',
      'FRA',
    );
    expect(history.map((p) => p.option)).toEqual([1, 2]);

    // Germany announces a pending move to "mandatory": the outlook puts them 0.5 apart again.
    const pending = await as('deu', 'position', 'set', 'ai-evals', '2', '--pending', '2027-06-01');
    expect(pending.code, pending.err).toBe(0);
    expect((await json<Matrix>(null, 'divergence', 'matrix')).cells[0]![1]).toBe(0.5);
    const outlook = await json<Matrix>(null, 'divergence', 'matrix', '--pending');
    expect(outlook).toMatchObject({
      use: 'pending-first',
      cells: [
        [0, 0.5],
        [0.5, 0],
      ],
    });
    const text = await as(null, 'divergence', 'register');
    expect(text.out).toMatch(/Pre-deployment evaluation of frontier models/);
    expect(text.out).toMatch(/\n1 divergence\n$/);
  });

  it('keeps the secretariat’s parts to the secretariat', async () => {
    const cases: [string[], RegExp][] = [
      [['issue', 'create', join(dir, 'delegate-issue.json')], /may not do this/],
      [['position', 'set', 'ai-evals', '1', '--member', 'FRA'], /your own delegation/],
      [['divergence', 'accept', '1', '--note', 'we live with it'], /may not do this/],
      [['divergence', 'webhook', 'add', 'https://example.org/hook'], /may not do this/],
    ];
    // Every case run, then compared at once: a failure names each command let through.
    const outcomes: [string, boolean, string][] = [];
    for (const [args, message] of cases) {
      const r = await as('deu', ...args);
      outcomes.push([args.join(' '), r.code !== 0 && message.test(r.err), r.err || r.out]);
    }
    expect(outcomes.filter(([, refused]) => !refused)).toEqual([]);
    const issues = await json<{ id: string }[]>(null, 'issue', 'list');
    expect(issues.map((i) => i.id)).toEqual(['ai-evals']);
    const signedOut = await as(null, 'position', 'set', 'ai-evals', '1');
    expect(signedOut.code).not.toBe(0);
    expect(signedOut.err).toMatch(/not signed in/);
  });

  it('refuses bad arguments naming them, and changes nothing', async () => {
    const cases: [string | null, string[], RegExp][] = [
      [null, ['policy', 'list', '--type', 'law,banana'], /--type: 'banana' is not one of law,/],
      [null, ['policy', 'list', '--from', '20x0'], /--from/],
      [null, ['policy', 'list', '--limit', '0'], /--limit/],
      [
        null,
        ['policy', 'list', '--limit', '1001'],
        /--limit: '1001' is not a number from 1 to 1000/,
      ],
      [null, ['policy', 'show', 'oecd-ai:nope'], /oecd-ai:nope/],
      [null, ['policy', 'compare', 'USA', '--topic', 'nope'], /topic: no topic 'nope'/],
      [null, ['divergence', 'show', 'abc'], /<id>: 'abc' is not a divergence id/],
      [null, ['divergence', 'show', '999'], /999/],
      [null, ['divergence', 'register', '--state', 'closed'], /--state: 'closed' is not one of/],
      [null, ['divergence', 'register', '--source', 'nope'], /source: no source 'nope'/],
      [null, ['divergence', 'register', '--limit', 'x'], /--limit/],
      [
        'sec',
        ['issue', 'create', join(dir, 'missing.json')],
        /<file>: cannot read .*missing\.json/,
      ],
      ['sec', ['issue', 'create', join(dir, 'broken.json')], /<file>: .*broken\.json is not JSON/],
      ['sec', ['issue', 'create', join(dir, 'one-option.json')], /options/],
      [
        'deu',
        ['position', 'set', 'ai-evals', '7'],
        /option: 7 is not an option of ai-evals \(0 to 2\)/,
      ],
      ['deu', ['position', 'set', 'ai-evals', 'Mandatory'], /did you mean 'mandatory'/],
      ['deu', ['position', 'set', 'ai-evals', '1', '--pending', '2027-13-45'], /expectedDate/],
      ['deu', ['position', 'set', 'ai-evals', '1', '--evidence', 'oecd-ai:nope'], /evidence/],
      ['deu', ['position', 'set', 'no-such-issue', '1'], /no-such-issue/],
      ['deu', ['position', 'withdraw', 'ai-evals', 'DEU', '--status', 'old'], /--status/],
    ];
    const before = await json<unknown[]>(null, 'position', 'list', '--issue', 'ai-evals');
    for (const [who, args, message] of cases) {
      const r = await as(who, ...args);
      expect([args.join(' '), r.code === 0]).toEqual([args.join(' '), false]);
      expect(r.err, args.join(' ')).toMatch(message);
    }
    expect(await json<unknown[]>(null, 'position', 'list', '--issue', 'ai-evals')).toEqual(before);
  });
});
