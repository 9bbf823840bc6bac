// Data the chain pages share: economy names by ISO3, chains, one chain; and shares of world supply
// in the reader's locale.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { chainQuery, chainsQuery } from '../chain-queries.ts';
import { economiesQuery } from '../facts/queries.ts';

/** ISO3 → economy name (empty while loading or when the list cannot be had: codes stand in). */
export function useEconomyNames(): ReadonlyMap<string, string> {
  const economies = useQuery(economiesQuery);
  return useMemo(
    () => new Map((economies.data?.items ?? []).map((e) => [e.iso3, e.name] as const)),
    [economies.data],
  );
}

export const useChains = () => useQuery(chainsQuery);

export const useChain = (code: string | undefined) =>
  useQuery({ ...chainQuery(code ?? ''), enabled: Boolean(code) });

/** A share of world supply, 0–100, with one decimal ("99.0%"; "<0.1%" for a trace; "—" unknown). */
export function useShare(): (pct: number | null | undefined) => string {
  const intl = useIntl();
  return (pct) => {
    if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
    const format = (v: number) =>
      intl.formatNumber(v / 100, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
    return pct > 0 && pct < 0.05 ? `<${format(0.1)}` : format(pct);
  };
}
