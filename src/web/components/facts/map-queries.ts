// The server data and drawing code the map page needs before it can show anything, as query
// options (kept apart from the page, so a route loader could start them while the page's chunk
// loads; measured, that did not pay on a loaded machine).
import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import { api, data } from '../../api/client.ts';
import type { ChoroplethMap } from '../choropleth-map.ts';
import { WORLD_ATLAS_URL } from './world-atlas-url.ts';

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
  const [module, topology] = await Promise.all([
    import('../choropleth-map.ts'),
    fetch(WORLD_ATLAS_URL).then((r) => {
      if (!r.ok) throw new Error(`The world atlas could not be fetched (HTTP ${r.status}).`);
      return r.json() as Promise<Topology>;
    }),
  ]);
  return { Map: module.ChoroplethMap, topology };
};

// Not 'world-atlas': the coalition map caches the bare topology under that key.
export const atlasQuery = queryOptions({
  queryKey: ['choropleth-map'],
  queryFn: loadAtlas,
  staleTime: Infinity,
});
