// The web UI's only way to the server: typed fetch calls to /api/v1, errors carrying the API's message.
import type {
  CatalogueEntry,
  Economy,
  EconomyFilter,
  EconomyProfile,
  Group,
  GroupSummary,
  IndicatorValues,
} from './api-types.ts';

/** A failed call: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get notFound(): boolean {
    return this.status === 404;
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
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
    try {
      const body = (await response.json()) as { code?: unknown; message?: unknown };
      if (typeof body.code === 'string') code = body.code;
      if (typeof body.message === 'string') message = body.message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError(response.status, code, message);
  }
  return (await response.json()) as T;
}

const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

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
};
