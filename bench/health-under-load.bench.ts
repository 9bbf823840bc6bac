// Health under load: GET /api/health latency (p50, p99) on an idle server, then while 8 heavy
// requests run at once — Monte Carlo runs of 1,000,000 trials, reconciliations of the US lists
// with the EU list at thresholds not asked before, and voting-power audits — which the server
// computes in its worker pool (src/services/worker-pool.ts). The server runs in its own process
// (`techalliance serve`, loopback, a fresh SQLite file with the starter dataset and the restricted
// lists of the shared data); this process only asks and times. Stops by itself.
// Run: npm run bench:health   (SHARED_DATA=<folder>, WORKER_THREADS=<n> to size the pool)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { defaultWorkerThreads } from '../src/services/worker-pool.ts';

const IDLE_SAMPLES = 300;
/** Pause between two health requests (one at a time, like a load balancer's probe, only faster). */
const GAP_MS = 10;
const GOAL_P99_MS = 50;
const MONTE_CARLO_TRIALS = 1_000_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));
const LISTS: { format: string; folder: string; pattern: RegExp }[] = [
  { format: 'ofac-sdn', folder: 'screening/lists', pattern: /^us_ofac_sdn_.*\.csv$/ },
  { format: 'dod-1260h', folder: 'screening/lists', pattern: /^us_dod_1260h_.*\.csv$/ },
  {
    format: 'eu-833-annex-iv',
    folder: 'export-controls',
    pattern: /^eu_reg_833_2014_annex_IV_only\.csv$/,
  },
];

const files = LISTS.flatMap(({ format, folder, pattern }) => {
  const dir = join(shared, folder);
  if (!existsSync(dir)) {
    console.error(`bench:health: ${dir} not found (set SHARED_DATA to the shared data folder)`);
    process.exit(1);
  }
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => ({ format, file: join(dir, f) }));
});

const work = mkdtempSync(join(tmpdir(), 'ta-bench-health-'));
const databaseUrl = `sqlite:${join(work, 'health.sqlite')}`;

// --- The database: starter dataset and restricted lists ----------------------------------------
{
  const platform = await openPlatform(databaseUrl);
  try {
    const { imports } = buildServices(platform);
    for (const f of files) {
      const s = await imports.run(f);
      if (!s.written) throw new Error(`${f.file} did not import: ${s.issues[0]?.reason ?? '?'}`);
    }
  } finally {
    await platform.close();
  }
}

// --- The server, in its own process ------------------------------------------------------------
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(root, 'bin/techalliance.js'), 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) resolveStart({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${err}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** One request: status, body and milliseconds. */
function call(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: string; ms: number }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolveCall, reject) => {
    const started = performance.now();
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolveCall({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** Health requests one after another until `until()` is true (or `count` are done). */
async function probe(base: string, until: () => boolean, count = Infinity): Promise<number[]> {
  const ms: number[] = [];
  while (ms.length < count && !until()) {
    const r = await call(base, 'GET', '/api/health');
    if (r.status !== 200) throw new Error(`/api/health answered ${r.status}: ${r.body}`);
    ms.push(r.ms);
    await pause(GAP_MS);
  }
  return ms;
}

/** 60 members with integer weights up to 10,000, two-thirds of the weight to pass. */
const powerBody = (seed: number): object => {
  const weights = Array.from({ length: 60 }, (_, i) => 1 + ((i * 7_919 + seed * 104_729) % 10_000));
  return {
    rule: 'weighted',
    members: weights.map((weight, i) => ({ member: `M${i}`, weight })),
    quotaPct: 66.7,
  };
};

const heavy: { what: string; method: 'GET' | 'POST'; path: string; body?: object }[] = [
  ...[1, 2, 3].map((seed) => ({
    what: `Monte Carlo, ${MONTE_CARLO_TRIALS.toLocaleString('en-US')} trials, seed ${seed}`,
    method: 'POST' as const,
    path: '/api/v1/scenarios/montecarlo',
    body: { chain: 'critical-minerals', trials: MONTE_CARLO_TRIALS, seed },
  })),
  ...[0.71, 0.73, 0.77].map((t) => ({
    what: `reconcile US with EU at threshold ${t}`,
    method: 'GET' as const,
    path: `/api/v1/screening/reconcile?a=US&b=EU&threshold=${t}&limit=20`,
  })),
  ...[1, 2].map((seed) => ({
    what: `voting-power audit, 60 members (${seed})`,
    method: 'POST' as const,
    path: '/api/v1/power',
    body: powerBody(seed),
  })),
];

const { child, url } = await startServer();
try {
  // Warm up: the worker threads start, and the lists' parties reach them (what a running server
  // has done once); a reconciliation at the default threshold is the one cached beforehand.
  await probe(url, () => false, 20);
  const warm = await call(url, 'GET', '/api/v1/screening/reconcile?a=US&b=EU&limit=20');
  if (warm.status !== 200) throw new Error(`warm-up reconcile: ${warm.status} ${warm.body}`);
  const sides = JSON.parse(warm.body) as { a: { parties: number }; b: { parties: number } };

  const idle = await probe(url, () => false, IDLE_SAMPLES);

  let done = 0;
  const started = performance.now();
  const results = heavy.map((h) =>
    call(url, h.method, h.path, h.body).then((r) => {
      done++;
      return { ...h, ...r };
    }),
  );
  const loaded = await probe(url, () => done === heavy.length);
  const finished = await Promise.all(results);
  const wall = (performance.now() - started) / 1000;

  const threads = Number(process.env.WORKER_THREADS ?? defaultWorkerThreads());
  const p = (xs: number[], q: number): string => quantile(xs, q).toFixed(1).padStart(7);
  console.log('bench:health');
  console.log(
    `  server: techalliance serve on loopback, SQLite, ${threads} worker thread(s); lists: ` +
      `US ${sides.a.parties.toLocaleString('en-US')} parties, EU ${sides.b.parties.toLocaleString('en-US')}`,
  );
  console.log('');
  console.log(
    `  GET /api/health (one at a time, ${GAP_MS} ms apart)   requests    p50 ms    p99 ms    max ms`,
  );
  console.log(
    `  idle (baseline)                              ${String(idle.length).padStart(8)}  ${p(idle, 0.5)}   ${p(idle, 0.99)}   ${p(idle, 1)}`,
  );
  console.log(
    `  during ${heavy.length} heavy requests                     ${String(loaded.length).padStart(8)}  ${p(loaded, 0.5)}   ${p(loaded, 0.99)}   ${p(loaded, 1)}`,
  );
  console.log('');
  console.log(
    `  the ${heavy.length} heavy requests, sent at once (all done in ${wall.toFixed(1)} s):`,
  );
  for (const r of finished)
    console.log(
      `    ${String(r.status).padEnd(4)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.what}`,
    );
  const failed = finished.filter((r) => r.status !== 200);
  console.log('');
  console.log(
    `Goal: ${quantile(loaded, 0.99) < GOAL_P99_MS && failed.length === 0 ? 'PASS ' : 'BELOW'} ` +
      `/api/health p99 under ${GOAL_P99_MS} ms while heavy work runs: ${quantile(loaded, 0.99).toFixed(1)} ms` +
      (failed.length > 0 ? ` (${failed.length} heavy request(s) did not answer 200)` : ''),
  );
} finally {
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(work, { recursive: true, force: true });
}
