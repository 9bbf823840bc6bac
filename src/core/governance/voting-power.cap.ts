// The cap of a weighted majority with a cap: no member above a share of the total weight.
import { VotingGameError } from './voting-power.game.ts';

// The cap may hold exactly (100 members at 1%): allow for rounding in capPct × n.
const EPS = 1e-9;

/**
 * Weights capped so that no member holds more than `capPct`% of the total: each member above the
 * cap gets exactly the cap, and the rest of the total goes to the others in proportion to their
 * weights, repeated until no one is above it. The total is unchanged: [60, 20, 20] capped at 40%
 * is [40, 30, 30]. Members of weight 0 stay at 0, unless only they are left to share the rest
 * (then equally), as in the tally.
 *
 * Each round recomputes every weight from the original ones in closed form (the cap, or
 * wᵢ · rest / (sum of the uncapped weights)), so errors do not build up over rounds: each result is
 * within a few units in the last place of the exact value, and a member exactly at the cap is
 * not moved. At most n rounds. The result is fractional; scale and round it to whole units before
 * `votingPower` (rounding can put a member a hair above the cap).
 *
 * Throws a `VotingGameError` for a weight that is negative or not a number (`weights[i]`) and
 * for a cap outside (0, 100] or too low to hold for that many members (`capPct`).
 */
export function capWeights(weights: readonly number[], capPct: number): number[] {
  weights.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      throw new VotingGameError(`weights[${i}]`, `must be a number of 0 or more, not ${String(w)}`);
  });
  if (typeof capPct !== 'number' || !(capPct > 0 && capPct <= 100))
    throw new VotingGameError(
      'capPct',
      `must be more than 0 and at most 100, not ${String(capPct)}`,
    );
  const n = weights.length;
  if (n > 0 && capPct * n < 100 - EPS)
    throw new VotingGameError(
      'capPct',
      `a cap of ${capPct}% cannot hold for ${n} members: their shares add up to 100%, so one of them holds at least ${Number((100 / n).toFixed(2))}%`,
    );
  const total = weights.reduce((a, b) => a + b, 0);
  const cap = (capPct * total) / 100;
  const capped = new Array<boolean>(n).fill(false);
  let cappedCount = 0;
  for (;;) {
    const rest = total - cappedCount * cap;
    let freeTotal = 0;
    for (let i = 0; i < n; i++) if (!capped[i]) freeTotal += weights[i]!;
    const free = n - cappedCount;
    const share = (w: number): number => (freeTotal > 0 ? (w * rest) / freeTotal : rest / free);
    let over = 0;
    for (let i = 0; i < n; i++)
      if (!capped[i] && share(weights[i]!) > cap * (1 + EPS)) {
        capped[i] = true;
        over++;
      }
    if (over === 0) return weights.map((w, i) => (capped[i] ? cap : share(w)));
    cappedCount += over;
  }
}
