// Signed webhooks for workstream alerts: the signature (HMAC-SHA256 over "<timestamp>.<body>")
// that receivers check, the checks on a webhook's address, the JSON body of an alert, and the
// dispatcher that queues one delivery per alert and matching webhook and POSTs them, retrying
// with backoff until the receiver answers 2xx or the attempts run out (docs/webhooks.md).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Webhook, WebhookDelivery } from '../core/alerts/webhook.ts';
import { DomainError } from '../core/errors.ts';
import type { WorkstreamAlert } from '../core/standards/records.ts';
import { UNPRINTABLE } from '../core/text.ts';
import type { Store } from '../db/store.ts';

/** The event named in `x-techalliance-event` and in the body's `type`. */
export const WEBHOOK_EVENT = 'workstream.alert';

/** The headers every delivery carries (lower case, as Node's `IncomingMessage.headers` has them). */
export const WEBHOOK_HEADERS = {
  event: 'x-techalliance-event',
  delivery: 'x-techalliance-delivery',
  timestamp: 'x-techalliance-timestamp',
  signature: 'x-techalliance-signature',
} as const;

/** The longest address a webhook may have. */
export const WEBHOOK_URL_MAX_LENGTH = 2000;

/** A receiver rejects a timestamp further than this from its own clock (seconds). */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

const SIGNATURE_PREFIX = 'sha256=';

// ---------------------------------------------------------------------------------------------
// Signatures

/**
 * The signature of one delivery: `sha256=` followed by the hex HMAC-SHA256, keyed with the
 * webhook's secret (its UTF-8 bytes, as given), of the UTF-8 text `<timestamp>.<body>` — the
 * timestamp exactly as sent in `x-techalliance-timestamp` (Unix seconds) and the body byte for
 * byte as sent.
 */
export function signPayload(secret: string, timestamp: string, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `${SIGNATURE_PREFIX}${mac}`;
}

export interface VerifyOptions {
  /** The receiver's clock (default: the current time). */
  now?: Date;
  /** How far the timestamp may be from `now`, either way (default 300 seconds). */
  toleranceSeconds?: number;
}

/**
 * For receivers (and tests): true when `header` (the `x-techalliance-signature` value) is the
 * signature of `body` sent at `timestamp` (the `x-techalliance-timestamp` value) with `secret`,
 * and the timestamp is within `toleranceSeconds` of `now` — so a delivery captured on the way
 * cannot be replayed later. The comparison takes the same time whatever the header holds.
 * `body` must be the raw body as received, before any JSON parsing.
 */
export function verifySignature(
  secret: string,
  timestamp: string,
  body: string,
  header: string | null | undefined,
  options: VerifyOptions = {},
): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(timestamp)) return false;
  const tolerance = options.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (!(Math.abs(nowSeconds - Number(timestamp)) <= tolerance)) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(header.trim(), 'utf8');
  // timingSafeEqual needs equal lengths; a header of another length is wrong anyway, and its
  // length is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new webhook secret: 32 random bytes, base64url (43 characters). */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

// ---------------------------------------------------------------------------------------------
// Addresses

const badUrl = (message: string): DomainError =>
  new DomainError('validation_failed', `url: ${message}`, [{ path: 'url', message }]);

/**
 * Checks a webhook's address: an absolute http or https URL with a host, no user name or
 * password in it, at most 2000 characters, no control characters. Throws
 * `DomainError('validation_failed')` naming `url`. Private and loopback addresses are allowed on
 * purpose (receivers inside the organisation's network, and the tests): only the secretariat
 * registers webhooks, and the dispatcher neither follows redirects nor keeps what a receiver
 * answers beyond its status.
 */
export function checkWebhookUrl(url: string): void {
  if (typeof url !== 'string' || url.length === 0)
    throw badUrl('an http or https address is required');
  if (url.length > WEBHOOK_URL_MAX_LENGTH)
    throw badUrl(`at most ${WEBHOOK_URL_MAX_LENGTH} characters (got ${url.length})`);
  if (UNPRINTABLE.test(url) || url.trim() !== url || /\s/.test(url))
    throw badUrl('no spaces or control characters');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl('not an absolute URL (e.g. https://example.org/hooks/alerts)');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw badUrl(`http or https only (got ${parsed.protocol.replace(/:$/, '')})`);
  if (parsed.hostname === '') throw badUrl('a host is required');
  if (parsed.username !== '' || parsed.password !== '')
    throw badUrl('no user name or password in the address (the signature authenticates)');
}

// ---------------------------------------------------------------------------------------------
// What is sent

/**
 * Whether an alert may go to webhooks at all: only alerts whose confidentiality is `public` or
 * `alliance`. A members-only alert (or any other level) is shown in the UI to those who may see
 * it and never leaves the platform by webhook, whichever webhook is registered.
 */
