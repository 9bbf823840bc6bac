// Small hand-made conversations for the opinion tests.
import type { Conversation, VoteValue } from './conversation.ts';

/**
 * A conversation from a table of votes: one string per participant, one character per statement
 * (`+` agree, `-` disagree, `0` pass, `.` not voted); statements s0, s1 … and participants p0, p1 …
 * (or the ids given), with the economies given.
 */
export function table(
  rows: readonly string[],
  economies: readonly (string | null)[] = [],
): Conversation {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const value: Record<string, VoteValue> = { '+': 1, '-': -1, '0': 0 };
  let t = 0;
  return {
    statements: Array.from({ length: width }, (_, j) => ({
      id: `s${j}`,
      text: `statement ${j}`,
      language: 'en',
      moderation: 'accepted' as const,
      seed: false,
      author: null,
    })),
    participants: rows.map((_, i) => ({
      id: `p${i}`,
      economy: economies[i] ?? null,
      constituency: null,
    })),
    votes: rows.flatMap((r, i) =>
      [...r].flatMap((c, j) =>
        c in value
          ? [
              {
                participant: `p${i}`,
                statement: `s${j}`,
                value: value[c]!,
                at: new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
              },
            ]
          : [],
      ),
    ),
  };
}
