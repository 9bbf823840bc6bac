// Contract of MisuseRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { MisuseCase } from '../core/misuse/case.ts';
import { DEFAULT_TECHNOLOGY_CONTROLS } from '../core/misuse/technology-controls.ts';

const AT = '2026-12-07T10:00:00.000Z';
const LATER = '2026-12-08T10:00:00.000Z';
const IMPORT = { by: 'import:keepiton', at: AT };

const shutdown = (id: string, iso3: string[], year: number | null): MisuseCase => ({
  id: `keepiton:${id}`,
  kind: 'internet-shutdown',
  title: `Shutdown ${id}`,
  countries: iso3,
  countryNames: iso3,
  period: { start: year === null ? null : `${year}-02-01`, end: null },
  countedInYear: null,
  actors: ['Ministry'],
  suppliers: [],
  supplierAttribution: 'case',
  supplierOrigins: [],
  technology: 'shutdown',
  technologyDetail: null,
  evidence: [
    {
      sourceId: 'access-now-stop-2016-2025',
      url: null,
      reference: `row ${id}`,
      publishedOn: null,
      confidence: 'high',
      transcribed: false,
      partial: false,
      derived: false,
      note: null,
    },
  ],
  status: 'ended',
});

const surveillance = (iso3: string, suppliers: [string, string][]): MisuseCase => ({
  ...shutdown(iso3, [iso3], 2022),
  id: `carnegie-aigs:${iso3}:safe-city`,
  kind: 'surveillance-deployment',
  technology: 'safe-city',
  // A country-level index counts its cases in the year it names, whatever the period says.
  countedInYear: 2022,
  period: { start: null, end: null },
  suppliers: suppliers.map(([name, key]) => ({ name, key, origin: 'CHN' })),
  supplierAttribution: 'country',
  status: 'unknown',
});

