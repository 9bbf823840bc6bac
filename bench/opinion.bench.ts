// Speed of the opinion map (src/core/opinion), each figure next to a straightforward reference
// implementation measured in the same run (read the ratios; the machine is shared and noisy):
//  (a) a full recomputation, `opinionMap`, for 2,000 participants × 500 statements at 20%
//      density (200,000 votes generated with a fixed seed, participants in 3 planted opinion
//      groups), against the reference below on the same conversation;
//  (b) an incremental update after 100 new votes, `updateOpinionMap` from the first map's state
//      (the vote log extended by 100 votes of existing participants), against the reference
//      recomputing everything on the extended conversation; also with the vote log read back as new
//      objects (as from storage), which `updateOpinionMap` must then check vote by vote.
// The reference reuses nothing: a dense matrix rebuilt from the vote log (a map of latest votes),
// the covariance matrix formed in full and power iteration with deflation on it, plain Lloyd
// k-means (k-means++ start) for the 100 base clusters and for k = 2…5 on their centres, and k by
// the silhouette (the smallest within 0.02 of the best). Ours and the reference must agree on k and
// on the groups (adjusted Rand index ≥ 0.9): the speed is not bought with different answers.
// Goals: (a) < 500 ms, (b) < 100 ms. Medians of BENCH_RUNS (default 7) runs after a warm-up.
// Run: npm run bench:opinion   (BENCH_RUNS=<n>)
import { cpus, loadavg } from 'node:os';
import { mulberry32 } from '../src/core/supply-chains/random.ts';
import { adjustedRandIndex } from '../src/core/opinion/ari.ts';
import type { Conversation, Vote, VoteValue } from '../src/core/opinion/conversation.ts';
import { opinionMap, updateOpinionMap, type OpinionMap } from '../src/core/opinion/opinion-map.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTICIPANTS = 2000;
const STATEMENTS = 500;
const DENSITY = 0.2;
const GROUPS = 3;
const NEW_VOTES = 100;
const SEED = 20261207;
const MAP_SEED = 1;
const GOAL_FULL = 500;
const GOAL_UPDATE = 100;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
/** Wall time of `f` in ms; its CPU time (user + system, this process) goes to `cpu`. */
const ms = (f: () => unknown, cpu?: number[]): number => {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  cpu?.push((used.user + used.system) / 1000);
  return wall;
};
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1)).padStart(8);
const WIDTH = 62;

const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();

/**
 * The generated conversation: each group a stance (agree or disagree) on every statement; each
 * participant, in a group drawn at random, votes on each statement with probability `DENSITY`:
 * their group's stance with probability 0.7, the other side 0.15, a pass 0.15. Then 100 new votes
 * of existing participants on statements they had not voted on.
 */
function generate(): { conversation: Conversation; more: Conversation; camp: number[] } {
  const r = mulberry32(SEED);
  const stance = Array.from({ length: GROUPS }, () =>
    Array.from({ length: STATEMENTS }, () => (r.next() < 0.5 ? 1 : -1)),
  );
  const vote = (g: number, s: number): VoteValue => {
    const x = r.next();
    return (x < 0.15 ? 0 : x < 0.3 ? -stance[g]![s]! : stance[g]![s]!) as VoteValue;
  };
  const votes: Vote[] = [];
  const camp: number[] = [];
  const voted = new Set<string>();
  let t = 0;
  for (let p = 0; p < PARTICIPANTS; p++) {
    const g = Math.floor(r.next() * GROUPS);
    camp.push(g);
    for (let s = 0; s < STATEMENTS; s++) {
      if (r.next() >= DENSITY) continue;
      votes.push({ participant: `p${p}`, statement: `s${s}`, value: vote(g, s), at: at(t++) });
      voted.add(`p${p} s${s}`);
    }
  }
  const extra: Vote[] = [];
  while (extra.length < NEW_VOTES) {
    const p = Math.floor(r.next() * PARTICIPANTS);
    const s = Math.floor(r.next() * STATEMENTS);
    if (voted.has(`p${p} s${s}`)) continue;
    voted.add(`p${p} s${s}`);
    extra.push({ participant: `p${p}`, statement: `s${s}`, value: vote(camp[p]!, s), at: at(t++) });
  }
  const conversation: Conversation = {
    statements: Array.from({ length: STATEMENTS }, (_, s) => ({
      id: `s${s}`,
      text: `statement ${s}`,
      language: 'en',
      moderation: 'accepted' as const,
      seed: true,
      author: null,
    })),
    participants: Array.from({ length: PARTICIPANTS }, (_, p) => ({
      id: `p${p}`,
      economy: ['USA', 'FRA', 'DEU', 'JPN', 'KOR'][p % 5]!,
      constituency: null,
    })),
    votes,
  };
  return { conversation, more: { ...conversation, votes: [...votes, ...extra] }, camp };
}

