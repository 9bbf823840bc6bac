// Opens a platform on a fresh in-memory SQLite database loaded with the bundled starter dataset.
import { buildApp } from '../src/http/app.ts';
import { openPlatform, type Platform } from '../src/services/platform.ts';
import { buildServices, type Services } from '../src/services/services.ts';

export interface Fixture {
  platform: Platform;
  services: Services;
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

export async function openStarterFixture(url = 'sqlite::memory:'): Promise<Fixture> {
  const platform = await openPlatform(url);
  const services = buildServices(platform);
  const app = await buildApp(services, { webDir: '/nonexistent' });
  return {
    platform,
    services,
    app,
    close: async () => {
      await app.close();
      await platform.close();
    },
  };
}
