// The worker pool itself: domain errors cross the thread boundary intact, a full queue answers
// `busy`, the size comes from WORKER_THREADS, and the worker module matches the running code.
// (Through the API — same results as in-process, 503, /api/health under load: http/worker-pool.routes.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import type { VotingGame } from '../core/governance/voting-power.ts';
import {
  createWorkerPool,
  inlineHeavyWork,
  workerModule,
  workerThreadsFromEnv,
  type HeavyWork,
} from './worker-pool.ts';

let pool: HeavyWork;
beforeAll(() => {
  pool = createWorkerPool({ threads: 1, queueLimit: 1 });
});
afterAll(() => pool.close());

/** A weighted game of n members: exact indices by dynamic programming, work that takes a while. */
const game = (n: number): { game: VotingGame; options: object } => ({
  game: {
    kind: 'weighted',
    members: Array.from({ length: n }, (_, i) => ({ member: `M${i}`, weight: 1_000 + i * 37 })),
    quota: Math.ceil(((1_000 + ((n - 1) * 37) / 2) * n * 2) / 3),
  },
  options: {},
});

describe('the worker pool', () => {
  it('gives the in-process result', async () => {
    const task = game(12);
    expect(await pool.run('votingPower', task)).toEqual(
      await inlineHeavyWork().run('votingPower', task),
    );
  });

  it('returns a domain error raised in a worker as the same DomainError', async () => {
    const task = { game: { kind: 'weighted' as const, members: [], quota: 1 }, options: {} };
    const here = await inlineHeavyWork()
      .run('votingPower', task)
      .catch((e: unknown) => e);
    const there = await pool.run('votingPower', task).catch((e: unknown) => e);
    expect(here).toBeInstanceOf(DomainError);
    expect(there).toBeInstanceOf(DomainError);
    const plain = (e: DomainError) => ({ code: e.code, message: e.message, issues: e.issues });
    expect(plain(there as DomainError)).toEqual(plain(here as DomainError));
  });

  it('answers busy when one task runs and one waits (1 thread, queue of 1)', async () => {
    await pool.run('votingPower', game(3)); // the thread is up
    // Handed over in one go: no result can come back in between.
    const outcomes = await Promise.allSettled([
      pool.run('votingPower', game(60)),
      pool.run('votingPower', game(60)),
      pool.run('votingPower', game(60)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const refused = (outcomes[2] as PromiseRejectedResult).reason as DomainError;
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe('busy');
  });
});

describe('configuration of the pool', () => {
  it('reads WORKER_THREADS, at least 1 by default, and names the variable when it is bad', () => {
    expect(workerThreadsFromEnv({})).toBeGreaterThanOrEqual(1);
    expect(workerThreadsFromEnv({ WORKER_THREADS: '3' })).toBe(3);
    for (const bad of ['0', 'two', '1.5', '-1', '1000'])
      expect(() => workerThreadsFromEnv({ WORKER_THREADS: bad })).toThrow(/WORKER_THREADS/);
  });

  it('loads the worker module with the extension of the running code', () => {
    const ts = workerModule('file:///app/src/services/worker-pool.ts');
    expect(ts.url.href).toBe('file:///app/src/services/heavy-work.worker.ts');
    expect(ts.execArgv).toEqual(['--import', 'tsx']);
    const js = workerModule('file:///app/dist/services/worker-pool.js');
    expect(js.url.href).toBe('file:///app/dist/services/heavy-work.worker.js');
    expect(js.execArgv).toBeUndefined();
  });
});
