// Randomness as a port: simulations take a `Random`, so every run is reproducible from its seed.
import { DomainError } from '../errors.ts';

/** A source of uniform numbers in [0, 1). Implementations must be deterministic given their seed. */
export interface Random {
  next(): number;
}

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state, period 2³², passes
 * PractRand to 2³² outputs — ample for 100,000 trials × a few dozen economies (a few million
 * draws). Integer arithmetic only, so every platform gives the same sequence.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * The generator the platform uses for a user's seed: {@link mulberry32}. The seed must be an
 * integer from 0 to 2³² − 1; anything else is a `validation_failed` error naming it.
 */
export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new DomainError(
      'validation_failed',
      `seed ${seed} is not an integer from 0 to 4294967295`,
      [{ path: 'seed', message: `seed ${seed} is not an integer from 0 to 4294967295` }],
    );
  return mulberry32(seed);
}
