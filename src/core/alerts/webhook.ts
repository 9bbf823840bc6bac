// Webhooks: addresses the secretariat registers to receive a workstream's alerts as signed HTTP
// POSTs (HMAC-SHA256 over the timestamp and the body), and the deliveries, retried with backoff
// until the receiver answers 2xx or the attempts run out.

/** A registered receiver. */
export interface Webhook {
  id: string;
  /** http(s) address the alerts are POSTed to. */
  url: string;
  /** The workstream whose alerts it receives; null: every workstream. */
  workstream: string | null;
  description: string;
  /** The HMAC key (shown once, when it is created; kept to sign). */
  secret: string;
  active: boolean;
  createdBy: string;
  createdAt: string;
}

/** `pending`: to be tried (again); `delivered`: the receiver answered 2xx; `failed`: out of attempts. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

/** One alert to one webhook. */
export interface WebhookDelivery {
  id: number;
  webhookId: string;
  alertId: number;
  /** The JSON body sent, fixed when the delivery is queued (its signature covers these bytes). */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  /** When the next attempt is due (ISO 8601); null once delivered or failed. */
  nextAttemptAt: string | null;
  /** A process holds the delivery until then (several servers on one database never send it twice at once). */
  claimedUntil: string | null;
  /** The receiver's last HTTP status, or null (no answer). */
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
