// The body of a typed client call, or its failure as an ApiError with the API's code, message and
// issues. Like api/client.ts `data`, except that it reads the error body openapi-fetch has already
// parsed (`result.error`): `data` re-reads the response, whose body openapi-fetch has consumed,
// and so loses the API's message ("The server answered 400 Bad Request.").
import { data, errorOf } from '../../api/client.ts';

export async function apiData<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  signal?: AbortSignal,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    // The network failure (or abort), reported as `data` reports it.
    return data(Promise.reject(e instanceof Error ? e : new Error(String(e))), signal);
  }
  if (result.response.ok) return result.data as T;
  const { status, statusText, headers } = result.response;
  const body =
    typeof result.error === 'string' ? result.error : JSON.stringify(result.error ?? null);
  throw await errorOf(new Response(body, { status, statusText, headers }));
}
