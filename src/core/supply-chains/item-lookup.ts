// Finds an input or stage of a chain by id, or by its exact name in any case.
import type { SupplyChain } from './supply-chain.ts';

/**
 * The id of the input or stage that `key` names: an id first, else the one item whose name equals
 * `key` ignoring case. Otherwise a message saying the key is unknown or ambiguous.
 */
export function lookupItem(
  chain: SupplyChain,
  key: string,
): { id: string; error: null } | { id: null; error: string } {
  const items = [...chain.inputs, ...chain.stages];
  const byId = items.find((x) => x.id === key);
  if (byId !== undefined) return { id: byId.id, error: null };
  const byName = items.filter((x) => x.name.toLowerCase() === key.toLowerCase());
  if (byName.length === 1) return { id: byName[0]!.id, error: null };
  return {
    id: null,
    error:
      byName.length > 1
        ? `input name '${key}' is ambiguous: ${byName.map((x) => x.id).join(', ')}`
        : `unknown input '${key}' in chain ${chain.code}`,
  };
}
