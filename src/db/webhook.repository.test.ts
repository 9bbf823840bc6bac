// Contract of WebhookRepository, on every test database: the webhooks, the delivery queue, and the
// claim that keeps two processes on one database from sending the same delivery.
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Webhook, WebhookDelivery } from '../core/alerts/webhook.ts';
import { WorkstreamAlertRepository } from './alert.repository.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrator.ts';
import type { Database } from './schema.ts';
import { WebhookRepository, type NewDelivery } from './webhook.repository.ts';

const hook = (id: string, over: Partial<Webhook> = {}): Webhook => ({
  id,
  url: `https://receiver.example/${id}`,
  workstream: 'standards',
  description: `Receiver ${id}`,
  secret: `secret-${id}`,
  active: true,
  createdBy: 'account:s1',
  createdAt: '2026-12-01T00:00:00Z',
  ...over,
});

const alert = (subject: string) => ({
  workstream: 'standards',
  source: 'standards-snapshot',
  kind: 'concern-secretariat',
  subject,
  message: `CHN took ${subject}`,
  details: { iso3: 'CHN' },
  createdAt: '2026-12-07T10:00:00Z',
});

const delivery = (webhookId: string, alertId: number, due: string): NewDelivery => ({
  webhookId,
  alertId,
  payload: JSON.stringify({ alert: alertId }),
  nextAttemptAt: due,
  createdAt: '2026-12-07T10:00:00Z',
});

