// Scenario speed: one disruption over the full semiconductor chain, and 100,000 Monte Carlo trials
// with the fast kernel (`monteCarlo`) next to the straightforward reference (`monteCarloReference`:
// objects and maps, one trial at a time), both in the same run; the generated 300-input chain
// (`syntheticChain`) as a second line. In-process only: no database, no network.
// Run: npm run bench:scenario   (SHARED_DATA=<folder> to read the data from elsewhere)
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disrupt, type DisruptionResult } from '../src/core/supply-chains/disruption.ts';
import { monteCarlo } from '../src/core/supply-chains/monte-carlo.ts';
import { monteCarloReference } from '../src/core/supply-chains/monte-carlo.reference.ts';
import { mulberry32, seededRandom } from '../src/core/supply-chains/random.ts';
import { DEFAULT_RISK, type MonteCarloOptions } from '../src/core/supply-chains/risk-model.ts';
import type { Shock } from '../src/core/supply-chains/shock.ts';
import type { SupplyChain } from '../src/core/supply-chains/supply-chain.ts';
import { syntheticChain } from '../src/core/supply-chains/synthetic-chain.ts';
import { parseEtoSupplyChain } from '../src/importers/supply-chains/eto-supply-chain.parser.ts';

const DISRUPT_WARMUP = 10;
const DISRUPT_RUNS = 50;
const TRIALS = 100_000;
const REFERENCE_TRIALS = 5_000;
const CHECK_TRIALS = 2_000;
const MC_RUNS = 3;
const SEED = 1;
const GOAL_SECONDS = 2;
const GOAL_SPEEDUP = 5;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));
const semisDir = join(shared, 'semiconductors');

if (!existsSync(semisDir)) {
  console.error(
    `bench:scenario: ${semisDir} not found (set SHARED_DATA to the shared data folder, ` +
      'which holds semiconductors/ from the CSET/ETO Supply Chain Explorer)',
  );
  process.exit(1);
}

let semis: SupplyChain;
try {
  const parsed = parseEtoSupplyChain(semisDir, { code: 'semiconductors' });
  if (parsed.issues.length > 0)
    console.log(`  (${parsed.issues.length} bad rows left out of ${semisDir})`);
  semis = parsed.chain;
} catch (e) {
  console.error(`bench:scenario: cannot read ${semisDir}: ${(e as Error).message}`);
  process.exit(1);
}
const synthetic = syntheticChain({ inputs: 300, economies: 60, random: mulberry32(7) });

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Seconds taken by f, and its result. */
function timed<T>(f: () => T): { seconds: number; result: T } {
  const started = performance.now();
  const result = f();
  return { seconds: (performance.now() - started) / 1000, result };
}

