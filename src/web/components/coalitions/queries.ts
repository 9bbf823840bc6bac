// The queries the coalition pages share (TanStack Query keys and fetchers), so each is fetched once.
import { fetchEconomies, fetchEuStates, fetchIndicators } from './coalition-data.ts';

export const economiesQuery = {
  queryKey: ['economies', {}],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchEconomies(signal),
};

export const indicatorsQuery = {
  queryKey: ['indicators'],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchIndicators(signal),
};

export const euStatesQuery = {
  queryKey: ['eu-states'],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchEuStates(signal),
};
