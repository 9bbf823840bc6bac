// The opinion map of a conversation: the vote matrix, its two principal components, each
// participant's place, the opinion groups (two-level k-means), each group's representative
// statements, the group-informed consensus and the consensus across member economies — all
// computed on stratification-weighted data, deterministic for a seed. See
// docs/analytics/opinion-maps.md.
import {
  baseClusters,
  groupClusters,
  type KChoice,
  type KSmoothing,
  type Point,
} from './clustering.ts';
import {
  consensusAcrossMembers,
  consensusStatements,
  type GroupConsensus,
  type MemberConsensus,
} from './consensus.ts';
import { DomainError } from '../errors.ts';
import type { Conversation, ConversationParticipant } from './conversation.ts';
import { pca, projectAll } from './pca.ts';
import { groupCounts, representativeStatements, type RepresentativeStatement } from './repness.ts';
import { MIN_VOTES, VoteTable } from './vote-matrix.ts';
import { stratificationWeights, type Weighting } from './weights.ts';

export interface OpinionMapOptions {
  /** Stratification: `none`, equal economies, equal constituencies, both, or by an indicator. */
  weight: Weighting;
  /** Seeds the power iteration and every k-means (an integer 0 … 2³² − 1). */
  seed: number;
  /** The k of the previous map (or its whole choice, from `state.kChoice`, to carry the smoothing's streak). */
  previousK?: number | KChoice;
  /** Economies with fewer participants in the analysis do not count for consensus across members (default 5). */
  minParticipantsPerEconomy?: number;
  /** Votes a participant needs to enter the analysis (default 7, or every statement if fewer). */
  minVotes?: number;
  smoothing?: KSmoothing;
  /** Representative statements per group (default 5) and consensus statements (default 10). */
  representativeLimit?: number;
  consensusLimit?: number;
}

export interface MapParticipant {
  id: string;
  group: number;
  x: number;
  y: number;
}

export interface MapGroup {
  /** 0 … k − 1, the largest group (by weight) first. */
  id: number;
  /** Participants in the group. */
  size: number;
  /** Their total weight (equals `size` without stratification). */
  weight: number;
  representative: RepresentativeStatement[];
}

/** What an incremental update starts from. */
export interface OpinionMapState {
  statements: string[];
  components: [number[], number[]];
  baseCentres: number[][];
  groupCentres: number[][];
  kChoice: KChoice;
}

export interface OpinionMap {
  k: number;
  /** The silhouette of each k tried. */
  silhouettes: { k: number; silhouette: number }[];
  participants: MapParticipant[];
  groups: MapGroup[];
  consensus: GroupConsensus[];
  consensusAcrossMembers: MemberConsensus[];
  /** Participants who voted but not enough to be placed. */
  notPlaced: number;
  /** Participants in the analysis given weight 0 (by an indicator: their economy has no positive value). */
  unweighted: number;
  state: OpinionMapState;
}

const BASE_RESTARTS = 5;
const GROUP_RESTARTS = 20;
const UPDATE_TOLERANCE = 1e-8;

/**
 * The vote table behind each map's state, kept in memory (not in the state, which stays small
 * and serialisable) so that {@link updateOpinionMap} from that state applies only the new votes.
 * An update takes the table over from the state it starts from: a second update from the same
 * state, or one from a state read back from storage, rebuilds the table from the vote log.
 */
const tables = new WeakMap<OpinionMapState, VoteTable>();

/** The table for `conversation`: the previous state's brought up to date, or a new one. */
function voteTable(conversation: Conversation, previous: OpinionMapState | null): VoteTable {
  const table = previous ? tables.get(previous) : undefined;
  if (table) {
    tables.delete(previous!);
    if (table.extend(conversation)) return table;
  }
  return new VoteTable(conversation);
}

