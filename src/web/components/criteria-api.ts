// Typed calls to /api/v1/criteria and the coalition list, with the API's error messages
// (api-client.ts has no exported generic GET, so this file carries a small one).
import { ApiError } from '../api-client.ts';
import type {
  CoalitionChoice,
  CriteriaEvaluationReport,
  CriteriaSetJson,
  CriteriaSetSummary,
} from '../criteria-types.ts';

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
      signal: signal ?? null,
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

/** The query string of the defined, non-empty parameters ("" when none). */
const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The URL of a set's JSON definition, dated at `asOf` when given. */
export const criteriaSetUrl = (code: string, asOf?: string): string =>
  `/api/v1/criteria/${encodeURIComponent(code)}${query({ asOf })}`;

export interface EvaluationOptions {
  /** A four-digit year; omitted = the latest year of the set's data. */
  asOf?: string;
  /** A coalition or grouping code to check against the set. */
  coalition?: string;
}

export const criteriaApi = {
  sets: (signal?: AbortSignal) =>
    getJson<{ items: CriteriaSetSummary[] }>('/api/v1/criteria', signal),
  set: (code: string, asOf?: string, signal?: AbortSignal) =>
    getJson<CriteriaSetJson>(criteriaSetUrl(code, asOf), signal),
  evaluation: (code: string, options: EvaluationOptions, signal?: AbortSignal) =>
    getJson<CriteriaEvaluationReport>(
      `/api/v1/criteria/${encodeURIComponent(code)}/evaluation${query({ ...options })}`,
      signal,
    ),
  coalitions: (signal?: AbortSignal) =>
    getJson<{ items: CoalitionChoice[] }>('/api/v1/coalitions', signal),
};
