// The services that keep data per data version (versioned-data.ts) answer with another process's
// writes: two platforms open one database (a SQLite file, and PostgreSQL when TEST_DATABASE_URL is
// set); one reads, filling its caches, the other writes through its store, the first reads again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../core/accounts/access.ts';
import type { ControlEntry, ControlList } from '../core/control-lists/control-list.ts';
import type { MisuseCase } from '../core/misuse/case.ts';
import type { ResearchRecords } from '../core/research/stored.ts';
import type { Committee } from '../core/standards/committee.ts';
import { freshPostgresDatabase } from '../../test/server-process.ts';
import { testDatabases } from '../../test/test-databases.ts';
import { openPlatform, type Platform } from './platform.ts';
import { buildServices, type Services } from './services.ts';

const AT = '2026-12-07T10:00:00.000Z';

const SOURCE = {
  id: 'test',
  citation: 'A test source',
  publisher: 'Test',
  licence: 'CC0',
  url: null,
  date: null,
  notes: null,
};

const LIST: ControlList = {
  id: 'test-list',
  name: 'Test list',
  jurisdiction: 'US',
  regime: 'national',
  isRegimeList: false,
  scheme: 'eccn',
  versionDate: '2026-01-01',
  sourceId: 'test',
  licenceNote: 'test',
};

const entry = (heading: string): ControlEntry => ({
  listId: LIST.id,
  code: '3B001',
  canonicalCode: '3B001',
  category: '3',
  group: 'B',
  heading,
  reasons: [],
  sensitive: null,
  verySensitive: null,
  status: 'controlled',
  paragraphs: [{ label: 'a', kind: 'item', status: 'controlled', text: heading, parameters: [] }],
  line: 1,
});

const committee = (title: string): Committee => ({
  body: 'ISO',
  reference: 'ISO/TC 2',
  externalId: '2',
  type: 'TC',
  parent: null,
  title,
  status: 'active',
  created: '1947-01-01',
  secretariat: 'DEU',
  secretariatBody: 'DIN',
  members: [{ memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' }],
});

const deployment = (iso3: string): MisuseCase => ({
  id: `test:${iso3}`,
  kind: 'surveillance-deployment',
  title: `Safe city ${iso3}`,
  countries: [iso3],
  countryNames: [iso3],
  period: { start: null, end: null },
  countedInYear: 2022,
  actors: [],
  suppliers: [{ name: 'Huawei', key: 'huawei', origin: 'CHN' }],
  supplierAttribution: 'country',
  supplierOrigins: ['CHN'],
  technology: 'safe-city',
  technologyDetail: null,
  evidence: [
    {
      sourceId: 'test',
      url: null,
      reference: iso3,
      publishedOn: null,
      confidence: 'high',
      transcribed: false,
      partial: false,
      derived: false,
      note: null,
    },
  ],
  status: 'unknown',
});

const outputs = (year: number): ResearchRecords => ({
  fieldOutputs: [
    {
      iso3: 'DEU',
      field: 'physics',
      year,
      wholeArticles: 10,
      fractionalArticles: 8,
      source: 'nsf',
    },
  ],
  pairs: [],
  totals: [],
  participations: [],
  organisations: [],
  aiInstitutions: [],
  institutionPairs: [],
});

for (const target of testDatabases()) {
  describe(`cached data after a write by another process, on ${target.name}`, () => {
    let reader: Services;
    let writer: Platform;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ta-versioned-'));
      const db = target.name === 'postgres' ? await freshPostgresDatabase(target.adminUrl!) : null;
      const url = db?.url ?? `sqlite:${join(dir, 'shared.sqlite')}`;
      const first = await openPlatform(url, { loadStarter: false, auditKeyFile: null });
      writer = await openPlatform(url, { loadStarter: false, auditKeyFile: null });
      reader = buildServices(first);
      close = async () => {
        await first.close();
        await writer.close();
        await db?.drop();
        rmSync(dir, { recursive: true, force: true });
      };
    }, 120_000);
    afterAll(() => close());

    it('control lists: the lists, a list’s entries and the search index', async () => {
      expect(await reader.controlLists.lists()).toEqual([]);
      const origin = { format: 'test', file: 'test.txt' };
      await writer.store.transaction(async (tx) => {
        await tx.sources.upsert([SOURCE]);
        await tx.controlLists.saveList(LIST, [entry('Wafer steppers')], origin, AT);
      });
      expect((await reader.controlLists.lists()).map((l) => l.id)).toEqual([LIST.id]);
      expect((await reader.controlLists.list(LIST.id)).items[0]!.heading).toBe('Wafer steppers');
      expect((await reader.controlLists.search('steppers')).total).toBeGreaterThan(0);

      await writer.store.transaction((tx) =>
        tx.controlLists.saveList(LIST, [entry('Lithography scanners')], origin, AT),
      );
      expect((await reader.controlLists.list(LIST.id)).items[0]!.heading).toBe(
        'Lithography scanners',
      );
      expect((await reader.controlLists.search('steppers')).total).toBe(0);
      expect((await reader.controlLists.search('scanners')).total).toBeGreaterThan(0);
    });

    it('standards: the committees and the words searched in their titles', async () => {
      expect((await reader.standards.committees()).total).toBe(0);
      const meta = {
        file: 'iso.csv',
        format: 'iso-committees',
        importedAt: AT,
        snapshotDate: null,
      };
      await writer.store.transaction((tx) =>
        tx.standards.saveSnapshot('ISO', [committee('Fasteners')], meta, [], []),
      );
      expect((await reader.standards.committees({ q: 'fasteners' })).total).toBe(1);
      await writer.store.transaction((tx) =>
        tx.standards.saveSnapshot('ISO', [committee('Bolts')], meta, [], []),
      );
      expect((await reader.standards.committees({ q: 'fasteners' })).total).toBe(0);
      expect((await reader.standards.committees({ q: 'bolts' })).total).toBe(1);
    });

    it('misuse: the cases the supply map counts', async () => {
      expect((await reader.misuse.supplyMap(OPERATOR)).countries).toEqual([]);
      await writer.store.transaction((tx) =>
        tx.misuse.replaceSource('test', [deployment('KEN')], { by: 'import:test', at: AT }),
      );
      expect((await reader.misuse.supplyMap(OPERATOR)).countries).toHaveLength(1);
      await writer.store.transaction((tx) =>
        tx.misuse.replaceSource('test', [deployment('KEN'), deployment('UGA')], {
          by: 'import:test',
          at: AT,
        }),
      );
      expect((await reader.misuse.supplyMap(OPERATOR)).countries).toHaveLength(2);
    });

    it('research: the output by field and its years', async () => {
      await expect(reader.research.strengths({ year: 2022 })).rejects.toThrow('no counts for 2022');
      const dataset = 'nsf-articles-by-field:fields';
      await writer.store.transaction((tx) => tx.research.replaceDataset(dataset, outputs(2022)));
      expect((await reader.research.strengths({ year: 2022 })).year).toBe(2022);
      await writer.store.transaction((tx) => tx.research.replaceDataset(dataset, outputs(2023)));
      await expect(reader.research.strengths({ year: 2022 })).rejects.toThrow('no counts for 2022');
    });
  });
}
