// The authorisation matrix: every route of the API (as the OpenAPI document lists them) called as
// every kind of caller — nobody, the operator, and an account of each role — asserting that it is
// let through or refused (401/403) exactly as this table says. The table is written out here,
// independently of the permission table in core/accounts/access.ts, so a change to either shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { buildApp } from './app.ts';

type Caller =
  | 'anonymous'
  | 'operator'
  | 'secretariat'
  | 'member_delegate'
  | 'partner_delegate'
  | 'observer'
  | 'stakeholder';

const CALLERS: readonly Caller[] = [
  'anonymous',
  'operator',
  'secretariat',
  'member_delegate',
  'partner_delegate',
  'observer',
  'stakeholder',
];
const EVERYONE = CALLERS;
const DATA_WRITERS: readonly Caller[] = ['operator', 'secretariat', 'member_delegate'];
const ADMINS: readonly Caller[] = ['operator', 'secretariat'];
const SCREENERS: readonly Caller[] = ['operator', 'secretariat', 'member_delegate'];
const PROPOSERS: readonly Caller[] = [
  'operator',
  'secretariat',
  'member_delegate',
  'partner_delegate',
];
const SIGNED_IN: readonly Caller[] = CALLERS.filter((c) => c !== 'anonymous');
const ACCOUNTS: readonly Caller[] = [
  'secretariat',
  'member_delegate',
  'partner_delegate',
  'observer',
  'stakeholder',
];

/**
 * Who gets through, per route. Every route that is not a GET must be listed; a GET not listed is
 * public (everyone). Computations that write nothing (POST …/power, …/batch, scenarios) are public.
 */
const EXPECTED: Readonly<Record<string, readonly Caller[]>> = {
  'POST /api/v1/coalitions': DATA_WRITERS,
  'PUT /api/v1/coalitions/{code}': DATA_WRITERS,
  'DELETE /api/v1/coalitions/{code}': DATA_WRITERS,
  'POST /api/v1/coalitions/{code}/copy': DATA_WRITERS,
  'POST /api/v1/coalitions/{code}/participants': DATA_WRITERS,
  'POST /api/v1/coalitions/{code}/participants/remove': DATA_WRITERS,
  'POST /api/v1/criteria': DATA_WRITERS,
  'DELETE /api/v1/criteria/{code}': DATA_WRITERS,
  'POST /api/v1/control-lists/links': DATA_WRITERS,
  'POST /api/v1/control-lists/links/remove': DATA_WRITERS,
  'POST /api/v1/misuse/cases': DATA_WRITERS,
  'PUT /api/v1/misuse/case': DATA_WRITERS,
  'POST /api/v1/misuse/technology-controls': ADMINS,
  'POST /api/v1/misuse/technology-controls/remove': ADMINS,
  'POST /api/v1/misuse/proposals': PROPOSERS,
  'POST /api/v1/research/proposals': PROPOSERS,
  'PUT /api/v1/policies/topics/{code}': ADMINS,
  'DELETE /api/v1/policies/topics/{code}': ADMINS,
  'POST /api/v1/policies/instruments': DATA_WRITERS,
  'PUT /api/v1/policies/instrument': DATA_WRITERS,
  'POST /api/v1/positions/issues': ADMINS,
  'PUT /api/v1/positions/issues/{id}': ADMINS,
  'PUT /api/v1/positions/issues/{id}/agreed': ADMINS,
  'POST /api/v1/positions/issues/{id}/positions': DATA_WRITERS,
  'POST /api/v1/positions/issues/{id}/withdraw': DATA_WRITERS,
  'POST /api/v1/divergences/recompute': ADMINS,
  'GET /api/v1/divergences/webhooks': ADMINS,
  'POST /api/v1/divergences/webhooks': ADMINS,
  'DELETE /api/v1/divergences/webhooks/{id}': ADMINS,
  'GET /api/v1/divergences/webhooks/{id}/deliveries': ADMINS,
  'POST /api/v1/divergences/{id}/proposal': PROPOSERS,
  'POST /api/v1/divergences/{id}/link': PROPOSERS,
  'POST /api/v1/divergences/{id}/accept': ADMINS,
  'POST /api/v1/divergences/{id}/reopen': ADMINS,
  'GET /api/v1/alerts': SIGNED_IN,
  'POST /api/v1/consultations/conversations': ADMINS,
  'PUT /api/v1/consultations/conversations/{code}/open': ADMINS,
  'PUT /api/v1/consultations/conversations/{code}/statements/{id}/moderation': ADMINS,
  'POST /api/v1/consultations/conversations/{code}/statements': SIGNED_IN,
  'POST /api/v1/consultations/conversations/{code}/votes': SIGNED_IN,
  'GET /api/v1/consultations/conversations/{code}/next': SIGNED_IN,
  'POST /api/v1/alerts/{id}/acknowledge': DATA_WRITERS,
  'POST /api/v1/standards/alerts/{id}/acknowledge': DATA_WRITERS,
  'PUT /api/v1/standards/tags/{code}': ADMINS,
  'DELETE /api/v1/standards/tags/{code}': ADMINS,
  'PUT /api/v1/standards/watch': ADMINS,
  'POST /api/v1/standards/coordination': DATA_WRITERS,
  'POST /api/v1/standards/coordination/{id}': DATA_WRITERS,
  'POST /api/v1/screening/decisions': SCREENERS,
  'GET /api/v1/screening/decisions': SCREENERS,
  'POST /api/v1/screening/batch': EVERYONE,
  'POST /api/v1/scenarios/disruption': EVERYONE,
  'POST /api/v1/scenarios/montecarlo': EVERYONE,
  'POST /api/v1/power': EVERYONE,
  'POST /api/v1/auth/login': EVERYONE,
  'POST /api/v1/auth/logout': EVERYONE,
  'POST /api/v1/auth/setup': EVERYONE,
  'GET /api/v1/audit/log': SIGNED_IN,
  'GET /api/v1/audit/verify': SIGNED_IN,
  'GET /api/v1/audit/checkpoints': SIGNED_IN,
  'GET /api/v1/audit/checkpoints/latest': SIGNED_IN,
  'POST /api/v1/audit/checkpoints': ADMINS,
  'GET /api/v1/proposals/{id}/history': EVERYONE,
  'GET /api/v1/accounts': ADMINS,
  'POST /api/v1/accounts': ADMINS,
  'POST /api/v1/accounts/{id}/disable': ADMINS,
  'POST /api/v1/accounts/{id}/enable': ADMINS,
  'PUT /api/v1/accounts/{id}/role': ADMINS,
  'PUT /api/v1/auth/password': ACCOUNTS,
  'POST /api/v1/auth/sessions/end-others': ACCOUNTS,
  'PUT /api/v1/workstreams/{code}': ADMINS,
  'POST /api/v1/proposals': PROPOSERS,
  'PUT /api/v1/proposals/{id}/text': PROPOSERS,
  'POST /api/v1/proposals/{id}/transition': ADMINS,
  'POST /api/v1/proposals/{id}/comments': ACCOUNTS,
  'PUT /api/v1/proposals/{id}/consultation': ADMINS,
  'POST /api/v1/proposals/{id}/consultation/responses': [
    'member_delegate',
    'partner_delegate',
    'observer',
    'stakeholder',
  ],
  'POST /api/v1/proposals/{id}/implementation': ['secretariat', 'member_delegate'],
  'POST /api/v1/proposals/{id}/ballot': ['member_delegate', 'partner_delegate'],
  'GET /api/v1/tokens': ACCOUNTS,
  'POST /api/v1/tokens': ACCOUNTS,
  'DELETE /api/v1/tokens/{id}': ACCOUNTS,
};

