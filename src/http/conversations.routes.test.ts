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

/** A CSV line split on commas (the cells tested here hold no commas or quotes). */
const cells = (line: string): string[] => line.split(',');

describe('the opinion map for the web pages: breakdowns, the caller’s group, indicator weights, the export’s groups', () => {
  const CODE = 'map-pages';
  const url = `/api/v1/consultations/conversations/${CODE}`;
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let dir: string;
  const saved = process.env.DATABASE_URL;
  /** Account name → its token and, once it has voted, its participant id. */
  const people = new Map<string, { token: string; participant?: string }>();
  /** Participant id → economy and constituency, as the accounts were created. */
  const known = new Map<string, { economy: string | null; constituency: string | null }>();

  // Four DEU members and three IND partners on opposite sides; an OECD observer (no economy) in
  // between; one more DEU member who votes once (not placed) and one who never votes.
  const voters = [
    ...[1, 2, 3, 4].map((i) => ({
      name: `deu${i}`,
      role: 'member_delegate' as const,
      delegation: 'DEU',
      values: [1, 1, -1],
    })),
    ...[1, 2, 3].map((i) => ({
      name: `ind${i}`,
      role: 'partner_delegate' as const,
      delegation: 'IND',
      values: [-1, -1, 1],
    })),
    { name: 'oecd', role: 'observer' as const, delegation: 'OECD', values: [1, -1, 0] },
    { name: 'deu-once', role: 'member_delegate' as const, delegation: 'DEU', values: [1] },
    { name: 'deu-silent', role: 'member_delegate' as const, delegation: 'DEU', values: [] },
  ];

  const call = async (method: 'GET' | 'POST', path: string, payload?: object, token = TOKEN) => {
    const r = await app.inject({
      method,
      url: path,
      ...(payload !== undefined ? { payload } : {}),
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: r.statusCode, body: r.json<unknown>() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-conversation-map-'));
    const file = join(dir, 'map.sqlite');
    process.env.DATABASE_URL = `sqlite:${file}`;
    f = await openStarterFixture(`sqlite:${file}`);
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const v of voters) {
      const a = await f.services.accounts.create({
        email: `${v.name}@conversation-map.test`,
        name: v.name,
        role: v.role,
        delegation: v.delegation,
        password: 'conversation-map-password',
      });
      people.set(v.name, {
        token: (await f.services.accounts.createToken(a.id, { name: 't', days: 1 })).token,
      });
    }
    const created = await call('POST', '/api/v1/consultations/conversations', {
      code: CODE,
      title: 'Compute reporting thresholds',
      confidentiality: 'alliance',
      seeds: ['Thresholds in FLOPs.', 'Reports made public.', 'One threshold for all allies.'],
    });
    expect(created.status).toBe(201);
    for (const v of voters)
      for (const [i, value] of v.values.entries()) {
        const r = await call(
          'POST',
          `${url}/votes`,
          { statement: String(i), value },
          people.get(v.name)!.token,
        );
        expect(r.status).toBe(200);
        const participant = (r.body as { participant: string }).participant;
        people.get(v.name)!.participant = participant;
        known.set(participant, {
          economy: /^[A-Z]{3}$/.test(v.delegation) ? v.delegation : null,
          constituency:
            v.role === 'member_delegate'
              ? 'member'
              : v.role === 'partner_delegate'
                ? 'partner'
                : 'observer',
        });
      }
  }, 240_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await app?.close();
    await f?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  interface Group {
    id: number;
    size: number;
    weight: number;
    economies: { economy: string | null; participants: number }[];
    constituencies: { constituency: string | null; participants: number }[];
  }
  interface MapBody {
    weight: string;
    participants: { id: string; group: number }[];
    groups: Group[];
    indicator: { code: string; year: number | null; economies: number } | null;
    unweighted: number;
    me: { participant: string; group: number | null } | null;
  }

  /** Counts by key, most first, then by key, null last: what the API promises. */
  const expected = <K extends string>(keys: (string | null)[], name: K) => {
    const n = new Map<string | null, number>();
    for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
    return [...n]
      .sort(
        ([a, x], [b, y]) =>
          y - x || (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1),
      )
      .map(([k, participants]) => ({ [name]: k, participants }));
  };
  const groupOf = (m: MapBody, name: string): Group =>
    m.groups[m.participants.find((p) => p.id === people.get(name)!.participant)!.group]!;

  it('counts each group’s participants by economy and by constituency', async () => {
    const r = await call('GET', `${url}/groups`);
    expect(r.status).toBe(200);
    const m = r.body as MapBody;
    expect(m).toMatchObject({ weight: 'none', indicator: null, unweighted: 0, me: null });
    // Eight placed; deu-once voted on one statement of three, deu-silent on none.
    expect(m.participants).toHaveLength(8);
    for (const g of m.groups) {
      const members = m.participants.filter((p) => p.group === g.id).map((p) => known.get(p.id)!);
      expect(g.economies).toEqual(
        expected(
          members.map((x) => x.economy),
          'economy',
        ),
      );
      expect(g.constituencies).toEqual(
        expected(
          members.map((x) => x.constituency),
          'constituency',
        ),
      );
      expect(g.economies.reduce((n, e) => n + e.participants, 0)).toBe(g.size);
    }
    // The two sides are two groups: all four DEU members in one, all three IND partners in another.
    const deu = groupOf(m, 'deu1');
    const ind = groupOf(m, 'ind1');
    expect(deu.id).not.toBe(ind.id);
    expect(deu.economies[0]).toEqual({ economy: 'DEU', participants: 4 });
    expect(deu.constituencies[0]).toEqual({ constituency: 'member', participants: 4 });
    expect(ind.economies[0]).toEqual({ economy: 'IND', participants: 3 });
    expect(ind.constituencies[0]).toEqual({ constituency: 'partner', participants: 3 });
  });

  it('says where the caller is: its group, null when not placed, no `me` without a participant', async () => {
    const mine = await call('GET', `${url}/groups`, undefined, people.get('ind2')!.token);
    expect(mine.status).toBe(200);
    const m = mine.body as MapBody;
    const placed = m.participants.find((p) => p.id === people.get('ind2')!.participant)!;
    expect(m.me).toEqual({ participant: people.get('ind2')!.participant, group: placed.group });
    const once = await call('GET', `${url}/groups`, undefined, people.get('deu-once')!.token);
    expect((once.body as MapBody).me).toEqual({
      participant: people.get('deu-once')!.participant,
      group: null,
    });
    const silent = await call('GET', `${url}/groups`, undefined, people.get('deu-silent')!.token);
    expect(silent.status).toBe(200);
    expect((silent.body as MapBody).me).toBeNull();
  });

  it('weighs economies by an indicator: population, or one IND has no value of', async () => {
    const none = (await call('GET', `${url}/groups`)).body as MapBody;
    const population = await call('GET', `${url}/groups?weight=indicator&indicator=population`);
    expect(population.status).toBe(200);
    const p = population.body as MapBody;
    // The observer has no economy: weight 0. DEU and IND have a population, IND's the larger.
    expect(p).toMatchObject({
      weight: 'indicator',
      indicator: { code: 'population', year: null, economies: 2 },
      unweighted: 1,
    });
    expect(groupOf(none, 'deu1').weight).toBeGreaterThan(groupOf(none, 'ind1').weight);
    expect(groupOf(p, 'ind1').weight).toBeGreaterThan(groupOf(p, 'deu1').weight);
    const y2023 = await call(
      'GET',
      `${url}/groups?weight=indicator&indicator=population&year=2023`,
    );
    expect(y2023.status).toBe(200);
    expect((y2023.body as MapBody).indicator).toEqual({
      code: 'population',
      year: 2023,
      economies: 2,
    });
    // The starter data has gerd_ppp_usd for DEU and not for IND: IND's three and the observer
    // carry no weight.
    const gerd = await call('GET', `${url}/groups?weight=indicator&indicator=gerd_ppp_usd`);
    expect(gerd.status).toBe(200);
    expect(gerd.body).toMatchObject({
      indicator: { code: 'gerd_ppp_usd', year: null, economies: 1 },
      unweighted: 4,
    });
  });

  it('refuses an indicator weighting that is incomplete or unknown, naming the field', async () => {
    const missing = await call('GET', `${url}/groups?weight=indicator`);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('indicator');
    const stray = await call('GET', `${url}/groups?indicator=population`);
    expect(stray.status).toBe(400);
    expect(JSON.stringify(stray.body)).toContain('indicator');
    const year = await call('GET', `${url}/groups?weight=economy&year=2023`);
    expect(year.status).toBe(400);
    expect(JSON.stringify(year.body)).toContain('year');
    const unknown = await call('GET', `${url}/groups?weight=indicator&indicator=no_such_thing`);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('no_such_thing');
    // A year without any value: nobody would weigh anything.
    const empty = await call(
      'GET',
      `${url}/groups?weight=indicator&indicator=population&year=1901`,
    );
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('indicator');
  });

  it('exports each placed participant’s group, and nothing for one not placed', async () => {
    const m = (await call('GET', `${url}/groups`)).body as MapBody;
    const r = await call('GET', `${url}/export`);
    expect(r.status).toBe(200);
    const lines = (r.body as Record<string, string>)['participants-votes.csv']!.trim().split('\n');
    const header = cells(lines[0]!);
    const [pi, gi] = [header.indexOf('participant'), header.indexOf('group-id')];
    const exported = new Map(lines.slice(1).map((l) => [cells(l)[pi]!, cells(l)[gi]!]));
    for (const p of m.participants) expect(exported.get(p.id)).toBe(String(p.group));
    expect(exported.get(people.get('deu-once')!.participant!)).toBe('');
    expect([...exported.values()].filter((g) => g !== '')).toHaveLength(8);
  });

  it('weighs by an indicator from the CLI too, printing the whole map as JSON', async () => {
    const r = await run(
      'consultation',
      'groups',
      CODE,
      '--weight',
      'indicator',
      '--indicator',
      'gerd_ppp_usd',
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    const m = JSON.parse(r.out) as MapBody;
    expect(m).toMatchObject({
      weight: 'indicator',
      indicator: { code: 'gerd_ppp_usd', year: null, economies: 1 },
      unweighted: 4,
      me: null,
    });
    expect(groupOf(m, 'deu1').economies[0]).toEqual({ economy: 'DEU', participants: 4 });
    const missing = await run('consultation', 'groups', CODE, '--weight', 'indicator');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('--indicator');
    const year = await run(
      'consultation',
      'groups',
      CODE,
      '--weight',
      'indicator',
      '--indicator',
      'population',
      '--year',
      'last',
    );
    expect(year.code).not.toBe(0);
    expect(year.err).toContain('--year');
  });
});
