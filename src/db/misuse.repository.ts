// The registry of cases of the illiberal use of technology: cases with their countries, suppliers
// and every version, replaced per source by an import or recorded by hand; the editable map from
// technology categories to control-list entries. (Whether a supplier is a listed entity is an
// analyst's screening decision on its name: restricted-party.repository.ts.)
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { caseYear, type MisuseCase, type TechnologyCategory } from '../core/misuse/case.ts';
import {
  MANUAL_CASE_SOURCE,
  type CaseConfidentiality,
  type CaseFilter,
  type CaseSupplier,
  type CaseVersion,
  type StoredCase,
  type StoredTechnologyControl,
} from '../core/misuse/stored-case.ts';
import type {
  Database,
  MisuseCaseCountryRow,
  MisuseCaseRow,
  MisuseCaseSupplierRow,
  MisuseCaseVersionRow,
} from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const IN_CHUNK = 500;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

/** Who wrote and when, and for a new case who may see it. */
export interface CaseWrite {
  by: string;
  at: string;
}

export interface NewCaseMeta extends CaseWrite {
  confidentiality: CaseConfidentiality;
  authorDelegation: string | null;
}

/** The definition as stored: the case's own fields, nothing of the registry's. */
const definitionOf = (c: MisuseCase): string => {
  const {
    id,
    kind,
    title,
    countries,
    countryNames,
    period,
    countedInYear,
    actors,
    suppliers,
    supplierAttribution,
    supplierOrigins,
    technology,
    technologyDetail,
    evidence,
    status,
  } = c;
  return JSON.stringify({
    id,
    kind,
    title,
    countries,
    countryNames,
    period,
    countedInYear,
    actors,
    suppliers,
    supplierAttribution,
    supplierOrigins,
    technology,
    technologyDetail,
    evidence,
    status,
  } satisfies MisuseCase);
};