function compute(
  conversation: Conversation,
  options: OpinionMapOptions,
  previous: OpinionMapState | null,
): OpinionMap {
  const table = voteTable(conversation, previous);
  const m = table.matrix(options.minVotes ?? MIN_VOTES);
  const info = new Map<string, ConversationParticipant>();
  for (const p of conversation.participants) if (!info.has(p.id)) info.set(p.id, p);
  const rows = m.participants.map(
    (id) => info.get(id) ?? { id, economy: null, constituency: null },
  );
  const { weights, unweighted } = stratificationWeights(rows, options.weight);
  // Only an indicator can leave everyone without weight; there is then no map to draw.
  if (rows.length > 0 && unweighted.length === rows.length)
    throw new DomainError(
      'validation_failed',
      'weight: no participant in the analysis has a weight above 0 (none of their economies has a positive value)',
      [{ path: 'weight', message: 'no participant in the analysis has a weight above 0' }],
    );
  const voters = table.voters;

  let start: Float64Array[] | undefined;
  if (previous) {
    const at = new Map(previous.statements.map((id, j) => [id, j]));
    start = previous.components.map((c) =>
      Float64Array.from(m.statements, (id) => (at.has(id) ? c[at.get(id)!]! : 0)),
    );
  }
  // An update stops the power iteration at a residual of 10⁻⁸ λ₁ rather than 10⁻¹⁰: from the
  // previous components that takes about two thirds of the steps, and moves no one visibly.
  const components = pca(m, {
    seed: options.seed,
    weights,
    start,
    ...(previous ? { tolerance: UPDATE_TOLERANCE } : {}),
  });
  const points: Point[] = projectAll(m, components);

  const previousK =
    typeof options.previousK === 'number'
      ? { k: options.previousK, challenger: null, streak: 0 }
      : (options.previousK ?? previous?.kChoice ?? null);
  const base = baseClusters(points, {
    seed: options.seed,
    weights,
    restarts: previous ? 1 : BASE_RESTARTS,
    initial: previous?.baseCentres,
  });
  const grouped = groupClusters(base.centres, base.sizes, {
    seed: options.seed,
    previous: previousK,
    smoothing: options.smoothing,
    restarts: previous ? 1 : GROUP_RESTARTS,
    initial: previous?.groupCentres,
  });
  const k = grouped.centres.length;
  // Number groups by weight, largest first (ties: by centre, left to right).
  const order = grouped.centres
    .map((c, g) => ({ g, weight: grouped.sizes[g]!, x: c[0] ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.x - b.x)
    .map((o) => o.g);
  const renumber = new Map(order.map((g, n) => [g, n]));
  const groupOf = base.assignment.map((b) => renumber.get(grouped.assignment[b]!)!);

  const counts = groupCounts(m, groupOf, k, weights);
  const representative = representativeStatements(m, counts, options.representativeLimit ?? 5);
  const participants = m.participants.map((id, i) => ({
    id,
    group: groupOf[i]!,
    x: points[i]![0]!,
    y: points[i]![1]!,
  }));
  const groups = order.map((g, id) => ({
    id,
    size: groupOf.filter((x) => x === id).length,
    weight: grouped.sizes[g]!,
    representative: representative[id]!,
  }));
  const map: OpinionMap = {
    k,
    silhouettes: [...grouped.silhouettes].map(([kk, silhouette]) => ({ k: kk, silhouette })),
    participants,
    groups,
    consensus: consensusStatements(m, counts, options.consensusLimit ?? 10),
    consensusAcrossMembers: consensusAcrossMembers(
      m,
      rows.map((r) => r.economy),
      options.minParticipantsPerEconomy ?? 5,
      weights,
    ),
    notPlaced: voters.size - m.participants.filter((id) => voters.has(id)).length,
    unweighted: unweighted.length,
    state: {
      statements: m.statements,
      components: [[...components.components[0]], [...components.components[1]]],
      baseCentres: base.centres,
      groupCentres: order.map((g) => grouped.centres[g]!),
      kChoice: grouped.choice,
    },
  };
  tables.set(map.state, table);
  return map;
}

/** The full computation of a conversation's opinion map. */
export function opinionMap(conversation: Conversation, options: OpinionMapOptions): OpinionMap {
  return compute(conversation, options, null);
}

/**
 * The map again after new votes, from the previous map's state: the vote matrix of that map is
 * brought up to date with only the new votes (when it is still in memory and the conversation
 * continues the one it was built from; otherwise rebuilt from the log), the power iteration starts
 * from the previous components (tolerance 10⁻⁸), k-means from the previous base and group centres
 * (one start each), and k is smoothed from the previous choice. Cheaper than {@link opinionMap} and
 * close to it, but not necessarily identical. See docs/analytics/opinion-maps.md §8.
 */
export function updateOpinionMap(
  conversation: Conversation,
  previous: OpinionMapState,
  options: OpinionMapOptions,
): OpinionMap {
  return compute(conversation, options, previous);
}
