// The worker pool through the API: every moved computation answers through worker threads exactly
// as in-process, a full queue answers 503 with Retry-After, and /api/health answers while heavy
// work runs.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform, type Platform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';
import { createWorkerPool, type HeavyWork } from '../services/worker-pool.ts';
import { buildApp } from './app.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/restricted-parties/${name}`, import.meta.url));

let platform: Platform;
let pool: HeavyWork;
let inline: App;
let pooled: App;

beforeAll(async () => {
  platform = await openPlatform('sqlite::memory:');
  for (const [format, file] of [
    ['ofac-sdn', 'ofac-sdn-mini.csv'],
    ['eu-833-annex-iv', 'eu-833-annex-iv-mini.csv'],
  ] as const) {
    const s = await buildServices(platform).imports.run({ format, file: fixture(file) });
    expect(s.written).toBe(true);
  }
  pool = createWorkerPool({ threads: 1 });
  inline = await buildApp(buildServices(platform), { webDir: '/nonexistent' });
  pooled = await buildApp(buildServices(platform, pool), { webDir: '/nonexistent' });
});
afterAll(async () => {
  await inline?.close();
  await pooled?.close();
  await pool?.close();
  await platform?.close();
});

const request = (
  app: App,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
): ReturnType<App['inject']> =>
  app.inject({ method, url, ...(payload ? { payload } : {}) }) as ReturnType<App['inject']>;

describe('the worker pool gives the in-process results', () => {
  const cases: [string, 'GET' | 'POST', string, object?][] = [
    [
      'Monte Carlo',
      'POST',
      '/api/v1/scenarios/montecarlo',
      { chain: 'critical-minerals', trials: 2_000, seed: 7 },
    ],
    [
      'a voting-power audit',
      'POST',
      '/api/v1/power',
      {
        rule: 'weighted',
        members: ['USA', 'JPN', 'DEU', 'GBR', 'FRA', 'ITA', 'CAN'].map((member) => ({ member })),
        weight: 'gdp',
        quotaPct: 60,
      },
    ],
    ['a criteria evaluation', 'GET', '/api/v1/criteria/default/evaluation?coalition=G7'],
    ['one name screened', 'GET', '/api/v1/screening/screen?name=Ivan%20Example&threshold=0.6'],
    [
      'a batch screened',
      'POST',
      '/api/v1/screening/batch',
      {
        csv: 'id,name,type,country\nc1,"EXAMPLE, Ivan",person,RU\nc2,Nobody In Particular,,\nc3,Sea Example,vessel,\n',
        all: true,
      },
    ],
    ['a reconciliation', 'GET', '/api/v1/screening/reconcile?a=US&b=EU&threshold=0.75'],
  ];
  it.each(cases)('%s', async (_what, method, url, payload) => {
    const a = await request(inline, method, url, payload);
    const b = await request(pooled, method, url, payload);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
  });
});

describe('a server no request can stall', () => {
  const heavyMonteCarlo = { chain: 'critical-minerals', trials: 300_000, seed: 1 };

  it('answers /api/health while a long Monte Carlo runs', async () => {
    // The pool, watched: when the task is handed over, and when its result is back.
    let started!: () => void;
    const handedOver = new Promise<void>((resolve) => (started = resolve));
    let computed = false;
    const watched: HeavyWork = {
      run: (task, input) => {
        started();
        return pool.run(task, input).finally(() => (computed = true));
      },
      close: () => pool.close(),
    };
    const app = await buildApp(buildServices(platform, watched), { webDir: '/nonexistent' });
    try {
      const order: string[] = [];
      const heavy = request(app, 'POST', '/api/v1/scenarios/montecarlo', heavyMonteCarlo).then(
        (r) => {
          order.push('montecarlo');
          return r;
        },
      );
      await handedOver;
      const health = await request(app, 'GET', '/api/health');
      order.push('health');
      expect(health.statusCode).toBe(200);
      // Health answered while the computation was still running (in-process, it would be done).
      expect(computed).toBe(false);
      expect((await heavy).statusCode).toBe(200);
      expect(order).toEqual(['health', 'montecarlo']);
    } finally {
      await app.close();
    }
  });

  it('answers 503 busy with Retry-After when the queue is full', async () => {
    const small = createWorkerPool({ threads: 1, queueLimit: 1 });
    const app = await buildApp(buildServices(platform, small), { webDir: '/nonexistent' });
    try {
      const { chain } = await buildServices(platform).supplyChains.get('critical-minerals');
      // One task runs on the only thread, one waits in the queue: the queue is full.
      const running = small.run('monteCarlo', { chain, trials: 300_000, seed: 1 });
      const waiting = small.run('monteCarlo', { chain, trials: 300_000, seed: 2 });
      const r = await request(app, 'POST', '/api/v1/scenarios/montecarlo', heavyMonteCarlo);
      expect(r.statusCode).toBe(503);
      expect(r.headers['retry-after']).toBe('2');
      expect(r.json()).toMatchObject({ code: 'busy' });
      expect((await running).trials).toBe(300_000);
      expect((await waiting).trials).toBe(300_000);
      // Once the queue has drained, the same request is served.
      expect(
        (
          await request(app, 'POST', '/api/v1/scenarios/montecarlo', {
            ...heavyMonteCarlo,
            trials: 100,
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await app.close();
      await small.close();
    }
  });
});
