// Contract of IndicatorRepository (catalogue and values), on every test database, plus a check that
// SQLite and PostgreSQL give identical answers for the same small dataset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSession, forEachDatabase, testDatabases } from '../../test/test-databases.ts';
import type { Economy } from '../core/economies/economy.ts';
import type { Indicator, IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from './store.ts';

const source = (id: string): Source => ({
  id,
  citation: `Citation ${id}`,
  publisher: 'World Bank',
  licence: 'CC BY 4.0',
  url: null,
  date: null,
  notes: null,
});

const economy = (iso3: string, name: string): Economy => ({
  iso3,
  iso2: null,
  isoNumeric: null,
  name,
  officialName: null,
  region: null,
  subregion: null,
  incomeCode: null,
  independence: null,
});

const CATALOGUE: Indicator[] = [
  {
    code: 'gdp_usd',
    name: 'GDP',
    unit: 'current US$',
    description: 'GDP.',
    higherIsBetter: true,
    category: 'economy',
  },
  {
    code: 'population',
    name: 'Population',
    unit: 'persons',
    description: 'People.',
    higherIsBetter: true,
    category: 'economy',
  },
  {
    code: 'gini',
    name: 'Gini',
    unit: 'index 0–100',
    description: 'Inequality.',
    higherIsBetter: false,
    category: 'economy',
  },
];

const v = (
  iso3: string,
  indicatorCode: string,
  year: number,
  value: number,
  sourceId = 'wb',
): IndicatorValue => ({
  iso3,
  indicatorCode,
  year,
  value,
  sourceId,
});

const VALUES: IndicatorValue[] = [
  v('DEU', 'gdp_usd', 2021, 4.3e12),
  v('DEU', 'gdp_usd', 2022, 4.16e12),
  v('FRA', 'gdp_usd', 2020, 2.64e12),
  v('JPN', 'gdp_usd', 2022, 4.26e12),
  v('JPN', 'gdp_usd', 2023, 4.21e12),
  // A later year of another indicator must not hide DEU's latest GDP.
  v('DEU', 'population', 2024, 83_510_950),
];

/** Sources, economies and catalogue the values point to. */
async function seed(store: Store): Promise<void> {
  await store.sources.upsert([source('wb'), source('imf')]);
  await store.economies.upsertMany([
    economy('DEU', 'Germany'),
    economy('FRA', 'France'),
    economy('JPN', 'Japan'),
    economy('USA', 'United States'),
  ]);
  await store.indicators.syncCatalogue(CATALOGUE);
}

const cells = (values: readonly IndicatorValue[]): string[] =>
  values.map((x) => `${x.iso3} ${x.year} ${x.value}`);

forEachDatabase('indicator repository', (ctx) => {
  describe('catalogue', () => {
    it('inserts new codes, then leaves equal entries alone and updates a changed one', async () => {
      const store = await ctx.open();
      expect(await store.indicators.syncCatalogue(CATALOGUE)).toEqual({
        inserted: 3,
        updated: 0,
        unchanged: 0,
      });
      expect(await store.indicators.syncCatalogue(CATALOGUE)).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 3,
      });
      const renamed = { ...CATALOGUE[0]!, name: 'Gross domestic product' };
      expect(await store.indicators.syncCatalogue([renamed])).toEqual({
        inserted: 0,
        updated: 1,
        unchanged: 0,
      });
      expect(await store.indicators.get('gdp_usd')).toEqual(renamed);
    });

    it('keeps higherIsBetter false as false', async () => {
      const store = await ctx.open();
      await store.indicators.syncCatalogue(CATALOGUE);
      expect(await store.indicators.get('gini')).toEqual(CATALOGUE[2]);
    });

    it('returns undefined for an unknown code', async () => {
      const store = await ctx.open();
      await store.indicators.syncCatalogue(CATALOGUE);
      expect(await store.indicators.get('nope')).toBeUndefined();
    });

    it('reports each indicator’s coverage: values, economies, first and last year', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      const coverage = await store.indicators.catalogue();
      expect(coverage.map((c) => c.code)).toEqual(['gdp_usd', 'gini', 'population']);
      expect(coverage[0]).toEqual({
        ...CATALOGUE[0],
        valueCount: 5,
        economyCount: 3,
        firstYear: 2020,
        lastYear: 2023,
      });
      expect(coverage[1]).toMatchObject({
        valueCount: 0,
        economyCount: 0,
        firstYear: null,
        lastYear: null,
      });
      expect(coverage[2]).toMatchObject({
        valueCount: 1,
        economyCount: 1,
        firstYear: 2024,
        lastYear: 2024,
      });
    });
  });

  describe('values', () => {
    it('writes large batches in several statements, each value exactly once', async () => {
      const store = await ctx.open();
      await seed(store);
      // 3 × 5,000 years: more than two full INSERT chunks, so a compiled statement is reused.
      const many = ['DEU', 'FRA', 'JPN'].flatMap((iso3, k) =>
        Array.from({ length: 5000 }, (_, i) => v(iso3, 'gini', 1000 + i, k * 10_000 + i + 0.25)),
      );
      expect(await store.indicators.upsertValues(many)).toEqual({
        inserted: 15000,
        updated: 0,
        unchanged: 0,
      });
      expect(await store.indicators.upsertValues(many)).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 15000,
      });
      const fra = await store.indicators.values({ code: 'gini', year: 3999, economies: ['FRA'] });
      expect(fra.map((x) => x.value)).toEqual([12999.25]);
      expect((await store.indicators.catalogue()).find((c) => c.code === 'gini')!.valueCount).toBe(
        15000,
      );
    });

    it('counts new values as inserted and changes nothing when they are written again', async () => {
      const store = await ctx.open();
      await seed(store);
      expect(await store.indicators.upsertValues(VALUES)).toEqual({
        inserted: 6,
        updated: 0,
        unchanged: 0,
      });
      expect(await store.indicators.upsertValues(VALUES)).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 6,
      });
      expect(await store.indicators.valuesOfEconomy('DEU')).toEqual([
        VALUES[0],
        VALUES[1],
        VALUES[5],
      ]);
    });

    it('counts an equal value with a changed source as updated and stores the new source', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      const counts = await store.indicators.upsertValues([
        { ...VALUES[0]!, sourceId: 'imf' },
        VALUES[1]!,
      ]);
      expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
      const [deu2021] = await store.indicators.values({ code: 'gdp_usd', year: 2021 });
      expect(deu2021).toEqual({ ...VALUES[0], sourceId: 'imf', economyName: 'Germany' });
    });

    it('counts a changed value as updated and a new year as inserted', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      const counts = await store.indicators.upsertValues([
        { ...VALUES[2]!, value: 2.65e12 },
        v('FRA', 'gdp_usd', 2021, 2.96e12),
        VALUES[3]!,
      ]);
      expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
      expect(cells(await store.indicators.valuesOfEconomy('FRA'))).toEqual([
        'FRA 2020 2650000000000',
        'FRA 2021 2960000000000',
      ]);
    });

    it('takes a key given twice in one call as two writes in order, storing the last', async () => {
      const store = await ctx.open();
      await seed(store);
      const twice = [v('USA', 'gdp_usd', 2023, 1), v('USA', 'gdp_usd', 2023, 2, 'imf')];
      expect(await store.indicators.upsertValues(twice)).toEqual({
        inserted: 1,
        updated: 1,
        unchanged: 0,
      });
      expect(await store.indicators.valuesOfEconomy('USA')).toEqual([twice[1]]);
      expect(await store.indicators.upsertValues(twice)).toEqual({
        inserted: 0,
        updated: 2,
        unchanged: 0,
      });
      expect(await store.indicators.valuesOfEconomy('USA')).toEqual([twice[1]]);
    });

    it('writes nothing for an empty list', async () => {
      const store = await ctx.open();
      await seed(store);
      expect(await store.indicators.upsertValues([])).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 0,
      });
    });

    it('rejects a value for an economy that is not stored', async () => {
      const store = await ctx.open();
      await seed(store);
      await expect(store.indicators.upsertValues([v('XXX', 'gdp_usd', 2020, 1)])).rejects.toThrow();
      expect(await store.indicators.valuesOfEconomy('XXX')).toEqual([]);
    });

    it('gives one year’s values ordered by economy', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      expect(cells(await store.indicators.values({ code: 'gdp_usd', year: 2022 }))).toEqual([
        'DEU 2022 4160000000000',
        'JPN 2022 4260000000000',
      ]);
      expect(await store.indicators.values({ code: 'gdp_usd', year: 1999 })).toEqual([]);
    });

    it('gives each economy’s most recent value for `latest`', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      expect(cells(await store.indicators.values({ code: 'gdp_usd', year: 'latest' }))).toEqual([
        'DEU 2022 4160000000000',
        'FRA 2020 2640000000000',
        'JPN 2023 4210000000000',
      ]);
    });

    it('restricts values to the economies asked for', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      const latest = await store.indicators.values({
        code: 'gdp_usd',
        year: 'latest',
        economies: ['FRA', 'JPN', 'USA'],
      });
      expect(cells(latest)).toEqual(['FRA 2020 2640000000000', 'JPN 2023 4210000000000']);
      const year = await store.indicators.values({
        code: 'gdp_usd',
        year: 2022,
        economies: ['JPN'],
      });
      expect(cells(year)).toEqual(['JPN 2022 4260000000000']);
    });

    it('lists the years that have values, newest first and once each', async () => {
      const store = await ctx.open();
      await seed(store);
      await store.indicators.upsertValues(VALUES);
      expect(await store.indicators.years('gdp_usd')).toEqual([2023, 2022, 2021, 2020]);
      expect(await store.indicators.years('gini')).toEqual([]);
    });

    it('round-trips doubles exactly and finds them unchanged when written again', async () => {
      const store = await ctx.open();
      await seed(store);
      const doubles = [
        27360935000000,
        0.1 + 0.2,
        1 / 3,
        -2.5e-12,
        2 ** 53 + 2,
        1.7976931348623157e308,
        0,
      ];
      const values = doubles.map((x, i) => v('USA', 'gdp_usd', 2000 + i, x));
      await store.indicators.upsertValues(values);
      const back = await store.indicators.valuesOfEconomy('USA');
      expect(back.map((x) => x.value)).toEqual(doubles);
      expect(back.every((x) => typeof x.value === 'number' && typeof x.year === 'number')).toBe(
        true,
      );
      expect(await store.indicators.upsertValues(values)).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 7,
      });
    });

    it('writes more values than fit in one INSERT', async () => {
      const store = await ctx.open();
      await seed(store);
      const many = Array.from({ length: 2500 }, (_, i) =>
        v(['DEU', 'FRA', 'JPN', 'USA'][i % 4]!, 'population', 1000 + Math.floor(i / 4), i),
      );
      expect(await store.indicators.upsertValues(many)).toEqual({
        inserted: 2500,
        updated: 0,
        unchanged: 0,
      });
      expect(
        (await store.indicators.catalogue()).find((c) => c.code === 'population')?.valueCount,
      ).toBe(2500);
    });
  });
});

