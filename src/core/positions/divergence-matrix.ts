// How far apart members' positions are: the distance between two options of one issue, the
// members' divergence matrix over every issue they both answered, the members ordered by
// similarity (average-linkage clustering of the matrix), the issues that split the alliance most,
// a member's outliers, and each member's distance from what the alliance agreed.
// Definitions and a worked example: docs/analytics/positions.md.
import { DomainError } from '../errors.ts';
import type { PolicyIssue, Position } from './position.ts';

/**
 * Which positions an analysis reads: `current` — what members do now (current positions only);
 * `pending-first` — the outlook: a member's pending position where it has one, its current one
 * otherwise.
 */
export type PositionUse = 'current' | 'pending-first';

/** Two values within this are equal (clustering ties, sorting). */
const EPSILON = 1e-12;

/**
 * The distance between options `a` and `b` of `issue`: |a − b| / (options − 1), from 0 (the same
 * option) to 1 (the two ends). Throws `validation_failed` when either is not an option's index.
 */
export function issueDistance(issue: PolicyIssue, a: number, b: number): number {
  const count = issue.options.length;
  for (const [name, value] of [
    ['a', a],
    ['b', b],
  ] as const)
    if (!isOption(issue, value))
      throw new DomainError(
        'validation_failed',
        `${value} is not an option of ${issue.id} (0 to ${count - 1})`,
        [{ path: name, message: `must be an option of ${issue.id}: 0 to ${count - 1}` }],
      );
  return Math.abs(a - b) / (count - 1);
}

function isOption(issue: PolicyIssue, option: number): boolean {
  return (
    issue.options.length >= 2 &&
    Number.isInteger(option) &&
    option >= 0 &&
    option < issue.options.length
  );
}

/**
 * The position each member takes on each issue under `use`: issue id → member → position. A
 * position on an issue not in `issues`, or whose option is not one of the issue's (the issue's
 * options changed since), is left out. When a member has several positions of one status on one
 * issue (a history), the latest recorded counts (the later in the list on a tie).
 */
export function selectPositions(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  use: PositionUse,
): Map<string, Map<string, Position>> {
  const byId = new Map(issues.map((i) => [i.id, i]));
  const current = new Map<string, Map<string, Position>>();
  const pending = new Map<string, Map<string, Position>>();
  for (const p of positions) {
    const issue = byId.get(p.issueId);
    if (!issue || !isOption(issue, p.option)) continue;
    const table = p.status === 'pending' ? pending : current;
    let members = table.get(p.issueId);
    if (!members) table.set(p.issueId, (members = new Map<string, Position>()));
    const before = members.get(p.member);
    if (!before || before.recordedAt <= p.recordedAt) members.set(p.member, p);
  }
  const chosen = new Map<string, Map<string, Position>>();
  for (const issue of issues) {
    const now = current.get(issue.id) ?? new Map<string, Position>();
    const members = new Map(now);
    if (use === 'pending-first')
      for (const [member, p] of pending.get(issue.id) ?? []) members.set(member, p);
    if (members.size > 0) chosen.set(issue.id, members);
  }
  return chosen;
}

// ——— The matrix ———

/** One merge of the clustering: clusters `a` and `b` (their members in leaf order) joined at `distance`. */
export interface DendrogramMerge {
  a: string[];
  b: string[];
  distance: number;
}

/** The clustering: its merges in order (n − 1 for n members), and the leaf order. */
export interface Dendrogram {
  merges: DendrogramMerge[];
  order: string[];
}

export interface DivergenceMatrix {
  members: string[];
  /** The mean divergence over the issues both answered; null when none; 0 on the diagonal. */
  cells: (number | null)[][];
  /** How many issues both answered (on the diagonal: how many the member answered). */
  shared: number[][];
  /** The members ordered by similarity: the clustering's leaf order. */
  order: string[];
  clustering: Dendrogram;
}

export interface DivergenceMatrixOptions {
  /** The members to show, in this order; default every member with a position, by code. */
  members?: readonly string[];
  use: PositionUse;
}

/**
 * The divergence between every two members: the mean, over the issues both answered, of the
 * distance between their options ({@link issueDistance}); null when they answered no issue in
 * common. Ordered by average-linkage clustering ({@link averageLinkage}).
 */
