// The response cache answers with the data as it is now: after a custom coalition is edited
// through the API, the cached chain metrics, control coverage and retaliation answers use the new
// members, and the coalition's own cached answers (itself, its leverage, balance and
// complementarity, the criteria evaluation within it) are those the services compute now (SQLite,
// and PostgreSQL when TEST_DATABASE_URL is set). Also: a cached route cannot be declared so that
// its answer depends on the caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';
import { buildApp } from './app.ts';
import { assertCacheable, callerFree, ResponseCache, jsonBody } from './response-cache.ts';
import { freshPostgresDatabase } from '../../test/server-process.ts';
import { testDatabases } from '../../test/test-databases.ts';

const TOKEN = 'cache-freshness-token-0123456789';

type Body = Record<string, unknown>;

/** The three cached analyses for a coalition given as a code or an ISO3 list. */
const urls = (coalition: string): Record<'metrics' | 'coverage' | 'retaliation', string> => ({
  metrics: `/api/v1/chains/critical-minerals/metrics?coalition=${coalition}`,
  coverage: `/api/v1/controls/coverage?chain=critical-minerals&coalition=${coalition}&target=CHN`,
  retaliation: `/api/v1/controls/retaliation?coalition=${coalition}&target=CHN`,
});

/** An answer with the coalition's name (a code or a list of two or more ISO3 codes) replaced. */
const unnamed = (body: Body, name: string): unknown =>
  JSON.parse(JSON.stringify(body).replaceAll(name, '<coalition>'));

