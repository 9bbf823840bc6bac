// The divergence pages' server state — the register, one divergence, the alerts, the webhooks —
// one TanStack Query per API answer, and who may do what with them (the API's permissions,
// core/accounts/access.ts: proposal:write for delegates and the secretariat, proposal:transition
// and admin for the secretariat, data:write to acknowledge an alert).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { canWrite, type Me } from '../../session.ts';

export type Register = ResponseOf<'/api/v1/divergences'>;
export type Divergence = Register['items'][number];
export type DivergenceDetail = ResponseOf<'/api/v1/divergences/{id}'>;
export type DivergenceEvent = DivergenceDetail['events'][number];
export type Evidence = Divergence['evidence'][number];
export type RegisterFilter = QueryOf<'/api/v1/divergences'>;
export type Alert = ResponseOf<'/api/v1/alerts'>['items'][number];
export type AlertsFilter = QueryOf<'/api/v1/alerts'>;
export type Webhook = ResponseOf<'/api/v1/divergences/webhooks'>['items'][number];
export type CreatedWebhook = ResponseOf<'/api/v1/divergences/webhooks', 'post'>;
export type Delivery = ResponseOf<'/api/v1/divergences/webhooks/{id}/deliveries'>['items'][number];
export type RecomputeResult = ResponseOf<'/api/v1/divergences/recompute', 'post'>;

const has = (me: Me | undefined, roles: readonly string[]): boolean =>
  Boolean(me?.account && roles.includes(me.account.role) && canWrite(me));

/** Opens or links a proposal (the API's `proposal:write`). */
export const mayPropose = (me: Me | undefined): boolean =>
  has(me, ['secretariat', 'member_delegate', 'partner_delegate']);

/** Accepts, reopens, recomputes and keeps the webhooks (the secretariat). */
export const mayAdminister = (me: Me | undefined): boolean => has(me, ['secretariat']);

/** Acknowledges an alert (the API's `data:write`). */
export const mayAcknowledge = (me: Me | undefined): boolean =>
  has(me, ['secretariat', 'member_delegate']);

export const DIVERGENCES_KEY = ['divergences'] as const;

export const useRegister = (filter: RegisterFilter) =>
  useQuery({
    queryKey: [...DIVERGENCES_KEY, 'register', filter],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/divergences', { params: { query: filter }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useDivergence = (id: number | undefined) =>
  useQuery({
    queryKey: [...DIVERGENCES_KEY, 'item', id],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/divergences/{id}', { params: { path: { id: id! } }, signal }), signal),
  });

export const useAlerts = (filter: AlertsFilter, enabled: boolean) =>
  useQuery({
    queryKey: ['alerts', filter],
    enabled,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/alerts', { params: { query: filter }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useWebhooks = (enabled: boolean) =>
  useQuery({
    queryKey: ['webhooks'],
    enabled,
    queryFn: ({ signal }) => data(api.GET('/api/v1/divergences/webhooks', { signal }), signal),
  });

export const useDeliveries = (id: string | null) =>
  useQuery({
    queryKey: ['webhooks', 'deliveries', id],
    enabled: id !== null,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/divergences/webhooks/{id}/deliveries', {
          params: { path: { id: id! } },
          signal,
        }),
        signal,
      ),
  });
