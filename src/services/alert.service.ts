// Workstream alerts: raised by imports (standards snapshots) and by early warnings (a pending
// position moving a member away from an agreed option), shown to the workstream's participants,
// acknowledged on the record, and queued for the webhooks registered for the workstream in the
// same transaction as the alert itself.
import { actorOf, canSee, levelVisibility, type Principal } from '../core/accounts/access.ts';
import { notFound } from '../core/errors.ts';
import type { WorkstreamAlert } from '../core/standards/records.ts';
import type { Store } from '../db/store.ts';
import { requirePermission } from './governance.service.ts';
import type { AuditService } from './audit-log.ts';
import type { Webhook, WebhookDelivery } from '../core/alerts/webhook.ts';
import { DomainError } from '../core/errors.ts';
import { UNPRINTABLE } from '../core/text.ts';
import {
  checkWebhookUrl,
  newWebhookSecret,
  queueAlertDeliveries,
  sentByWebhook,
} from './webhooks.ts';

/** An alert to raise: its id and acknowledgement are the store's. */
export type AlertDraft = Omit<
  WorkstreamAlert,
  'id' | 'snapshotId' | 'acknowledgedBy' | 'acknowledgedAt' | 'createdAt'
>;

type Tx = Parameters<Parameters<Store['transaction']>[0]>[0];

export class AlertService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  /** Raises alerts inside the caller's transaction and queues their webhook deliveries. */
  async raise(tx: Tx, drafts: readonly AlertDraft[], at: string): Promise<WorkstreamAlert[]> {
    if (drafts.length === 0) return [];
    const raised: WorkstreamAlert[] = [];
    for (const d of drafts) {
      const id = await tx.alerts.add({ ...d, createdAt: at });
      raised.push({
        ...d,
        id,
        snapshotId: null,
        createdAt: at,
        acknowledgedBy: null,
        acknowledgedAt: null,
      });
    }
    await queueAlertDeliveries(tx, raised, new Date(at));
    return raised;
  }

  /** Whether the caller sees an alert: its confidentiality, and taking part in its workstream. */
  private async visibleTo(principal: Principal): Promise<(a: WorkstreamAlert) => boolean> {
    if (principal.kind === 'operator') return () => true;
    if (principal.kind !== 'account') return () => false;
    if (principal.role === 'secretariat') return () => true;
    const workstreams = new Map(
      (await this.store.governance.workstreams()).map((w) => [w.code, w.participants]),
    );
    return (a) => {
      if (!canSee(principal, levelVisibility(a.confidentiality))) return false;
      const participants = workstreams.get(a.workstream);
      // A workstream the secretariat has not set up is open to every account; one it has set up,
      // to its participants.
      return (
        participants === undefined ||
        participants.length === 0 ||
        participants.some((p) => p.delegation === principal.delegation)
      );
    };
  }

  /** The alerts the caller sees, newest first. */
  async list(
    principal: Principal,
    filter: { workstream?: string; source?: string; unacknowledged?: boolean; limit?: number } = {},
  ): Promise<WorkstreamAlert[]> {
    const visible = await this.visibleTo(principal);
    const limit = filter.limit ?? 100;
    const rows = await this.store.alerts.list({
      ...(filter.workstream !== undefined ? { workstreams: [filter.workstream] } : {}),
      ...(filter.source !== undefined ? { source: filter.source } : {}),
      unacknowledged: filter.unacknowledged ?? false,
      limit: 5000,
    });
    return rows.filter(visible).slice(0, limit);
  }

  /** Marks an alert as seen by the caller, on the record; not found when the caller may not see it. */
  async acknowledge(principal: Principal, id: number): Promise<WorkstreamAlert> {
    requirePermission(principal, 'data:write');
    const visible = await this.visibleTo(principal);
    const existing = await this.store.alerts.get(id);
    if (!existing || !visible(existing)) throw notFound('alert', String(id));
    const actor = actorOf(principal);
    const at = new Date().toISOString();
    return this.store.transaction(async (tx) => {
      const alert = await tx.alerts.acknowledge(id, actor, at);
      if (!alert) throw notFound('alert', String(id));
      await this.audit.append(tx, {
        actor,
        type: 'alert.acknowledged',
        at,
        subject: `workstream:${alert.workstream}`,
        payload: { alert: id, source: alert.source, kind: alert.kind },
      });
      return alert;
    });
  }

  // --- webhooks (the secretariat's) ---

  /** The registered webhooks, without their secrets. */
  async webhooks(): Promise<Omit<Webhook, 'secret'>[]> {
    return (await this.store.webhooks.list()).map(({ secret: _, ...w }) => w);
  }

  /** Registers a receiver; its secret is returned this once. Recorded in the governance log. */
  async addWebhook(
    principal: Principal,
    input: { url: string; workstream?: string | null; description?: string },
  ): Promise<Webhook> {
    requirePermission(principal, 'admin');
    checkWebhookUrl(input.url);
    const description = input.description ?? '';
    if (UNPRINTABLE.test(description))
      throw new DomainError(
        'validation_failed',
        'description: control and bidirectional characters are not allowed',
        [{ path: 'description', message: 'no control or bidirectional characters' }],
      );
    const actor = actorOf(principal);
    const at = new Date().toISOString();
    const hook: Webhook = {
      id: crypto.randomUUID(),
      url: input.url.trim(),
      workstream: input.workstream ?? null,
      description,
      secret: newWebhookSecret(),
      active: true,
      createdBy: actor,
      createdAt: at,
    };
    await this.store.transaction(async (tx) => {
      await tx.webhooks.create(hook);
      await this.audit.append(tx, {
        actor,
        type: 'webhook.added',
        at,
        subject: 'secretariat',
        payload: { webhook: hook.id, workstream: hook.workstream },
        salted: { url: hook.url },
      });
    });
    return hook;
  }

  /** Removes a receiver and its queued deliveries. */
  async removeWebhook(principal: Principal, id: string): Promise<void> {
    requirePermission(principal, 'admin');
    await this.store.transaction(async (tx) => {
      if (!(await tx.webhooks.delete(id))) throw notFound('webhook', id);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'webhook.removed',
        subject: 'secretariat',
        payload: { webhook: id },
      });
    });
  }

  /** A receiver's latest deliveries, newest first. */
  async deliveries(
    id: string,
    limit = 100,
  ): Promise<Omit<WebhookDelivery, 'payload' | 'claimedUntil'>[]> {
    if (!(await this.store.webhooks.get(id))) throw notFound('webhook', id);
    return (await this.store.webhooks.deliveries({ webhookId: id, limit })).map(
      ({ payload: _, claimedUntil: __, ...d }) => d,
    );
  }

  /**
   * Queues webhook deliveries for alerts raised outside this service (the standards importer's),
   * those raised since `since` that have none yet.
   */
  async queueRaisedSince(since: string): Promise<number> {
    const alerts = (await this.store.alerts.list({ limit: 5000 })).filter(
      (a) => a.createdAt >= since && sentByWebhook(a),
    );
    if (alerts.length === 0) return 0;
    return this.store.transaction(async (tx) => {
      const fresh: WorkstreamAlert[] = [];
      for (const a of alerts)
        if ((await tx.webhooks.deliveries({ alertId: a.id, limit: 1 })).length === 0) fresh.push(a);
      return queueAlertDeliveries(tx, fresh, new Date());
    });
  }
}
