// The conversation pages' server state — the conversations, one conversation with its statements,
// the caller's next statement and the opinion map — one TanStack Query per API answer; the map and
// the next statement are polled while the conversation is open, so every participant's page
// follows the others' votes. Who may do what: any signed-in account votes and writes statements
// Who may do what: delegations, observers and stakeholders vote (the API's
// `consultation:respond`); any signed-in account writes statements; the secretariat moderates,
// opens and closes (`admin`).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PERMISSION_TABLE } from '../../../core/accounts/access.ts';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { canWrite, type Me } from '../../session.ts';
import { CATEGORY_COLOURS } from '../../ui/token-colour.ts';

export type ConversationSummary =
  ResponseOf<'/api/v1/consultations/conversations'>['items'][number];
export type Conversation = ResponseOf<'/api/v1/consultations/conversations/{code}'>;
export type Statement = Conversation['statements'][number];
export type Next = ResponseOf<'/api/v1/consultations/conversations/{code}/next'>;
export type OpinionMap = ResponseOf<'/api/v1/consultations/conversations/{code}/groups'>;
export type MapGroup = OpinionMap['groups'][number];
export type MapQuery = QueryOf<'/api/v1/consultations/conversations/{code}/groups'>;
export type PolisFiles = ResponseOf<'/api/v1/consultations/conversations/{code}/export'>;

/** How often an open conversation's map and next statement are asked again (ms). */
export const LIVE_INTERVAL = 4000;

/** Votes (the API's `consultation:respond`: delegations, observers and stakeholders). */
export const mayVote = (me: Me | undefined): boolean =>
  Boolean(
    me?.account &&
    (PERMISSION_TABLE['consultation:respond'] as readonly string[]).includes(me.account.role) &&
    canWrite(me),
  );

/** Writes statements (any signed-in account that may write; the secretariat's are accepted at once). */
export const mayWrite = (me: Me | undefined): boolean => Boolean(me?.account && canWrite(me));

/** Moderates statements, opens and closes conversations, starts new ones (the secretariat). */
export const mayModerate = (me: Me | undefined): boolean =>
  Boolean(me?.account && me.account.role === 'secretariat' && canWrite(me));

export const CONVERSATIONS_KEY = ['conversations'] as const;

export const useConversations = (who: string) =>
  useQuery({
    queryKey: [...CONVERSATIONS_KEY, 'list', who],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/consultations/conversations', { signal }), signal),
  });

const getConversation = (code: string, signal: AbortSignal): Promise<Conversation> =>
  data(
    api.GET('/api/v1/consultations/conversations/{code}', {
      params: { path: { code } },
      signal,
    }),
    signal,
  );

/** One conversation; asked again every LIVE_INTERVAL while it is open. */
export const useConversation = (code: string | undefined, who: string) =>
  useQuery<Conversation>({
    queryKey: [...CONVERSATIONS_KEY, 'item', code, who],
    enabled: code !== undefined,
    refetchInterval: (query) => (query.state.data?.open ? LIVE_INTERVAL : false),
    queryFn: ({ signal }) => getConversation(code!, signal),
  });

export const useNext = (code: string | undefined, who: string, enabled: boolean, live: boolean) =>
  useQuery({
    queryKey: [...CONVERSATIONS_KEY, 'next', code, who],
    enabled: enabled && code !== undefined,
    refetchInterval: live ? LIVE_INTERVAL : false,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/consultations/conversations/{code}/next', {
          params: { path: { code: code! } },
          signal,
        }),
        signal,
      ),
  });

export const useOpinionMap = (
  code: string | undefined,
  query: MapQuery,
  who: string,
  live: boolean,
) =>
  useQuery({
    queryKey: [...CONVERSATIONS_KEY, 'map', code, query, who],
    enabled: code !== undefined,
    refetchInterval: live ? LIVE_INTERVAL : false,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/consultations/conversations/{code}/groups', {
          params: { path: { code: code! }, query },
          signal,
        }),
        signal,
      ),
  });

/** The indicators an opinion map can be weighted by (those with values for economies). */
export const useIndicators = (enabled: boolean) =>
  useQuery({
    queryKey: ['indicators', 'catalogue'],
    enabled,
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) => data(api.GET('/api/v1/indicators', { signal }), signal),
  });

/** The group's letter: A, B, C … (groups are numbered 0 … k − 1, largest first). */
export const groupLetter = (id: number): string => String.fromCharCode(65 + (id % 26));

/** The categorical colour of a group. */
export const groupColour = (id: number): string => CATEGORY_COLOURS[id % CATEGORY_COLOURS.length]!;
