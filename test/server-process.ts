// Real server processes for tests that need more than one (shared limits, setup locks, caches):
// starts N child processes of `techalliance serve` (the TypeScript sources through tsx) on one
// DATABASE_URL, each on 127.0.0.1 and a free port, waits until each answers /api/health, and stops
// them all. Also makes a fresh, empty PostgreSQL database for them and drops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const MAIN = pathToFileURL(resolve(import.meta.dirname, '../src/main.ts')).href;
const ROOT = resolve(import.meta.dirname, '..');

/** Runs the command line's `serve` from the sources, as bin/techalliance.js does. */
const ENTRY = `const { runCli } = await import(${JSON.stringify(MAIN)});
process.exitCode = await runCli(['node', 'techalliance', 'serve']);`;

export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr, interleaved). */
  output(): string;
}

export interface ServerProcesses {
  servers: ServerProcess[];
  urls: string[];
  /** Stops every process (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  /** Extra environment for every process (e.g. ADMIN_EMAIL); PORT, HOST and DATABASE_URL are set. */
  env?: NodeJS.ProcessEnv;
  /** Per-process environment, by index, on top of `env`. */
  envOf?: (index: number) => NodeJS.ProcessEnv;
  /** How long a process may take to answer /api/health (default 120 s). */
  readyTimeoutMs?: number;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

async function stopOne(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/api/health`);
    return r.status === 200;
  } catch {
    return false;
  }
}

function startOne(env: NodeJS.ProcessEnv, readyTimeoutMs: number): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', ENTRY],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const output = (): string => out;
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise<ServerProcess>((resolveReady, reject) => {
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopOne(child).then(() => reject(new Error(`server process ${why}:\n${out}`)));
    };
    const timer = setTimeout(() => fail(`not ready after ${readyTimeoutMs} ms`), readyTimeoutMs);
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before it was ready`));
    const poll = async (): Promise<void> => {
      while (!settled) {
        const url = /serving (http:\/\/\S+)/.exec(out)?.[1];
        if (url && (await healthy(url))) {
          settled = true;
          clearTimeout(timer);
          resolveReady({ url, child, output });
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    void poll();
  });
}

/** Starts `count` server processes at once on `databaseUrl`; resolves when every one is healthy. */
export async function startServers(count: number, options: StartOptions): Promise<ServerProcesses> {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    ...options.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
  };
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      startOne({ ...base, ...options.envOf?.(i) }, options.readyTimeoutMs ?? 120_000),
    ),
  );
  const servers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async (): Promise<void> => {
    await Promise.all(servers.map((s) => stopOne(s.child)));
  };
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { servers, urls: servers.map((s) => s.url), stop };
}

export interface FreshPostgres {
  /** The new database's URL. */
  url: string;
  /** Drops the database (ending any connections still open to it). */
  drop(): Promise<void>;
}

/** Creates an empty PostgreSQL database on the server of `adminUrl` (e.g. TEST_DATABASE_URL). */
export async function freshPostgresDatabase(adminUrl: string): Promise<FreshPostgres> {
  const name = `ta_test_${randomBytes(6).toString('hex')}`;
  const admin = async (work: (c: pg.Client) => Promise<unknown>): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