for (const target of testDatabases()) {
  describe(`cached analyses after a coalition is edited, on ${target.name}`, () => {
    let app: Awaited<ReturnType<typeof buildApp>>;
    let services: ReturnType<typeof buildServices>;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const db = target.name === 'postgres' ? await freshPostgresDatabase(target.adminUrl!) : null;
      const platform = await openPlatform(db?.url ?? 'sqlite::memory:');
      services = buildServices(platform);
      app = await buildApp(services, {
        webDir: '/nonexistent',
        apiWriteToken: TOKEN,
      });
      close = async () => {
        await app.close();
        await platform.close();
        await db?.drop();
      };
    }, 120_000);
    afterAll(() => close());

    const get = async (url: string): Promise<Body> => {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
      return r.json<Body>();
    };
    const write = async (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => {
      const r = await app.inject({
        method,
        url,
        ...(payload ? { payload } : {}),
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
    };
    /** Each analysis of `code`, asked twice (the second from the cache), against the ISO3 list. */
    const expectMembers = async (code: string, members: string): Promise<Body[]> => {
      const answers: Body[] = [];
      for (const [kind, url] of Object.entries(urls(code)) as [
        keyof ReturnType<typeof urls>,
        string,
      ][]) {
        const first = await get(url);
        const again = await get(url);
        expect(again).toEqual(first);
        const reference = await get(urls(members)[kind]);
        expect(unnamed(first, code), `${kind} of ${code}`).toEqual(unnamed(reference, members));
        answers.push(first);
      }
      return answers;
    };
    /** JSON as it travels. */
    const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    /**
     * The coalition's own cached answers, each asked twice, against what the services compute
     * now; returns the leverage answer.
     */
    const expectOwnAnswers = async (code: string): Promise<Body> => {
      const q = '?tier=member&year=latest&eu=enumerated';
      const options = { tier: 'member', year: 'latest', supranational: 'enumerated' } as const;
      const asked = {
        coalition: `/api/v1/coalitions/${code}`,
        leverage: `/api/v1/coalitions/${code}/leverage${q}`,
        balance: `/api/v1/coalitions/${code}/balance${q}`,
        complementarity: `/api/v1/coalitions/${code}/complementarity${q}`,
        evaluation: `/api/v1/criteria/default/evaluation?coalition=${code}`,
      };
      const answers: Record<string, Body> = {};
      for (const [kind, url] of Object.entries(asked)) {
        answers[kind] = await get(url);
        expect(await get(url), `${kind} again`).toEqual(answers[kind]);
      }
      const [leverage] = await services.leverage.leverage([code], options);
      expect(answers.leverage).toEqual(wire(leverage));
      expect(answers.balance).toEqual(wire(await services.leverage.balance(code, options)));
      expect(answers.complementarity).toEqual(
        wire(await services.leverage.complementarity(code, options)),
      );
      const coalition = await services.coalitions.get(code);
      expect((answers.coalition!.participants as { code: string }[]).map((p) => p.code)).toEqual(
        coalition.participants.map((p) => p.code),
      );
      const evaluation = await services.criteria.evaluate('default', { coalition: code });
      expect(answers.evaluation!.coalition).toEqual(wire(evaluation.coalition));
      return answers.leverage!;
    };

    it('answers with the new members after each kind of edit, and refuses a deleted coalition', async () => {
      await write('POST', '/api/v1/coalitions', {
        code: 'FRESH',
        name: 'Fresh',
        participants: [
          { code: 'JPN', tier: 'member' },
          { code: 'KOR', tier: 'member' },
        ],
      });
      const before = await expectMembers('FRESH', 'JPN,KOR');
      const ownBefore = await expectOwnAnswers('FRESH');

      await write('PUT', '/api/v1/coalitions/FRESH', {
        name: 'Fresh',
        participants: [
          { code: 'JPN', tier: 'member' },
          { code: 'KOR', tier: 'member' },
          { code: 'USA', tier: 'member' },
          { code: 'AUS', tier: 'member' },
        ],
      });
      const replaced = await expectMembers('FRESH', 'JPN,KOR,USA,AUS');
      // The edit changes every figure compared: a stale answer would fail above.
      for (let i = 0; i < 3; i++) expect(replaced[i]).not.toEqual(before[i]);
      expect(await expectOwnAnswers('FRESH')).not.toEqual(ownBefore);

      await write('POST', '/api/v1/coalitions/FRESH/participants', {
        add: [{ code: 'CAN', tier: 'member' }],
      });
      await expectMembers('FRESH', 'JPN,KOR,USA,AUS,CAN');
      await expectOwnAnswers('FRESH');

      await write('POST', '/api/v1/coalitions/FRESH/participants/remove', { remove: ['USA'] });
      await expectMembers('FRESH', 'JPN,KOR,AUS,CAN');

      await write('DELETE', '/api/v1/coalitions/FRESH');
      for (const url of [
        ...Object.values(urls('FRESH')),
        '/api/v1/coalitions/FRESH',
        '/api/v1/coalitions/FRESH/leverage',
        '/api/v1/criteria/default/evaluation?coalition=FRESH',
      ]) {
        const r = await app.inject({ method: 'GET', url });
        expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      }
    }, 120_000);
  });
}

describe('a cached route cannot depend on the caller', () => {
  it('refuses a cached route that needs more than read, is not a GET, or skips authentication', () => {
    const base = { method: 'GET', url: '/x', cached: true } as const;
    expect(() => assertCacheable(base)).not.toThrow();
    expect(() => assertCacheable({ ...base, permission: 'read' })).not.toThrow();
    expect(() => assertCacheable({ ...base, permission: 'data:write' })).toThrow(
      /GET \/x cannot be cached: permission 'data:write'/,
    );
    expect(() => assertCacheable({ ...base, method: 'POST' })).toThrow(/only GET is cached/);
    expect(() => assertCacheable({ ...base, authenticate: false })).toThrow(/authenticate/);
    expect(() => assertCacheable({ ...base, cached: false, permission: 'admin' })).not.toThrow();
  });

  it('gives a cached handler no principal: reading it fails', () => {
    const input = callerFree({ params: { a: 1 }, principal: { kind: 'anonymous' } }, '/x');
    expect(input.params).toEqual({ a: 1 });
    expect(() => input.principal).toThrow(/cached route \/x read the caller/);
  });

  it('declares every cached route of the app as a public GET (building the app checks each)', async () => {
    // buildApp runs assertCacheable on every declaration: building it is the check.
    const platform = await openPlatform('sqlite::memory:', { loadStarter: false });
    try {
      const app = await buildApp(buildServices(platform), { webDir: '/nonexistent' });
      await app.close();
    } finally {
      await platform.close();
    }
  });

  it('keeps a body only when the version held while it was produced', async () => {
    let version = 1;
    const cache = new ResponseCache(() => Promise.resolve(version));
    let made = 0;
    const produce = (): Promise<ReturnType<typeof jsonBody>> => {
      made++;
      return Promise.resolve(jsonBody({ made }));
    };
    await cache.get('k', produce);
    await cache.get('k', produce);
    expect(made).toBe(1);
    version = 2;
    await cache.get('k', async () => {
      version = 3; // a write commits while the body is produced
      return produce();
    });
    expect(made).toBe(2);
    expect((await cache.get('k', produce)).body).toBe(JSON.stringify({ made: 3 }));
  });
});
