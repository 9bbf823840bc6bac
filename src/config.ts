// Configuration: environment variables parsed once into a validated, frozen object.
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_SQLITE_FILE = 'var/techalliance.sqlite';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:')
    .optional(),
  API_WRITE_TOKEN: z
    .string()
    .min(24, 'must be at least 24 characters (e.g. `openssl rand -hex 24`)')
    .optional(),
  AUDIT_SIGNING_KEY: z
    .string()
    .trim()
    .min(1, 'must not be empty (unset it to use the key file)')
    .optional(),
  AUDIT_SIGNING_KEY_FILE: z
    .string()
    .trim()
    .refine((f) => isAbsolute(f), 'must be an absolute path to the key file')
    .optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((v) => v.split(',').map((a) => a.trim()))
    .refine(
      (list) =>
        list.every((a) => {
          const [ip, bits, extra] = a.split('/');
          return (
            extra === undefined &&
            isIP(ip ?? '') !== 0 &&
            (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= 128))
          );
        }),
      'must be comma-separated IP addresses or CIDR ranges of the reverse proxies, e.g. 127.0.0.1',
    )
    .optional(),
  ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** Always a full URL: `sqlite:<absolute path>` when DATABASE_URL is not set. */
  databaseUrl: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** The operator's bearer token (acts with the secretariat's rights); unset = no operator. */
  apiWriteToken: string | null;
  /** Ed25519 private key (PKCS#8 PEM or base64 DER) that signs the audit log. */
  auditSigningKey: string | null;
  /**
   * Absolute path of the file holding that key (`techalliance audit keygen --out <file>`). With
   * neither: SQLite uses the file beside the database; PostgreSQL has no key (writes refused).
   */
  auditSigningKeyFile: string | null;
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (the
   * client's address for the sign-in limit, https for the Secure cookie); null: none.
   */
  trustProxy: string[] | null;
  /** The first secretariat account, created on first start when none exists (no default). */
  admin: { email: string; password: string } | null;
}

/** Reads the environment; throws naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  if (e.AUDIT_SIGNING_KEY !== undefined && e.AUDIT_SIGNING_KEY_FILE !== undefined)
    throw new Error(
      'configuration: AUDIT_SIGNING_KEY and AUDIT_SIGNING_KEY_FILE: set one of them, not both',
    );
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined))
    throw new Error(
      'configuration: ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
    );
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${resolve(DEFAULT_SQLITE_FILE)}`,
    logLevel: e.LOG_LEVEL,
    apiWriteToken: e.API_WRITE_TOKEN ?? null,
    auditSigningKey: e.AUDIT_SIGNING_KEY ?? null,
    auditSigningKeyFile: e.AUDIT_SIGNING_KEY_FILE ?? null,
    trustProxy: e.TRUST_PROXY ?? null,
    admin:
      e.ADMIN_EMAIL !== undefined && e.ADMIN_PASSWORD !== undefined
        ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD }
        : null,
  });
}
