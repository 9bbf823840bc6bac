// Accounts and their credentials: passwords hashed with scrypt (memory-hard), login sessions with
// a CSRF token, personal API tokens (shown once, stored hashed, revocable, expiring), rate-limited
// login, and the first secretariat account (from ADMIN_EMAIL/ADMIN_PASSWORD or a one-time setup
// token). Turns a presented secret into the Principal that `can` judges.
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  CONSTITUENCIES,
  ROLES,
  type Constituency,
  type Principal,
  type Role,
} from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import type { StoredAccount, StoredToken } from '../db/account.repository.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';

export type { StoredAccount, StoredToken };

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32, maxmem: 64 * 1024 * 1024 };
export const SESSION_HOURS = 12;
export const SETUP_TOKEN_HOURS = 24;
export const MAX_TOKEN_DAYS = 366;
/** Failed logins allowed per e-mail address and per client address within the window. */
export const LOGIN_FAILURES_ALLOWED = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const secret = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keylen, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return [
    'scrypt',
    SCRYPT.N,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      password,
      Buffer.from(salt, 'base64'),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem },
      (err, k) => (err ? reject(err) : resolve(k)),
    ),
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const password = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters');

export const accountDraftSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().email('must be an e-mail address').max(200),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    role: z.enum(ROLES as [Role, ...Role[]]),
    delegation: z
      .string()
      .trim()
      .regex(
        /^[A-Z][A-Z0-9_]{1,15}$/,
        'must be an upper-case code: ISO3 (DEU), EU, or an organisation code (OECD)',
      )
      .nullable()
      .optional(),
    constituency: z
      .enum(CONSTITUENCIES as [Constituency, ...Constituency[]])
      .nullable()
      .optional(),
    password,
  })
  .superRefine((a, ctx) => {
    const needsDelegation = a.role !== 'secretariat';
    if (needsDelegation && !a.delegation)
      ctx.addIssue({
        code: 'custom',
        path: ['delegation'],
        message: `a ${a.role.replace('_', ' ')} speaks for a delegation: give its code`,
      });
    if (a.role === 'stakeholder' && !a.constituency)
      ctx.addIssue({
        code: 'custom',
        path: ['constituency'],
        message: 'a stakeholder has a constituency: industry, ngo, academia or technical',
      });
    if (a.role !== 'stakeholder' && a.constituency)
      ctx.addIssue({
        code: 'custom',
        path: ['constituency'],
        message: 'only stakeholders have a constituency',
      });
  });

export type AccountDraft = z.output<typeof accountDraftSchema>;

export interface LoginResult {
  account: StoredAccount;
  /** The session secret: goes into the httpOnly cookie, never into the page. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

const principalOf = (a: StoredAccount): Principal => ({
  kind: 'account',
  accountId: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
  delegation: a.delegation,
  constituency: a.constituency,
});

/** Counts failures per key in a sliding window (in memory: one server process). */
class FailureCounter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly allowed: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}
  blocked(key: string): boolean {
    return this.recent(key).length >= this.allowed;
  }
  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }
  clear(key: string): void {
    this.failures.delete(key);
  }
  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}

export class AccountService {
  private readonly loginFailures: FailureCounter;

