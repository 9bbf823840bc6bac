// The facts pages' server data (and the map's drawing code), as query options kept apart from the
// pages: their routes' loaders start them while the pages' chunks load.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import { api, data } from '../../api/client.ts';
import type { ChoroplethMap } from '../choropleth-map.ts';
import { indicatorValues, type IndicatorValues } from './indicator-values.ts';
import { loadWorldAtlas } from '../world-atlas.ts';

export const catalogueQuery = queryOptions({
  queryKey: ['indicators'],
  queryFn: ({ signal }) => data(api.GET('/api/v1/indicators', { signal }), signal),
});

export const economiesQuery = queryOptions({
  queryKey: ['economies', {}],
  queryFn: ({ signal }) => data(api.GET('/api/v1/economies', { signal }), signal),
});

export const groupsQuery = queryOptions({
  queryKey: ['groups'],
  queryFn: ({ signal }) => data(api.GET('/api/v1/groups', { signal }), signal),
});

/** The drawing code (its own chunk) and the world atlas (a JSON file), fetched side by side. */
const loadAtlas = async (): Promise<{ Map: typeof ChoroplethMap; topology: Topology }> => {
  const [module, topology] = await Promise.all([import('../choropleth-map.ts'), loadWorldAtlas()]);
  return { Map: module.ChoroplethMap, topology };
};

// Not 'world-atlas': the coalition map caches the bare topology under that key.
export const atlasQuery = queryOptions({
  queryKey: ['choropleth-map'],
  queryFn: loadAtlas,
  staleTime: Infinity,
});

/** The indicator the map shows when the address names none. */
export const DEFAULT_INDICATOR = 'gdp_usd';
/** Below this share of an indicator's economies, the default year gives way to each one's latest. */
const MIN_DEFAULT_COVERAGE = 0.6;

/** The year to show: the one asked for, or 'latest' / a year when the address names it. */
export const yearOf = (y: string | undefined): string | undefined =>
  y === 'latest' || (y !== undefined && /^\d{4}$/.test(y)) ? y : undefined;

export interface MapValues {
  v: IndicatorValues;
  /** Set when the API's default year was too sparse and each economy's latest value is shown. */
  sparse: { year: number; count: number; total: number } | null;
}

/**
 * The values of one indicator in one year (undefined: the API's default year). The API's default
 * is the latest year with any value, which can be a sparse one: then each economy's latest value
 * tells more, and `sparse` says why it was chosen.
 */
export const valuesQuery = (client: QueryClient, code: string, year: string | undefined) =>
  queryOptions({
    queryKey: ['map-values', code, year ?? 'default'],
    queryFn: async ({ signal }): Promise<MapValues> => {
      const [first, list] = await Promise.all([
        indicatorValues(code, year, signal),
        client.ensureQueryData(catalogueQuery),
      ]);
      const total = list.items.find((i) => i.code === code)?.economyCount ?? 0;
      if (
        year === undefined &&
        typeof first.year === 'number' &&
        first.count < MIN_DEFAULT_COVERAGE * total
      )
        return {
          v: await indicatorValues(code, 'latest', signal),
          sparse: { year: first.year, count: first.count, total },
        };
      return { v: first, sparse: null };
    },
  });

/** One grouping with its members. */
export const groupQuery = (code: string) =>
  queryOptions({
    queryKey: ['group', code],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/groups/{code}', { params: { path: { code } }, signal }), signal),
  });

/** One economy's profile: its facts, groupings and indicators. */
export const economyQuery = (iso3: string) =>
  queryOptions({
    queryKey: ['economy', iso3],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/economies/{iso3}', { params: { path: { iso3 } }, signal }), signal),
  });

/** The latest value of an indicator for every economy. */
export const latestQuery = (code: string) =>
  queryOptions({
    queryKey: ['indicator-values', code, 'latest'],
    queryFn: ({ signal }) => indicatorValues(code, 'latest', signal),
  });
