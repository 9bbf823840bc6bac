// Shocks: "this provider loses this fraction of its supply of this input (or of all inputs)",
// checked against the chain and resolved to what they hit.
import { DomainError, type ErrorIssue } from '../errors.ts';
import { lookupItem } from './item-lookup.ts';
import type { SupplyChain } from './supply-chain.ts';

/** Every input and stage of the chain, as a shock's `input`. */
export const ALL_INPUTS = 'all';

/** A disruption: a provider loses `fractionLost` of its supply of one input, or of every input. */
export interface Shock {
  /**
   * An economy's ISO3 code (`TWN`; also an economy named only as firms' home), or a provider id
   * or name (an organisation such as `ASML`, a pseudo-provider such as `Various countries`).
   */
  provider: string;
  /** An input or stage id (or its exact name, any case), or {@link ALL_INPUTS}. */
  input: string;
  /** 0–1: the fraction of the provider's supply lost. */
  fractionLost: number;
}

/**
 * What a shock hits:
 *
 * - `economy` — everything attributed to the economy (its own rows and its firms');
 * - `organisation` — one firm's share, carved out of its home economy's;
 * - `pseudo` — a pseudo-provider's share.
 */
export type ShockTarget =
  | { kind: 'economy'; iso3: string }
  | { kind: 'organisation'; provider: string; homeEconomy: string | null }
  | { kind: 'pseudo'; provider: string };

/** A shock checked against the chain. */
export interface ResolvedShock {
  /** As given. */
  provider: string;
  target: ShockTarget;
  /** The input or stage id, or {@link ALL_INPUTS}. */
  input: string;
  fractionLost: number;
}

/**
 * Checks every shock and resolves its provider and input; throws one `validation_failed` error
 * listing every bad shock (path `shocks[i].provider`, `.input` or `.fractionLost`) and naming the
 * offending value: a fraction outside 0–1 or not a number, an unknown economy, provider or input.
 */
export function resolveShocks(chain: SupplyChain, shocks: readonly Shock[]): ResolvedShock[] {
  const issues: ErrorIssue[] = [];
  const resolved: ResolvedShock[] = [];
  const economies = new Set<string>();
  for (const p of chain.providers) {
    if (p.kind === 'economy') economies.add(p.iso3);
    if (p.kind === 'organisation' && p.homeEconomy !== null) economies.add(p.homeEconomy);
  }
  shocks.forEach((shock, i) => {
    const at = `shocks[${i}]`;
    const f = shock.fractionLost;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0 || f > 1)
      issues.push({
        path: `${at}.fractionLost`,
        message: `fraction lost ${String(f)} is outside 0–1`,
      });
    const target = resolveProvider(chain, economies, shock.provider);
    if (target === null)
      issues.push({
        path: `${at}.provider`,
        message: `unknown economy or provider '${shock.provider}' in chain ${chain.code}`,
      });
    let input: string | null = ALL_INPUTS;
    if (shock.input !== ALL_INPUTS) {
      const found = lookupItem(chain, shock.input);
      input = found.id;
      if (found.error !== null) issues.push({ path: `${at}.input`, message: found.error });
    }
    if (target !== null && input !== null)
      resolved.push({ provider: shock.provider, target, input, fractionLost: f });
  });
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `bad shock: ${issues.map((x) => x.message).join('; ')}`,
      issues,
    );
  return resolved;
}

function resolveProvider(
  chain: SupplyChain,
  economies: ReadonlySet<string>,
  key: string,
): ShockTarget | null {
  if (economies.has(key)) return { kind: 'economy', iso3: key };
  const provider =
    chain.providers.find((p) => p.id === key) ??
    chain.providers.find((p) => p.name === key) ??
    chain.providers.find((p) => p.name.toLowerCase() === key.toLowerCase());
  if (provider === undefined) return null;
  switch (provider.kind) {
    case 'economy':
      return { kind: 'economy', iso3: provider.iso3 };
    case 'organisation':
      return { kind: 'organisation', provider: provider.id, homeEconomy: provider.homeEconomy };
    case 'pseudo':
      return { kind: 'pseudo', provider: provider.id };
  }
}