forEachDatabase('misuse repository', (ctx) => {
  it('replaces a source’s cases: inserts, updates with a new version, removes, leaves equal ones', async () => {
    const store = await ctx.open();
    const a = shutdown('1', ['MMR'], 2024);
    const b = { ...shutdown('2', ['IND', 'PAK'], 2023), countedInYear: 2024 };
    const c = shutdown('3', ['IND'], null);
    expect(await store.misuse.replaceSource('keepiton', [a, b, c], IMPORT)).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
    expect(await store.misuse.replaceSource('keepiton', [a, b, c], IMPORT)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      removed: 0,
    });
    const stored = await store.misuse.case(a.id);
    expect(stored).toEqual({
      ...a,
      source: 'keepiton',
      confidentiality: 'public',
      authorDelegation: null,
      version: 1,
      createdBy: 'import:keepiton',
      createdAt: AT,
      updatedBy: 'import:keepiton',
      updatedAt: AT,
    });

    const a2 = { ...a, status: 'ongoing' as const, countries: ['MMR', 'THA'] };
    const d = shutdown('4', ['IRN'], 2025);
    expect(
      await store.misuse.replaceSource('keepiton', [a2, b, d], { by: 'import:again', at: LATER }),
    ).toEqual({ inserted: 1, updated: 1, unchanged: 1, removed: 1 });
    expect(await store.misuse.case(c.id)).toBeUndefined();
    expect(await store.misuse.caseVersions(c.id)).toEqual([]);
    expect(await store.misuse.case(a.id)).toMatchObject({
      status: 'ongoing',
      countries: ['MMR', 'THA'],
      version: 2,
      createdAt: AT,
      updatedBy: 'import:again',
      updatedAt: LATER,
    });
    const versions = await store.misuse.caseVersions(a.id);
    expect(versions.map((v) => [v.version, v.case.status, v.changedBy])).toEqual([
      [1, 'ended', 'import:keepiton'],
      [2, 'ongoing', 'import:again'],
    ]);
    // The countries follow the new version.
    expect((await store.misuse.cases({ country: 'THA' })).items.map((x) => x.id)).toEqual([a.id]);
    expect((await store.misuse.cases({ country: 'IND' })).items.map((x) => x.id)).toEqual([b.id]);
  });

  it('filters by country, year (the counted year), kind, technology, supplier and source, and pages', async () => {
    const store = await ctx.open();
    await store.misuse.replaceSource(
      'keepiton',
      [
        shutdown('1', ['MMR'], 2024),
        { ...shutdown('2', ['MMR'], 2019), countedInYear: 2024 },
        shutdown('3', ['MMR'], 2023),
        shutdown('4', ['IND', 'MMR'], 2024),
        shutdown('5', ['IND'], null),
      ],
      IMPORT,
    );
    await store.misuse.replaceSource(
      'carnegie-aigs',
      [
        surveillance('MMR', [
          ['Huawei', 'huawei'],
          ['Hikvision', 'hikvision'],
        ]),
        surveillance('KEN', [['Huawei Technologies', 'huawei']]),
      ],
      { by: 'import:carnegie-aigs', at: AT },
    );
    const ids = async (f: Parameters<typeof store.misuse.cases>[0]) => {
      const r = await store.misuse.cases(f);
      return { ids: r.items.map((c) => c.id), total: r.total };
    };
    expect(await ids({ country: 'MMR', year: 2024, kind: 'internet-shutdown' })).toEqual({
      ids: ['keepiton:1', 'keepiton:2', 'keepiton:4'],
      total: 3,
    });
    // Latest year first, cases without a year last, then by id.
    expect(await ids({ source: 'keepiton' })).toEqual({
      ids: ['keepiton:1', 'keepiton:2', 'keepiton:4', 'keepiton:3', 'keepiton:5'],
      total: 5,
    });
    expect(await ids({ source: 'keepiton', limit: 2, offset: 2 })).toEqual({
      ids: ['keepiton:4', 'keepiton:3'],
      total: 5,
    });
    expect(await ids({ supplierKey: 'huawei' })).toEqual({
      ids: ['carnegie-aigs:KEN:safe-city', 'carnegie-aigs:MMR:safe-city'],
      total: 2,
    });
    expect(await ids({ technology: 'safe-city', country: 'MMR', year: 2022 })).toEqual({
      ids: ['carnegie-aigs:MMR:safe-city'],
      total: 1,
    });
    expect(await ids({ country: 'FRA' })).toEqual({ ids: [], total: 0 });
    expect(await ids({ confidentiality: [] })).toEqual({ ids: [], total: 0 });
    expect((await ids({ confidentiality: ['public'] })).total).toBe(7);

    expect(await store.misuse.suppliers()).toEqual([
      { key: 'huawei', names: ['Huawei', 'Huawei Technologies'], cases: 2 },
      { key: 'hikvision', names: ['Hikvision'], cases: 1 },
    ]);
    expect(await store.misuse.suppliers({ confidentiality: ['members'] })).toEqual([]);
  });

  it('records cases by hand with their confidentiality, versioned on every change', async () => {
    const store = await ctx.open();
    const c = { ...surveillance('UGA', [['Huawei', 'huawei']]), id: 'manual:1' };
    const saved = await store.misuse.saveCase(c, {
      by: 'acc-1',
      at: AT,
      confidentiality: 'members',
      authorDelegation: 'FRA',
    });
    expect(saved).toMatchObject({
      id: 'manual:1',
      source: 'manual',
      confidentiality: 'members',
      authorDelegation: 'FRA',
      version: 1,
    });
    // Unchanged: no new version.
    expect(await store.misuse.updateCase(c, { by: 'acc-2', at: LATER })).toMatchObject({
      version: 1,
      updatedBy: 'acc-1',
    });
    const changed = await store.misuse.updateCase(
      { ...c, title: 'Kampala safe city', suppliers: [] },
      { by: 'acc-2', at: LATER, confidentiality: 'alliance' },
    );
    expect(changed).toMatchObject({
      title: 'Kampala safe city',
      confidentiality: 'alliance',
      authorDelegation: 'FRA',
      version: 2,
      createdBy: 'acc-1',
      updatedBy: 'acc-2',
      updatedAt: LATER,
    });
    expect((await store.misuse.caseVersions('manual:1')).map((v) => v.case.title)).toEqual([
      c.title,
      'Kampala safe city',
    ]);
    expect(await store.misuse.suppliers()).toEqual([]);
    expect(await store.misuse.updateCase({ ...c, id: 'manual:2' }, { by: 'x', at: AT })).toBe(
      undefined,
    );
    expect((await store.misuse.cases({ confidentiality: ['public'] })).total).toBe(0);
    expect((await store.misuse.cases({ confidentiality: ['alliance'] })).total).toBe(1);
    // An import of another source leaves the manual case alone.
    await store.misuse.replaceSource('keepiton', [], IMPORT);
    expect(await store.misuse.case('manual:1')).toBeDefined();
  });

  it('keeps the technology controls seeded with the defaults, editable', async () => {
    const store = await ctx.open();
    const seeded = await store.misuse.technologyControls();
    expect(seeded).toHaveLength(DEFAULT_TECHNOLOGY_CONTROLS.length);
    expect(seeded.map(({ createdBy: _, createdAt: __, ...t }) => t)).toEqual(
      expect.arrayContaining([...DEFAULT_TECHNOLOGY_CONTROLS]),
    );
    expect(seeded.every((t) => t.createdBy === null && t.createdAt === null)).toBe(true);

    const fr = {
      technology: 'facial-recognition' as const,
      canonicalCode: '3A981',
      paragraph: '',
      note: 'cameras for crime control',
      createdBy: 'acc-1',
      createdAt: AT,
    };
    await store.misuse.saveTechnologyControl(fr);
    await store.misuse.saveTechnologyControl({ ...fr, note: 'revised', createdBy: 'acc-2' });
    const mine = (await store.misuse.technologyControls()).filter(
      (t) => t.technology === 'facial-recognition',
    );
    expect(mine).toEqual([{ ...fr, note: 'revised', createdBy: 'acc-2' }]);
    expect(await store.misuse.deleteTechnologyControl('facial-recognition', '3A981')).toBe(true);
    expect(await store.misuse.deleteTechnologyControl('facial-recognition', '3A981')).toBe(false);
    expect(await store.misuse.technologyControls()).toEqual(seeded);
  });

  it('bumps the data version with every write', async () => {
    const store = await ctx.open();
    const v0 = await store.dataVersion();
    await store.misuse.replaceSource('keepiton', [shutdown('1', ['MMR'], 2024)], IMPORT);
    const v1 = await store.dataVersion();
    expect(v1).toBeGreaterThan(v0);
    await store.misuse.replaceSource('keepiton', [shutdown('1', ['MMR'], 2024)], IMPORT);
    expect(await store.dataVersion()).toBe(v1);
  });
});
