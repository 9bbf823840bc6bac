// Typed calls to /api/v1/auth, /api/v1/workstreams and /api/v1/proposals. Writes go with the
// session cookie and its CSRF token (api-client adds it); failures carry the API's message (ApiError).
import { request } from '../api-client.ts';
import type {
  Account,
  BallotChoice,
  DiffAnswer,
  LoginAnswer,
  Me,
  Proposal,
  ProposalComment,
  ProposalDraftBody,
  ProposalState,
  ProposalSummary,
  ProposalVersion,
  ProposalView,
  TallyView,
  TransitionBody,
  Workstream,
} from '../governance-types.ts';

const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

const proposalPath = (id: string): string => `/api/v1/proposals/${encodeURIComponent(id)}`;

export const authApi = {
  me: (signal?: AbortSignal) => request<Me>('/api/v1/auth/me', { signal }),
  login: (email: string, password: string) =>
    request<LoginAnswer>('/api/v1/auth/login', { method: 'POST', body: { email, password } }),
  logout: () => request<{ signedOut: boolean }>('/api/v1/auth/logout', { method: 'POST' }),
  setup: (body: { token: string; email: string; name: string; password: string }) =>
    request<Account>('/api/v1/auth/setup', { method: 'POST', body }),
};

export const governanceApi = {
  workstreams: (signal?: AbortSignal) =>
    request<{ items: Workstream[] }>('/api/v1/workstreams', { signal }),
  saveWorkstream: (w: Workstream) =>
    request<{ status: 'created' | 'updated'; workstream: Workstream }>(
      `/api/v1/workstreams/${encodeURIComponent(w.code)}`,
      {
        method: 'PUT',
        body: {
          name: w.name,
          description: w.description,
          decisionRule: w.decisionRule,
          participants: w.participants,
        },
      },
    ),

  proposals: (
    filter: { state?: ProposalState | ''; workstream?: string; q?: string },
    signal?: AbortSignal,
  ) =>
    request<{ items: ProposalSummary[] }>(`/api/v1/proposals${query({ ...filter })}`, { signal }),
  create: (draft: ProposalDraftBody) =>
    request<Proposal>('/api/v1/proposals', { method: 'POST', body: draft }),
  proposal: (id: string, signal?: AbortSignal) =>
    request<ProposalView>(proposalPath(id), { signal }),
  edit: (id: string, change: { title?: string; text: string; note: string }) =>
    request<ProposalVersion>(`${proposalPath(id)}/text`, { method: 'PUT', body: change }),
  versions: (id: string, signal?: AbortSignal) =>
    request<{ items: ProposalVersion[] }>(`${proposalPath(id)}/versions`, { signal }),
  diff: (id: string, from: number, to: number, signal?: AbortSignal) =>
    request<DiffAnswer>(
      `${proposalPath(id)}/diff${query({ from: String(from), to: String(to) })}`,
      { signal },
    ),
  transition: (id: string, body: TransitionBody) =>
    request<Proposal>(`${proposalPath(id)}/transition`, { method: 'POST', body }),
  comments: (id: string, signal?: AbortSignal) =>
    request<{ items: ProposalComment[] }>(`${proposalPath(id)}/comments`, { signal }),
  comment: (id: string, body: string, parentId: string | null) =>
    request<ProposalComment>(`${proposalPath(id)}/comments`, {
      method: 'POST',
      body: { body, ...(parentId ? { parentId } : {}) },
    }),
  tally: (id: string, signal?: AbortSignal) =>
    request<TallyView>(`${proposalPath(id)}/tally`, { signal }),
  vote: (id: string, choice: BallotChoice) =>
    request<TallyView>(`${proposalPath(id)}/ballot`, { method: 'POST', body: { choice } }),
};
