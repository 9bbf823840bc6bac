// The shareable state of the export-control page and the chain page, read from the address's
// query string (plain strings; anything else is dropped). Kept apart from the pages so the route
// tree can use it without loading them.
import type { ChainSummary } from '../components/chain-model.ts';

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

export interface ControlsSearch {
  chain?: string;
  coalition?: string;
  target?: string;
  /** Input or stage ids separated by | (none: every input). */
  inputs?: string;
  /** Coverage goal in % (default 90). */
  goal?: string;
  /** A four-digit year (default: each input's latest). */
  year?: string;
}

export const controlsSearch = (s: Record<string, unknown>): ControlsSearch => ({
  chain: text(s.chain),
  coalition: text(s.coalition),
  target: text(s.target),
  inputs: text(s.inputs),
  goal: text(s.goal),
  year: text(s.year),
});

export const DEFAULT_GOAL = '90';

export interface ControlsSettings {
  chain: string;
  coalition: string;
  target: string;
  inputs: string[];
  goal: string;
  /** 'latest' or a four-digit year. */
  year: string;
}

/** The settings the address asks for, with the defaults filled in. */
export const settingsOf = (
  search: ControlsSearch,
  chains: readonly ChainSummary[],
): ControlsSettings => ({
  chain: chains.some((c) => c.code === search.chain) ? search.chain! : (chains[0]?.code ?? ''),
  coalition: search.coalition ?? 'G7',
  target: search.target ?? 'CHN',
  inputs: (search.inputs ?? '').split('|').filter(Boolean),
  goal: search.goal ?? DEFAULT_GOAL,
  year: /^\d{4}$/.test(search.year ?? '') ? search.year! : 'latest',
});

export interface ChainSearch {
  /** The input or stage shown in detail. */
  item?: string;
  /** What the graph is coloured by (a ColourMode; default top1). */
  colour?: string;
  /** The coalition whose shares are measured (default G7). */
  coalition?: string;
  /** A four-digit year (default: each input's latest). */
  year?: string;
  /** The disruption scenario: shocks "provider:input:fraction" separated by ";". */
  shock?: string;
  /** Monte Carlo settings; the simulation runs when `trials` is set. */
  trials?: string;
  seed?: string;
  probability?: string;
  severity?: string;
}

export const chainSearch = (s: Record<string, unknown>): ChainSearch => ({
  item: text(s.item),
  colour: text(s.colour),
  coalition: text(s.coalition),
  year: text(s.year),
  shock: text(s.shock),
  trials: text(s.trials),
  seed: text(s.seed),
  probability: text(s.probability),
  severity: text(s.severity),
});
