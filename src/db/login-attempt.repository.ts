// Sign-in attempts for the login rate limit: one row per attempt and key, written before the
// password is checked and removed when it succeeds, so what remains are failures (and attempts
// still being checked). Kept in the database so that several server processes count together.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export class LoginAttemptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records one attempt under each key, at `at` (ISO time). */
  async record(id: string, keyHashes: readonly string[], at: string): Promise<void> {
    if (keyHashes.length === 0) return;
    await this.db
      .insertInto('login_attempts')
      .values(keyHashes.map((key_hash) => ({ id, key_hash, at })))
      .execute();
  }

  /** Attempts per key since `since` (exclusive); keys without any are 0. */
  async countSince(keyHashes: readonly string[], since: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>(keyHashes.map((k) => [k, 0]));
    if (keyHashes.length === 0) return counts;
    const rows = await this.db
      .selectFrom('login_attempts')
      .select((eb) => ['key_hash', eb.fn.countAll<number>().as('n')])
      .where('key_hash', 'in', [...keyHashes])
      .where('at', '>', since)
      .groupBy('key_hash')
      .execute();
    for (const r of rows) counts.set(r.key_hash, Number(r.n));
    return counts;
  }

  /** Removes one attempt (every key), e.g. when it succeeded or was refused unchecked. */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('id', '=', id).execute();
  }

  /** Removes every attempt under `keyHash`. */
  async clear(keyHash: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('key_hash', '=', keyHash).execute();
  }

  /** Removes attempts at or before `before`: outside every window. */
  async prune(before: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('at', '<=', before).execute();
  }
}