// ——— the reference ———

type Vec = number[];
const dist2 = (a: Vec, b: Vec): number => a.reduce((s, x, d) => s + (x - b[d]!) ** 2, 0);

function lloydReference(
  points: Vec[],
  weights: number[],
  k: number,
  random: () => number,
): { centres: Vec[]; assignment: number[]; sizes: number[] } {
  // k-means++: the first centre ∝ weight, each next ∝ weight × squared distance to the nearest.
  const centres: Vec[] = [];
  while (centres.length < k) {
    const mass = points.map((p, i) =>
      centres.length === 0
        ? weights[i]!
        : weights[i]! * Math.min(...centres.map((c) => dist2(p, c))),
    );
    const total = mass.reduce((a, b) => a + b, 0);
    if (!(total > 0)) break;
    let x = random() * total;
    let pick = mass.findIndex((m) => (x -= m) < 0 && m > 0);
    if (pick < 0) pick = mass.length - 1;
    centres.push([...points[pick]!]);
  }
  let assignment = points.map(() => -1);
  for (let it = 0; it < 100; it++) {
    const next = points.map((p) => {
      const d = centres.map((c) => dist2(p, c));
      return d.indexOf(Math.min(...d));
    });
    if (next.every((a, i) => a === assignment[i])) break;
    assignment = next;
    centres.forEach((c, j) => {
      let w = 0;
      const s = c.map(() => 0);
      points.forEach((p, i) => {
        if (assignment[i] !== j) return;
        w += weights[i]!;
        p.forEach((x, d) => (s[d]! += weights[i]! * x));
      });
      if (w > 0) centres[j] = s.map((x) => x / w);
    });
  }
  const sizes = centres.map((_, j) =>
    points.reduce((s, _p, i) => s + (assignment[i] === j ? weights[i]! : 0), 0),
  );
  return { centres, assignment, sizes };
}

function silhouetteReference(points: Vec[], assignment: number[], weights: number[]): number {
  const labels = [...new Set(assignment)];
  let sum = 0;
  let total = 0;
  points.forEach((p, i) => {
    const mean = labels.map((l) => {
      let s = 0;
      let w = 0;
      points.forEach((q, j) => {
        if (assignment[j] !== l) return;
        w += weights[j]!;
        if (j !== i) s += weights[j]! * Math.sqrt(dist2(p, q));
      });
      return { l, s, w };
    });
    const own = mean.find((x) => x.l === assignment[i])!;
    const rest = own.w - Math.min(weights[i]!, 1);
    const a = rest > 1e-12 ? own.s / rest : 0;
    const b = Math.min(...mean.filter((x) => x.l !== assignment[i]).map((x) => x.s / x.w));
    const s = rest > 1e-12 ? (b - a) / Math.max(a, b) : 0;
    sum += weights[i]! * s;
    total += weights[i]!;
  });
  return sum / total;
}