/** The economy with the largest summed share over the chain's provision rows. */
function largestEconomy(chain: SupplyChain): string {
  const economies = new Set(chain.providers.flatMap((p) => (p.kind === 'economy' ? [p.iso3] : [])));
  const total = new Map<string, number>();
  for (const p of chain.provision)
    if (economies.has(p.provider) && p.sharePct !== null)
      total.set(p.provider, (total.get(p.provider) ?? 0) + p.sharePct);
  return [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

interface Line {
  label: string;
  chain: SupplyChain;
  shock: Shock;
}

const lines: Line[] = [
  {
    label: 'semiconductors',
    chain: semis,
    shock: { provider: 'TWN', input: 'all', fractionLost: 1 },
  },
  {
    label: 'synthetic 300',
    chain: synthetic,
    shock: { provider: largestEconomy(synthetic), input: 'all', fractionLost: 1 },
  },
];

const options = (trials: number): MonteCarloOptions => ({ trials, random: seededRandom(SEED) });
const describe = (c: SupplyChain): string => {
  const goesInto = c.edges.filter((e) => e.kind === 'goes_into').length;
  return (
    `${c.inputs.length} inputs, ${c.stages.length} stages, ${goesInto} goes_into + ` +
    `${c.edges.length - goesInto} is_type_of edges, ${c.provision.length.toLocaleString('en-US')} provision rows`
  );
};

console.log('bench:scenario');
console.log(`  semiconductors: ${semisDir} — ${describe(semis)}`);
console.log(
  `  synthetic 300:  syntheticChain(300 inputs, 60 economies, seed 7) — ${describe(synthetic)}`,
);

// --- Disruption -------------------------------------------------------------------------------
console.log('');
console.log(
  `Disruption: one disrupt() over the whole chain, every input; median of ${DISRUPT_RUNS} after ${DISRUPT_WARMUP} warm-up`,
);
console.log(
  '  no reference disruption implementation exists: disrupt() alone is timed, no baseline',
);
for (const line of lines) {
  let last: DisruptionResult | undefined;
  for (let i = 0; i < DISRUPT_WARMUP; i++) last = disrupt(line.chain, [line.shock]);
  const ms: number[] = [];
  for (let i = 0; i < DISRUPT_RUNS; i++) {
    const t = timed(() => disrupt(line.chain, [line.shock]));
    ms.push(t.seconds * 1000);
    last = t.result;
  }
  const output = last!.inputs.find((i) => i.item === last!.mostAffectedOutputs[0]);
  const { provider, fractionLost } = line.shock;
  console.log(
    `  ${line.label.padEnd(15)} shock ${`${provider}:all:${fractionLost.toFixed(1)}`.padEnd(12)}` +
      `${median(ms).toFixed(2).padStart(8)} ms  (min ${Math.min(...ms).toFixed(2)} ms; ` +
      (output
        ? `least available output ${output.name} (${output.item}) at ${output.availabilityPct.toFixed(1)}%)`
        : 'no output affected)'),
  );
}

// --- Monte Carlo ------------------------------------------------------------------------------
const scale = TRIALS / REFERENCE_TRIALS;
console.log('');
console.log(
  `Monte Carlo: ${TRIALS.toLocaleString('en-US')} trials, seed ${SEED}, default risk ` +
    `(${DEFAULT_RISK.probability * 100}% chance per economy of losing ${DEFAULT_RISK.severity * 100}%); median of ${MC_RUNS} runs each`,
);
console.log(
  `  reference: run on ${REFERENCE_TRIALS.toLocaleString('en-US')} trials and scaled linearly ×${scale} ` +
    `to ${TRIALS.toLocaleString('en-US')} (its cost per trial is constant)`,
);
console.log(
  `  identical: both on ${CHECK_TRIALS.toLocaleString('en-US')} trials, seed ${SEED}, compared as JSON byte for byte`,
);
console.log(
  `  goals: ${TRIALS.toLocaleString('en-US')} trials < ${GOAL_SECONDS} s; ≥ ${GOAL_SPEEDUP}× the reference`,
);
console.log(
  `  ${'chain'.padEnd(15)} ${'economies'.padStart(9)} ${'monteCarlo'.padStart(11)} ${'reference'.padStart(10)} ` +
    `${'speed-up'.padStart(9)}  identical  < ${GOAL_SECONDS} s    ≥ ${GOAL_SPEEDUP}×`,
);
for (const line of lines) {
  const { chain } = line;
  // Warm-up of both, and the equality check on the same trial count.
  const fast = monteCarlo(chain, options(CHECK_TRIALS));
  const reference = monteCarloReference(chain, options(CHECK_TRIALS));
  const identical = JSON.stringify(fast) === JSON.stringify(reference);

  const fastSeconds: number[] = [];
  const referenceSeconds: number[] = [];
  for (let i = 0; i < MC_RUNS; i++) {
    fastSeconds.push(timed(() => monteCarlo(chain, options(TRIALS))).seconds);
    referenceSeconds.push(
      timed(() => monteCarloReference(chain, options(REFERENCE_TRIALS))).seconds * scale,
    );
  }
  const f = median(fastSeconds);
  const r = median(referenceSeconds);
  const speedup = r / f;
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'BELOW');
  console.log(
    `  ${line.label.padEnd(15)} ${String(fast.economies.length).padStart(9)} ` +
      `${`${f.toFixed(3)} s`.padStart(11)} ${`${r.toFixed(2)} s`.padStart(10)} ` +
      `${`${speedup.toFixed(1)}×`.padStart(9)}  ${(identical ? 'yes' : 'no').padEnd(9)}  ` +
      `${verdict(f < GOAL_SECONDS).padEnd(6)}  ${verdict(speedup >= GOAL_SPEEDUP)}`,
  );
}
