// Imports of cases of the illiberal use of technology through the shared guarantees, on a platform
// opened with the starter dataset and the real files of ../shared/data/illiberal-tech: the counts
// per source, the registry's filters on them, a second import that changes nothing, a modified copy
// that updates one case (a second version) and removes one, and a file with a bad record refused
// whole with nothing written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import {
  hasMisuseData,
  importMisuseFiles,
  MISUSE_CASE_FILES,
  misuseDataFile,
  warnWithoutMisuseData,
} from '../../test/misuse-data.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

warnWithoutMisuseData('misuse case imports on real data');

const SPYWARE = misuseDataFile('spyware_case_index_citizenlab_amnesty_DERIVED.csv');
const CARNEGIE = misuseDataFile('carnegie_aigs_2022_by_country.csv');

describe.skipIf(!hasMisuseData)('misuse case imports', () => {
  let f: Fixture;
  let store: Fixture['platform']['store'];
  let services: Fixture['services'];
  const dir = mkdtempSync(join(tmpdir(), 'ta-misuse-'));
  beforeAll(async () => {
    f = await openStarterFixture();
    ({ services } = f);
    store = f.platform.store;
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports every case file and the indicator files, each with its counts', async () => {
    const summaries = await importMisuseFiles(services);
    expect(
      summaries.map((s) => [s.format, s.written, s.rowsRead, s.inserted, s.rejected, s.issues]),
    ).toEqual([
      ['carnegie-aigs', true, 97, 249, 0, []],
      // 2,099 events and 374 internet_shutdowns values.
      ['keepiton', true, 2102, 2099 + 374, 0, []],
      ['netsweeper', true, 122, 11, 0, []],
      ['ooni-blockings', true, 1160, 8, 0, []],
      ['spyware-index', true, 38, 38, 0, []],
      ['pi-transfers', true, 121, 121, 0, []],
      ['fotn', true, 72, 288, 0, []],
      ['digital-repression', true, 179, 176, 0, []],
    ]);
    expect(summaries[1]!.setAside).toEqual({
      'territory not in ISO 3166 (Somaliland, Zanzibar, Gaza)': 3,
    });
    const perSource = Object.fromEntries(
      await Promise.all(
        MISUSE_CASE_FILES.map(
          async ({ format }) =>
            [format, (await store.misuse.cases({ source: format, limit: 0 })).total] as const,
        ),
      ),
    );
    expect(perSource).toEqual({
      'carnegie-aigs': 249,
      keepiton: 2099,
      netsweeper: 11,
      'ooni-blockings': 8,
      'spyware-index': 38,
      'pi-transfers': 121,
    });
    // Imported cases are public, version 1, and cite a stored source.
    const [first] = (await store.misuse.cases({ source: 'pi-transfers', limit: 1 })).items;
    expect(first).toMatchObject({ confidentiality: 'public', version: 1, authorDelegation: null });
    expect(await store.sources.get(first!.evidence[0]!.sourceId)).toBeDefined();
  }, 60_000);

  it('finds the published figures through the registry’s filters', async () => {
    const total = async (filter: Parameters<typeof store.misuse.cases>[0]) =>
      (await store.misuse.cases({ ...filter, limit: 0 })).total;
    // Carnegie 2022: 97 countries, 64 / 78 / 69 / 38 per technology.
    const carnegie = await store.misuse.cases({ source: 'carnegie-aigs', limit: 1000 });
    expect(new Set(carnegie.items.flatMap((c) => c.countries)).size).toBe(97);
    expect([
      await total({ source: 'carnegie-aigs', technology: 'safe-city' }),
      await total({ source: 'carnegie-aigs', technology: 'facial-recognition' }),
      await total({ source: 'carnegie-aigs', technology: 'smart-policing' }),
      await total({ source: 'carnegie-aigs', technology: 'social-media-surveillance' }),
    ]).toEqual([64, 78, 69, 38]);
    // Huawei for 53 countries once India's combined cell is split (52 in the company columns).
    const huawei = await store.misuse.cases({
      source: 'carnegie-aigs',
      supplierKey: 'huawei',
      limit: 1000,
    });
    expect(new Set(huawei.items.flatMap((c) => c.countries)).size).toBe(53);

    // Shutdowns counted in 2024 (Access Now's count_year): India 84, Myanmar 85 on its own plus
    // one event shared with Laos, which Access Now's per-country figures leave out.
    expect(await total({ country: 'IND', year: 2024, kind: 'internet-shutdown' })).toBe(84);
    const myanmar = await store.misuse.cases({
      country: 'MMR',
      year: 2024,
      kind: 'internet-shutdown',
      limit: 1000,
    });
    expect(myanmar.total).toBe(86);
    expect(myanmar.items.filter((c) => c.countries.length === 1)).toHaveLength(85);
    expect(myanmar.items.filter((c) => c.countries.length > 1).map((c) => c.countries)).toEqual([
      ['LAO', 'MMR'],
    ]);
    expect(await total({ country: 'MMR', year: 2024, kind: 'surveillance-deployment' })).toBe(0);

    const suppliers = await store.misuse.suppliers();
    expect(suppliers.find((s) => s.key === 'hikvision')?.names).toEqual(
      expect.arrayContaining(['Hikvision', 'Hikvsion']),
    );
  });

  it('changes nothing when every file is imported again: no new versions', async () => {
    const before = await store.misuse.cases({ limit: 10_000 });
    const summaries = await importMisuseFiles(services);
    for (const s of summaries) expect(s).toMatchObject({ written: true, inserted: 0, updated: 0 });
    expect(summaries[0]!.unchanged).toBe(249);
    expect(await store.misuse.cases({ limit: 10_000 })).toEqual(before);
    expect(before.items.every((c) => c.version === 1)).toBe(true);
    expect(await store.misuse.caseVersions(before.items[0]!.id)).toHaveLength(1);
  }, 60_000);

  it('updates a changed case with a second version and removes a case no longer in the file', async () => {
    const lines = readFileSync(SPYWARE, 'utf8').split('\n');
    const dropped = lines.findIndex((l) => l.includes(',201909_MissingLink,'));
    const changed = lines.findIndex((l) => l.includes(',202006_DarkBasin,'));
    expect(dropped).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(0);
    lines[changed] = lines[changed]!.replace(
      'Dark Basin: Uncovering a Massive Hack-For-Hire Operation',
      'Dark Basin: a Hack-For-Hire Operation',
    );
    const copy = join(dir, 'spyware.csv');
    writeFileSync(copy, lines.filter((_, i) => i !== dropped).join('\n'));

    const before = (await store.misuse.cases({ source: 'spyware-index', limit: 100 })).items;
    const darkBasin = before.find((c) => c.evidence[0]!.reference.includes('202006_DarkBasin'));
    const missingLink = before.find((c) => c.evidence[0]!.reference.includes('201909_MissingLink'));
    expect(darkBasin).toBeDefined();
    expect(missingLink).toBeDefined();

    const s = await services.imports.run({ format: 'spyware-index', file: copy });
    expect(s.issues).toEqual([]);
    // The removed case counts as updated, and a warning names it.
    expect(s).toMatchObject({
      written: true,
      rowsRead: 37,
      inserted: 0,
      updated: 2,
      unchanged: 36,
    });
    expect(s.warnings).toContain('1 spyware-index case no longer in the file removed');
    expect(await store.misuse.case(missingLink!.id)).toBeUndefined();
    const updated = await store.misuse.case(darkBasin!.id);
    expect(updated?.title).toContain('Dark Basin: a Hack-For-Hire Operation');
    expect(updated?.version).toBe(2);
    const versions = await store.misuse.caseVersions(darkBasin!.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.case.title).toBe(darkBasin!.title);
    expect((await store.misuse.cases({ source: 'spyware-index', limit: 0 })).total).toBe(37);

    // The original file brings the removed case back and the changed one to a third version.
    const back = await services.imports.run({ format: 'spyware-index', file: SPYWARE });
    expect(back).toMatchObject({ inserted: 1, updated: 1, unchanged: 36 });
    expect((await store.misuse.case(darkBasin!.id))?.version).toBe(3);
  });

  it('refuses a file with a bad record whole: nothing is written', async () => {
    const bad = join(dir, 'carnegie-bad.csv');
    const text = readFileSync(CARNEGIE, 'utf8');
    expect(text).toMatch(/^Kenya,/m);
    writeFileSync(bad, text.replace(/^Kenya,/m, 'Atlantis,'));
    const version = await store.dataVersion();
    const runs = (await store.importRuns.list()).length;
    const kenya = await store.misuse.cases({ source: 'carnegie-aigs', country: 'KEN', limit: 0 });
    expect(kenya.total).toBeGreaterThan(0);

    const s = await services.imports.run({ format: 'carnegie-aigs', file: bad });
    expect(s).toMatchObject({ written: false, inserted: 0, updated: 0, unchanged: 0 });
    expect(s.issues[0]).toMatchObject({ file: bad, field: 'Country', value: 'Atlantis' });
    expect(s.issues[0]!.line).toBeGreaterThan(1);
    expect(await store.dataVersion()).toBe(version);
    expect((await store.importRuns.list()).length).toBe(runs);
    expect(
      (await store.misuse.cases({ source: 'carnegie-aigs', country: 'KEN', limit: 0 })).total,
    ).toBe(kenya.total);
  });

  it('refuses options, unknown files and a file without a case', async () => {
    await expect(
      services.imports.run({ format: 'keepiton', file: SPYWARE, options: { year: '2024' } }),
    ).rejects.toThrow(/--year: the keepiton format takes no options/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, readFileSync(SPYWARE, 'utf8').split('\n')[0] + '\n');
    const refused = await services.imports
      .run({ format: 'spyware-index', file: empty })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((await store.misuse.cases({ source: 'spyware-index', limit: 0 })).total).toBe(38);
  });
});
