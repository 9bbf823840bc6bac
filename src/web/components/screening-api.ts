// Typed calls to /api/v1/screening; failures carry the API's message and issues (ApiError).
import { request } from '../api-client.ts';
import type {
  BatchResult,
  Decision,
  DecisionValue,
  ListSummary,
  ReconcileResult,
  ScreenQuery,
  ScreenResult,
} from '../screening-types.ts';

const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const screeningApi = {
  lists: (signal?: AbortSignal) =>
    request<{ items: ListSummary[] }>('/api/v1/screening/lists', { signal }),
  /** `token`: the operator's write token, when the page uses it (decisions are shown to it). */
  screen: (q: ScreenQuery, signal?: AbortSignal, token?: string) =>
    request<ScreenResult>(`/api/v1/screening/screen${query({ ...q })}`, { signal, token }),
  batch: (
    body: { csv: string; fileName: string; threshold?: number; lists?: string[]; all?: boolean },
    signal?: AbortSignal,
    token?: string,
  ) => request<BatchResult>('/api/v1/screening/batch', { method: 'POST', body, signal, token }),
  decide: (
    body: { queryName: string; entityId: string; decision: DecisionValue; note?: string },
    token: string,
  ) =>
    request<{ status: 'created' | 'updated'; decision: Decision }>('/api/v1/screening/decisions', {
      method: 'POST',
      body,
      token,
    }),
  reconcile: (
    q: { a: string; b: string; country?: string; threshold?: string },
    signal?: AbortSignal,
  ) => request<ReconcileResult>(`/api/v1/screening/reconcile${query({ ...q })}`, { signal }),
};
