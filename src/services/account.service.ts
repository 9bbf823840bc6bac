// Accounts and their credentials: passwords hashed with scrypt (memory-hard), login sessions with
// a CSRF token, personal API tokens (shown once, stored hashed, revocable, expiring), rate-limited
// login, and the first secretariat account (from ADMIN_EMAIL/ADMIN_PASSWORD or a one-time setup
// token). Turns a presented secret into the Principal that `can` judges.
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  actorOf,
  can,
  CONSTITUENCIES,
  OPERATOR,
  ROLES,
  type Constituency,
  type Permission,
  type Principal,
  type Role,
} from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { SUPRANATIONAL_BODIES } from '../core/groupings/grouping.ts';
import { parseInput } from '../core/parse-input.ts';
import type { StoredAccount, StoredToken } from '../core/accounts/account.ts';
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
  .superRefine((a, ctx) => roleRules(a, ctx));

/** A role with its delegation and constituency, checked together (shared by create and change). */
function roleRules(
  a: { role: Role; delegation?: string | null; constituency?: Constituency | null },
  ctx: z.RefinementCtx,
): void {
  {
    const needsDelegation = a.role !== 'secretariat';
    if (needsDelegation && !a.delegation)
      ctx.addIssue({
        code: 'custom',
        path: ['delegation'],
        message: `a ${a.role.replace('_', ' ')} speaks for a delegation: give its code`,
      });
    if (!needsDelegation && a.delegation)
      ctx.addIssue({
        code: 'custom',
        path: ['delegation'],
        message: 'the secretariat speaks for no delegation: leave it empty',
      });
    // A member or partner delegation is an economy (ISO3) or a supranational member (EU, AU);
    // organisation codes (OECD) are for observers and stakeholders.
    if (
      (a.role === 'member_delegate' || a.role === 'partner_delegate') &&
      a.delegation &&
      !/^[A-Z]{3}$/.test(a.delegation) &&
      !(a.delegation in SUPRANATIONAL_BODIES)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['delegation'],
        message: `a ${a.role.replace('_', ' ')}'s delegation is an economy's ISO3 code (DEU) or ${Object.keys(SUPRANATIONAL_BODIES).join(' or ')}`,
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
  }
}

/** A new role for an account: the delegation and constituency as for a new account. */
export const roleChangeSchema = z
  .strictObject({
    role: accountDraftSchema.shape.role,
    delegation: accountDraftSchema.shape.delegation,
    constituency: accountDraftSchema.shape.constituency,
  })
  .superRefine((a, ctx) => roleRules(a, ctx));

/** A password change: the current password and the new one. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1, 'give your current password').max(200),
  newPassword: password,
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

/**
 * The hash a sign-in for an unknown (or disabled, or password-less) account is checked against:
 * the same scrypt work as for a real account, so the answer takes as long either way.
 */
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = (): Promise<string> =>
  (dummyHash ??= hashPassword(randomBytes(32).toString('base64url')));

/** Throws 401/403 unless the caller holds the permission (the routes asked already). */
function allow(by: Principal, permission: Permission): void {
  const d = can(by, permission);
  if (!d.allowed) throw new DomainError(d.status === 401 ? 'unauthorized' : 'forbidden', d.reason);
}

/** The caller's own account (`account:self`): the operator and anonymous callers have none. */
function ownAccount(by: Principal): Extract<Principal, { kind: 'account' }> {
  allow(by, 'account:self');
  if (by.kind !== 'account') throw new DomainError('forbidden', 'sign in with an account');
  return by;
}

export class AccountService {
  constructor(
    private readonly store: Store,
    /** Records account and role changes in the governance log (absent in unit tests). */
    private readonly audit: Pick<AuditService, 'append'> | null = null,
    private readonly clock: () => Date = () => new Date(),
    /** Checks a password against a stored hash (a parameter so tests can see it called). */
    private readonly verify: (
      password: string,
      stored: string,
    ) => Promise<boolean> = verifyPassword,
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  private later(hours: number): string {
    return new Date(this.clock().getTime() + hours * 3_600_000).toISOString();
  }

  /**
   * Creates an account, by `by` (who must hold `admin`; the server itself creates the first
   * secretariat account as the operator); recorded in the governance log as a role change by
   * `actor` (default `actorOf(by)`), with ids and codes only.
   */
  async create(
    input: unknown,
    by: Principal = OPERATOR,
    actor: string = actorOf(by),
  ): Promise<StoredAccount> {
    allow(by, 'admin');
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
   * checking; the answer never says whether the address exists, and an unknown address costs the
   * same password check as a known one. Attempts are counted in the database (every server process
   * on it counts together), recorded before the check so parallel attempts cannot slip past the
   * limit. A success removes its own attempt and clears the e-mail address's failures, never the
   * client's: signing in to one's own account does not buy more guesses at another.
   */
  async login(email: string, pass: string, client: string): Promise<LoginResult> {
    const addressKey = sha256(`email:${email.trim().toLowerCase()}`);
    const keys = [addressKey, sha256(`client:${client}`)];
    const attempts = this.store.loginAttempts;
    const attempt = await this.openAttempt(keys);
    const found = await this.store.accounts.byEmail(email.trim());
    const stored = found?.account.disabledAt === null ? found.passwordHash : null;
    const matches = await this.verify(pass, stored ?? (await dummyPasswordHash()));
    // A failure leaves its attempt recorded: that is what the limit counts.
    if (!found || stored === null || !matches)
      throw new DomainError('unauthorized', 'wrong e-mail address or password');
    await attempts.remove(attempt);
    await attempts.clear(addressKey);
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
  // --- administration (the secretariat) and one's own account ----------------------------

  /** The account with this id or e-mail address; 404 naming it otherwise. */
  async find(ref: string): Promise<StoredAccount> {
    const r = ref.trim();
    const found = r.includes('@')
      ? (await this.store.accounts.byEmail(r))?.account
      : await this.store.accounts.get(r);
    if (!found) throw notFound('account', r);
    return found;
  }

  /**
   * Disables an account: it can no longer sign in, its sessions end and its API tokens are revoked
   * at once (re-enabling does not bring them back). The last active secretariat account cannot be
   * disabled (409). Recorded as `account.disabled`. Disabling a disabled account changes nothing.
   */
  async disable(id: string, by: Principal, actor: string = actorOf(by)): Promise<StoredAccount> {
    allow(by, 'admin');
    return this.store.transaction(async (tx) => {
      const account = await this.mustGet(tx, id);
      if (account.disabledAt !== null) return account;
      if (account.role === 'secretariat') await this.keepOneSecretariat(tx, account.id, 'disable');
      const at = this.now();
      await tx.accounts.update(account.id, { disabledAt: at });
      const sessionsEnded = await tx.accounts.deleteSessionsOf(account.id);
      const tokensRevoked = await tx.accounts.revokeTokensOf(account.id, at);
      await this.audit?.append(tx, {
        actor,
        type: 'account.disabled',
        payload: { account: account.id, sessionsEnded, tokensRevoked },
        at,
      });
      return { ...account, disabledAt: at };
    });
  }

  /** Enables a disabled account again (it signs in with its password). Recorded as `account.enabled`. */
  async enable(id: string, by: Principal, actor: string = actorOf(by)): Promise<StoredAccount> {
    allow(by, 'admin');
    return this.store.transaction(async (tx) => {
      const account = await this.mustGet(tx, id);
      if (account.disabledAt === null) return account;
      const at = this.now();
      await tx.accounts.update(account.id, { disabledAt: null });
      await this.audit?.append(tx, {
        actor,
        type: 'account.enabled',
        payload: { account: account.id },
        at,
      });
      return { ...account, disabledAt: null };
    });
  }

  /**
   * Changes an account's role, with its delegation and constituency (checked as for a new
   * account). The last active secretariat account cannot be given another role (409). Recorded
   * as `role.changed` with the role before and after.
   */
  async changeRole(
    id: string,
    input: unknown,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<StoredAccount> {
    allow(by, 'admin');
    const change = parseInput(roleChangeSchema, input, 'role change');
    return this.store.transaction(async (tx) => {
      const account = await this.mustGet(tx, id);
      const next = {
        role: change.role,
        delegation: change.delegation ?? null,
        constituency: change.constituency ?? null,
      };
      if (
        account.role === next.role &&
        account.delegation === next.delegation &&
        account.constituency === next.constituency
      )
        return account;
      if (account.role === 'secretariat' && next.role !== 'secretariat' && !account.disabledAt)
        await this.keepOneSecretariat(tx, account.id, 'demote');
      await tx.accounts.update(account.id, next);
      await this.audit?.append(tx, {
        actor,
        type: 'role.changed',
        payload: {
          account: account.id,
          change: 'role',
          ...next,
          previous: {
            role: account.role,
            delegation: account.delegation,
            constituency: account.constituency,
          },
        },
        at: this.now(),
      });
      return { ...account, ...next };
    });
  }

  /**
   * Records a password check about to be made under `keys` and returns its id; refuses (429)
   * without checking when a key already has {@link LOGIN_FAILURES_ALLOWED} failures within
   * {@link LOGIN_WINDOW_MS}. The caller removes the attempt when the password matches; a failure
   * leaves it recorded: that is what the limit counts.
   */
  private async openAttempt(keys: string[]): Promise<string> {
    const attempts = this.store.loginAttempts;
    const attempt = randomUUID();
    const since = new Date(this.clock().getTime() - LOGIN_WINDOW_MS).toISOString();
    await attempts.prune(since);
    await attempts.record(attempt, keys, this.now());
    const counts = await attempts.countSince(keys, since);
    if ([...counts.values()].some((n) => n > LOGIN_FAILURES_ALLOWED)) {
      await attempts.remove(attempt);
      throw new DomainError(
        'rate_limited',
        'too many failed password checks: wait 15 minutes and try again',
        [],
        { retryAfterSeconds: LOGIN_WINDOW_MS / 1000 },
      );
    }
    return attempt;
  }

  /**
   * Changes the caller's own password: needs the current one (400 naming `currentPassword` when
   * wrong). Every other session of the account ends; the one making the change
   * (`currentSession`, the cookie's secret) stays. Recorded as `account.password_changed`.
   */
  async changePassword(
    by: Principal,
    input: unknown,
    currentSession: string | null = null,
  ): Promise<{ sessionsEnded: number }> {
    const me = ownAccount(by);
    const change = parseInput(passwordChangeSchema, input, 'password change');
    // Wrong current passwords count against the account's address like failed sign-ins: a stolen
    // session cannot be used to guess the password.
    const attempt = await this.openAttempt([sha256(`email:${me.email.trim().toLowerCase()}`)]);
    const stored = await this.store.accounts.passwordHash(me.accountId);
    if (stored === null || !(await this.verify(change.currentPassword, stored)))
      throw new DomainError('validation_failed', 'currentPassword: the current password is wrong', [
        { path: 'currentPassword', message: 'wrong password' },
      ]);
    await this.store.loginAttempts.remove(attempt);
    if (change.newPassword === change.currentPassword)
      throw new DomainError(
        'validation_failed',
        'newPassword: must differ from the current password',
        [{ path: 'newPassword', message: 'same as the current password' }],
      );
    const hash = await hashPassword(change.newPassword);
    return this.store.transaction(async (tx) => {
      await tx.accounts.setPassword(me.accountId, hash);
      const sessionsEnded = await tx.accounts.deleteSessionsOf(
        me.accountId,
        currentSession ? sha256(currentSession) : null,
      );
      await this.audit?.append(tx, {
        actor: actorOf(by),
        type: 'account.password_changed',
        payload: { account: me.accountId, sessionsEnded },
        at: this.now(),
      });
      return { sessionsEnded };
    });
  }

  /**
   * Ends every session of the caller's account but the one asking (`currentSession`, the
   * cookie's secret; null: all of them). API tokens are not touched (revoke them one by one).
   * Recorded as `account.sessions_ended`.
   */
  async endOtherSessions(
    by: Principal,
    currentSession: string | null = null,
  ): Promise<{ sessionsEnded: number }> {
    const me = ownAccount(by);
    return this.store.transaction(async (tx) => {
      const sessionsEnded = await tx.accounts.deleteSessionsOf(
        me.accountId,
        currentSession ? sha256(currentSession) : null,
      );
      await this.audit?.append(tx, {
        actor: actorOf(by),
        type: 'account.sessions_ended',
        payload: { account: me.accountId, sessionsEnded },
        at: this.now(),
      });
      return { sessionsEnded };
    });
  }

  private async mustGet(tx: Store, id: string): Promise<StoredAccount> {
    const account = await tx.accounts.get(id);
    if (!account) throw notFound('account', id);
    return account;
  }

  /** 409 when `id` is the only active secretariat account (rows locked until the commit). */
  private async keepOneSecretariat(
    tx: Store,
    id: string,
    act: 'disable' | 'demote',
  ): Promise<void> {
    const active = await tx.accounts.lockActiveByRole('secretariat');
    if (active.every((other) => other === id))
      throw new DomainError(
        'conflict',
        `this is the last active secretariat account: it cannot be ${act === 'disable' ? 'disabled' : 'given another role'}; create or enable another secretariat account first`,
      );
  }
}
