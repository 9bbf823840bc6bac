// `data` of api/client.ts, with the API's error body kept: openapi-fetch reads a failed
// response's body into `error` before `data` sees it, so `data` (which reads the body again) would
// report "The server answered 400" instead of the API's own message and issues. This hands `data`
// a response that still holds that body. (The fix belongs in api/client.ts; this stays until then.)
import { data } from '../../api/client.ts';

const withBody = (response: Response, body: unknown): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });

export function apiData<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  signal?: AbortSignal,
): Promise<T> {
  return data(
    call.then((r) =>
      r.response.ok || r.error === undefined
        ? r
        : { ...r, response: withBody(r.response, r.error) },
    ),
    signal,
  );
}
