// Signed webhooks against a real receiver (node:http on 127.0.0.1) and the real store: what
// arrives is signed and verifiable, byte for byte; failures are retried with backoff until the
// receiver answers 2xx or the attempts run out; redirects are not followed; members-only alerts
// are never queued; two dispatchers on one database send each delivery once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Webhook } from '../core/alerts/webhook.ts';
import { DomainError } from '../core/errors.ts';
import type { WorkstreamAlert } from '../core/standards/records.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { Store } from '../db/store.ts';
import { freshPostgresDatabase } from '../../test/server-process.ts';
import { forEachDatabase } from '../../test/test-databases.ts';
import {
  alertPayload,
  checkWebhookUrl,
  defaultBackoffSeconds,
  newWebhookSecret,
  sentByWebhook,
  signPayload,
  verifySignature,
  WebhookDispatcher,
} from './webhooks.ts';

// ---------------------------------------------------------------------------------------------
// A receiver

interface Received {
  url: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the receiver does with a request: answer with a status, or never answer. */
type Answer = number | 'hang';

class Receiver {
  readonly requests: Received[] = [];
  private readonly hung: ServerResponse[] = [];
  private server: Server | undefined;
  url = '';

  /** `answer` is asked for each request in turn (its index from 0). */
  constructor(private readonly answer: (n: number, r: Received) => Answer = () => 200) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r: Received = {
          url: req.url ?? '',
          method: req.method ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        const answer = this.answer(this.requests.length, r);
        this.requests.push(r);
        if (answer === 'hang') {
          this.hung.push(res);
          return;
        }
        if (answer >= 300 && answer < 400) res.setHeader('location', '/elsewhere');
        res.statusCode = answer;
        res.end('answer of the receiver');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/alerts`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const header = (r: Received, name: string): string => {
  const v = r.headers[name];
  if (typeof v !== 'string') throw new Error(`no ${name} header`);
  return v;
};

// ---------------------------------------------------------------------------------------------
// Data

const SECRET = 'a-test-secret-made-here';

const webhook = (id: string, url: string, over: Partial<Webhook> = {}): Webhook => ({
  id,
  url,
  workstream: null,
  description: `receiver ${id}`,
  secret: SECRET,
  active: true,
  createdBy: 'secretariat',
  createdAt: '2026-03-01T09:00:00.000Z',
  ...over,
});

/** Raises an alert through the store and returns it as the store gives it back. */
async function raise(
  store: Store,
  over: Partial<Pick<WorkstreamAlert, 'workstream' | 'subject' | 'confidentiality'>> = {},
): Promise<WorkstreamAlert> {
  const workstream = over.workstream ?? 'standards';
  const id = await store.standards.addAlert({
    workstream,
    source: 'standards-snapshot',
    kind: 'concern-secretariat',
    subject: over.subject ?? 'ISO/IEC JTC 1/SC 42',
    message: 'A country of concern took the secretariat of ISO/IEC JTC 1/SC 42 — «AI».',
    details: { economy: 'CHN', tags: ['ai'], previous: null },
    createdAt: '2026-03-02T10:00:00.000Z',
    confidentiality: over.confidentiality ?? 'alliance',
  });
  const alert = (await store.standards.alerts(workstream)).find((a) => a.id === id);
  if (!alert) throw new Error(`alert ${id} not found`);
  return alert;
}

/** A clock the test moves. */
const manualClock = (iso: string) => {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
};

// ---------------------------------------------------------------------------------------------
// Pure parts

describe('signatures', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256, hex, prefixed sha256=', () => {
    // Reference value from: printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -mac HMAC -macopt key:test-secret
    expect(signPayload('test-secret', '1700000000', '{"a":1}')).toBe(
      'sha256=8cb2c3355fca388e9ac2caec004f4d5d7045d74937ab5faad61dc11682247a9f',
    );
  });

  it('accepts its own signature within the tolerance and rejects anything changed', () => {
    const ts = '1700000000';
    const body = '{"type":"workstream.alert","id":1}';
    const sig = signPayload(SECRET, ts, body);
    const at = (seconds: number) => ({ now: new Date(seconds * 1000) });
    expect(verifySignature(SECRET, ts, body, sig, at(1_700_000_000))).toBe(true);
    expect(verifySignature(SECRET, ts, body, sig, at(1_700_000_300))).toBe(true);
    expect(verifySignature(SECRET, ts, body, sig, at(1_699_999_700))).toBe(true);
    // Stale, or from the future, beyond 300 s; a tolerance of one's own.
    expect(verifySignature(SECRET, ts, body, sig, at(1_700_000_301))).toBe(false);
    expect(verifySignature(SECRET, ts, body, sig, at(1_699_999_699))).toBe(false);
    expect(
      verifySignature(SECRET, ts, body, sig, { ...at(1_700_000_100), toleranceSeconds: 60 }),
    ).toBe(false);
    // Tampered body, timestamp, secret or header.
    expect(verifySignature(SECRET, ts, body.replace('1', '2'), sig, at(1_700_000_000))).toBe(false);
    expect(verifySignature(SECRET, '1700000001', body, sig, at(1_700_000_000))).toBe(false);
    expect(verifySignature('another-secret', ts, body, sig, at(1_700_000_000))).toBe(false);
    expect(verifySignature(SECRET, ts, body, sig.slice(0, -1), at(1_700_000_000))).toBe(false);
    expect(verifySignature(SECRET, ts, body, sig.replace('sha256=', ''), at(1_700_000_000))).toBe(
      false,
    );
    expect(verifySignature(SECRET, ts, body, undefined, at(1_700_000_000))).toBe(false);
    expect(verifySignature(SECRET, '17e8', body, sig, at(1_700_000_000))).toBe(false);
  });

  it('makes secrets of 32 random bytes, base64url', () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('the receiver’s check in docs/webhooks.md', () => {
  type Verify = (secret: string, ts: string, body: string, signature?: string) => boolean;
  let verify: Verify;
  let dir: string;

  // The documented function, taken from the page as it is, run as a module of its own.
  beforeAll(async () => {
    const page = readFileSync('docs/webhooks.md', 'utf8');
    const block = /```js\n(import \{ createHmac[\s\S]*?function verify[\s\S]*?)```/.exec(page);
    if (!block) throw new Error('docs/webhooks.md: no js block with function verify');
    dir = mkdtempSync(join(tmpdir(), 'ta-webhooks-doc-'));
    const file = join(dir, 'verify.mjs');
    writeFileSync(file, `${block[1]}\nexport { verify };\n`);
    ({ verify } = (await import(pathToFileURL(file).href)) as { verify: Verify });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with signPayload and verifySignature', () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ type: 'workstream.alert', id: 3, message: 'é «ü» 中' });
    const sig = signPayload(SECRET, ts, body);
    expect(verify(SECRET, ts, body, sig)).toBe(true);
    expect(verifySignature(SECRET, ts, body, sig)).toBe(true);
    expect(verify(SECRET, ts, `${body} `, sig)).toBe(false);
    expect(verify('another-secret', ts, body, sig)).toBe(false);
    const stale = String(Number(ts) - 3600);
    expect(verify(SECRET, stale, body, signPayload(SECRET, stale, body))).toBe(false);
    expect(verify(SECRET, ts, body, undefined)).toBe(false);
  });
});

describe('webhook addresses', () => {
  it('accepts http and https, loopback included', () => {
    for (const url of [
      'https://hooks.example.org/alerts',
      'http://127.0.0.1:8080/hooks?ws=standards',
      'http://localhost/x',
      'https://[::1]:9000/',
    ])
      expect(() => checkWebhookUrl(url), url).not.toThrow();
  });

  it('refuses other schemes, credentials, relative or over-long addresses, naming url', () => {
    const refused = [
      'ftp://example.org/alerts',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pass@example.org/alerts',
      'https://token@example.org/alerts',
      '/hooks/alerts',
      'example.org/alerts',
      '',
      ' https://example.org/',
      'https://example.org/a\nb',
      `https://example.org/${'a'.repeat(2000)}`,
    ];
    for (const url of refused) {
      let error: unknown;
      try {
        checkWebhookUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(url)).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('validation_failed');
      expect((error as DomainError).issues.map((i) => i.path)).toEqual(['url']);
    }
  });
});

