// The standards pages' server state: one TanStack Query per API answer, keyed so that the pages
// share what another has already asked for (the tags, a committee, an engagement), and who may
// write (record a meeting's coordination, acknowledge an alert; edit the tags and the watch).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { canWrite, type Me } from '../../session.ts';

export type CommitteeList = ResponseOf<'/api/v1/standards/committees'>;
export type CommitteeSummary = CommitteeList['items'][number];
export type CommitteeDetail = ResponseOf<'/api/v1/standards/committee'>;
export type CommitteeMember = CommitteeDetail['members'][number];
export type CommitteeRole = CommitteeMember['role'];
export type StandardsChange = CommitteeDetail['changes'][number];
export type Engagement = ResponseOf<'/api/v1/standards/engagement'>;
export type SecretariatCount = Engagement['secretariats'];
export type EconomySecretariats = SecretariatCount['byMember'][number];
export type TagEngagement = Engagement['byTag'][number];
export type Uncontested = Engagement['uncontested'][number];
export type Complementarity = Engagement['complementarity'][number];
export type Trend = ResponseOf<'/api/v1/standards/trend'>;
export type Changes = ResponseOf<'/api/v1/standards/changes'>;
export type Snapshot = Changes['snapshots'][number];
export type Alert = ResponseOf<'/api/v1/standards/alerts'>['items'][number];
export type Tag = ResponseOf<'/api/v1/standards/tags'>['items'][number];
export type Watch = ResponseOf<'/api/v1/standards/watch'>;
export type Coordination = ResponseOf<'/api/v1/standards/coordination'>['items'][number];
export type Confidentiality = Coordination['confidentiality'];
export type CommitteeFilter = QueryOf<'/api/v1/standards/committees'>;

export const CONFIDENTIALITIES: readonly Confidentiality[] = ['public', 'alliance', 'members'];

/** The roles that may write data (the API's `data:write`, core/accounts/access.ts). */
const WRITER_ROLES: ReadonlySet<string> = new Set(['secretariat', 'member_delegate']);

/** Whether this tab may record coordination and acknowledge alerts as the signed-in account. */
export const mayWrite = (me: Me | undefined): boolean =>
  Boolean(me?.account && WRITER_ROLES.has(me.account.role) && canWrite(me));

/** The roles that administer the platform (the API's `admin`: the tags and the watch setting). */
const ADMIN_ROLES: ReadonlySet<string> = new Set(['secretariat']);

/** Whether this tab may edit the strategic tags and the watch setting as the signed-in account. */
export const mayAdminister = (me: Me | undefined): boolean =>
  Boolean(me?.account && ADMIN_ROLES.has(me.account.role) && canWrite(me));

/** Every standards query's key starts with this: invalidating it refreshes them all. */
export const STANDARDS_KEY = ['standards'] as const;

export const useCommittees = (filter: CommitteeFilter) =>
  useQuery({
    queryKey: ['standards', 'committees', filter],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/standards/committees', { params: { query: filter }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useCommittee = (ref: string | undefined) =>
  useQuery({
    queryKey: ['standards', 'committee', ref],
    enabled: ref !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/standards/committee', { params: { query: { ref: ref! } }, signal }),
        signal,
      ),
  });

export const useStandardsTags = () =>
  useQuery({
    queryKey: ['standards', 'tags'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/standards/tags', { signal }), signal),
    staleTime: 60_000,
  });

export const useWatch = () =>
  useQuery({
    queryKey: ['standards', 'watch'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/standards/watch', { signal }), signal),
  });

/** Tag code → label (the code stands in while the tags load). */
export function tagLabeller(tags: readonly Tag[] | undefined): (code: string) => string {
  const labels = new Map((tags ?? []).map((t) => [t.code, t.label] as const));
  return (code) => labels.get(code) ?? code;
}

export const useEngagement = (coalition: string, concern: string | undefined) =>
  useQuery({
    queryKey: ['standards', 'engagement', coalition, concern ?? ''],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/standards/engagement', {
          params: { query: concern ? { coalition, concern } : { coalition } },
          signal,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const useTrend = (coalition: string, concern: string | undefined) =>
  useQuery({
    queryKey: ['standards', 'trend', coalition, concern ?? ''],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/standards/trend', {
          params: { query: concern ? { coalition, concern } : { coalition } },
          signal,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const useChanges = (snapshot: number | undefined) =>
  useQuery({
    queryKey: ['standards', 'changes', snapshot ?? null],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/standards/changes', {
          params: { query: snapshot !== undefined ? { snapshot } : {} },
          signal,
        }),
        signal,
      ),
  });

export const useAlerts = () =>
  useQuery({
    queryKey: ['standards', 'alerts'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/standards/alerts', { params: { query: {} }, signal }), signal),
  });

/** A committee's coordination history: depends on who asks (not cached by the server). */
export const useCoordination = (ref: string, who: string) =>
  useQuery({
    queryKey: ['standards', 'coordination', ref, who],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/standards/coordination', { params: { query: { ref } }, signal }),
        signal,
      ),
  });