/** The reference map: k and each placed participant's group. */
function referenceMap(c: Conversation): { k: number; group: Map<string, number> } {
  const statements = c.statements.filter((s) => s.moderation !== 'rejected').map((s) => s.id);
  const latest = new Map<string, Vote>();
  for (const v of c.votes) {
    const key = `${v.participant}\u0000${v.statement}`;
    const before = latest.get(key);
    if (!before || before.at <= v.at) latest.set(key, v);
  }
  const ids = [
    ...new Set([...c.participants.map((p) => p.id), ...c.votes.map((v) => v.participant)]),
  ];
  const rows = ids
    .map((id) => ({
      id,
      votes: statements.map((s) => latest.get(`${id}\u0000${s}`)?.value ?? NaN),
    }))
    .filter(
      (r) => r.votes.filter((v) => !Number.isNaN(v)).length >= Math.min(7, statements.length),
    );
  const n = rows.length;
  const m = statements.length;
  const mean = statements.map((_, j) => {
    const cast = rows.map((r) => r.votes[j]!).filter((v) => !Number.isNaN(v));
    return cast.length ? cast.reduce((a, b) => a + b, 0) / cast.length : 0;
  });
  const x = rows.map((r) => r.votes.map((v, j) => (Number.isNaN(v) ? 0 : v - mean[j]!)));
  // The covariance, formed in full.
  const cov = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (const row of x)
    for (let a = 0; a < m; a++) {
      if (row[a] === 0) continue;
      for (let b = 0; b < m; b++) cov[a]![b]! += (row[a]! * row[b]!) / n;
    }
  const random = mulberry32(MAP_SEED);
  const power = (c: number[][]): Vec => {
    let v = statements.map(() => random.next() - 0.5);
    for (let it = 0; it < 10000; it++) {
      const w = c.map((r) => r.reduce((s, y, j) => s + y * v[j]!, 0));
      const norm = Math.hypot(...w);
      const next = w.map((y) => y / norm);
      const change = Math.hypot(...next.map((y, j) => y - v[j]!));
      v = next;
      if (change < 1e-10) break;
    }
    return v;
  };
  const pc1 = power(cov);
  const lambda = pc1.reduce(
    (s, y, a) => s + y * cov[a]!.reduce((t, z, b) => t + z * pc1[b]!, 0),
    0,
  );
  const pc2 = power(cov.map((r, a) => r.map((y, b) => y - lambda * pc1[a]! * pc1[b]!)));
  // The sparsity-aware projection.
  const points = rows.map((r) => {
    const cast = r.votes.filter((v) => !Number.isNaN(v)).length;
    const scale = Math.sqrt(m / cast);
    const project = (pc: Vec): number =>
      scale * r.votes.reduce((s, v, j) => (Number.isNaN(v) ? s : s + (v - mean[j]!) * pc[j]!), 0);
    return [project(pc1), project(pc2)];
  });
  const next = (): number => random.next();
  const base = lloydReference(
    points,
    points.map(() => 1),
    Math.min(100, n),
    next,
  );
  const keep = base.centres.map((_, j) => base.sizes[j]! > 0);
  const centres = base.centres.filter((_, j) => keep[j]);
  const sizes = base.sizes.filter((_, j) => keep[j]);
  const index = new Map(
    base.centres
      .map((_, j) => j)
      .filter((j) => keep[j])
      .map((j, i) => [j, i]),
  );
  let best: { k: number; score: number; assignment: number[] }[] = [];
  for (let k = 2; k <= Math.min(5, centres.length); k++) {
    let run = lloydReference(centres, sizes, k, next);
    for (let r = 1; r < 10; r++) {
      const other = lloydReference(centres, sizes, k, next);
      const inertia = (z: typeof run): number =>
        centres.reduce((s, p, i) => s + sizes[i]! * dist2(p, z.centres[z.assignment[i]!]!), 0);
      if (inertia(other) < inertia(run) - 1e-9) run = other;
    }
    best.push({
      k,
      score: silhouetteReference(centres, run.assignment, sizes),
      assignment: run.assignment,
    });
  }
  const top = Math.max(...best.map((b) => b.score));
  best = best.filter((b) => b.score >= top - 0.02);
  const chosen = best[0]!;
  return {
    k: chosen.k,
    group: new Map(rows.map((r, i) => [r.id, chosen.assignment[index.get(base.assignment[i]!)!]!])),
  };
}

// ——— the run ———

function agreement(ours: OpinionMap, reference: { k: number; group: Map<string, number> }): string {
  const both = ours.participants.filter((p) => reference.group.has(p.id));
  const ari = adjustedRandIndex(
    both.map((p) => p.group),
    both.map((p) => reference.group.get(p.id)!),
  );
  const ok = ours.k === reference.k && ari >= 0.9 && both.length === reference.group.size;
  return `k ${ours.k} | ${reference.k}, ARI ${ari.toFixed(3)} on ${both.length}: ${ok ? 'agree' : 'DISAGREE'}`;
}