export function divergenceMatrix(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  options: DivergenceMatrixOptions,
): DivergenceMatrix {
  const table = selectPositions(issues, positions, options.use);
  const members = options.members
    ? [...new Set(options.members)]
    : [...new Set([...table.values()].flatMap((m) => [...m.keys()]))].sort(byCode);
  const index = new Map(members.map((m, i) => [m, i]));
  const n = members.length;
  const sums = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const shared = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const issue of issues) {
    const answers = [...(table.get(issue.id) ?? [])].flatMap(([member, p]) => {
      const i = index.get(member);
      return i === undefined ? [] : [{ i, option: p.option }];
    });
    for (const x of answers)
      for (const y of answers) {
        sums[x.i]![y.i]! += issueDistance(issue, x.option, y.option);
        shared[x.i]![y.i]! += 1;
      }
  }
  const cells = members.map((_, i) =>
    members.map((__, j) =>
      i === j ? 0 : shared[i]![j]! === 0 ? null : sums[i]![j]! / shared[i]![j]!,
    ),
  );
  const clustering = averageLinkage(members, cells);
  return { members, cells, shared, order: clustering.order, clustering };
}

/**
 * Average-linkage (UPGMA) clustering of `members` under the distances `cells` (`cells[i][j]`
 * between members i and j): repeatedly join the two closest clusters, the distance between two
 * clusters being the mean of the distances between their members. A null cell (no issue in
 * common) counts as 1, the largest divergence: members who share no issue join last. Ties (within
 * 1e-12) go to the pair whose clusters' smallest member codes come first (compared as the pair of
 * codes); in a merge, `a` is the cluster with the smaller code, and the leaf order puts `a`'s
 * members before `b`'s. The result depends on neither the order of `members` nor on floating-point
 * noise below 1e-12.
 */
export function averageLinkage(
  members: readonly string[],
  cells: readonly (readonly (number | null)[])[],
): Dendrogram {
  interface Cluster {
    key: string;
    leaves: string[];
    /** Indices of its members in `members`. */
    at: number[];
  }
  let clusters: Cluster[] = members
    .map((m, i) => ({ key: m, leaves: [m], at: [i] }))
    .sort((x, y) => byCode(x.key, y.key));
  const cell = (i: number, j: number): number => (i === j ? 0 : (cells[i]?.[j] ?? 1));
  // The distance between clusters, kept by cluster key and updated with the UPGMA formula.
  const distance = new Map<string, number>();
  const pairKey = (x: Cluster, y: Cluster): string =>
    byCode(x.key, y.key) < 0 ? `${x.key}\u0000${y.key}` : `${y.key}\u0000${x.key}`;
  for (const x of clusters)
    for (const y of clusters) if (x !== y) distance.set(pairKey(x, y), cell(x.at[0]!, y.at[0]!));

  const merges: DendrogramMerge[] = [];
  while (clusters.length > 1) {
    let best: { x: Cluster; y: Cluster; d: number } | null = null;
    // Clusters are kept sorted by key, so the first pair found at the smallest distance is the
    // pair whose codes come first.
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const x = clusters[i]!;
        const y = clusters[j]!;
        const d = distance.get(pairKey(x, y))!;
        if (!best || d < best.d - EPSILON) best = { x, y, d };
      }
    const { x, y, d } = best!;
    const joined: Cluster = {
      key: x.key,
      leaves: [...x.leaves, ...y.leaves],
      at: [...x.at, ...y.at],
    };
    merges.push({ a: x.leaves, b: y.leaves, distance: d });
    clusters = clusters.filter((c) => c !== x && c !== y);
    for (const z of clusters) {
      const dx = distance.get(pairKey(x, z))!;
      const dy = distance.get(pairKey(y, z))!;
      distance.set(
        pairKey(joined, z),
        (x.at.length * dx + y.at.length * dy) / (x.at.length + y.at.length),
      );
    }
    clusters.push(joined);
    clusters.sort((p, q) => byCode(p.key, q.key));
  }
  return { merges, order: clusters[0]?.leaves ?? [] };
}

// ——— Issues that split the alliance ———

export interface SplittingIssue {
  issueId: string;
  title: string;
  /** How many members answered. */
  answered: number;
  /** The mean distance over every pair of members who answered; null with fewer than 2. */
  meanPairwise: number | null;
  /** The largest distance between two members; null with fewer than 2. */
  maxPairwise: number | null;
  /** Every option of the issue, in order, with the members who take it (by code). */
  options: { option: number; label: string; members: string[] }[];
}

/**
 * The issues by how much they split the members who answered: by mean pairwise distance, largest
 * first (then by largest distance, then by id); issues with fewer than two answers last (by id),
 * their mean and largest distance null. `use` defaults to `current`.
 */
