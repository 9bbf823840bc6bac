// Shocks in the URL and the API's issue paths mapped back to the shock they name.
import type { ShockDraft } from '../chain-model.ts';

/** `shocks[1].provider` or `shocks.1.provider` → { index: 1, field: 'provider' }. */
export function shockIssueTarget(path: string): { index: number; field: string | null } | null {
  const m = /^shocks(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?/.exec(path);
  if (!m) return null;
  return { index: Number(m[1] ?? m[2]), field: m[3] ?? null };
}

/** "CHN:all:1" ⇄ a shock; the URL keeps the scenario shareable. */
export const shockToParam = (s: ShockDraft): string => `${s.provider}:${s.input}:${s.fractionLost}`;

export function shockFromParam(param: string): ShockDraft | null {
  const m = /^(.+):(.+):([^:]+)$/.exec(param);
  if (!m) return null;
  const fraction = Number(m[3]);
  return Number.isFinite(fraction)
    ? { provider: m[1]!, input: m[2]!, fractionLost: fraction }
    : null;
}

/** Several shocks in one query parameter: "CHN:all:1;TWN:N19:0.5". */
export const shocksToParam = (shocks: readonly ShockDraft[]): string =>
  shocks.map(shockToParam).join(';');

export const shocksFromParam = (param: string | undefined): ShockDraft[] =>
  (param ?? '')
    .split(';')
    .map(shockFromParam)
    .filter((s): s is ShockDraft => s !== null);
