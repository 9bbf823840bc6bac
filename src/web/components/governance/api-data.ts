// `data` of api/client.ts for the governance pages, with the API's error body kept: openapi-fetch
// has already read a failed response's body (it hands it over as `error`), so the response is
// rebuilt from that body before api/client.ts reads the code, message and issues from it.
import { data as clientData } from '../../api/client.ts';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

const withBody = <T>(r: Answer<T>): Answer<T> =>
  r.response.ok || r.error === undefined
    ? r
    : {
        ...r,
        response: new Response(JSON.stringify(r.error), {
          status: r.response.status,
          statusText: r.response.statusText,
          headers: r.response.headers,
        }),
      };

/** The body of a successful call, or its failure as an ApiError with the API's message. */
export const data = <T>(call: Promise<Answer<T>>, signal?: AbortSignal): Promise<T> =>
  clientData(call.then(withBody), signal);
