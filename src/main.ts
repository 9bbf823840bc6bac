// Composition root: the only module that knows every adapter. Opens the platform, builds the HTTP
// app and runs the command line.
// Adapters are imported when first used, so that the command line starts fast: `--help` loads
// none, only `serve` loads Fastify.
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { runProgram } from './cli/program.ts';
import type { OpenOptions, Platform } from './services/platform.ts';
import type { Services } from './services/services.ts';
import type { WorkerPoolOptions } from './services/worker-pool.ts';
import { DomainError } from './core/errors.ts';

export interface RunningServer {
  app: FastifyInstance;
  platform: Platform;
  url: string;
  close(): Promise<void>;
}

/** Opens the database named in config, builds the app and listens. */
export async function startServer(
  config: Readonly<Config>,
  options: OpenOptions & { log?: boolean; workers?: WorkerPoolOptions } = {},
): Promise<RunningServer> {
  const [
    { buildApp },
    { openPlatform },
    { buildServices },
    { createWorkerPool, workerThreadsFromEnv },
    { WebhookDispatcher },
  ] = await Promise.all([
    import('./http/app.ts'),
    import('./services/platform.ts'),
    import('./services/services.ts'),
    import('./services/worker-pool.ts'),
    import('./services/webhooks.ts'),
  ]);
  // CPU-heavy work runs in worker threads (WORKER_THREADS, default cores − 1), closed with the server.
  const { workers, ...openOptions } = options;
  const threads = workers?.threads ?? workerThreadsFromEnv(process.env);
  const platform = await openPlatform(config.databaseUrl, {
    auditSigningKey: config.auditSigningKey,
    auditSigningKeyFile: config.auditSigningKeyFile,
    ...openOptions,
  });
  const pool = createWorkerPool({ ...workers, threads });
  let app: FastifyInstance | undefined;
  let admin: Awaited<ReturnType<Services['accounts']['ensureAdmin']>>;
  try {
    const services = buildServices(platform, pool);
    admin = await platform.exclusive(() =>
      services.accounts.ensureAdmin(config.admin).catch((e: unknown) => {
        // Creating the first account is recorded in the governance log: it needs the key.
        if (e instanceof DomainError && e.code === 'unavailable' && config.admin !== null)
          throw new DomainError(
            'unavailable',
            `ADMIN_EMAIL/ADMIN_PASSWORD: the first secretariat account cannot be created, because its creation is recorded in the governance log — ${e.message}`,
          );
        throw e;
      }),
    );
    app = await buildApp(services, {
      logger: options.log === false ? false : { level: config.logLevel },
      apiWriteToken: config.apiWriteToken,
      trustProxy: config.trustProxy,
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app?.close();
    await pool.close();
    await platform.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (admin.kind === 'created' && options.log !== false)
    process.stderr.write(`created the secretariat account ${admin.email} (from ADMIN_EMAIL)\n`);
  if (platform.auditKey.source === 'missing' && platform.auditKey.createAt === null)
    process.stderr.write(
      `warning: ${platform.auditKey.reason}; governance changes are refused until it is set\n`,
    );
  if (admin.kind === 'setup')
    process.stderr.write(
      `no secretariat account yet: open http://${host}:${port}/#/setup?token=${admin.token} ` +
        `before ${admin.expiresAt} to create it (or set ADMIN_EMAIL and ADMIN_PASSWORD and restart)\n`,
    );
  // Alerts reach registered webhooks: every server sends the deliveries it claims (several servers
  // on one database never send one twice at once; services/webhooks.ts).
  const dispatcher = new WebhookDispatcher(platform.store);
  dispatcher.start();
  return {
    app,
    platform,
    url: `http://${host}:${port}`,
    close: async () => {
      await dispatcher.stop();
      await app.close();
      await pool.close();
      await platform.close();
    },
  };
}

export interface PlatformSession {
  services: Services;
  platform: Platform;
}

/** Runs the `techalliance` command line; returns the exit code. */
export function runCli(argv: readonly string[]): Promise<number> {
  return runProgram(argv, {
    config: async () => (await import('./config.ts')).loadConfig(),
    open: async (config) => {
      const [{ openPlatform }, { buildServices }] = await Promise.all([
        import('./services/platform.ts'),
        import('./services/services.ts'),
      ]);
      const platform = await openPlatform(config.databaseUrl, {
        auditSigningKey: config.auditSigningKey,
        auditSigningKeyFile: config.auditSigningKeyFile,
      });
      return { platform, services: buildServices(platform) };
    },
    serve: (config) => startServer(config),
  });
}