  constructor(
    private readonly store: Store,
    /** Records account and role changes in the governance log (absent in unit tests). */
    private readonly audit: Pick<AuditService, 'append'> | null = null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.loginFailures = new FailureCounter(LOGIN_FAILURES_ALLOWED, LOGIN_WINDOW_MS, () =>
      this.clock().getTime(),
    );
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private later(hours: number): string {
    return new Date(this.clock().getTime() + hours * 3_600_000).toISOString();
  }

  /**
   * Creates an account (the route checks the caller may administer accounts); recorded in the
   * governance log as a role change, by `actor`.
   */
  async create(input: unknown, actor = 'operator'): Promise<StoredAccount> {
    const draft = parseInput(accountDraftSchema, input, 'account');
    if (await this.store.accounts.byEmail(draft.email))
      throw new DomainError('conflict', `an account with the e-mail ${draft.email} exists`, [
        { path: 'email', message: 'already in use' },
      ]);
    const account: StoredAccount = {
      id: randomUUID(),
      email: draft.email,
      name: draft.name,
      role: draft.role,
      delegation: draft.delegation ?? null,
      constituency: draft.constituency ?? null,
      createdAt: this.now(),
      disabledAt: null,
    };
    const hash = await hashPassword(draft.password);
    await this.store.transaction(async (tx) => {
      await tx.accounts.create(account, hash);
      await this.audit?.append(tx, {
        actor,
        type: 'role.changed',
        payload: {
          account: account.id,
          email: account.email,
          role: account.role,
          delegation: account.delegation,
          constituency: account.constituency,
          change: 'created',
        },
        at: account.createdAt,
      });
    });
    return account;
  }

  list(): Promise<StoredAccount[]> {
    return this.store.accounts.list();
  }

  /**
   * Checks an e-mail and password and opens a session. After {@link LOGIN_FAILURES_ALLOWED}
   * failures for the address or the client within {@link LOGIN_WINDOW_MS}, refuses (429) without
   * checking; the answer never says whether the address exists.
   */
  async login(email: string, pass: string, client: string): Promise<LoginResult> {
    const keys = [`email:${email.trim().toLowerCase()}`, `client:${client}`];
    if (keys.some((k) => this.loginFailures.blocked(k)))
      throw new DomainError(
        'rate_limited',
        'too many failed sign-ins: wait 15 minutes and try again',
      );
    const found = await this.store.accounts.byEmail(email.trim());
    const ok =
      found !== undefined &&
      found.account.disabledAt === null &&
      found.passwordHash !== null &&
      (await verifyPassword(pass, found.passwordHash));
    if (!ok) {
      for (const k of keys) this.loginFailures.fail(k);
      throw new DomainError('unauthorized', 'wrong e-mail address or password');
    }
    for (const k of keys) this.loginFailures.clear(k);
    const sessionToken = secret('tas_');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = this.later(SESSION_HOURS);
    await this.store.accounts.deleteExpiredSessions(this.now());
    await this.store.accounts.createSession({
      tokenHash: sha256(sessionToken),
      accountId: found.account.id,
      csrfToken,
      createdAt: this.now(),
      expiresAt,
    });
    return { account: found.account, sessionToken, csrfToken, expiresAt };
  }

  async logout(sessionToken: string): Promise<void> {
    await this.store.accounts.deleteSession(sha256(sessionToken));
  }

  /** The principal and CSRF token of a live session, or null. */
  async fromSession(
    sessionToken: string,
  ): Promise<{ principal: Principal; csrfToken: string } | null> {
    const s = await this.store.accounts.session(sha256(sessionToken), this.now());
    return s ? { principal: principalOf(s.account), csrfToken: s.csrfToken } : null;
  }

  /** The principal of a live personal API token, or null. */
  async fromToken(token: string): Promise<Principal | null> {
    const t = await this.store.accounts.byToken(sha256(token), this.now());
    if (!t) return null;
    await this.store.accounts.touchToken(t.tokenId, this.now());
    return principalOf(t.account);
  }

  /** Creates a personal API token; the secret is returned this once and stored hashed. */
  async createToken(
    accountId: string,
    input: { name: string; days: number },
  ): Promise<{ token: string; info: StoredToken }> {
    const info: StoredToken = {
      id: randomUUID(),
      accountId,
      name: input.name,
      createdAt: this.now(),
      expiresAt: this.later(input.days * 24),
      revokedAt: null,
      lastUsedAt: null,
    };
    const token = secret('tat_');
    await this.store.accounts.createToken(info, sha256(token));
    return { token, info };
  }

  tokens(accountId: string): Promise<StoredToken[]> {
    return this.store.accounts.tokens(accountId);
  }

  async revokeToken(accountId: string, id: string): Promise<void> {
    if (!(await this.store.accounts.revokeToken(accountId, id, this.now())))
      throw notFound('token', id);
  }

  /**
   * On a server with no secretariat account: creates it from `admin` (ADMIN_EMAIL and
   * ADMIN_PASSWORD) when given, otherwise issues a one-time setup token (valid 24 hours) for the
   * setup page. Nothing when a secretariat account exists. Never a default password.
   */
  async ensureAdmin(
    admin: { email: string; password: string } | null,
  ): Promise<
    | { kind: 'exists' }
    | { kind: 'created'; email: string }
    | { kind: 'setup'; token: string; expiresAt: string }
  > {
    if ((await this.store.accounts.countByRole('secretariat')) > 0) return { kind: 'exists' };
    if (admin) {
      const a = await this.create({
        email: admin.email,
        name: 'Secretariat',
        role: 'secretariat',
        password: admin.password,
      });
      return { kind: 'created', email: a.email };
    }
    const token = secret('tau_');
    const expiresAt = this.later(SETUP_TOKEN_HOURS);
    await this.store.accounts.createSetupToken(sha256(token), this.now(), expiresAt);
    return { kind: 'setup', token, expiresAt };
  }

  /** Creates the first secretariat account with a setup token (used once). */
  async setup(
    token: string,
    input: { email: string; name: string; password: string },
  ): Promise<StoredAccount> {
    if ((await this.store.accounts.countByRole('secretariat')) > 0)
      throw new DomainError('conflict', 'this server is set up already: sign in');
    // Check the input before the token is spent on it.
    parseInput(accountDraftSchema, { ...input, role: 'secretariat' }, 'account');
    if (!(await this.store.accounts.consumeSetupToken(sha256(token), this.now())))
      throw new DomainError(
        'unauthorized',
        'the setup link is wrong, used or expired: restart the server for a new one',
      );
    return this.create({ ...input, role: 'secretariat' });
  }
}