export function sentByWebhook(alert: Pick<WorkstreamAlert, 'confidentiality'>): boolean {
  return alert.confidentiality === 'public' || alert.confidentiality === 'alliance';
}

/** The JSON body of an alert's delivery (fixed when it is queued; the signature covers it). */
export interface AlertPayload {
  type: typeof WEBHOOK_EVENT;
  id: number;
  workstream: string;
  source: string;
  kind: string;
  subject: string;
  message: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** The body sent for an alert: exactly the fields of `AlertPayload`, nothing else of the alert. */
export function alertPayload(alert: WorkstreamAlert): string {
  const body: AlertPayload = {
    type: WEBHOOK_EVENT,
    id: alert.id,
    workstream: alert.workstream,
    source: alert.source,
    kind: alert.kind,
    subject: alert.subject,
    message: alert.message,
    details: alert.details,
    createdAt: alert.createdAt,
  };
  return JSON.stringify(body);
}

/** Whether a webhook receives a workstream's alerts: active, and for that workstream or every one. */
const receives = (w: Webhook, workstream: string): boolean =>
  w.active && (w.workstream === null || w.workstream === workstream);

/**
 * Queues one delivery per alert sent by webhook (`sentByWebhook`) and per active webhook whose
 * workstream is the alert's or null, due at once; returns how many. Takes the store it is given,
 * so a caller that raises alerts in a transaction queues their deliveries in the same one.
 */
export async function queueAlertDeliveries(
  store: Store,
  alerts: readonly WorkstreamAlert[],
  at: Date,
): Promise<number> {
  const sendable = alerts.filter(sentByWebhook);
  if (sendable.length === 0) return 0;
  const webhooks = (await store.webhooks.list()).filter((w) => w.active);
  if (webhooks.length === 0) return 0;
  const when = at.toISOString();
  const deliveries = sendable.flatMap((alert) => {
    const payload = alertPayload(alert);
    return webhooks
      .filter((w) => receives(w, alert.workstream))
      .map((w) => ({
        webhookId: w.id,
        alertId: alert.id,
        payload,
        nextAttemptAt: when,
        createdAt: when,
      }));
  });
  if (deliveries.length > 0) await store.webhooks.enqueue(deliveries);
  return deliveries.length;
}

// ---------------------------------------------------------------------------------------------
// Delivery

/** The default wait before the next attempt: 30 s · 4^(attempt − 1), at most 6 hours. */
export function defaultBackoffSeconds(attempt: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempt - 1), 6 * 3600);
}

export interface DispatcherOptions {
  /** The clock (default: the current time). */
  now?: () => Date;
  /** The HTTP client (default: the global fetch). */
  fetch?: typeof fetch;
  /** Attempts before a delivery is failed for good (default 6). */
  maxAttempts?: number;
  /** Seconds to wait after failed attempt n (1-based) before the next (default `defaultBackoffSeconds`). */
  backoffSeconds?: (attempt: number) => number;
  /** How long a receiver has to answer, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /**
   * How long a claimed delivery is held by this process, in seconds (default: the timeout plus
   * 60 s). Another process may claim it again after that, so it must exceed the timeout.
   */
  leaseSeconds?: number;
  /** Told of a round that failed (the database, not a receiver); default: a line on stderr. */
  onError?: (error: unknown) => void;
}

export interface DeliveryRound {
  delivered: number;
  failed: number;
  retrying: number;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

const errorText = (e: unknown, timeoutMs: number): string => {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return `no answer within ${timeoutMs} ms`;
    const cause = (e as { cause?: unknown }).cause;
    const code =
      cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
    const message = cause instanceof Error ? cause.message : e.message;
    return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 500);
  }
  return String(e).slice(0, 500);
};

/**
 * Sends queued deliveries. Several dispatchers (several servers on one database) may run at once:
 * each round claims due deliveries atomically for a lease, so a delivery is sent by one process
 * at a time; one whose process died is claimed again when its lease ends (receivers deduplicate
 * by `x-techalliance-delivery`). A receiver's failure — any status other than 2xx, a redirect,
 * a network error, no answer within the timeout — never throws: the delivery is retried with
 * backoff, then failed for good after `maxAttempts`.
 */
export class WebhookDispatcher {
  private readonly now: () => Date;
  private readonly fetch: typeof fetch;
  private readonly maxAttempts: number;
  private readonly backoffSeconds: (attempt: number) => number;
  private readonly timeoutMs: number;
  private readonly leaseSeconds: number;
  private readonly onError: (error: unknown) => void;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** Grows with every start: a round of an earlier start schedules nothing after a restart. */
  private generation = 0;
  private inFlight: Promise<unknown> | undefined;

