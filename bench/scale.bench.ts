// Read throughput of one server process against two behind nginx, in one run on one PostgreSQL
// database (created fresh, the starter dataset loaded by the first start, dropped at the end):
// GET /api/v1/indicators/gdp_usd?year=2023 loaded with autocannon over loopback, (1) on one process
// directly, (2) through nginx in front of that one process, (3) through nginx balancing over two.
// Run: npm run bench:scale   (BENCH_DATABASE_URL or TEST_DATABASE_URL: a PostgreSQL server where
// the benchmark may create a database; nginx from Debian's packages at /usr/sbin/nginx)
import { availableParallelism, cpus } from 'node:os';
import autocannon from 'autocannon';
import {
  freshPostgresDatabase,
  startServers,
  type FreshPostgres,
  type ServerProcesses,
} from '../test/server-process.ts';
import {
  NGINX,
  nginxAvailable,
  startReverseProxy,
  type ReverseProxy,
} from '../test/reverse-proxy.ts';

const PATH = '/api/v1/indicators/gdp_usd?year=2023';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;
const CONNECTIONS = 50;

interface Figures {
  rps: number;
  p99: number;
  failures: number;
}

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error(
    'bench:scale: set BENCH_DATABASE_URL or TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
  );
  process.exit(2);
}
if (!nginxAvailable()) {
  console.error(`bench:scale: ${NGINX} not found (apt-get install nginx-light)`);
  process.exit(2);
}

async function load(url: string, seconds = SECONDS): Promise<Figures> {
  const r = await autocannon({ url: url + PATH, connections: CONNECTIONS, duration: seconds });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}

let database: FreshPostgres | undefined;
let servers: ServerProcesses | undefined;
const proxies: ReverseProxy[] = [];
try {
  database = await freshPostgresDatabase(adminUrl);
  // One worker thread each: this route never uses the pool, and the cores go to the processes.
  servers = await startServers(2, { databaseUrl: database.url, env: { WORKER_THREADS: '1' } });
  const [a, b] = servers.urls as [string, string];
  const one = await startReverseProxy([a]);
  proxies.push(one);
  const two = await startReverseProxy([a, b]);
  proxies.push(two);
  const body = (await (await fetch(a + PATH)).json()) as { count?: number };
  if (!body.count) throw new Error(`${PATH} returns no values (starter dataset missing?)`);

  const setups = [
    { name: '1 process, direct', url: a },
    { name: '1 process, through nginx', url: one.url },
    { name: '2 processes, through nginx', url: two.url },
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`bench:scale — GET ${PATH} (${body.count} values), PostgreSQL, nginx round-robin`);
  console.log(
    `  ${availableParallelism()} cores (${cpu}); autocannon runs in this process on the same machine`,
  );
  console.log(
    `  ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds alternating the setups`,
  );
  for (const s of setups) await load(s.url, 2); // warm-up (caches, connections), not counted
  const runs = new Map<string, Figures[]>(setups.map((s) => [s.name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const s of setups) runs.get(s.name)!.push(await load(s.url));

  const mean = (xs: Figures[], k: 'rps' | 'p99'): number =>
    xs.reduce((sum, f) => sum + f[k], 0) / xs.length;
  const base = mean(runs.get(setups[0]!.name)!, 'rps');
  for (const s of setups) {
    const xs = runs.get(s.name)!;
    console.log(
      `  ${s.name.padEnd(28)} ${Math.round(mean(xs, 'rps')).toLocaleString('en-US').padStart(8)} req/s` +
        `   p99 ${mean(xs, 'p99').toFixed(1).padStart(6)} ms   ${((mean(xs, 'rps') / base) * 100).toFixed(0).padStart(4)}% of direct` +
        `   (runs: ${xs.map((f) => Math.round(f.rps)).join(', ')} req/s)`,
    );
  }
  const failures = [...runs.values()].flat().reduce((sum, f) => sum + f.failures, 0);
  if (failures > 0)
    console.log(`  warning: ${failures} failed requests (errors, timeouts or non-2xx)`);
  for (const p of proxies) {
    const errors = p.errors().trim();
    if (errors) console.log(`  nginx error log:\n${errors}`);
  }
} finally {
  for (const p of proxies) await p.stop();
  await servers?.stop();
  await database?.drop();
}
