// Voting-power speed: votingPower (both indices for every member, by the exact dynamic programme
// over coalition sizes and weights) on 27, 40 and 60 members with random integer weights up to
// 10,000 and a quota of two thirds of the total weight, and on a 27-member double majority (55% of
// members holding 65% of the weight); next to brute-force enumeration of every coalition
// (bruteForcePower) on a 20-member game in the same run, with the largest difference between them.
// In-process only: no database, no network, no data files.
// Run: npm run bench:power
import { availableParallelism, loadavg } from 'node:os';
import {
  votingPower,
  type GameMember,
  type VotingGame,
  type VotingPower,
} from '../src/core/governance/voting-power.ts';
import { bruteForcePower } from '../src/core/governance/voting-power.reference.ts';
import { mulberry32 } from '../src/core/supply-chains/random.ts';

const SEED = 1;
const MAX_WEIGHT = 10_000;
const WARMUP = 3;
const RUNS = 5;
const BRUTE_FORCE_MEMBERS = 20;
const GOAL_MEMBERS = 60;
const GOAL_MS = 200;

/** `n` members M01, M02, … with weights drawn uniformly from 1..MAX_WEIGHT. */
function randomMembers(n: number, seed: number): GameMember[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    member: `M${String(i + 1).padStart(2, '0')}`,
    weight: 1 + Math.floor(random.next() * MAX_WEIGHT),
  }));
}

const totalOf = (members: GameMember[]): number => members.reduce((a, m) => a + m.weight, 0);

function twoThirds(n: number): VotingGame {
  const members = randomMembers(n, SEED);
  return { kind: 'weighted', members, quota: Math.ceil((2 * totalOf(members)) / 3) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Milliseconds of f: the median of RUNS runs after WARMUP, the fastest, and the last result. */
function time<T>(f: () => T, runs = RUNS): { ms: number; min: number; result: T } {
  let result = f();
  for (let i = 1; i < WARMUP; i++) result = f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = f();
    ms.push(performance.now() - started);
  }
  return { ms: median(ms), min: Math.min(...ms), result };
}

const fmt = (x: number): string => x.toLocaleString('en-US');
const ms = (x: number): string => `${x.toFixed(1)} ms`;

console.log('bench:power');
console.log(
  `  machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start ` +
    '(figures scale with the load; compare lines of one run)',
);
console.log(
  `  games: random integer weights 1–${fmt(MAX_WEIGHT)} (mulberry32, seed ${SEED}); ` +
    `weighted quota ⌈2/3 · total weight⌉; median of ${RUNS} runs after ${WARMUP} warm-up runs`,
);
console.log('');
console.log(
  `  ${'game'.padEnd(28)} ${'members'.padStart(7)} ${'total weight'.padStart(12)} ` +
    `${'threshold'.padStart(18)} ${'votingPower'.padStart(11)} ${'(fastest)'.padStart(10)}  largest index`,
);

const lines: { label: string; game: VotingGame }[] = [
  { label: 'weighted, quota 2/3', game: twoThirds(27) },
  { label: 'weighted, quota 2/3', game: twoThirds(40) },
  { label: 'weighted, quota 2/3', game: twoThirds(GOAL_MEMBERS) },
  {
    label: 'double majority 55% / 65%',
    game: {
      kind: 'double-majority',
      members: randomMembers(27, SEED),
      membersPct: 55,
      weightPct: 65,
    },
  },
];

let goalMs = Number.NaN;
for (const { label, game } of lines) {
  const t = time(() => votingPower(game));
  const r: VotingPower = t.result;
  const top = r.members.reduce((a, m) => (m.banzhaf > a.banzhaf ? m : a));
  const threshold =
    r.thresholds.members > 0
      ? `${r.thresholds.members} + ${fmt(r.thresholds.weight)}`
      : fmt(r.thresholds.weight);
  console.log(
    `  ${label.padEnd(28)} ${String(game.members.length).padStart(7)} ` +
      `${fmt(totalOf(game.members)).padStart(12)} ${threshold.padStart(18)} ` +
      `${ms(t.ms).padStart(11)} ${ms(t.min).padStart(10)}  ` +
      `${top.member} (weight ${fmt(top.weight)}): Banzhaf ${top.banzhaf.toFixed(4)}, ` +
      `Shapley–Shubik ${top.shapleyShubik.toFixed(4)}`,
  );
  if (game.kind === 'weighted' && game.members.length === GOAL_MEMBERS) goalMs = t.ms;
}

// --- Against brute force ----------------------------------------------------------------------
const small = twoThirds(BRUTE_FORCE_MEMBERS);
console.log('');
console.log(
  `Against brute force: ${BRUTE_FORCE_MEMBERS} members (weighted, quota 2/3), ` +
    `bruteForcePower lists all 2^${BRUTE_FORCE_MEMBERS} = ${fmt(2 ** BRUTE_FORCE_MEMBERS)} coalitions`,
);
const brute = time(() => bruteForcePower(small), 3);
const dp = time(() => votingPower(small));
let maxBanzhaf = 0;
let maxShapley = 0;
let swingsEqual = true;
dp.result.members.forEach((m, i) => {
  const b = brute.result[i]!;
  maxBanzhaf = Math.max(maxBanzhaf, Math.abs(m.banzhaf - b.banzhaf));
  maxShapley = Math.max(maxShapley, Math.abs(m.shapleyShubik - b.shapleyShubik));
  swingsEqual &&= m.banzhafRaw === b.banzhafRaw;
});
const agree = swingsEqual && maxBanzhaf < 1e-12 && maxShapley < 1e-12;
console.log(`  bruteForcePower  ${ms(brute.ms).padStart(10)}  (median of 3)`);
console.log(
  `  votingPower      ${ms(dp.ms).padStart(10)}  (${(brute.ms / dp.ms).toFixed(0)}× faster)`,
);
console.log(
  `  agree: ${agree ? 'yes' : 'NO'} — swing counts ${swingsEqual ? 'identical' : 'DIFFER'}; ` +
    `max |difference| Banzhaf ${maxBanzhaf.toExponential(1)}, Shapley–Shubik ${maxShapley.toExponential(1)}`,
);

console.log('');
console.log(
  `goal: ${GOAL_MEMBERS} members < ${GOAL_MS} ms  ${goalMs < GOAL_MS ? 'PASS' : 'FAIL'} (${ms(goalMs)})`,
);
