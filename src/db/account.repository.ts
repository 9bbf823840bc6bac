// Accounts, sessions, personal API tokens and setup tokens. Secrets arrive here already hashed
// (the service hashes them); rows are mapped to plain objects before they leave db/.
import { SqliteAdapter, type Kysely } from 'kysely';
import type { Constituency, Role } from '../core/accounts/access.ts';
import type { StoredAccount, StoredToken } from '../core/accounts/account.ts';
import type { AccountRow, ApiTokenRow, Database } from './schema.ts';

const toAccount = (r: AccountRow): StoredAccount => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  delegation: r.delegation,
  constituency: r.constituency as Constituency | null,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
});

const toToken = (r: ApiTokenRow): StoredToken => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export class AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(a: StoredAccount, passwordHash: string | null): Promise<void> {
    await this.db
      .insertInto('accounts')
      .values({
        id: a.id,
        email: a.email,
        name: a.name,
        role: a.role,
        delegation: a.delegation,
        constituency: a.constituency,
        password_hash: passwordHash,
        created_at: a.createdAt,
        disabled_at: a.disabledAt,
      })
      .execute();
  }

  async list(): Promise<StoredAccount[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('email').execute();
    return rows.map(toAccount);
  }

  async get(id: string): Promise<StoredAccount | undefined> {
    const r = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toAccount(r);
  }

  /** The account with this e-mail (compared in lower case) and its password hash. */
  async byEmail(
    email: string,
  ): Promise<{ account: StoredAccount; passwordHash: string | null } | undefined> {
    const r = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return r && { account: toAccount(r), passwordHash: r.password_hash };
  }

  async countByRole(role: Role): Promise<number> {
    const r = await this.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where('role', '=', role)
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /**
   * The ids of the active (not disabled) accounts with this role. Inside a PostgreSQL transaction
   * the rows stay locked until it ends (SELECT … FOR UPDATE), so two transactions that each check
   * "is another one left?" before disabling or demoting one cannot both pass; SQLite runs one
   * write transaction at a time.
   */
  async lockActiveByRole(role: Role): Promise<string[]> {
    let q = this.db
      .selectFrom('accounts')
      .select('id')
      .where('role', '=', role)
      .where('disabled_at', 'is', null)
      .orderBy('id');
    if (this.db.isTransaction && !(this.db.getExecutor().adapter instanceof SqliteAdapter))
      q = q.forUpdate();
    return (await q.execute()).map((r) => r.id);
  }

  /** The account's password hash (null: none set, or no such account). */
  async passwordHash(id: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    return r?.password_hash ?? null;
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({ password_hash: passwordHash })
      .where('id', '=', id)
      .execute();
  }

  async update(
    id: string,
    change: Partial<
      Pick<StoredAccount, 'name' | 'role' | 'delegation' | 'constituency' | 'disabledAt'>
    >,
  ): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.delegation !== undefined ? { delegation: change.delegation } : {}),
        ...(change.constituency !== undefined ? { constituency: change.constituency } : {}),
        ...(change.disabledAt !== undefined ? { disabled_at: change.disabledAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  // --- sessions ----------------------------------------------------------------------------

  async createSession(s: {
    tokenHash: string;
    accountId: string;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        account_id: s.accountId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
      })
      .execute();
  }

  /** The live session with this token hash and its account (not disabled), if any. */
  async session(
    tokenHash: string,
    now: string,
  ): Promise<{ account: StoredAccount; csrfToken: string } | undefined> {
    const r = await this.db
      .selectFrom('sessions as s')
      .innerJoin('accounts as a', 'a.id', 's.account_id')
      .selectAll('a')
      .select('s.csrf_token')
      .where('s.token_hash', '=', tokenHash)
      .where('s.expires_at', '>', now)
      .where('a.disabled_at', 'is', null)
      .executeTakeFirst();
    return r && { account: toAccount(r), csrfToken: r.csrf_token };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends the account's sessions, all or all but the one with `keepTokenHash`; how many ended. */
  async deleteSessionsOf(accountId: string, keepTokenHash: string | null = null): Promise<number> {
    let q = this.db.deleteFrom('sessions').where('account_id', '=', accountId);
    if (keepTokenHash !== null) q = q.where('token_hash', '!=', keepTokenHash);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  // --- API tokens --------------------------------------------------------------------------

  async createToken(t: StoredToken, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        account_id: t.accountId,
        name: t.name,
        token_hash: tokenHash,
        created_at: t.createdAt,
        expires_at: t.expiresAt,
        revoked_at: t.revokedAt,
        last_used_at: t.lastUsedAt,
      })
      .execute();
  }

  async tokens(accountId: string): Promise<StoredToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toToken);
  }

  /** The account of a live token (not revoked, not expired, account not disabled). */
  async byToken(
    tokenHash: string,
    now: string,
  ): Promise<{ account: StoredAccount; tokenId: string } | undefined> {
    const r = await this.db
      .selectFrom('api_tokens as t')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .selectAll('a')
      .select('t.id as token_id')
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .where('t.expires_at', '>', now)
      .where('a.disabled_at', 'is', null)
      .executeTakeFirst();
    return r && { account: toAccount(r), tokenId: r.token_id };
  }

  async touchToken(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** Revokes one of the account's tokens; false when it has no such live token. */
  async revokeToken(accountId: string, id: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Revokes every live token of the account; how many. */
  async revokeTokensOf(accountId: string, now: string): Promise<number> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  // --- setup tokens ------------------------------------------------------------------------

  async createSetupToken(tokenHash: string, createdAt: string, expiresAt: string): Promise<void> {
    await this.db.deleteFrom('setup_tokens').execute();
    await this.db
      .insertInto('setup_tokens')
      .values({ token_hash: tokenHash, created_at: createdAt, expires_at: expiresAt })
      .execute();
  }

  /** Consumes a live setup token: true once, then false. */
  async consumeSetupToken(tokenHash: string, now: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('setup_tokens')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
