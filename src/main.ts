// Composition root: the only module that knows every adapter. Opens the platform, builds the HTTP
// app and runs the command line.
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { runProgram } from './cli/program.ts';
import { openPlatform, type OpenOptions, type Platform } from './services/platform.ts';
import { buildServices, type Services } from './services/services.ts';

export interface RunningServer {
  app: FastifyInstance;
  platform: Platform;
  url: string;
  close(): Promise<void>;
}

/** Opens the database named in config, builds the app and listens. */
export async function startServer(
  config: Readonly<Config>,
  options: OpenOptions & { log?: boolean } = {},
): Promise<RunningServer> {
  const platform = await openPlatform(config.databaseUrl, {
    auditSigningKey: config.auditSigningKey,
    ...options,
  });
  const services = buildServices(platform);
  const admin = await services.accounts.ensureAdmin(config.admin);
  const app = await buildApp(services, {
    logger: options.log === false ? false : { level: config.logLevel },
    apiWriteToken: config.apiWriteToken,
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app.close();
    await platform.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (admin.kind === 'created' && options.log !== false)
    process.stderr.write(`created the secretariat account ${admin.email} (from ADMIN_EMAIL)\n`);
  if (admin.kind === 'setup')
    process.stderr.write(
      `no secretariat account yet: open http://${host}:${port}/#/setup?token=${admin.token} ` +
        `before ${admin.expiresAt} to create it (or set ADMIN_EMAIL and ADMIN_PASSWORD and restart)\n`,
    );
  return {
    app,
    platform,
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
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
    config: () => loadConfig(),
    open: async (config) => {
      const platform = await openPlatform(config.databaseUrl, {
        auditSigningKey: config.auditSigningKey,
      });
      return { platform, services: buildServices(platform) };
    },
    serve: (config) => startServer(config),
  });
}