describe('what is sent', () => {
  const alert: WorkstreamAlert = {
    id: 7,
    workstream: 'standards',
    source: 'standards-snapshot',
    kind: 'member-left-strategic',
    subject: 'IEC TC 47',
    message: 'A member left a strategic committee.',
    details: { economy: 'JPN', tags: ['semiconductors'] },
    snapshotId: 3,
    createdAt: '2026-03-02T10:00:00.000Z',
    acknowledgedBy: 'someone',
    acknowledgedAt: '2026-03-03T10:00:00.000Z',
    confidentiality: 'alliance',
  };

  it('sends the alert’s public fields and nothing else', () => {
    expect(JSON.parse(alertPayload(alert))).toEqual({
      type: 'workstream.alert',
      id: 7,
      workstream: 'standards',
      source: 'standards-snapshot',
      kind: 'member-left-strategic',
      subject: 'IEC TC 47',
      message: 'A member left a strategic committee.',
      details: { economy: 'JPN', tags: ['semiconductors'] },
      createdAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('sends public and alliance alerts, never members-only ones', () => {
    expect(sentByWebhook({ confidentiality: 'public' })).toBe(true);
    expect(sentByWebhook({ confidentiality: 'alliance' })).toBe(true);
    expect(sentByWebhook({ confidentiality: 'members' })).toBe(false);
  });

  it('waits 30 s · 4^(n−1) after attempt n, at most 6 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(defaultBackoffSeconds)).toEqual([
      30, 120, 480, 1920, 7680, 21600, 21600,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Delivery, on every database

forEachDatabase('webhook delivery', (ctx) => {
  let receiver: Receiver | undefined;
  let store: Store;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    store = await ctx.open();
    clock = manualClock('2026-03-02T10:00:00.000Z');
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  const start = async (answer?: (n: number, r: Received) => Answer): Promise<Receiver> =>
    (receiver = await new Receiver(answer).start());

  it('POSTs the exact body with headers and a signature the receiver can verify', async () => {
    const r = await start();
    await store.webhooks.create(webhook('wh-a', r.url));
    const alert = await raise(store);
    const dispatcher = new WebhookDispatcher(store, { now: clock.now });

    expect(await dispatcher.enqueueAlerts([alert])).toBe(1);
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 1, failed: 0, retrying: 0 });

    expect(r.requests).toHaveLength(1);
    const got = r.requests[0]!;
    const [delivery] = await store.webhooks.deliveries({ webhookId: 'wh-a' });
    expect(got.method).toBe('POST');
    expect(got.url).toBe('/hooks/alerts');
    expect(got.body).toBe(alertPayload(alert));
    expect(JSON.parse(got.body)).toMatchObject({ type: 'workstream.alert', id: alert.id });
    expect(header(got, 'content-type')).toBe('application/json');
    expect(header(got, 'x-techalliance-event')).toBe('workstream.alert');
    expect(header(got, 'x-techalliance-delivery')).toBe(String(delivery!.id));
    const ts = header(got, 'x-techalliance-timestamp');
    expect(ts).toBe(String(Date.parse('2026-03-02T10:00:00.000Z') / 1000));
    const sig = header(got, 'x-techalliance-signature');
    const now = clock.now();
    expect(verifySignature(SECRET, ts, got.body, sig, { now })).toBe(true);
    // A changed body, another secret, or the same delivery replayed later fail.
    expect(verifySignature(SECRET, ts, got.body.replace('CHN', 'USA'), sig, { now })).toBe(false);
    expect(verifySignature(newWebhookSecret(), ts, got.body, sig, { now })).toBe(false);
    const later = new Date(now.getTime() + 301_000);
    expect(verifySignature(SECRET, ts, got.body, sig, { now: later })).toBe(false);

    expect(delivery).toMatchObject({
      alertId: alert.id,
      status: 'delivered',
      attempts: 1,
      lastStatus: 200,
      nextAttemptAt: null,
    });
    expect(delivery!.deliveredAt).not.toBeNull();
    // Delivered: nothing is due any more.
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 0 });
    expect(r.requests).toHaveLength(1);
  });

  it('retries after 500, 500 and is delivered on the third attempt', async () => {
    const r = await start((n) => (n < 2 ? 500 : 200));
    await store.webhooks.create(webhook('wh-a', r.url));
    const dispatcher = new WebhookDispatcher(store, { now: clock.now, backoffSeconds: () => 0 });
    await dispatcher.enqueueAlerts([await raise(store)]);

    const rounds = [];
    for (let i = 0; i < 3; i++) {
      rounds.push(await dispatcher.deliverDue());
      clock.advance(1);
    }
    expect(rounds).toEqual([
      { delivered: 0, failed: 0, retrying: 1 },
      { delivered: 0, failed: 0, retrying: 1 },
      { delivered: 1, failed: 0, retrying: 0 },
    ]);
    expect(r.requests).toHaveLength(3);
    // The same delivery each time, signed afresh at each attempt.
    expect(new Set(r.requests.map((q) => header(q, 'x-techalliance-delivery'))).size).toBe(1);
    const [delivery] = await store.webhooks.deliveries({ webhookId: 'wh-a' });
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200 });
  });

  it('waits the backoff before the next attempt', async () => {
    const r = await start(() => 500);
    await store.webhooks.create(webhook('wh-a', r.url));
    const dispatcher = new WebhookDispatcher(store, { now: clock.now });
    await dispatcher.enqueueAlerts([await raise(store)]);

    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 1 });
    const [afterOne] = await store.webhooks.deliveries({ webhookId: 'wh-a' });
    expect(afterOne).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500 });
    expect(afterOne!.lastError).toContain('500');
    expect(afterOne!.nextAttemptAt).toBe('2026-03-02T10:00:30.000Z');

    clock.advance(29);
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 0 });
    clock.advance(1);
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 1 });
    const [afterTwo] = await store.webhooks.deliveries({ webhookId: 'wh-a' });
    expect(afterTwo!.nextAttemptAt).toBe('2026-03-02T10:02:30.000Z');
    expect(r.requests).toHaveLength(2);
  });

  it('fails for good after maxAttempts when the receiver never answers 2xx', async () => {
    const r = await start(() => 503);
    await store.webhooks.create(webhook('wh-a', r.url));
    const dispatcher = new WebhookDispatcher(store, {
      now: clock.now,
      backoffSeconds: () => 0,
      maxAttempts: 4,
    });
    await dispatcher.enqueueAlerts([await raise(store)]);

    const rounds = [];
    for (let i = 0; i < 5; i++) {
      rounds.push(await dispatcher.deliverDue());
      clock.advance(1);
    }
    expect(rounds.map((x) => x.retrying)).toEqual([1, 1, 1, 0, 0]);
    expect(rounds.map((x) => x.failed)).toEqual([0, 0, 0, 1, 0]);
    expect(r.requests).toHaveLength(4);
    const [delivery] = await store.webhooks.deliveries({ webhookId: 'wh-a' });
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastStatus: 503,
      nextAttemptAt: null,
      deliveredAt: null,
    });
  });

  it('does not follow a redirect, and retries one that times out or cannot connect', async () => {
    const r = await start((n) => (n === 0 ? 302 : 'hang'));
    const closed = await new Receiver().start();
    const nowhere = closed.url;
    await closed.close();
    await store.webhooks.create(webhook('wh-redirect', r.url));
    const alert = await raise(store);
    const dispatcher = new WebhookDispatcher(store, {
      now: clock.now,
      timeoutMs: 300,
      backoffSeconds: () => 0,
    });
    await dispatcher.enqueueAlerts([alert]);

    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 1 });
    expect(r.requests.map((q) => q.url)).toEqual(['/hooks/alerts']);
    const [redirected] = await store.webhooks.deliveries({ webhookId: 'wh-redirect' });
    expect(redirected).toMatchObject({ status: 'pending', lastStatus: 302 });
    expect(redirected!.lastError).toMatch(/redirect/);

    // The second attempt gets no answer at all.
    clock.advance(1);
    expect(await dispatcher.deliverDue()).toEqual({ delivered: 0, failed: 0, retrying: 1 });
    const [hung] = await store.webhooks.deliveries({ webhookId: 'wh-redirect' });
    expect(hung).toMatchObject({ status: 'pending', attempts: 2, lastStatus: null });
    expect(hung!.lastError).toMatch(/no answer/);

    // Switched off: its delivery is failed without a request. Nobody listens at another.
    expect(await store.webhooks.setActive('wh-redirect', false)).toBe(true);
    await store.webhooks.create(webhook('wh-nowhere', nowhere));
    expect(await dispatcher.enqueueAlerts([await raise(store, { subject: 'IEC TC 47' })])).toBe(1);
    clock.advance(1);
    const round = await dispatcher.deliverDue();
    expect(round).toEqual({ delivered: 0, failed: 1, retrying: 1 });
    const [refused] = await store.webhooks.deliveries({ webhookId: 'wh-nowhere' });
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null });
    expect(refused!.lastError).toBeTruthy();
    const [deactivated] = await store.webhooks.deliveries({ webhookId: 'wh-redirect' });
    expect(deactivated).toMatchObject({ status: 'failed', attempts: 2 });
    expect(r.requests).toHaveLength(2);
  });

  it('queues one delivery per active webhook of the alert’s workstream or of every one; never a members-only alert', async () => {
    await store.webhooks.create(
      webhook('wh-standards', 'https://a.example.org/h', { workstream: 'standards' }),
    );
    await store.webhooks.create(webhook('wh-all', 'https://b.example.org/h'));
    await store.webhooks.create(webhook('wh-rd', 'https://c.example.org/h', { workstream: 'rd' }));
    await store.webhooks.create(webhook('wh-off', 'https://d.example.org/h', { active: false }));
    const dispatcher = new WebhookDispatcher(store, { now: clock.now });

    const standards = await raise(store, { confidentiality: 'public' });
    const rd = await raise(store, { workstream: 'rd', confidentiality: 'alliance' });
    const secret = await raise(store, { confidentiality: 'members' });
    expect(await dispatcher.enqueueAlerts([standards, rd, secret])).toBe(4);

    const queued = async (alertId: number) =>
      (await store.webhooks.deliveries({ alertId })).map((d) => d.webhookId).sort();
    expect(await queued(standards.id)).toEqual(['wh-all', 'wh-standards']);
    expect(await queued(rd.id)).toEqual(['wh-all', 'wh-rd']);
    expect(await queued(secret.id)).toEqual([]);
    const payloads = (await store.webhooks.deliveries({ webhookId: 'wh-all' })).map(
      (d) => d.payload,
    );
    expect(payloads.sort()).toEqual([alertPayload(standards), alertPayload(rd)].sort());
  });

  it('runs rounds on a timer until stopped', async () => {
    const r = await start();
    await store.webhooks.create(webhook('wh-a', r.url));
    const dispatcher = new WebhookDispatcher(store);
    await dispatcher.enqueueAlerts([
      await raise(store),
      await raise(store, { subject: 'IEC TC 47' }),
    ]);
    dispatcher.start(10);
    await expect
      .poll(async () =>
        (await store.webhooks.deliveries({ webhookId: 'wh-a' })).map((d) => d.status),
      )
      .toEqual(['delivered', 'delivered']);
    await dispatcher.stop();
    expect(r.requests).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Two dispatchers, two connections, one database

interface SharedDatabase {
  url: string;
  drop(): Promise<void>;
}

const sharedDatabases: { name: string; make: () => Promise<SharedDatabase> }[] = [
  {
    name: 'sqlite',
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), 'ta-webhooks-'));
      return Promise.resolve({
        url: `sqlite:${join(dir, 'two-dispatchers.sqlite')}`,
        drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      });
    },
  },
];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl)
  sharedDatabases.push({ name: 'postgres', make: () => freshPostgresDatabase(adminUrl) });

