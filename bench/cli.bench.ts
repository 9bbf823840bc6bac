// CLI start: wall time of whole `techalliance` processes, `--help` and `economies show JPN`
// (against a SQLite database prepared in a temporary folder), run from the compiled dist/ (as the
// command runs once built, including its check that dist/ is up to date) next to the same
// command through tsx on the sources (TECHALLIANCE_RUN=src), the baseline, alternating in the
// same run. Median of RUNS runs after one warm-up each.
// Run: npm run bench:cli (builds dist/ first when a source changed)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../scripts/dist-state.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const cases: { args: string[]; goalMs: number }[] = [
  { args: ['--help'], goalMs: 300 },
  { args: ['economies', 'show', 'JPN'], goalMs: 600 },
];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-cli-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}` };

function build(): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.js'), '--quiet'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the build failed');
}

/** Milliseconds of one `techalliance` process; throws when it fails. */
function once(args: string[], run: 'auto' | 'src'): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/techalliance.js'), ...args], {
    env: { ...env, TECHALLIANCE_RUN: run === 'src' ? 'src' : '' },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`techalliance ${args.join(' ')}: ${r.stderr}`);
  return ms;
}

let rebuilt = 0;
/** One run of the compiled command: dist/ is rebuilt first if a source changed (not timed), and
 * the run repeated if one changed meanwhile (it would then have run the sources). */
function compiled(args: string[]): number {
  for (;;) {
    if (!distIsFresh(root)) {
      build();
      rebuilt++;
    }
    const ms = once(args, 'auto');
    if (distIsFresh(root)) return ms;
  }
}

try {
  console.log('bench:cli');
  console.log(
    `  machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start ` +
      '(figures scale with the load; compare lines of one run)',
  );
  build();
  once(['migrate'], 'auto');
  console.log(
    `  whole processes (node bin/techalliance.js …), SQLite database in ${dir}; ` +
      `median of ${RUNS} runs after one warm-up, compiled and tsx alternating`,
  );
  console.log('');
  console.log(
    `  ${'command'.padEnd(34)} ${'dist/'.padStart(9)} ${'tsx (baseline)'.padStart(15)} ${'speed-up'.padStart(9)}  goal`,
  );
  // The floor: Node starting and exiting with nothing to do, on this machine now.
  const bare: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    if (i > 0) bare.push(performance.now() - started);
  }
  const floor = median(bare);
  console.log(
    `  ${'node -e 0 (Node alone, the floor)'.padEnd(34)} ${`${floor.toFixed(0)} ms`.padStart(9)}`,
  );
  for (const { args, goalMs } of cases) {
    compiled(args);
    once(args, 'src');
    const fast: number[] = [];
    const slow: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fast.push(compiled(args));
      slow.push(once(args, 'src'));
    }
    const f = median(fast);
    const s = median(slow);
    console.log(
      `  ${`techalliance ${args.join(' ')}`.padEnd(34)} ${`${f.toFixed(0)} ms`.padStart(9)} ` +
        `${`${s.toFixed(0)} ms`.padStart(15)} ${`${(s / f).toFixed(1)}×`.padStart(9)}  ` +
        `< ${goalMs} ms: ${f < goalMs ? 'met' : 'NOT met'} (dist/ = ${(f / floor).toFixed(1)}× Node alone)`,
    );
  }
  if (rebuilt > 0)
    console.log(
      `\n  (a source changed during the run: dist/ was rebuilt ${rebuilt}× between runs)`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
