// The web UI's only way to the server: typed fetch calls to /api/v1, errors carrying the API's
// message and issues; writes carry the write token as a bearer token, or else the signed-in
// session's CSRF token.
import type {
  AnalysisOptions,
  BalanceReport,
  CatalogueEntry,
  Coalition,
  CoalitionDraft,
  CoalitionSummary,
  ComplementarityReport,
  Economy,
  EconomyFilter,
  EconomyProfile,
  Group,
  GroupSummary,
  IndicatorValues,
  LeverageReport,
  WhatIfReport,
} from './api-types.ts';

/** One problem the API found in a request body; `path` names the field (`participants.2.code`). */
export interface ApiIssue {
  path: string;
  message: string;
}

/** A failed call: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get notFound(): boolean {
    return this.status === 404;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The write token, sent as `Authorization: Bearer …` when not empty. */
  token?: string;
  signal?: AbortSignal | undefined;
}

/** Where session.ts keeps the signed-in session's CSRF token (this tab's sessionStorage). */
export const CSRF_STORAGE_KEY = 'techalliance.csrf';

const storedCsrfToken = (): string => {
  try {
    return window.sessionStorage.getItem(CSRF_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
};

const isIssue = (x: unknown): x is ApiIssue =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as ApiIssue).path === 'string' &&
  typeof (x as ApiIssue).message === 'string';

/** One call to the API: JSON in and out, failures as {@link ApiError} with the API's issues. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, token, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  else if (method !== 'GET') {
    // A write made with the session cookie must carry the session's CSRF token.
    const csrf = storedCsrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(
      0,
      'network',
      `Could not reach the server (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (!response.ok) {
    let code = 'http_error';
    let message = `The server answered ${response.status} ${response.statusText}.`;
    let issues: ApiIssue[] = [];
    try {
      const b = (await response.json()) as { code?: unknown; message?: unknown; issues?: unknown };
      if (typeof b.code === 'string') code = b.code;
      if (typeof b.message === 'string') message = b.message;
      if (Array.isArray(b.issues)) issues = b.issues.filter(isIssue);
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError(response.status, code, message, issues);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => request<T>(path, { signal });

const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

const coalitionPath = (code: string): string => `/api/v1/coalitions/${encodeURIComponent(code)}`;

export const api = {
  economies: (filter: EconomyFilter = {}, signal?: AbortSignal) =>
    getJson<{ count: number; items: Economy[] }>(
      `/api/v1/economies${query({ ...filter })}`,
      signal,
    ),
  economy: (iso3: string, signal?: AbortSignal) =>
    getJson<EconomyProfile>(`/api/v1/economies/${encodeURIComponent(iso3)}`, signal),
  indicators: (signal?: AbortSignal) =>
    getJson<{ items: CatalogueEntry[] }>('/api/v1/indicators', signal),
  /** Values of one indicator; `year` omitted = the latest year with data, 'latest' = each economy's latest. */
  values: (code: string, year?: number | 'latest', signal?: AbortSignal) =>
    getJson<IndicatorValues>(
      `/api/v1/indicators/${encodeURIComponent(code)}${query({ year: year === undefined ? undefined : String(year) })}`,
      signal,
    ),
  groups: (signal?: AbortSignal) => getJson<{ items: GroupSummary[] }>('/api/v1/groups', signal),
  group: (code: string, signal?: AbortSignal) =>
    getJson<Group>(`/api/v1/groups/${encodeURIComponent(code)}`, signal),

  coalitions: (signal?: AbortSignal) =>
    getJson<{ items: CoalitionSummary[] }>('/api/v1/coalitions', signal),
  coalition: (code: string, signal?: AbortSignal) =>
    getJson<Coalition>(coalitionPath(code), signal),
  createCoalition: (draft: CoalitionDraft, token: string) =>
    request<Coalition>('/api/v1/coalitions', { method: 'POST', body: draft, token }),
  updateCoalition: (code: string, draft: Omit<CoalitionDraft, 'code'>, token: string) =>
    request<Coalition>(coalitionPath(code), { method: 'PUT', body: draft, token }),
  deleteCoalition: (code: string, token: string) =>
    request<void>(coalitionPath(code), { method: 'DELETE', token }),
  leverage: (code: string, options: AnalysisOptions, signal?: AbortSignal) =>
    getJson<LeverageReport>(`${coalitionPath(code)}/leverage${query({ ...options })}`, signal),
  balance: (code: string, options: AnalysisOptions, signal?: AbortSignal) =>
    getJson<BalanceReport>(`${coalitionPath(code)}/balance${query({ ...options })}`, signal),
  complementarity: (code: string, options: AnalysisOptions, signal?: AbortSignal) =>
    getJson<ComplementarityReport>(
      `${coalitionPath(code)}/complementarity${query({ ...options })}`,
      signal,
    ),
  /** The coalition's shares of the world with economies (ISO3) added or removed; nothing is saved. */
  whatIf: (
    code: string,
    change: { add: readonly string[]; remove: readonly string[] },
    options: AnalysisOptions,
    signal?: AbortSignal,
  ) =>
    getJson<WhatIfReport>(
      `${coalitionPath(code)}/what-if${query({ add: change.add.join(','), remove: change.remove.join(','), ...options })}`,
      signal,
    ),
  /** Several coalitions side by side (at most 10 codes). */
  compare: (codes: readonly string[], options: AnalysisOptions, signal?: AbortSignal) =>
    getJson<{ items: LeverageReport[] }>(
      `/api/v1/leverage${query({ coalitions: codes.join(','), ...options })}`,
      signal,
    ),
};