const toStored = (r: MisuseCaseRow): StoredCase => ({
  ...(JSON.parse(r.definition) as MisuseCase),
  source: r.source,
  confidentiality: r.confidentiality as CaseConfidentiality,
  authorDelegation: r.author_delegation,
  version: Number(r.version),
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

const caseColumns = (c: MisuseCase, definition: string) => ({
  kind: c.kind,
  technology: c.technology,
  year: caseYear(c),
  status: c.status,
  definition,
});

const countryRows = (c: MisuseCase): MisuseCaseCountryRow[] =>
  [...new Set(c.countries)].map((iso3) => ({ case_id: c.id, iso3 }));

/** One row per supplier key: the first spelling the case gives. */
const supplierRows = (c: MisuseCase): MisuseCaseSupplierRow[] => {
  const byKey = new Map<string, string>();
  for (const s of c.suppliers) if (!byKey.has(s.key)) byKey.set(s.key, s.name);
  return [...byKey].map(([supplier_key, name]) => ({ case_id: c.id, supplier_key, name }));
};

const toControl = (r: Database['misuse_technology_controls']): StoredTechnologyControl => ({
  technology: r.technology as TechnologyCategory,
  canonicalCode: r.canonical_code,
  paragraph: r.paragraph,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class MisuseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The conditions of a filter applied to a query of misuse_cases. */
  private filtered<O>(
    q: SelectQueryBuilder<Database, 'misuse_cases', O>,
    f: CaseFilter,
  ): SelectQueryBuilder<Database, 'misuse_cases', O> {
    if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
    if (f.technology !== undefined) q = q.where('technology', '=', f.technology);
    if (f.year !== undefined) q = q.where('year', '=', f.year);
    if (f.source !== undefined) q = q.where('source', '=', f.source);
    if (f.confidentiality !== undefined) {
      if (f.confidentiality.length === 0) return q.where('id', 'is', null);
      q = q.where('confidentiality', 'in', f.confidentiality);
    }
    const country = f.country;
    if (country !== undefined)
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('misuse_case_countries').select('case_id').where('iso3', '=', country),
      );
    const supplierKey = f.supplierKey;
    if (supplierKey !== undefined)
      q = q.where('id', 'in', (eb) =>
        eb
          .selectFrom('misuse_case_suppliers')
          .select('case_id')
          .where('supplier_key', '=', supplierKey),
      );
    return q;
  }

  /**
   * The cases a filter admits, latest year first (cases without a year last), then by id; with
   * how many there are in all.
   */
  async cases(filter: CaseFilter = {}): Promise<{ items: StoredCase[]; total: number }> {
    const limit = Math.min(Math.max(filter.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
    const offset = Math.max(filter.offset ?? 0, 0);
    const [rows, count] = await Promise.all([
      this.filtered(this.db.selectFrom('misuse_cases').selectAll(), filter)
        .orderBy((eb) => eb.fn.coalesce('year', eb.lit(-1)), 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.filtered(
        this.db.selectFrom('misuse_cases').select((eb) => eb.fn.countAll().as('n')),
        filter,
      ).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toStored), total: Number(count.n) };
  }

  /** One case by id, or undefined. */
  async case(id: string): Promise<StoredCase | undefined> {
    const r = await this.db
      .selectFrom('misuse_cases')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toStored(r) : undefined;
  }

  /** Every version of a case, oldest first (empty when there is no such case). */
  async caseVersions(id: string): Promise<CaseVersion[]> {
    const rows = await this.db
      .selectFrom('misuse_case_versions')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      caseId: r.case_id,
      version: Number(r.version),
      case: JSON.parse(r.definition) as MisuseCase,
      changedBy: r.changed_by,
      changedAt: r.changed_at,
    }));
  }

  /**
   * Replaces one source's cases with `cases` (an import): inserts the new ones, updates those
   * whose definition changed (a new version each), removes those no longer given (with their
   * versions) and leaves equal ones alone, so importing one file twice writes nothing. Imported
   * cases are public.
   */
  async replaceSource(
    source: string,
    cases: readonly MisuseCase[],
    write: CaseWrite,
  ): Promise<WriteCounts & { removed: number }> {
    const before = new Map(
      (
        await this.db
          .selectFrom('misuse_cases')
          .select(['id', 'definition', 'version'])
          .where('source', '=', source)
          .execute()
      ).map((r) => [r.id, { definition: r.definition, version: Number(r.version) }]),
    );
    const counts = noWrites();
    const newRows: MisuseCaseRow[] = [];
    const versionRows: MisuseCaseVersionRow[] = [];
    const countries: MisuseCaseCountryRow[] = [];
    const suppliers: MisuseCaseSupplierRow[] = [];
    const changed: string[] = [];
    for (const c of cases) {
      const definition = definitionOf(c);
      const old = before.get(c.id);
      if (old && old.definition === definition) {
        counts.unchanged++;
        continue;
      }
      const version = old ? old.version + 1 : 1;
      if (old) {
        changed.push(c.id);
        await this.db
          .updateTable('misuse_cases')
          .set({
            ...caseColumns(c, definition),
            version,
            updated_by: write.by,
            updated_at: write.at,
          })
          .where('id', '=', c.id)
          .execute();
        counts.updated++;
      } else {
        newRows.push({
          id: c.id,
          source,
          ...caseColumns(c, definition),
          confidentiality: 'public',
          author_delegation: null,
          version,
          created_by: write.by,
          created_at: write.at,
          updated_by: write.by,
          updated_at: write.at,
        });
        counts.inserted++;
      }
      versionRows.push({
        case_id: c.id,
        version,
        definition,
        changed_by: write.by,
        changed_at: write.at,
      });
      countries.push(...countryRows(c));
      suppliers.push(...supplierRows(c));
    }
    const kept = new Set(cases.map((c) => c.id));
    const gone = [...before.keys()].filter((id) => !kept.has(id));
    for (const chunk of chunks([...changed, ...gone], IN_CHUNK)) {
      await this.db.deleteFrom('misuse_case_countries').where('case_id', 'in', chunk).execute();
      await this.db.deleteFrom('misuse_case_suppliers').where('case_id', 'in', chunk).execute();
    }
    for (const chunk of chunks(gone, IN_CHUNK)) {
      await this.db.deleteFrom('misuse_case_versions').where('case_id', 'in', chunk).execute();
      await this.db.deleteFrom('misuse_cases').where('id', 'in', chunk).execute();
    }
    await this.insertRows(newRows, versionRows, countries, suppliers);
    return { ...counts, removed: gone.length };
  }

  private async insertRows(
    cases: readonly MisuseCaseRow[],
    versions: readonly MisuseCaseVersionRow[],
    countries: readonly MisuseCaseCountryRow[],
    suppliers: readonly MisuseCaseSupplierRow[],
  ): Promise<void> {
    for (const chunk of chunks(cases, rowsPerInsert(14)))
      await this.db.insertInto('misuse_cases').values(chunk).execute();
    for (const chunk of chunks(versions, rowsPerInsert(5)))
      await this.db.insertInto('misuse_case_versions').values(chunk).execute();
    for (const chunk of chunks(countries, rowsPerInsert(2)))
      await this.db.insertInto('misuse_case_countries').values(chunk).execute();
    for (const chunk of chunks(suppliers, rowsPerInsert(3)))
      await this.db.insertInto('misuse_case_suppliers').values(chunk).execute();
  }

  /** Records a case by hand (source `manual` unless given, version 1); its id must be new. */
  async saveCase(
    c: MisuseCase,
    meta: NewCaseMeta,
    source = MANUAL_CASE_SOURCE,
  ): Promise<StoredCase> {
    const definition = definitionOf(c);
    await this.insertRows(
      [
        {
          id: c.id,
          source,
          ...caseColumns(c, definition),
          confidentiality: meta.confidentiality,
          author_delegation: meta.authorDelegation,
          version: 1,
          created_by: meta.by,
          created_at: meta.at,
          updated_by: meta.by,
          updated_at: meta.at,
        },
      ],
      [{ case_id: c.id, version: 1, definition, changed_by: meta.by, changed_at: meta.at }],
      countryRows(c),
      supplierRows(c),
    );
    return (await this.case(c.id))!;
  }

  /**
   * Replaces a case's definition (and its confidentiality, when given): a new version when
   * anything changed, nothing written otherwise. Undefined when there is no such case.
   */
  async updateCase(
    c: MisuseCase,
    write: CaseWrite & { confidentiality?: CaseConfidentiality },
  ): Promise<StoredCase | undefined> {
    const old = await this.case(c.id);
    if (!old) return undefined;
    const definition = definitionOf(c);
    const confidentiality = write.confidentiality ?? old.confidentiality;
    if (definition === definitionOf(old) && confidentiality === old.confidentiality) return old;
    const version = old.version + 1;
    await this.db
      .updateTable('misuse_cases')
      .set({
        ...caseColumns(c, definition),
        confidentiality,
        version,
        updated_by: write.by,
        updated_at: write.at,
      })
      .where('id', '=', c.id)
      .execute();
    await this.db.deleteFrom('misuse_case_countries').where('case_id', '=', c.id).execute();
    await this.db.deleteFrom('misuse_case_suppliers').where('case_id', '=', c.id).execute();
    await this.insertRows(
      [],
      [{ case_id: c.id, version, definition, changed_by: write.by, changed_at: write.at }],
      countryRows(c),
      supplierRows(c),
    );
    return this.case(c.id);
  }

  /**
   * The suppliers the cases name (of the confidentialities given, all when absent), by key: the
   * spellings used (most used first) and how many cases name each; most named first, then by key.
   */
  async suppliers(
    options: { confidentiality?: readonly CaseConfidentiality[] } = {},
  ): Promise<CaseSupplier[]> {
    let q = this.db
      .selectFrom('misuse_case_suppliers as s')
      .select(['s.supplier_key', 's.name', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['s.supplier_key', 's.name']);
    const levels = options.confidentiality;
    if (levels !== undefined) {
      if (levels.length === 0) return [];
      q = q
        .innerJoin('misuse_cases as c', 'c.id', 's.case_id')
        .where('c.confidentiality', 'in', levels);
    }
    const byKey = new Map<string, { names: [string, number][]; cases: number }>();
    for (const r of await q.execute()) {
      const s = byKey.get(r.supplier_key) ?? { names: [], cases: 0 };
      s.names.push([r.name, Number(r.n)]);
      s.cases += Number(r.n);
      byKey.set(r.supplier_key, s);
    }
    return [...byKey]
      .map(([key, s]) => ({
        key,
        names: s.names
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .map(([name]) => name),
        cases: s.cases,
      }))
      .sort((a, b) => b.cases - a.cases || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The map from technology categories to control-list entries, by technology, code, paragraph. */
  async technologyControls(): Promise<StoredTechnologyControl[]> {
    const rows = await this.db
      .selectFrom('misuse_technology_controls')
      .selectAll()
      .orderBy('technology')
      .orderBy('canonical_code')
      .orderBy('paragraph')
      .execute();
    return rows.map(toControl);
  }

  /** Adds a mapping, or replaces the note (and who wrote it) of an existing one. */
  async saveTechnologyControl(c: StoredTechnologyControl): Promise<void> {
    const key = {
      technology: c.technology,
      canonical_code: c.canonicalCode,
      paragraph: c.paragraph,
    };
    const fields = { note: c.note, created_by: c.createdBy, created_at: c.createdAt };
    const r = await this.db
      .updateTable('misuse_technology_controls')
      .set(fields)
      .where('technology', '=', key.technology)
      .where('canonical_code', '=', key.canonical_code)
      .where('paragraph', '=', key.paragraph)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      await this.db
        .insertInto('misuse_technology_controls')
        .values({ ...key, ...fields })
        .execute();
  }

  /** Removes a mapping; false when there was none. */
  async deleteTechnologyControl(
    technology: TechnologyCategory,
    canonicalCode: string,
    paragraph = '',
  ): Promise<boolean> {
    const r = await this.db
      .deleteFrom('misuse_technology_controls')
      .where('technology', '=', technology)
      .where('canonical_code', '=', canonicalCode)
      .where('paragraph', '=', paragraph)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
