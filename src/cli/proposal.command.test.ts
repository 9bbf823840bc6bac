// CLI tests of governance: the secretariat sets a workstream, a delegation proposes and edits,
// the secretariat moves the proposal to a vote, delegations vote; each acting through its saved
// sign-in (TECHALLIANCE_TOKEN here). A delegation cannot do the secretariat's part.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance } from '../../test/run-cli.ts';

let dir: string;
const saved = { db: process.env.DATABASE_URL, token: process.env.TECHALLIANCE_TOKEN };
const tokens: Record<string, string> = {};

/** Runs the CLI as one of the accounts. */
async function as(who: string, ...args: string[]) {
  process.env.TECHALLIANCE_TOKEN = tokens[who];
  return runTechalliance(...args);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ta-gov-'));
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
    expect(made.code).toBe(0);
    process.env.TECHALLIANCE_CREDENTIALS = join(dir, `${who}.json`);
    expect(
      (
        await runTechalliance(
          'login',
          '--email',
          `${who}@example.org`,
          '--password-file',
          pw,
          '--json',
        )
      ).code,
    ).toBe(0);
    tokens[who] = (
      JSON.parse(readFileSync(join(dir, `${who}.json`), 'utf8')) as {
        token: string;
      }
    ).token;
  }
  delete process.env.TECHALLIANCE_CREDENTIALS;
  writeFileSync(
    join(dir, 'ws.json'),
    JSON.stringify({
      code: 'ai',
      name: 'AI safety',
      decisionRule: { kind: 'unanimity' },
      participants: [
        { delegation: 'DEU', rights: ['propose', 'comment', 'vote'] },
        { delegation: 'FRA', rights: ['comment', 'vote'] },
      ],
    }),
  );
  writeFileSync(join(dir, 'v1.txt'), 'Members share evaluation results.\n');
  writeFileSync(join(dir, 'v2.txt'), 'Members share evaluation results within 30 days.\n');
});
afterAll(() => {
  for (const [k, v] of [
    ['DATABASE_URL', saved.db],
    ['TECHALLIANCE_TOKEN', saved.token],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  rmSync(dir, { recursive: true, force: true });
});

describe('techalliance proposal and vote', () => {
  it('runs a proposal from draft to a vote, each step by the account entitled to it', async () => {
    expect((await as('deu', 'workstream', 'set', join(dir, 'ws.json'))).err).toMatch(
      /may not do this \(admin\)/,
    );
    expect((await as('sec', 'workstream', 'set', join(dir, 'ws.json'))).out).toBe(
      'created workstream ai\n',
    );
    const created = await as(
      'deu',
      'proposal',
      'create',
      '--title',
      'Evaluation sharing',
      '--text-file',
      join(dir, 'v1.txt'),
      '--workstream',
      'ai',
      '--json',
    );
    expect(created.code).toBe(0);
    const id = (JSON.parse(created.out) as { id: string }).id;
    expect(
      (
        await as(
          'deu',
          'proposal',
          'edit',
          id,
          '--text-file',
          join(dir, 'v2.txt'),
          '--note',
          'deadline',
        )
      ).out,
    ).toBe(`version 2 of ${id}\n`);
    expect((await as('deu', 'proposal', 'diff', id, '--from', '1', '--to', '2')).out).toContain(
      '+Members share evaluation results within 30 days.',
    );
    expect((await as('deu', 'proposal', 'move', id, 'deliberation')).code).toBe(1);
    expect((await as('sec', 'proposal', 'move', id, 'deliberation')).out).toBe(
      `${id} is now deliberation\n`,
    );
    const opens = new Date(Date.now() - 60_000).toISOString();
    const closes = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await as('sec', 'proposal', 'move', id, 'voting', '--opens', opens, '--closes', closes))
        .code,
    ).toBe(0);
    expect((await as('deu', 'vote', id, 'yes')).out).toMatch(
      /^recorded yes; the tally stands at: rejected \(not decided yet\)/,
    );
    const last = await as('fra', 'vote', id, 'yes', '--json');
    expect(
      (JSON.parse(last.out) as { tally: { outcome: string; counts: { yes: number } } }).tally,
    ).toMatchObject({ outcome: 'adopted', counts: { yes: 2 } });
    expect((await as('fra', 'proposal', 'list', '--state', 'voting', '--json')).out).toContain(id);
  });

  it('exits 2 naming the argument on bad input', async () => {
    const bad = await as('deu', 'proposal', 'list', '--state', 'sleeping');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--state: 'sleeping'/);
    const v = await as(
      'deu',
      'proposal',
      'diff',
      '00000000-0000-4000-8000-000000000000',
      '--from',
      'one',
      '--to',
      '2',
    );
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/--from: 'one'/);
    // Parsed by the core schemas before any service is asked.
    const ballot = await as('deu', 'vote', '00000000-0000-4000-8000-000000000000', 'maybe');
    expect(ballot.code).toBe(2);
    expect(ballot.err).toMatch(/invalid ballot: choice: /);
    writeFileSync(
      join(dir, 'bad-ws.json'),
      JSON.stringify({ code: 'ai', name: 'AI', participants: [{ delegation: 'deu', rights: [] }] }),
    );
    const ws = await as('sec', 'workstream', 'set', join(dir, 'bad-ws.json'));
    expect(ws.code).toBe(2);
    expect(ws.err).toMatch(/participants\.0\.delegation: must be an upper-case delegation code/);
    expect(ws.err).toMatch(/participants\.0\.rights: give at least one right/);
  });
});
