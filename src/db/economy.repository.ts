// Economies: the reference table of ISO 3166 entities; filters by region, income group and grouping.
import type { Kysely } from 'kysely';
import type { Economy, EconomyFilter, IncomeCode } from '../core/economies/economy.ts';
import type { Database, EconomyRow } from './schema.ts';
import { chunks, noWrites, type WriteCounts } from './write-counts.ts';

const toEconomy = (r: EconomyRow): Economy => ({
  iso3: r.iso3,
  iso2: r.iso2,
  isoNumeric: r.iso_numeric,
  name: r.name,
  officialName: r.official_name,
  region: r.region,
  subregion: r.subregion,
  incomeCode: r.income_code as IncomeCode | null,
  independence: r.independence,
});

const toRow = (e: Economy): EconomyRow => ({
  iso3: e.iso3,
  iso2: e.iso2,
  iso_numeric: e.isoNumeric,
  name: e.name,
  official_name: e.officialName,
  region: e.region,
  subregion: e.subregion,
  income_code: e.incomeCode,
  independence: e.independence,
});

const sameRow = (a: EconomyRow, b: EconomyRow): boolean =>
  (Object.keys(a) as (keyof EconomyRow)[]).every((k) => a[k] === b[k]);

export class EconomyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsertMany(economies: readonly Economy[]): Promise<WriteCounts> {
    const counts = noWrites();
    const existing = new Map(
      (await this.db.selectFrom('economies').selectAll().execute()).map((r) => [r.iso3, r]),
    );
    // A code given twice counts as two writes in order, the last one stored (PostgreSQL rejects a
    // multi-row upsert that touches one row twice, so each code goes into the INSERT once).
    const changed = new Map<string, EconomyRow>();
    for (const e of economies) {
      const row = toRow(e);
      const old = existing.get(row.iso3);
      existing.set(row.iso3, row);
      if (!old) counts.inserted++;
      else if (sameRow(old, row)) {
        counts.unchanged++;
        continue;
      } else counts.updated++;
      changed.set(row.iso3, row);
    }
    for (const part of chunks([...changed.values()], 500)) {
      await this.db
        .insertInto('economies')
        .values(part)
        .onConflict((oc) =>
          oc.column('iso3').doUpdateSet((eb) => ({
            iso2: eb.ref('excluded.iso2'),
            iso_numeric: eb.ref('excluded.iso_numeric'),
            name: eb.ref('excluded.name'),
            official_name: eb.ref('excluded.official_name'),
            region: eb.ref('excluded.region'),
            subregion: eb.ref('excluded.subregion'),
            income_code: eb.ref('excluded.income_code'),
            independence: eb.ref('excluded.independence'),
          })),
        )
        .execute();
    }
    return counts;
  }

  async list(filter: EconomyFilter = {}): Promise<Economy[]> {
    let q = this.db.selectFrom('economies').selectAll('economies');
    if (filter.region !== undefined) {
      const region = filter.region;
      q = q.where((eb) =>
        eb.or([eb('economies.region', '=', region), eb('economies.subregion', '=', region)]),
      );
    }
    if (filter.incomeCode !== undefined)
      q = q.where('economies.income_code', '=', filter.incomeCode);
    if (filter.group !== undefined) {
      const group = filter.group;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('group_members')
            .select('group_members.member_code')
            .whereRef('group_members.member_code', '=', 'economies.iso3')
            .where('group_members.group_code', '=', group),
        ),
      );
    }
    const rows = await q.orderBy('economies.name').execute();
    return rows.map(toEconomy);
  }

  async get(iso3: string): Promise<Economy | undefined> {
    const r = await this.db
      .selectFrom('economies')
      .selectAll()
      .where('iso3', '=', iso3)
      .executeTakeFirst();
    return r && toEconomy(r);
  }

  async codes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('economies').select('iso3').execute();
    return new Set(rows.map((r) => r.iso3));
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('economies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
