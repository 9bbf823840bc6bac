// The research pages' server state: one TanStack Query per API answer. Partner suggestions and an
// institution's screening carry recorded decisions, which depend on who asks: their keys carry the
// signed-in account.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';

export type Strengths = ResponseOf<'/api/v1/research/strengths'>;
export type StrengthItem = Strengths['items'][number];
export type CoalitionShare = NonNullable<Strengths['coalition']>['shares'][number];
export type Network = ResponseOf<'/api/v1/research/network'>;
export type NetworkLink = Network['links'][number];
export type NetworkMember = Network['members'][number];
export type Partners = ResponseOf<'/api/v1/research/partners'>;
export type Suggestion = Partners['suggestions'][number];
export type SuggestedInstitution = Partners['institutions'][number];
export type Screening = SuggestedInstitution['screening'];
export type ScreeningStatus = Screening['status'];
export type Institution = ResponseOf<'/api/v1/research/institution'>;

export const useStrengths = (query: QueryOf<'/api/v1/research/strengths'>) =>
  useQuery({
    queryKey: ['research', 'strengths', query],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/research/strengths', { params: { query }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useNetwork = (query: QueryOf<'/api/v1/research/network'>) =>
  useQuery({
    queryKey: ['research', 'network', query],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/research/network', { params: { query }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const usePartners = (query: QueryOf<'/api/v1/research/partners'> | null, who: string) =>
  useQuery({
    queryKey: ['research', 'partners', query, who],
    enabled: query !== null,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/research/partners', { params: { query: query! }, signal }), signal),
  });

export const useInstitution = (name: string | undefined, who: string) =>
  useQuery({
    queryKey: ['research', 'institution', name, who],
    enabled: name !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/research/institution', { params: { query: { name: name! } }, signal }),
        signal,
      ),
  });
