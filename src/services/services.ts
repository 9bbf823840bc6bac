// The services the edges (HTTP, CLI) use, built over one platform.
import { importFile, type ImportRequest } from '../importers/import-runner.ts';
import { listFormats } from '../importers/formats.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { EconomyService } from './economy.service.ts';
import { GroupingService } from './grouping.service.ts';
import { IndicatorService } from './indicator.service.ts';
import type { Platform } from './platform.ts';

export interface Services {
  economies: EconomyService;
  indicators: IndicatorService;
  groupings: GroupingService;
  imports: {
    run(req: ImportRequest): Promise<ImportSummary>;
    formats(): { name: string; description: string }[];
  };
  health(): Promise<{ database: string; economies: number }>;
}

export function buildServices(platform: Platform): Services {
  const { store } = platform;
  return {
    economies: new EconomyService(store),
    indicators: new IndicatorService(store),
    groupings: new GroupingService(store),
    imports: {
      run: (req) => importFile(store, req),
      formats: () => listFormats().map((f) => ({ name: f.name, description: f.description })),
    },
    health: async () => ({ database: platform.dialect, economies: await store.economies.count() }),
  };
}