  constructor(
    private readonly store: Store,
    options: DispatcherOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffSeconds = options.backoffSeconds ?? defaultBackoffSeconds;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseSeconds = options.leaseSeconds ?? Math.ceil(this.timeoutMs / 1000) + 60;
    this.onError =
      options.onError ??
      ((e) =>
        process.stderr.write(
          `webhooks: a delivery round failed: ${e instanceof Error ? e.message : String(e)}\n`,
        ));
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1)
      throw new DomainError('configuration', 'webhooks: maxAttempts must be a whole number ≥ 1');
    if (!(this.timeoutMs > 0))
      throw new DomainError('configuration', 'webhooks: timeoutMs must be positive');
    if (!(this.leaseSeconds * 1000 > this.timeoutMs))
      throw new DomainError('configuration', 'webhooks: leaseSeconds must exceed the timeout');
  }

  /** Queues the alerts' deliveries (see `queueAlertDeliveries`); returns how many. */
  enqueueAlerts(alerts: readonly WorkstreamAlert[]): Promise<number> {
    return queueAlertDeliveries(this.store, alerts, this.now());
  }

  /**
   * One round: claims up to `limit` due deliveries and sends them all at once (each bounded by
   * the timeout), then records each outcome. Throws only when the database does.
   */
  async deliverDue(limit = 20): Promise<DeliveryRound> {
    const start = this.now();
    const leaseUntil = new Date(start.getTime() + this.leaseSeconds * 1000);
    const claimed = await this.store.webhooks.claimDue(
      start.toISOString(),
      leaseUntil.toISOString(),
      limit,
    );
    const round: DeliveryRound = { delivered: 0, failed: 0, retrying: 0 };
    if (claimed.length === 0) return round;
    const webhooks = new Map((await this.store.webhooks.list()).map((w) => [w.id, w]));
    const results = await Promise.all(
      claimed.map((d) => this.deliverOne(d, webhooks.get(d.webhookId))),
    );
    for (const r of results) round[r] += 1;
    return round;
  }

  private async deliverOne(
    d: WebhookDelivery,
    webhook: Webhook | undefined,
  ): Promise<keyof DeliveryRound> {
    const attempt = d.attempts + 1;
    if (!webhook || !webhook.active) {
      // Deleted or switched off after the delivery was queued: nothing is sent, and not later.
      await this.store.webhooks.markFailed(d.id, {
        attempts: d.attempts,
        nextAttemptAt: null,
        lastStatus: null,
        error: webhook ? 'the webhook was deactivated' : 'the webhook was deleted',
      });
      return 'failed';
    }
    const outcome = await this.post(webhook, d);
    const at = this.now();
    if (outcome.ok) {
      await this.store.webhooks.markDelivered(d.id, at.toISOString(), outcome.status);
      return 'delivered';
    }
    const last = attempt >= this.maxAttempts;
    const wait = Math.max(0, this.backoffSeconds(attempt));
    await this.store.webhooks.markFailed(d.id, {
      attempts: attempt,
      nextAttemptAt: last ? null : new Date(at.getTime() + wait * 1000).toISOString(),
      lastStatus: outcome.status,
      error: outcome.error,
    });
    return last ? 'failed' : 'retrying';
  }

  /** One POST; never throws. */
  private async post(webhook: Webhook, d: WebhookDelivery): Promise<Outcome> {
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    try {
      const response = await this.fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_HEADERS.event]: WEBHOOK_EVENT,
          [WEBHOOK_HEADERS.delivery]: String(d.id),
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.signature]: signPayload(webhook.secret, timestamp, d.payload),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The answer's body is not read (nor kept): only its status counts.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300)
        return { ok: true, status: response.status };
      const error =
        response.status >= 300 && response.status < 400
          ? `the receiver redirected (${response.status}); redirects are not followed`
          : `the receiver answered ${response.status}`;
      return { ok: false, status: response.status || null, error };
    } catch (e) {
      return { ok: false, status: null, error: errorText(e, this.timeoutMs) };
    }
  }

  /**
   * Runs a round every `intervalMs` (at once again when a round was full) on an unref'd timer,
   * which keeps no process alive; rounds never overlap. A round that fails goes to `onError`.
   */
  start(intervalMs = 5000): void {
    if (this.running) return;
    this.running = true;
    const generation = ++this.generation;
    const current = (): boolean => this.running && this.generation === generation;
    const limit = 20;
    const tick = (): void => {
      this.timer = undefined;
      if (!current()) return;
      const round = this.deliverDue(limit).then(
        (r) => r.delivered + r.failed + r.retrying >= limit,
        (e: unknown) => {
          this.onError(e);
          return false;
        },
      );
      this.inFlight = round;
      void round.then((full) => {
        if (this.inFlight === round) this.inFlight = undefined;
        if (current()) this.schedule(tick, full ? 0 : intervalMs);
      });
    };
    this.schedule(tick, 0);
  }

  /** Stops the timer and waits for a round in progress to finish. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(tick: () => void, delayMs: number): void {
    this.timer = setTimeout(tick, delayMs);
    this.timer.unref();
  }
}