const targets = testDatabases();

describe.runIf(targets.length > 1)('SQLite and PostgreSQL', () => {
  const sessions = targets.map((t) => new TestSession(t));
  beforeAll(() => Promise.all(sessions.map((s) => s.start())));
  afterAll(() => Promise.all(sessions.map((s) => s.dispose())));

  it('give identical answers for the same small dataset', async () => {
    const answers = await Promise.all(
      sessions.map(async (session) => {
        const store = await session.open();
        await seed(store);
        const written = await store.indicators.upsertValues(VALUES);
        await store.groupings.upsertMany([
          {
            code: 'G7',
            name: 'Group of Seven',
            kind: 'forum',
            sourceId: 'wb',
            members: ['DEU', 'FRA', 'JPN', 'USA'].map((code) => ({
              code,
              name: code,
              kind: 'economy' as const,
              status: 'member',
              asOf: '2024',
              sourceUrls: ['https://example.org/a', 'https://example.org/b'],
              notes: null,
            })),
          },
        ]);
        return {
          written,
          economies: await store.economies.list(),
          inG7: await store.economies.list({ group: 'G7' }),
          catalogue: await store.indicators.catalogue(),
          latest: await store.indicators.values({ code: 'gdp_usd', year: 'latest' }),
          year: await store.indicators.values({ code: 'gdp_usd', year: 2022 }),
          years: await store.indicators.years('gdp_usd'),
          deu: await store.indicators.valuesOfEconomy('DEU'),
          groupings: await store.groupings.list(),
          g7: await store.groupings.get('G7'),
          memberships: await store.groupings.membershipsOf('JPN'),
          sources: await store.sources.list(),
        };
      }),
    );
    expect(answers[1]).toStrictEqual(answers[0]);
    expect(answers[0]?.latest).toHaveLength(3);
  });
});
