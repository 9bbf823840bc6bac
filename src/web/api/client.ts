// The web UI's one way to the server: an openapi-fetch client typed by the types generated from
// the committed OpenAPI document (openapi.gen.ts), so a page that reads a field the server's
// response schema does not have fails the type check. Failures become ApiError with the API's
// code, message and issues; writes carry a bearer token when one is given, else the signed-in
// session's CSRF token.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.gen.ts';

export type { paths };

/** One problem the API found in a request; `path` names the field (`participants.2.code`). */
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
    /** Seconds the server asked to wait (Retry-After), when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get notFound(): boolean {
    return this.status === 404;
  }
}

/** Where the session code keeps the signed-in session's CSRF token (this tab's sessionStorage). */
export const CSRF_STORAGE_KEY = 'techalliance.csrf';

export const storedCsrfToken = (): string => {
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

/**
 * The ApiError of a response that is not ok, from the API's error body (`{code, message, issues}`)
 * as the client already read it, else the status line.
 */
export function errorFrom(response: Response, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: unknown;
    message?: unknown;
    issues?: unknown;
  };
  const retry = Number(response.headers.get('retry-after'));
  return new ApiError(
    response.status,
    typeof b.code === 'string' ? b.code : 'http_error',
    typeof b.message === 'string'
      ? b.message
      : `The server answered ${response.status} ${response.statusText}.`,
    Array.isArray(b.issues) ? b.issues.filter(isIssue) : [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

const writeListeners = new Set<() => void>();

/**
 * Calls `listener` after every successful write (a non-GET answered 2xx): cached server state
 * (TanStack Query) is refetched, so no page shows an answer a write has changed.
 */
export function onWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    // A write made with the session cookie must carry the session's CSRF token.
    if (request.method !== 'GET' && !request.headers.has('authorization')) {
      const csrf = storedCsrfToken();
      if (csrf) request.headers.set('x-csrf-token', csrf);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (request.method !== 'GET' && response.ok) for (const listener of writeListeners) listener();
    return response;
  },
};

/** The typed client: `api.GET('/api/v1/economies/{iso3}', { params: { path: { iso3 } } })`. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(headers);

/** The bearer header for a write made with a personal or operator token ('' = the session). */
export const bearer = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/**
 * The body of a successful call, or the call's failure as an ApiError (status 0: the server could
 * not be reached; an aborted call rethrows the AbortError).
 */
export async function data<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  signal?: AbortSignal,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    if (signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    throw new ApiError(
      0,
      'network',
      `Could not reach the server (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (!result.response.ok) throw errorFrom(result.response, result.error);
  return result.data as T;
}

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Ok<Responses> = Responses extends { 200: infer R }
  ? JsonOf<R>
  : Responses extends { 201: infer R }
    ? JsonOf<R>
    : never;

/** The JSON body a route answers with: `ResponseOf<'/api/v1/groups/{code}', 'get'>`. */
export type ResponseOf<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'delete' = 'get',
> = paths[P][M] extends { responses: infer R } ? Ok<R> : never;

/** The JSON body a route takes. */
export type RequestBodyOf<
  P extends keyof paths,
  M extends 'post' | 'put' | 'delete',
> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends 'get' | 'post' = 'get'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;
