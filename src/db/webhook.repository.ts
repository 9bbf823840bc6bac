// Webhooks and their deliveries: the receivers registered for workstreams' alerts, and each alert
// queued to each receiver with its attempts. Several processes on one database send deliveries:
// a process claims a delivery for a while (a lease) with a conditional update, so no two send the
// same delivery at once.
import type { Kysely, Selectable } from 'kysely';
import type { DeliveryStatus, Webhook, WebhookDelivery } from '../core/alerts/webhook.ts';
import type { Database, WebhookDeliveryRow, WebhookRow } from './schema.ts';
import { chunks, rowsPerInsert } from './write-counts.ts';

/** A delivery to queue. */
export interface NewDelivery {
  webhookId: string;
  alertId: number;
  payload: string;
  nextAttemptAt: string;
  createdAt: string;
}

/** What a failed attempt leaves. */
export interface FailedAttempt {
  /** Attempts made so far. */
  attempts: number;
  /** When to try again; null: no more attempts (the delivery fails). */
  nextAttemptAt: string | null;
  lastStatus: number | null;
  error: string;
}

/** Which deliveries to list (newest first). */
export interface DeliveryFilter {
  webhookId?: string;
  alertId?: number;
  /** At most this many (default 100). */
  limit?: number;
}

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  url: r.url,
  workstream: r.workstream,
  description: r.description,
  secret: r.secret,
  active: Number(r.active) === 1,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toDelivery = (r: Selectable<WebhookDeliveryRow>): WebhookDelivery => ({
  id: Number(r.id),
  webhookId: r.webhook_id,
  alertId: Number(r.alert_id),
  payload: r.payload,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  claimedUntil: r.claimed_until,
  lastStatus: r.last_status === null ? null : Number(r.last_status),
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});

export class WebhookRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every webhook, oldest first. */
  async list(): Promise<Webhook[]> {
    const rows = await this.db
      .selectFrom('webhooks')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toWebhook);
  }

  /** One webhook by id, or undefined. */
  async get(id: string): Promise<Webhook | undefined> {
    const r = await this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toWebhook(r) : undefined;
  }

  /** Registers a webhook (its id must be new). */
  async create(w: Webhook): Promise<void> {
    await this.db
      .insertInto('webhooks')
      .values({
        id: w.id,
        url: w.url,
        workstream: w.workstream,
        description: w.description,
        secret: w.secret,
        active: w.active ? 1 : 0,
        created_by: w.createdBy,
        created_at: w.createdAt,
      })
      .execute();
  }

  /** Switches a webhook on or off; false when there is none. */
  async setActive(id: string, active: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('webhooks')
      .set({ active: active ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Removes a webhook and its deliveries; false when there was none. */
  async delete(id: string): Promise<boolean> {
    await this.db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
    const r = await this.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Queues deliveries (pending, no attempt made yet). */
  async enqueue(ds: readonly NewDelivery[]): Promise<void> {
    const rows = ds.map((d) => ({
      webhook_id: d.webhookId,
      alert_id: d.alertId,
      payload: d.payload,
      status: 'pending',
      attempts: 0,
      next_attempt_at: d.nextAttemptAt,
      claimed_until: null,
      last_status: null,
      last_error: null,
      delivered_at: null,
      created_at: d.createdAt,
    }));
    for (const chunk of chunks(rows, rowsPerInsert(11)))
      await this.db.insertInto('webhook_deliveries').values(chunk).execute();
  }

  /**
   * Claims up to `limit` deliveries due at `now` (pending, next attempt at or before `now`, not
   * held by a lease that runs past `now`) until `leaseUntil`, earliest due first, and returns
   * them. Each is claimed with its own conditional update, and only those whose update took are
   * returned: two processes on one database never both claim a delivery.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<WebhookDelivery[]> {
    if (limit < 1) return [];
    const candidates = await this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    const claimed: number[] = [];
    for (const { id } of candidates) {
      const r = await this.db
        .updateTable('webhook_deliveries')
        .set({ claimed_until: leaseUntil })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) claimed.push(Number(id));
    }
    if (claimed.length === 0) return [];
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', 'in', claimed)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .execute();
    return rows.map(toDelivery);
  }

  /** Records a delivery the receiver accepted (answering `status`) at `at`: one more attempt. */
  async markDelivered(id: number, at: string, status: number): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: 'delivered',
        attempts: eb('attempts', '+', 1),
        next_attempt_at: null,
        claimed_until: null,
        last_status: status,
        last_error: null,
        delivered_at: at,
      }))
      .where('id', '=', id)
      .execute();
  }

  /**
   * Records a failed attempt: the delivery stays pending until its next attempt, or fails when
   * there is none; its lease ends.
   */
  async markFailed(id: number, attempt: FailedAttempt): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({
        status: attempt.nextAttemptAt === null ? 'failed' : 'pending',
        attempts: attempt.attempts,
        next_attempt_at: attempt.nextAttemptAt,
        claimed_until: null,
        last_status: attempt.lastStatus,
        last_error: attempt.error,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Deliveries (of one webhook, of one alert, when given), newest first. */
  async deliveries(filter: DeliveryFilter = {}): Promise<WebhookDelivery[]> {
    let q = this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100);
    if (filter.webhookId !== undefined) q = q.where('webhook_id', '=', filter.webhookId);
    if (filter.alertId !== undefined) q = q.where('alert_id', '=', filter.alertId);
    return (await q.execute()).map(toDelivery);
  }
}
