// Configuration: environment variables parsed once into a validated, frozen object.
import { resolve } from 'node:path';
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** Always a full URL: `sqlite:<absolute path>` when DATABASE_URL is not set. */
  databaseUrl: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Bearer token that authorises writes through the API; unset = the API accepts no writes. */
  apiWriteToken: string | null;
}

/** Reads the environment; throws naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${resolve(DEFAULT_SQLITE_FILE)}`,
    logLevel: e.LOG_LEVEL,
    apiWriteToken: e.API_WRITE_TOKEN ?? null,
  });
}