export function splittingIssues(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  use: PositionUse = 'current',
): SplittingIssue[] {
  const table = selectPositions(issues, positions, use);
  return issues
    .map((issue): SplittingIssue => {
      const answers = [...(table.get(issue.id) ?? [])].sort(([a], [b]) => byCode(a, b));
      const distances = pairs(answers.map(([, p]) => p.option)).map(([a, b]) =>
        issueDistance(issue, a, b),
      );
      return {
        issueId: issue.id,
        title: issue.title,
        answered: answers.length,
        meanPairwise: distances.length === 0 ? null : mean(distances),
        maxPairwise: distances.length === 0 ? null : Math.max(...distances),
        options: issue.options.map((label, option) => ({
          option,
          label,
          members: answers.filter(([, p]) => p.option === option).map(([m]) => m),
        })),
      };
    })
    .sort(
      (x, y) =>
        nullsLast(x.meanPairwise, y.meanPairwise) ||
        nullsLast(x.maxPairwise, y.maxPairwise) ||
        byCode(x.issueId, y.issueId),
    );
}

// ——— One member against the others ———

export interface Outlier {
  issueId: string;
  title: string;
  /** The member's option. */
  option: number;
  /** The median of the other members' options (a half when their number is even). */
  othersMedian: number;
  /** |option − othersMedian| / (options − 1). */
  distance: number;
  /** The distance from the agreed option, or null when the alliance has not agreed one. */
  fromAgreed: number | null;
}

/**
 * Where `member` stands apart: for each issue it answered that at least one other member answered,
 * its distance from the median of the others' options, scaled like the divergence. Largest first
 * (then by distance from the agreed option, then by id). `use` defaults to `current`.
 */
export function outliers(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  member: string,
  use: PositionUse = 'current',
): Outlier[] {
  const table = selectPositions(issues, positions, use);
  return issues
    .flatMap((issue): Outlier[] => {
      const answers = table.get(issue.id);
      const own = answers?.get(member);
      if (!answers || !own) return [];
      const others = [...answers].filter(([m]) => m !== member).map(([, p]) => p.option);
      if (others.length === 0) return [];
      const othersMedian = median(others);
      return [
        {
          issueId: issue.id,
          title: issue.title,
          option: own.option,
          othersMedian,
          distance: Math.abs(own.option - othersMedian) / (issue.options.length - 1),
          fromAgreed: fromAgreed(issue, own.option),
        },
      ];
    })
    .sort(
      (x, y) =>
        nullsLast(x.distance, y.distance) ||
        nullsLast(x.fromAgreed, y.fromAgreed) ||
        byCode(x.issueId, y.issueId),
    );
}

// ——— Distance from what the alliance agreed ———

export interface DistanceFromAgreed {
  member: string;
  /** How many issues with an agreed option the member answered. */
  issues: number;
  /** The mean distance over them; null when none. */
  mean: number | null;
  /** Largest first, then by id. */
  perIssue: { issueId: string; distance: number }[];
}

/**
 * For every member with a position: how far its positions are from the options the alliance
 * agreed, issue by issue and on average over the issues with an agreed option it answered.
 * Largest mean first, members with none last, then by code. `use` defaults to `current`.
 */
export function distanceFromAgreed(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  use: PositionUse = 'current',
): DistanceFromAgreed[] {
  const table = selectPositions(issues, positions, use);
  const perMember = new Map<string, { issueId: string; distance: number }[]>();
  for (const issue of issues)
    for (const [member, p] of table.get(issue.id) ?? []) {
      let list = perMember.get(member);
      if (!list) perMember.set(member, (list = []));
      const distance = fromAgreed(issue, p.option);
      if (distance !== null) list.push({ issueId: issue.id, distance });
    }
  return [...perMember]
    .map(([member, perIssue]) => ({
      member,
      issues: perIssue.length,
      mean: perIssue.length === 0 ? null : mean(perIssue.map((x) => x.distance)),
      perIssue: perIssue.sort(
        (x, y) => nullsLast(x.distance, y.distance) || byCode(x.issueId, y.issueId),
      ),
    }))
    .sort((x, y) => nullsLast(x.mean, y.mean) || byCode(x.member, y.member));
}

/** The distance of `option` from the issue's agreed option, or null when it has none. */
export function fromAgreed(issue: PolicyIssue, option: number): number | null {
  return issue.agreedOption === null || !isOption(issue, issue.agreedOption)
    ? null
    : issueDistance(issue, option, issue.agreedOption);
}

// ——— Helpers ———

/** Every unordered pair of `values`. */
export function pairs<T>(values: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) out.push([values[i]!, values[j]!]);
  return out;
}

export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Member codes and ids in code-point order (the same on every machine, unlike localeCompare). */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Descending, nulls last; values within 1e-12 are equal. */
function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return Math.abs(a - b) <= EPSILON ? 0 : b - a;
}
