import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../supply-chains/random.ts';
import { adjustedRandIndex } from './ari.ts';
import type { Conversation, ConversationParticipant, Vote, VoteValue } from './conversation.ts';
import { opinionMap, updateOpinionMap } from './opinion-map.ts';

const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();

interface Planted {
  conversation: Conversation;
  /** The camp each participant was generated in. */
  camp: Map<string, string>;
}

/**
 * Participants in camps: a camp agrees with `agree` statements and disagrees with `disagree`
 * ones; every vote flips to the other side with probability `noise`, or is a pass with 0.1.
 */
function planted(
  camps: {
    name: string;
    count: number;
    economy: string | null;
    agree: number[];
    disagree: number[];
  }[],
  statements: number,
  seed: number,
  noise = 0.1,
): Planted {
  const random = mulberry32(seed);
  const participants: ConversationParticipant[] = [];
  const votes: Vote[] = [];
  const camp = new Map<string, string>();
  let t = 0;
  for (const c of camps)
    for (let n = 0; n < c.count; n++) {
      const id = `${c.name}-${n}`;
      participants.push({ id, economy: c.economy, constituency: null });
      camp.set(id, c.name);
      const cast = (s: number, side: VoteValue): void => {
        const r = random.next();
        const value: VoteValue = r < 0.1 ? 0 : r < 0.1 + noise ? (-side as VoteValue) : side;
        votes.push({ participant: id, statement: `s${s}`, value, at: at(t++) });
      };
      c.agree.forEach((s) => cast(s, 1));
      c.disagree.forEach((s) => cast(s, -1));
    }
  return {
    conversation: {
      statements: Array.from({ length: statements }, (_, s) => ({
        id: `s${s}`,
        text: `statement ${s}`,
        language: 'en',
        moderation: 'accepted' as const,
        seed: true,
        author: null,
      })),
      participants,
      votes,
    },
    camp,
  };
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i);

/** ARI between the map's groups and the planted camps, over the participants `keep` selects. */
function agreement(
  map: ReturnType<typeof opinionMap>,
  camp: Map<string, string>,
  keep: (id: string) => boolean = () => true,
): number {
  const rows = map.participants.filter((p) => keep(p.id));
  return adjustedRandIndex(
    rows.map((p) => camp.get(p.id)!),
    rows.map((p) => p.group),
  );
}

describe('opinionMap on planted camps', () => {
  const { conversation, camp } = planted(
    [
      { name: 'yes', count: 40, economy: 'FRA', agree: range(0, 6), disagree: range(6, 12) },
      { name: 'no', count: 30, economy: 'DEU', agree: range(6, 12), disagree: range(0, 6) },
    ],
    12,
    11,
  );

  it('finds the two camps, with representative statements from each camp’s side', () => {
    const map = opinionMap(conversation, { weight: 'none', seed: 5 });
    expect(map.k).toBe(2);
    expect(agreement(map, camp)).toBeGreaterThan(0.9);
    expect(map.groups.map((g) => g.size)).toEqual([40, 30]);
    const yes = map.groups[0]!.representative;
    expect(yes.length).toBeGreaterThan(0);
    for (const r of yes) expect(Number(r.statement.slice(1)) < 6).toBe(r.direction === 'agree');
    // The camps disagree on every statement: there is no consensus.
    expect(map.consensus).toEqual([]);
    expect(map.consensusAcrossMembers).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const a = opinionMap(conversation, { weight: 'none', seed: 9 });
    const b = opinionMap(conversation, { weight: 'none', seed: 9 });
    expect(b).toEqual(a);
  });

  it('updates incrementally from the previous state with the same groups', () => {
    const first = opinionMap(conversation, { weight: 'none', seed: 3 });
    const more = {
      ...conversation,
      votes: [
        ...conversation.votes,
        { participant: 'yes-0', statement: 's0', value: -1 as const, at: at(1e6) },
      ],
    };
    // The state as read back from storage has no vote table in memory: the matrix is rebuilt.
    const stored = structuredClone(first.state);
    const next = updateOpinionMap(more, first.state, { weight: 'none', seed: 3 });
    expect(updateOpinionMap(more, stored, { weight: 'none', seed: 3 })).toEqual(next);
    expect(next.k).toBe(2);
    expect(
      adjustedRandIndex(
        first.participants.map((p) => p.group),
        next.participants.map((p) => p.group),
      ),
    ).toBe(1);
  });
});

describe('stratification by economy', () => {
  // USA is 80% of the participants and split in two on statements 0–9 (split A). The other four
  // economies have 5% each: FRA and DEU split on statements 10–19 (split B), JPN and KOR on
  // 20–27 (split C). Everyone votes only on their own split's statements. Two principal
  // components can show two of the three splits: unweighted, A dominates (variance ∝ 0.8 × 10
  // statements); weighted so that each economy weighs a fifth, B (0.4 × 10) and C (0.4 × 8) do.
  const split = (economy: string, name: string, statements: number[]) => [
    {
      name: `${name}-a`,
      count: economy === 'USA' ? 160 : 10,
      economy,
      agree: statements,
      disagree: [],
    },
    {
      name: `${name}-b`,
      count: economy === 'USA' ? 160 : 10,
      economy,
      agree: [],
      disagree: statements,
    },
  ];
  const { conversation, camp } = planted(
    [
      ...split('USA', 'A', range(0, 10)),
      ...['FRA', 'DEU'].flatMap((e) => split(e, `B-${e}`, range(10, 20))),
      ...['JPN', 'KOR'].flatMap((e) => split(e, `C-${e}`, range(20, 28))),
    ],
    28,
    7,
  );
  const isUsa = (id: string): boolean => id.startsWith('A-');
  // The criterion: the ARI of the groups with the side of the split each participant was
  // generated on (A-a/A-b among the USA's participants; B-a, B-b, C-a, C-b among the others').
  const sideOf = new Map(
    [...camp].map(([id, c]) => [id, `${c.slice(0, 1)}-${c.slice(-1)}`] as const),
  );
  const unweighted = opinionMap(conversation, { weight: 'none', seed: 1 });
  const weighted = opinionMap(conversation, { weight: 'economy', seed: 1 });
  const figures = (map: typeof weighted) =>
    `k ${map.k}, ARI USA ${agreement(map, sideOf, isUsa).toFixed(3)}, others ${agreement(map, sideOf, (id) => !isUsa(id)).toFixed(3)}`;
  console.info(`stratification: unweighted ${figures(unweighted)}; weighted ${figures(weighted)}`);

  it('unweighted, the groups follow the dominant economy’s split', () => {
    expect(agreement(unweighted, sideOf, isUsa)).toBeGreaterThan(0.8);
    expect(agreement(unweighted, sideOf, (id) => !isUsa(id))).toBeLessThan(0.5);
  });

  it('weighted by economy, they follow the other economies’ splits and not the dominant one’s', () => {
    expect(agreement(weighted, sideOf, isUsa)).toBeLessThan(0.2);
    expect(agreement(weighted, sideOf, (id) => !isUsa(id))).toBeGreaterThan(0.8);
  });
});