forEachDatabase('webhook repository', (ctx) => {
  it('registers, lists, switches and removes webhooks', async () => {
    const store = await ctx.open();
    await store.webhooks.create(hook('wh-b', { createdAt: '2026-12-02T00:00:00Z' }));
    await store.webhooks.create(hook('wh-a', { workstream: null, active: false }));
    expect(await store.webhooks.list()).toEqual([
      hook('wh-a', { workstream: null, active: false }),
      hook('wh-b', { createdAt: '2026-12-02T00:00:00Z' }),
    ]);
    await expect(store.webhooks.create(hook('wh-a'))).rejects.toThrow();
    expect(await store.webhooks.setActive('wh-a', true)).toBe(true);
    expect(await store.webhooks.get('wh-a')).toMatchObject({ active: true });
    expect(await store.webhooks.setActive('nope', true)).toBe(false);
    expect(await store.webhooks.get('nope')).toBeUndefined();

    const a = await store.alerts.add(alert('ISO/TC 1'));
    await store.webhooks.enqueue([
      delivery('wh-a', a, '2026-12-07T10:00:00Z'),
      delivery('wh-b', a, '2026-12-07T10:00:00Z'),
    ]);
    expect(await store.webhooks.delete('wh-a')).toBe(true);
    expect(await store.webhooks.delete('wh-a')).toBe(false);
    expect((await store.webhooks.list()).map((w) => w.id)).toEqual(['wh-b']);
    expect((await store.webhooks.deliveries({ alertId: a })).map((d) => d.webhookId)).toEqual([
      'wh-b',
    ]);
  });

  it('queues deliveries and lists them newest first, by webhook or alert, at most `limit`', async () => {
    const store = await ctx.open();
    await store.webhooks.create(hook('wh-a'));
    await store.webhooks.create(hook('wh-b'));
    const a = await store.alerts.add(alert('ISO/TC 1'));
    const b = await store.alerts.add(alert('ISO/TC 2'));
    await store.webhooks.enqueue([
      delivery('wh-a', a, '2026-12-07T10:00:00Z'),
      delivery('wh-b', a, '2026-12-07T10:00:00Z'),
      delivery('wh-a', b, '2026-12-07T10:05:00Z'),
    ]);
    await store.webhooks.enqueue([]);
    const all = await store.webhooks.deliveries();
    expect(all.map((d) => [d.webhookId, d.alertId])).toEqual([
      ['wh-a', b],
      ['wh-b', a],
      ['wh-a', a],
    ]);
    expect(all[2]).toEqual({
      id: all[2]!.id,
      webhookId: 'wh-a',
      alertId: a,
      payload: JSON.stringify({ alert: a }),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: '2026-12-07T10:00:00Z',
      claimedUntil: null,
      lastStatus: null,
      lastError: null,
      deliveredAt: null,
      createdAt: '2026-12-07T10:00:00Z',
    });
    expect((await store.webhooks.deliveries({ webhookId: 'wh-a' })).map((d) => d.alertId)).toEqual([
      b,
      a,
    ]);
    expect((await store.webhooks.deliveries({ alertId: a })).map((d) => d.webhookId)).toEqual([
      'wh-b',
      'wh-a',
    ]);
    expect(await store.webhooks.deliveries({ webhookId: 'wh-b', alertId: b })).toEqual([]);
    expect(await store.webhooks.deliveries({ limit: 1 })).toHaveLength(1);
  });

  it('claims due deliveries for a lease, earliest first, and not again until it runs out', async () => {
    const store = await ctx.open();
    await store.webhooks.create(hook('wh-a'));
    const a = await store.alerts.add(alert('ISO/TC 1'));
    await store.webhooks.enqueue([
      delivery('wh-a', a, '2026-12-07T10:02:00Z'),
      delivery('wh-a', a, '2026-12-07T10:01:00Z'),
      delivery('wh-a', a, '2026-12-07T11:00:00Z'),
    ]);
    const now = '2026-12-07T10:30:00Z';
    const lease = '2026-12-07T10:31:00Z';
    expect(await store.webhooks.claimDue(now, lease, 0)).toEqual([]);
    const first = await store.webhooks.claimDue(now, lease, 1);
    expect(first.map((d) => [d.nextAttemptAt, d.claimedUntil])).toEqual([
      ['2026-12-07T10:01:00Z', lease],
    ]);
    const rest = await store.webhooks.claimDue(now, lease, 10);
    expect(rest.map((d) => d.nextAttemptAt)).toEqual(['2026-12-07T10:02:00Z']);
    // Held by their leases, and the third not yet due.
    expect(await store.webhooks.claimDue('2026-12-07T10:30:30Z', lease, 10)).toEqual([]);
    // A lease that ran out (the process died mid-send): the delivery is claimed again.
    const later = await store.webhooks.claimDue('2026-12-07T10:40:00Z', '2026-12-07T10:41:00Z', 10);
    expect(later.map((d) => d.id)).toEqual([first[0]!.id, rest[0]!.id]);
  });

  it('records a delivery and a failed attempt, and never claims what is no longer pending', async () => {
    const store = await ctx.open();
    await store.webhooks.create(hook('wh-a'));
    const a = await store.alerts.add(alert('ISO/TC 1'));
    await store.webhooks.enqueue([
      delivery('wh-a', a, '2026-12-07T10:00:00Z'),
      delivery('wh-a', a, '2026-12-07T10:00:01Z'),
      delivery('wh-a', a, '2026-12-07T10:00:02Z'),
    ]);
    const [d1, d2, d3] = await store.webhooks.claimDue(
      '2026-12-07T10:01:00Z',
      '2026-12-07T10:02:00Z',
      10,
    );
    await store.webhooks.markFailed(d1!.id, {
      attempts: 1,
      nextAttemptAt: '2026-12-07T10:05:00Z',
      lastStatus: 500,
      error: 'HTTP 500',
    });
    await store.webhooks.markDelivered(d2!.id, '2026-12-07T10:01:05Z', 204);
    await store.webhooks.markFailed(d3!.id, {
      attempts: 5,
      nextAttemptAt: null,
      lastStatus: null,
      error: 'connection refused',
    });
    const byId = new Map((await store.webhooks.deliveries()).map((d) => [d.id, d]));
    expect(byId.get(d1!.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-12-07T10:05:00Z',
      claimedUntil: null,
      lastStatus: 500,
      lastError: 'HTTP 500',
      deliveredAt: null,
    });
    expect(byId.get(d2!.id)).toMatchObject({
      status: 'delivered',
      attempts: 1,
      nextAttemptAt: null,
      claimedUntil: null,
      lastStatus: 204,
      lastError: null,
      deliveredAt: '2026-12-07T10:01:05Z',
    });
    expect(byId.get(d3!.id)).toMatchObject({
      status: 'failed',
      attempts: 5,
      nextAttemptAt: null,
      claimedUntil: null,
      lastStatus: null,
      lastError: 'connection refused',
    });
    // The failed attempt is due again at 10:05; the other two are done.
    expect(
      await store.webhooks.claimDue('2026-12-07T10:04:00Z', '2026-12-07T10:05:00Z', 10),
    ).toEqual([]);
    const retry = await store.webhooks.claimDue('2026-12-07T10:06:00Z', '2026-12-07T10:07:00Z', 10);
    expect(retry.map((d) => d.id)).toEqual([d1!.id]);
    await store.webhooks.markDelivered(d1!.id, '2026-12-07T10:06:01Z', 200);
    expect(
      (await store.webhooks.deliveries({ limit: 10 })).find((d) => d.id === d1!.id),
    ).toMatchObject({
      status: 'delivered',
      attempts: 2,
    });
  });

  it('never gives one delivery to two processes claiming at once', async () => {
    // Two repositories on one database: on PostgreSQL each over its own connection pool, as two
    // servers would be; on SQLite over the one connection.
    const handle = await ctx.openHandle();
    await migrateToLatest(handle.db as never);
    let other: DatabaseHandle | undefined;
    let db2: Kysely<Database> = handle.db;
    if (ctx.target.name === 'postgres') {
      const { rows } = await sql<{
        name: string;
      }>`select current_database() as name`.execute(handle.db);
      const url = new URL(ctx.target.adminUrl!);
      url.pathname = `/${rows[0]!.name}`;
      other = openDatabase(url.toString());
      db2 = other.db;
    }
    try {
      const one = new WebhookRepository(handle.db);
      const two = new WebhookRepository(db2);
      await one.create(hook('wh-a'));
      const alertId = await new WorkstreamAlertRepository(handle.db).add(alert('ISO/TC 1'));
      const total = 60;
      await one.enqueue(
        Array.from({ length: total }, () => delivery('wh-a', alertId, '2026-12-07T10:00:00Z')),
      );
      const now = '2026-12-07T10:01:00Z';
      const lease = '2026-12-07T10:02:00Z';
      // Rounds of claims from both sides at once, each asking for more than half the queue (so
      // they see the same candidates), until nothing is left to claim.
      const claimed: WebhookDelivery[] = [];
      for (let round = 0; round < 10; round++) {
        const got = (
          await Promise.all(
            Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? one : two).claimDue(now, lease, 40)),
          )
        ).flat();
        if (got.length === 0) break;
        claimed.push(...got);
      }
      const ids = claimed.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(total);
      expect(claimed.every((d) => d.claimedUntil === lease)).toBe(true);
      expect(await two.claimDue(now, lease, 100)).toEqual([]);
    } finally {
      await other?.close();
    }
  });
});
