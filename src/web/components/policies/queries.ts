// The policy registry's and the positions pages' server state: one TanStack Query per API answer,
// and who may write (record a position, create an issue, set the agreed option).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { canWrite, type Me } from '../../session.ts';

export type PolicySearch = ResponseOf<'/api/v1/policies'>;
export type PolicyRecord = PolicySearch['items'][number];
export type InstrumentDetail = ResponseOf<'/api/v1/policies/instrument'>;
export type PolicyComparison = ResponseOf<'/api/v1/policies/compare'>;
export type PolicyTopic = ResponseOf<'/api/v1/policies/topics'>['items'][number];
export type PolicyQuery = QueryOf<'/api/v1/policies'>;
export type IssueSummary = ResponseOf<'/api/v1/positions/issues'>['items'][number];
export type IssueDetail = ResponseOf<'/api/v1/positions/issues/{id}'>;
export type IssuePosition = IssueDetail['positions'][number];
export type HistoryEntry = ResponseOf<'/api/v1/positions/issues/{id}/history'>['items'][number];
export type Matrix = ResponseOf<'/api/v1/positions/matrix'>;
export type Confidentiality = IssueDetail['confidentiality'];

export const CONFIDENTIALITIES: readonly Confidentiality[] = ['public', 'alliance', 'members'];

/** Every policies and positions query's key starts with one of these. */
export const POLICIES_KEY = ['policies'] as const;
export const POSITIONS_KEY = ['positions'] as const;

/** Whether this tab may record its delegation's position (a member delegate or the secretariat). */
export const mayRecordPosition = (me: Me | undefined): boolean =>
  Boolean(
    me?.account &&
    (me.account.role === 'secretariat' ||
      (me.account.role === 'member_delegate' && me.account.delegation)) &&
    canWrite(me),
  );

/** Whether this tab may create issues and set agreed options (the secretariat). */
export const mayAdministerIssues = (me: Me | undefined): boolean =>
  Boolean(me?.account?.role === 'secretariat' && canWrite(me));

export const usePolicySearch = (query: PolicyQuery, enabled = true) =>
  useQuery({
    queryKey: ['policies', 'search', query],
    enabled,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/policies', { params: { query }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const usePolicyTopics = () =>
  useQuery({
    queryKey: ['policies', 'topics'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/policies/topics', { signal }), signal),
    staleTime: 60_000,
  });

export const useInstrument = (id: string | undefined) =>
  useQuery({
    queryKey: ['policies', 'instrument', id],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/policies/instrument', { params: { query: { id: id! } }, signal }),
        signal,
      ),
  });

export const usePolicyComparison = (query: QueryOf<'/api/v1/policies/compare'> | null) =>
  useQuery({
    queryKey: ['policies', 'compare', query],
    enabled: query !== null,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/policies/compare', { params: { query: query! }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useIssues = (workstream: string | undefined, who: string) =>
  useQuery({
    queryKey: ['positions', 'issues', workstream ?? null, who],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/positions/issues', {
          params: { query: workstream ? { workstream } : {} },
          signal,
        }),
        signal,
      ),
  });

export const useIssue = (id: string | undefined, who: string) =>
  useQuery({
    queryKey: ['positions', 'issue', id, who],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/positions/issues/{id}', { params: { path: { id: id! } }, signal }),
        signal,
      ),
  });

export const useIssueHistory = (id: string | undefined, who: string) =>
  useQuery({
    queryKey: ['positions', 'history', id, who],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/positions/issues/{id}/history', {
          params: { path: { id: id! }, query: {} },
          signal,
        }),
        signal,
      ),
  });

export const useMatrix = (
  workstream: string | undefined,
  use: 'current' | 'pending-first',
  who: string,
) =>
  useQuery({
    queryKey: ['positions', 'matrix', workstream ?? null, use, who],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/positions/matrix', {
          params: { query: { ...(workstream ? { workstream } : {}), use } },
          signal,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** Topic code → label (the code stands in while the taxonomy loads). */
export function topicLabeller(
  topics: readonly PolicyTopic[] | undefined,
): (code: string) => string {
  const labels = new Map((topics ?? []).map((t) => [t.code, t.label] as const));
  return (code) => labels.get(code) ?? code;
}

/** The topics in tree order, each with its depth (for an indented select). */
export function topicTree(topics: readonly PolicyTopic[]): { topic: PolicyTopic; depth: number }[] {
  const children = new Map<string | null, PolicyTopic[]>();
  for (const t of topics) {
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const out: { topic: PolicyTopic; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of (children.get(parent) ?? []).sort((a, b) => a.label.localeCompare(b.label))) {
      out.push({ topic: t, depth });
      walk(t.code, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A divergence 0–1 as a share with no decimals ("42%"), or "–". */
export const percent = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`;