const OPERATOR_TOKEN = 'matrix-operator-token-0123456789';
const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  code: 'G7',
  iso3: 'DEU',
  id: '00000000-0000-4000-8000-000000000000',
};

let f: Fixture;
let app: Awaited<ReturnType<typeof buildApp>>;
const tokens = new Map<Caller, string>();
let routes: { method: string; path: string }[] = [];

beforeAll(async () => {
  f = await openStarterFixture();
  app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: OPERATOR_TOKEN });
  tokens.set('operator', OPERATOR_TOKEN);
  for (const role of ACCOUNTS) {
    const a = await f.services.accounts.create({
      email: `${role}@matrix.test`,
      name: role,
      role,
      delegation: role === 'secretariat' ? null : role === 'member_delegate' ? 'DEU' : 'ORG',
      ...(role === 'stakeholder' ? { constituency: 'industry' } : {}),
      password: 'matrix-password-long',
    });
    tokens.set(
      role,
      (await f.services.accounts.createToken(a.id, { name: 'matrix', days: 1 })).token,
    );
  }
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })),
  );
});
afterAll(async () => {
  await app.close();
  await f.close();
});

const key = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

describe('authorisation matrix', () => {
  it('lists every route that is not a GET, and nothing that is not a route', () => {
    const known = new Set(routes.map(key));
    const unlisted = routes.filter((r) => r.method !== 'GET' && !(key(r) in EXPECTED)).map(key);
    expect(unlisted).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !known.has(k))).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  it('lets through or refuses every route for every caller as the table says', async () => {
    const wrong: string[] = [];
    for (const r of routes) {
      const allowed = EXPECTED[key(r)] ?? EVERYONE;
      const url = r.path.replace(/\{(\w+)\}/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? 'x');
      for (const caller of CALLERS) {
        const token = tokens.get(caller);
        const res = await app.inject({
          method: r.method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }),
        });
        const refused = res.statusCode === 401 || res.statusCode === 403;
        if (refused === allowed.includes(caller))
          wrong.push(
            `${key(r)} as ${caller}: ${res.statusCode} (${allowed.includes(caller) ? 'should pass' : 'should be refused'})`,
          );
        if (res.statusCode >= 500) wrong.push(`${key(r)} as ${caller}: ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
