// The queries the coalition pages share (TanStack Query keys and fetchers), so each is fetched once;
// the routes' loaders start a page's first ones while its code loads.
import { queryOptions } from '@tanstack/react-query';
import { loadWorldAtlas } from '../world-atlas.ts';
import {
  fetchBalance,
  fetchCoalition,
  fetchCoalitions,
  fetchComplementarity,
  fetchEuStates,
  fetchLeverage,
  type AnalysisOptions,
} from './coalition-data.ts';

export { catalogueQuery as indicatorsQuery, economiesQuery } from '../facts/queries.ts';

export const coalitionsQuery = queryOptions({
  queryKey: ['coalitions'],
  queryFn: ({ signal }) => fetchCoalitions(signal),
});

export const coalitionQuery = (code: string) =>
  queryOptions({
    queryKey: ['coalition', code],
    queryFn: ({ signal }) => fetchCoalition(code, signal),
  });

export const euStatesQuery = queryOptions({
  queryKey: ['eu-states'],
  queryFn: ({ signal }) => fetchEuStates(signal),
});

/** The coalition's three analyses under one set of options (tier, year, EU counting). */
export const leverageQuery = (code: string, options: AnalysisOptions) =>
  queryOptions({
    queryKey: ['coalition-leverage', code, options.tier, options.year, options.eu],
    queryFn: ({ signal }) => fetchLeverage(code, options, signal),
  });

export const balanceQuery = (code: string, options: AnalysisOptions) =>
  queryOptions({
    queryKey: ['coalition-balance', code, options.tier, options.year, options.eu],
    queryFn: ({ signal }) => fetchBalance(code, options, signal),
  });

export const complementarityQuery = (code: string, options: AnalysisOptions) =>
  queryOptions({
    queryKey: ['coalition-complementarity', code, options.tier, options.year, options.eu],
    queryFn: ({ signal }) => fetchComplementarity(code, options, signal),
  });

/** The world atlas the coalition map draws (a JSON file). */
export const worldAtlasQuery = queryOptions({
  queryKey: ['world-atlas'],
  queryFn: () => loadWorldAtlas(),
  staleTime: Infinity,
});
