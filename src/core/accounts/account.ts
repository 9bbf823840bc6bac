// Accounts and their personal API tokens as the platform keeps them (secrets and password hashes
// stay in the database layer and never take part in these records).
import type { Constituency, Role } from './access.ts';

/** A person's account: their role and the delegation they speak for. */
export interface StoredAccount {
  id: string;
  /** In lower case; unique. */
  email: string;
  name: string;
  role: Role;
  /** The member or partner economy (ISO3, or `EU`) or the organisation's code; null for the secretariat. */
  delegation: string | null;
  /** A stakeholder's constituency; null for every other role. */
  constituency: Constituency | null;
  createdAt: string;
  /** When it was disabled (it can no longer sign in); null while active. */
  disabledAt: string | null;
}

/** A personal API token of an account (never its secret, which only its hash is kept of). */
export interface StoredToken {
  id: string;
  accountId: string;
  /** What its owner called it (`laptop CLI`). */
  name: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