describe.each(sharedDatabases)('two dispatchers on one $name database', ({ make }) => {
  let database: SharedDatabase;
  let handles: DatabaseHandle[] = [];
  let receiver: Receiver;

  beforeEach(async () => {
    database = await make();
    receiver = await new Receiver().start();
  });
  afterEach(async () => {
    await receiver.close();
    for (const h of handles) await h.close();
    handles = [];
    await database.drop();
  });

  it('send each delivery once', async () => {
    const first = openDatabase(database.url);
    handles.push(first);
    await migrateToLatest(first.db as never);
    const second = openDatabase(database.url);
    handles.push(second);
    const a = new Store(first.db);
    const b = new Store(second.db);

    await a.webhooks.create(webhook('wh-1', receiver.url));
    await a.webhooks.create(webhook('wh-2', receiver.url));
    const alerts = [];
    for (let i = 0; i < 15; i++) alerts.push(await raise(a, { subject: `JTC 1/SC ${i}` }));
    const one = new WebhookDispatcher(a);
    const two = new WebhookDispatcher(b);
    expect(await one.enqueueAlerts(alerts)).toBe(30);

    // Each keeps claiming until nothing is pending any more: a round that found everything due
    // claimed by the other does not end its work.
    const pending = async (): Promise<number> =>
      (await b.webhooks.deliveries({ limit: 1000 })).filter((d) => d.status === 'pending').length;
    const drain = async (d: WebhookDispatcher): Promise<number> => {
      let sent = 0;
      for (;;) {
        const r = await d.deliverDue(4);
        const n = r.delivered + r.failed + r.retrying;
        sent += n;
        if (n === 0) {
          if ((await pending()) === 0) return sent;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    };
    const [byOne, byTwo] = await Promise.all([drain(one), drain(two)]);

    expect(byOne + byTwo).toBe(30);
    const ids = receiver.requests.map((q) => header(q, 'x-techalliance-delivery'));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const stored = [
      ...(await b.webhooks.deliveries({ webhookId: 'wh-1' })),
      ...(await b.webhooks.deliveries({ webhookId: 'wh-2' })),
    ];
    expect(stored.map((d) => String(d.id)).sort()).toEqual([...ids].sort());
    expect(stored.every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
  });
});
