// CPU-heavy work (Monte Carlo, reconciliation, screening, voting power, criteria evaluation) off
// the main thread: a pool of worker threads (piscina) running the task table of
// heavy-work.tasks.ts, so that no request stalls the others. The server creates one pool in the
// composition root (main.ts) and closes it on shutdown; the CLI and unit tests run the same table
// in-process (`inlineHeavyWork`). See docs/architecture.md ("Worker pool") and
// docs/adr/0008-worker-pool.md.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { DomainError } from '../core/errors.ts';
import {
  createTaskRunner,
  type TaskInput,
  type TaskMessage,
  type TaskName,
  type TaskOutput,
  type TaskReply,
} from './heavy-work.tasks.ts';

export type { TaskName, TaskInput, TaskOutput };

/** Runs a task of the table and answers its output (or throws its DomainError). */
export interface HeavyWork {
  run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

/** Tasks waiting for a thread, per thread, before the pool answers `busy` (default). */
export const DEFAULT_QUEUE_PER_THREAD = 32;
/** The Retry-After (seconds) of a `busy` answer. */
export const BUSY_RETRY_AFTER_SECONDS = 2;
export const MAX_WORKER_THREADS = 64;
/** How much lower the worker threads' scheduling priority is (Linux `nice`; 0 elsewhere). */
export const WORKER_NICE_INCREMENT = 5;

export interface WorkerPoolOptions {
  /** Worker threads; default {@link defaultWorkerThreads}. */
  threads?: number;
  /** Tasks that may wait for a thread; more are refused with `busy`. Default 32 per thread. */
  queueLimit?: number;
}

/** Cores − 1 (the main thread keeps one for requests), at least 1. */
export const defaultWorkerThreads = (): number => Math.max(1, availableParallelism() - 1);

/**
 * WORKER_THREADS from the environment: a whole number from 1 to {@link MAX_WORKER_THREADS};
 * unset or empty: {@link defaultWorkerThreads}. Throws naming the variable otherwise.
 */
export function workerThreadsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.WORKER_THREADS?.trim();
  if (raw === undefined || raw === '') return defaultWorkerThreads();
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_WORKER_THREADS)
    throw new Error(
      `configuration: WORKER_THREADS must be a whole number from 1 to ${MAX_WORKER_THREADS} (got '${raw}')`,
    );
  return n;
}

const unwrap = <K extends TaskName>(reply: TaskReply<K>): TaskOutput<K> => {
  if (reply.ok) return reply.value;
  throw new DomainError(reply.error.code, reply.error.message, reply.error.issues);
};

/** The task table on the calling thread: for the CLI (one command, one user) and unit tests. */
export function inlineHeavyWork(): HeavyWork {
  const run = createTaskRunner();
  return {
    // Settled on a later tick, as from a thread; a thrown DomainError becomes a rejection.
    run: (task, input) => Promise.resolve().then(() => unwrap(run({ task, input }))),
    close: () => Promise.resolve(),
  };
}

/**
 * The worker module beside this one, with this module's extension: `.ts` when the sources run
 * through tsx (tests, development: the thread then loads tsx too), `.js` when compiled to dist/.
 */
export function workerModule(from: string = import.meta.url): { url: URL; execArgv?: string[] } {
  const ts = new URL(from).pathname.endsWith('.ts');
  const url = new URL(`./heavy-work.worker.${ts ? 'ts' : 'js'}`, from);
  return ts ? { url, execArgv: ['--import', 'tsx'] } : { url };
}

const QUEUE_FULL = /task queue is at limit|no task queue available/i;

/** A pool of worker threads running the task table; `busy` when its queue is full. */
export function createWorkerPool(options: WorkerPoolOptions = {}): HeavyWork & {
  readonly threads: number;
  readonly queueLimit: number;
} {
  const threads = options.threads ?? defaultWorkerThreads();
  if (!Number.isInteger(threads) || threads < 1)
    throw new Error(`worker pool: threads must be a whole number of at least 1 (got ${threads})`);
  const queueLimit = options.queueLimit ?? DEFAULT_QUEUE_PER_THREAD * threads;
  const worker = workerModule();
  const pool = new Piscina<TaskMessage, TaskReply<TaskName>>({
    filename: worker.url.href,
    // Threads start on first use (a server that computes nothing heavy starts none), then stay.
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queueLimit,
    // A thread keeps its party sets and name indexes: do not let idle threads go.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Where the OS allows it, worker threads run at a lower priority than the main thread, so
    // requests keep their CPU when the cores are contended.
    niceIncrement: WORKER_NICE_INCREMENT,
    ...(worker.execArgv ? { execArgv: worker.execArgv } : {}),
  });
  let closed = false;
  return {
    threads,
    queueLimit,
    run: async <K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> => {
      if (closed) throw new Error('worker pool: closed');
      let reply: TaskReply<K>;
      try {
        reply = await pool.run({ task, input });
      } catch (e) {
        if (e instanceof Error && QUEUE_FULL.test(e.message))
          throw new DomainError(
            'busy',
            `the server is busy with other computations (${queueLimit} waiting); retry in ${BUSY_RETRY_AFTER_SECONDS} s`,
          );
        throw e;
      }
      return unwrap(reply);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.close({ force: true });
    },
  };
}
