// The CLI's saved sign-in: `techalliance login` keeps a personal API token in a file only its user
// may read (TECHALLIANCE_CREDENTIALS, default ~/.config/techalliance/credentials.json); commands
// that act for an account (proposals, votes) present it. TECHALLIANCE_TOKEN overrides the file.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import type { Services } from '../services/services.ts';

export interface SavedCredentials {
  email: string;
  token: string;
  tokenId: string;
  expiresAt: string;
}

export const credentialsFile = (env: NodeJS.ProcessEnv = process.env): string =>
  env.TECHALLIANCE_CREDENTIALS ?? join(homedir(), '.config', 'techalliance', 'credentials.json');

export function saveCredentials(c: SavedCredentials, file = credentialsFile()): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(c, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
}

export function readCredentials(file = credentialsFile()): SavedCredentials | null {
  if (!existsSync(file)) return null;
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Partial<SavedCredentials>;
    return typeof c.token === 'string' && typeof c.email === 'string'
      ? (c as SavedCredentials)
      : null;
  } catch {
    throw new DomainError(
      'bad_file',
      `${file}: not readable credentials: run techalliance login again`,
    );
  }
}

export function forgetCredentials(file = credentialsFile()): boolean {
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}

/** The account the CLI acts for: TECHALLIANCE_TOKEN, or the saved login; throws when neither. */
export async function cliPrincipal(
  services: Services,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Principal> {
  const token = env.TECHALLIANCE_TOKEN ?? readCredentials(credentialsFile(env))?.token;
  if (!token)
    throw new DomainError(
      'unauthorized',
      'not signed in: run techalliance login (or set TECHALLIANCE_TOKEN)',
    );
  const p = await services.accounts.fromToken(token);
  if (!p)
    throw new DomainError(
      'unauthorized',
      'the saved sign-in is revoked or expired: run techalliance login',
    );
  return p;
}
