// Indicators: the catalogue and the (economy, indicator, year) values, each with its source.
import { CompiledQuery, type Kysely } from 'kysely';
import type {
  Indicator,
  IndicatorCategory,
  IndicatorCoverage,
  IndicatorValue,
  NamedValue,
  ValueQuery,
} from '../core/indicators/indicator.ts';
import type { Database, IndicatorRow, IndicatorValueRow } from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const toIndicator = (r: IndicatorRow): Indicator => ({
  code: r.code,
  name: r.name,
  unit: r.unit,
  description: r.description,
  higherIsBetter: r.higher_is_better === 1,
  category: r.category as IndicatorCategory,
});

const toValue = (r: IndicatorValueRow): IndicatorValue => ({
  iso3: r.iso3,
  indicatorCode: r.indicator_code,
  year: r.year,
  value: r.value,
  sourceId: r.source_id,
});

/**
 * Compiled upsert statements by dialect and row count. Compiling a 6,000-row INSERT costs more
 * than executing it, and every full chunk has the same text: compile once, bind many times.
 */
const UPSERT_SQL = new Map<string, string>();

const key = (iso3: string, code: string, year: number): string => `${code}|${year}|${iso3}`;

export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Writes the catalogue entries (inserting new codes, updating changed texts). */
  async syncCatalogue(indicators: readonly Indicator[]): Promise<WriteCounts> {
    const counts = noWrites();
    const existing = new Map(
      (await this.db.selectFrom('indicators').selectAll().execute()).map((r) => [r.code, r]),
    );
    for (const i of indicators) {
      const row: IndicatorRow = {
        code: i.code,
        name: i.name,
        unit: i.unit,
        description: i.description,
        higher_is_better: i.higherIsBetter ? 1 : 0,
        category: i.category,
      };
      const old = existing.get(i.code);
      if (!old) {
        await this.db.insertInto('indicators').values(row).execute();
        counts.inserted++;
      } else if (JSON.stringify(toIndicator(old)) !== JSON.stringify(toIndicator(row))) {
        await this.db.updateTable('indicators').set(row).where('code', '=', i.code).execute();
        counts.updated++;
      } else counts.unchanged++;
    }
    return counts;
  }

  async catalogue(): Promise<IndicatorCoverage[]> {
    const rows = await this.db.selectFrom('indicators').selectAll().orderBy('code').execute();
    const stats = await this.db
      .selectFrom('indicator_values')
      .select((eb) => [
        'indicator_code',
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>('iso3').distinct().as('economies'),
        eb.fn.min<number>('year').as('first'),
        eb.fn.max<number>('year').as('last'),
      ])
      .groupBy('indicator_code')
      .execute();
    const byCode = new Map(stats.map((s) => [s.indicator_code, s]));
    return rows.map((r) => {
      const s = byCode.get(r.code);
      return {
        ...toIndicator(r),
        valueCount: Number(s?.n ?? 0),
        economyCount: Number(s?.economies ?? 0),
        firstYear: s ? Number(s.first) : null,
        lastYear: s ? Number(s.last) : null,
      };
    });
  }

  async get(code: string): Promise<Indicator | undefined> {
    const r = await this.db
      .selectFrom('indicators')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return r && toIndicator(r);
  }

  /** Years that have at least one value for the indicator, newest first. */
  async years(code: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('indicator_values')
      .select('year')
      .distinct()
      .where('indicator_code', '=', code)
      .orderBy('year', 'desc')
      .execute();
    return rows.map((r) => Number(r.year));
  }

  /** Values of one indicator for one year (or each economy's latest), ordered by economy. */
  async values(q: ValueQuery): Promise<NamedValue[]> {
    let query = this.db
      .selectFrom('indicator_values as v')
      .innerJoin('economies as e', 'e.iso3', 'v.iso3')
      .selectAll('v')
      .select('e.name as economy_name')
      .where('v.indicator_code', '=', q.code);
    if (q.economies && q.economies.length === 0) return [];
    if (q.economies) query = query.where('v.iso3', 'in', [...q.economies]);
    if (q.year === 'latest') {
      query = query.where((eb) =>
        eb(
          'v.year',
          '=',
          eb
            .selectFrom('indicator_values as w')
            .select((e) => e.fn.max<number>('w.year').as('y'))
            .whereRef('w.iso3', '=', 'v.iso3')
            .whereRef('w.indicator_code', '=', 'v.indicator_code'),
        ),
      );
    } else query = query.where('v.year', '=', q.year);
    const rows = await query.orderBy('v.iso3').execute();
    return rows.map((r) => ({ ...toValue(r), economyName: r.economy_name }));
  }

  /** How many economies have a value of the indicator, per year, oldest first. */
  async yearCoverage(code: string): Promise<{ year: number; economies: number }[]> {
    const rows = await this.db
      .selectFrom('indicator_values')
      .select((eb) => ['year', eb.fn.countAll<number>().as('n')])
      .where('indicator_code', '=', code)
      .groupBy('year')
      .orderBy('year')
      .execute();
    return rows.map((r) => ({ year: Number(r.year), economies: Number(r.n) }));
  }

  /** Every value of one indicator, all years, ordered by year and economy. */
  async series(code: string): Promise<IndicatorValue[]> {
    const rows = await this.db
      .selectFrom('indicator_values')
      .selectAll()
      .where('indicator_code', '=', code)
      .orderBy('year')
      .orderBy('iso3')
      .execute();
    return rows.map(toValue);
  }

  /** Every value of one economy, ordered by indicator and year. */
  async valuesOfEconomy(iso3: string): Promise<IndicatorValue[]> {
    const rows = await this.db
      .selectFrom('indicator_values')
      .selectAll()
      .where('iso3', '=', iso3)
      .orderBy('indicator_code')
      .orderBy('year')
      .execute();
    return rows.map(toValue);
  }

  /**
   * Inserts new values and updates changed ones (value or source); equal values are left alone,
   * so re-running an import changes nothing.
   */
  async upsertValues(values: readonly IndicatorValue[]): Promise<WriteCounts> {
    const counts = noWrites();
    if (values.length === 0) return counts;
    const codes = [...new Set(values.map((v) => v.indicatorCode))];
    const existing = new Map<string, { value: number; source: string }>();
    for (const r of await this.db
      .selectFrom('indicator_values')
      .select(['iso3', 'indicator_code', 'year', 'value', 'source_id'])
      .where('indicator_code', 'in', codes)
      .execute()) {
      existing.set(key(r.iso3, r.indicator_code, r.year), { value: r.value, source: r.source_id });
    }
    // A key given twice counts as two writes in order, the last one stored (PostgreSQL rejects a
    // multi-row upsert that touches one row twice, so each key goes into the INSERT once).
    const changed = new Map<string, IndicatorValueRow>();
    for (const v of values) {
      const k = key(v.iso3, v.indicatorCode, v.year);
      const old = existing.get(k);
      existing.set(k, { value: v.value, source: v.sourceId });
      if (!old) counts.inserted++;
      else if (old.value === v.value && old.source === v.sourceId) {
        counts.unchanged++;
        continue;
      } else counts.updated++;
      changed.set(k, {
        iso3: v.iso3,
        indicator_code: v.indicatorCode,
        year: v.year,
        value: v.value,
        source_id: v.sourceId,
      });
    }
    for (const part of chunks([...changed.values()], rowsPerInsert(5))) {
      const parameters = part.flatMap((r) => [
        r.iso3,
        r.indicator_code,
        r.year,
        r.value,
        r.source_id,
      ]);
      const key = `${this.db.getExecutor().adapter.constructor.name}:${part.length}`;
      const reusable = UPSERT_SQL.get(key);
      if (reusable) {
        await this.db.executeQuery(CompiledQuery.raw(reusable, parameters));
        continue;
      }
      const compiled = this.upsertQuery(part).compile();
      // Kysely binds row after row in column order; reuse the statement only if that holds.
      if (compiled.parameters.every((p, i) => p === parameters[i]))
        UPSERT_SQL.set(key, compiled.sql);
      await this.db.executeQuery(compiled);
    }
    return counts;
  }

  private upsertQuery(rows: IndicatorValueRow[]) {
    return this.db
      .insertInto('indicator_values')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['indicator_code', 'year', 'iso3']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          source_id: eb.ref('excluded.source_id'),
        })),
      );
  }
}
