// Conversations over the API and the CLI: the brexit-consensus Polis export imported with
// `techalliance import polis … --code` gives Polis's two groups (ARI ≥ 0.8 against its own
// group-id) through `consultation groups --json` and the API; two participants from different
// economies vote in a conversation the secretariat starts and both appear on its map; the next
// statement skips what the caller voted on; the export reads back; bad input gets a 400 naming
// the field, and a caller who is not signed in cannot vote. Every API answer is checked against
// its OpenAPI schema under Vitest.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { runTechalliance as run } from '../../test/run-cli.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import { adjustedRandIndex } from '../core/opinion/ari.ts';
import { buildApp } from './app.ts';

warnWithoutSharedData('conversation API and CLI tests on the Polis exports');

const TOKEN = 'conversations-operator-token-0123456789abc';
const BREXIT = sharedFile('consultations', 'polis', 'brexit-consensus');

/** Polis's own group of each participant (participants-votes.csv `group-id`), where it has one. */
function polisGroups(): Map<string, string> {
  const lines = readFileSync(join(BREXIT, 'participants-votes.csv'), 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const [pi, gi] = [header.indexOf('participant'), header.indexOf('group-id')];
  const out = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const cells = l.split(',');
    if (cells[gi] !== undefined && cells[gi] !== '') out.set(cells[pi]!, cells[gi]);
  }
  return out;
}

describe.skipIf(!hasSharedData)('conversations on the real Polis export', () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let dir: string;
  const tokens: Record<string, string> = {};
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-conversations-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
    const cli = await run('import', 'polis', BREXIT, '--code', 'brexit-consensus');
    expect(cli.code, cli.err).toBe(0);
    f = await openStarterFixture();
    const r = await f.services.imports.run({
      format: 'polis',
      file: BREXIT,
      options: { code: 'brexit-consensus' },
    });
    expect(r.written).toBe(true);
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const [role, delegation] of [
      ['member_delegate', 'DEU'],
      ['partner_delegate', 'IND'],
    ] as const) {
      const a = await f.services.accounts.create({
        email: `${delegation.toLowerCase()}@conversations.test`,
        name: delegation,
        role,
        delegation,
        password: 'conversations-password-long',
      });
      tokens[delegation] = (
        await f.services.accounts.createToken(a.id, { name: 't', days: 1 })
      ).token;
    }
  }, 240_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await app?.close();
    await f?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    token = TOKEN,
  ) => {
    const r = await app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload } : {}),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: r.statusCode, body: r.statusCode === 204 ? null : r.json<unknown>() };
  };

  const agreement = (participants: { id: string; group: number }[]): { k: number; ari: number } => {
    const polis = polisGroups();
    const both = participants.filter((p) => polis.has(p.id));
    return {
      k: new Set(polis.values()).size,
      ari: adjustedRandIndex(
        both.map((p) => String(p.group)),
        both.map((p) => polis.get(p.id)!),
      ),
    };
  };

  it('finds Polis’s groups through the CLI’s JSON', async () => {
    const r = await run('consultation', 'groups', 'brexit-consensus', '--json');
    expect(r.code, r.err).toBe(0);
    const m = JSON.parse(r.out) as { k: number; participants: { id: string; group: number }[] };
    const polis = agreement(m.participants);
    expect(m.k).toBe(polis.k);
    expect(polis.ari).toBeGreaterThanOrEqual(0.8);
    const bad = await run('consultation', 'groups', 'brexit-consensus', '--weight', 'country');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--weight');
  });

  it('finds the same groups through the API, weighted or not', async () => {
    const r = await call('GET', '/api/v1/consultations/conversations/brexit-consensus/groups');
    expect(r.status).toBe(200);
    const m = r.body as { k: number; participants: { id: string; group: number }[] };
    expect(m.k).toBe(2);
    expect(agreement(m.participants).ari).toBeGreaterThanOrEqual(0.8);
    const weighted = await call(
      'GET',
      '/api/v1/consultations/conversations/brexit-consensus/groups?weight=economy',
    );
    expect(weighted.status).toBe(200);
    expect(
      (await call('GET', '/api/v1/consultations/conversations/brexit-consensus/groups?weight=x'))
        .status,
    ).toBe(400);
  });

  it('puts two participants from different economies on the map of a new conversation', async () => {
    const created = await call('POST', '/api/v1/consultations/conversations', {
      code: 'chips-consultation',
      title: 'Export controls on AI chips',
      confidentiality: 'alliance',
      seeds: [
        'Controls should cover cloud access to chips.',
        'Allies should apply the same thresholds.',
        'Licences should be decided within 30 days.',
      ],
    });
    expect(created.status).toBe(201);
    const statements = (created.body as { statements: { id: string }[] }).statements;
    const url = '/api/v1/consultations/conversations/chips-consultation';
    for (const [who, values] of [
      ['DEU', [1, 1, -1]],
      ['IND', [-1, 1, 1]],
    ] as const) {
      const next = await call('GET', `${url}/next`, undefined, tokens[who]);
      expect(next.status).toBe(200);
      for (const [i, s] of statements.entries()) {
        const v = await call(
          'POST',
          `${url}/votes`,
          { statement: s.id, value: values[i] },
          tokens[who],
        );
        expect(v.status).toBe(200);
      }
      // Everything voted: nothing left to show.
      expect((await call('GET', `${url}/next`, undefined, tokens[who])).body).toBeNull();
    }
    const map = await call('GET', `${url}/groups`);
    expect(map.status).toBe(200);
    expect((map.body as { participants: unknown[] }).participants).toHaveLength(2);
    // Bad votes and voters.
    expect(
      (await call('POST', `${url}/votes`, { statement: statements[0]!.id, value: 2 }, tokens.DEU))
        .status,
    ).toBe(400);
    expect(
      (await call('POST', `${url}/votes`, { statement: 'nope', value: 1 }, tokens.DEU)).status,
    ).toBe(404);
    expect(
      (await call('POST', `${url}/votes`, { statement: statements[0]!.id, value: 1 }, '')).status,
    ).toBe(401);
    const statement = await call('POST', `${url}/statements`, { text: 'x\u202ey' }, tokens.IND);
    expect(statement.status).toBe(400);
    expect(JSON.stringify(statement.body)).toContain('text');
  });

  it('exports the conversation in Polis’s layout', async () => {
    const r = await call('GET', '/api/v1/consultations/conversations/brexit-consensus/export');
    expect(r.status).toBe(200);
    const files = r.body as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual([
      'comments.csv',
      'participants-votes.csv',
      'summary.csv',
      'votes.csv',
    ]);
    const original = readFileSync(join(BREXIT, 'votes.csv'), 'utf8').trim().split('\n')[0];
    expect(files['votes.csv']!.split('\n')[0]).toBe(original);
  });
});
