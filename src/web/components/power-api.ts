// The typed call to POST /api/v1/power; failures carry the API's message and issues (ApiError).
import { request } from '../api-client.ts';
import type { PowerAudit, PowerRequestBody } from '../power-types.ts';

export const powerApi = {
  /** The voting-power audit of a rule and member set (a computation: nothing is stored). */
  audit: (body: PowerRequestBody, signal?: AbortSignal) =>
    request<PowerAudit>('/api/v1/power', { method: 'POST', body, signal }),
};