const { conversation, more, camp } = generate();
const options = { weight: 'none' as const, seed: MAP_SEED };
console.log(
  `bench:opinion — ${PARTICIPANTS} participants × ${STATEMENTS} statements, ${conversation.votes.length} votes ` +
    `(seed ${SEED}, ${GROUPS} planted groups); reference measured in the same run; median of ${RUNS}`,
);
// Warm-up (the JIT), and the answers compared.
let first = opinionMap(conversation, options);
let reference = referenceMap(conversation);
const planted = adjustedRandIndex(
  first.participants.map((p) => p.group),
  first.participants.map((p) => camp[Number(p.id.slice(1))]!),
);
/** Wall-time samples and CPU-time samples of one measured thing. */
const sample = (): { wall: number[]; cpu: number[] } => ({ wall: [], cpu: [] });
const header = (title: string): void =>
  console.log(
    `\n${title.padEnd(WIDTH)}${'ours'.padStart(11)}${'(CPU)'.padStart(11)}${'reference'.padStart(11)}${'ratio'.padStart(8)}`,
  );
const row = (label: string, ours: ReturnType<typeof sample>, base: number): void =>
  console.log(
    `${label.padEnd(WIDTH)}${fmt(median(ours.wall))} ms${fmt(median(ours.cpu))} ms${fmt(base)} ms${`${(base / median(ours.wall)).toFixed(1)}×`.padStart(8)}`,
  );
const verdict = (what: ReturnType<typeof sample>, goal: number): string =>
  `goal < ${goal} ms: ${median(what.wall) < goal ? 'met' : 'NOT met'} (wall median; min ${Math.min(...what.wall).toFixed(1)} ms, CPU median ${median(what.cpu).toFixed(1)} ms)`;

const full = sample();
const fullReference: number[] = [];
for (let r = 0; r < RUNS; r++) {
  full.wall.push(ms(() => (first = opinionMap(conversation, options)), full.cpu));
  if (r < 3) fullReference.push(ms(() => (reference = referenceMap(conversation))));
}
header('(a) full recomputation');
row('opinionMap | reference', full, median(fullReference));
console.log(`  ${agreement(first, reference)}; ARI with the planted groups ${planted.toFixed(3)}`);
console.log(`  ${verdict(full, GOAL_FULL)}`);

// (b) Each update starts from a fresh full map (an update takes over its state's vote table).
const reloaded = (): Conversation => ({ ...more, votes: more.votes.map((v) => ({ ...v })) });
let updated = updateOpinionMap(more, opinionMap(conversation, options).state, options);
updateOpinionMap(reloaded(), opinionMap(conversation, options).state, options);
const update = sample();
const updateReloaded = sample();
const fullMore = sample();
const updateReference: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const state = opinionMap(conversation, options).state;
  update.wall.push(ms(() => (updated = updateOpinionMap(more, state, options)), update.cpu));
  const state2 = opinionMap(conversation, options).state;
  const log = reloaded();
  updateReloaded.wall.push(ms(() => updateOpinionMap(log, state2, options), updateReloaded.cpu));
  fullMore.wall.push(ms(() => opinionMap(more, options), fullMore.cpu));
  if (r < 3) updateReference.push(ms(() => (reference = referenceMap(more))));
}
const ref = median(updateReference);
header(`(b) update after ${NEW_VOTES} new votes`);
row('updateOpinionMap, same vote objects | reference', update, ref);
row('updateOpinionMap, log reloaded as new objects | reference', updateReloaded, ref);
row('opinionMap on the extended log (no reuse) | reference', fullMore, ref);
console.log(
  `  ${agreement(updated, reference)}; same groups as before the votes: ARI ${adjustedRandIndex(
    first.participants.map((p) => p.group),
    updated.participants.map((p) => p.group),
  ).toFixed(3)}`,
);
console.log(`  ${verdict(update, GOAL_UPDATE)}`);
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} on ${cpus().length} cores: other work on the machine inflates wall times (CPU time less so)`,
);
