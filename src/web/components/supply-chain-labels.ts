// Supply-chain codes in words that the pure painters share: the countries of concern.
import type { ChainMetrics } from './chain-model.ts';

/** The countries of concern in words: their code, or their ISO3 codes for the default group. */
export const concernLabel = (metrics: Pick<ChainMetrics, 'concern'>): string =>
  metrics.concern.code === 'CONCERN' ? metrics.concern.economies.join(', ') : metrics.concern.code;
