// Research data: output by field, pairs of economies, international totals, Horizon 2020
// participation, ROR organisations with their names (normalised, for lookups by name), NSF's top
// AI institutions and the AI articles they co-author. An import replaces the records of its dataset (`<format>:<layout>`): new rows
// inserted, changed ones updated, those no longer given removed, equal ones left alone, so a
// second import of one file writes nothing.
import type { Kysely } from 'kysely';
import {
  acronymKey,
  institutionKey,
  rorIdOf,
  type CrosswalkEntry,
} from '../core/research/institutions.ts';
import type {
  AiInstitution,
  CrosswalkMethod,
  FieldOutput,
  HorizonParticipation,
  HorizonProgrammePart,
  InstitutionPair,
  InternationalTotal,
  PairCollaboration,
  PairField,
  ResearchField,
  ResearchOrganisation,
  ResearchSourceCode,
} from '../core/research/research.ts';
import {
  resolverKeys,
  type FieldOutputFilter,
  type InternationalTotalFilter,
  type OrganisationNameKind,
  type OrganisationNameMatch,
  type PairFilter,
  type ResearchCounts,
  type ResearchRecords,
} from '../core/research/stored.ts';
import type {
  Database,
  ResearchAiInstitutionPairRow,
  ResearchAiInstitutionRow,
  ResearchFieldOutputRow,
  ResearchInternationalTotalRow,
  ResearchOrganisationNameRow,
  ResearchOrganisationRow,
  ResearchPairRow,
  ResearchParticipationRow,
} from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const IN_CHUNK = 500;
/** Rows per `delete … where (k1 = ? and k2 = ?) or …`: SQLite limits an expression's depth. */
const KEY_CHUNK = 200;
const NAME_KINDS: readonly OrganisationNameKind[] = ['name', 'alias', 'label', 'acronym'];

type Cell = string | number | null;
type Row = Record<string, Cell>;
/** The tables seen without their row types: one diffing routine serves them all. */
type Rows = Kysely<Record<string, Row>>;

type ReplacedTable =
  | 'research_field_outputs'
  | 'research_pairs'
  | 'research_international_totals'
  | 'research_participations'
  | 'research_organisations'
  | 'research_ai_institutions'
  | 'research_ai_institution_pairs';

/** A table an import replaces: its primary key and every column (the dataset's included). */
interface TableSpec {
  name: ReplacedTable;
  key: readonly string[];
  columns: readonly string[];
}

const spec = (name: ReplacedTable, key: string, columns: string): TableSpec => ({
  name,
  key: key.split(' '),
  columns: columns.split(' '),
});

const FIELD_OUTPUTS = spec(
  'research_field_outputs',
  'source field iso3 year',
  'source field iso3 year whole_articles fractional_articles dataset',
);
const PAIRS = spec(
  'research_pairs',
  'source field programme a b first_year year',
  'source field programme a b first_year year works collaboration_index dataset',
);
const TOTALS = spec(
  'research_international_totals',
  'source field iso3 first_year year',
  'source field iso3 first_year year works dataset',
);
const PARTICIPATIONS = spec(
  'research_participations',
  'source iso3',
  'source iso3 grp participations distinct_projects definition dataset',
);
const ORGANISATIONS = spec(
  'research_organisations',
  'ror_id',
  'ror_id name country types status parents definition dataset',
);
const AI_INSTITUTIONS = spec(
  'research_ai_institutions',
  'name',
  'name name_key rank region ror_id country link_method first_year year whole fractional multi_institution domestic_only international dataset',
);

const AI_INSTITUTION_PAIRS = spec('research_ai_institution_pairs', 'a b', 'a b works dataset');

/** What replacing one table's rows of a dataset takes. */
interface Plan {
  spec: TableSpec;
  insert: Row[];
  update: Row[];
  remove: Row[];
  unchanged: number;
}

const keyOf = (s: TableSpec, r: Row): string => JSON.stringify(s.key.map((k) => r[k]));
const contentOf = (s: TableSpec, r: Row): string => JSON.stringify(s.columns.map((c) => r[c]));

/** The organisation as stored: its own fields in a fixed order. */
const organisationDefinition = (o: ResearchOrganisation): string => {
  const {
    rorId,
    name,
    aliases,
    acronyms,
    labels,
    country,
    city,
    types,
    parents,
    successors,
    status,
    established,
    website,
    domains,
    wikidata,
    grid,
    isni,
    release,
  } = o;
  return JSON.stringify({
    rorId,
    name,
    aliases,
    acronyms,
    labels: labels.map(({ language, name }) => ({ language, name })),
    country,
    city,
    types,
    parents,
    successors,
    status,
    established,
    website,
    domains,
    wikidata,
    grid,
    isni,
    release,
  } satisfies ResearchOrganisation);
};

const participationDefinition = (p: HorizonParticipation): string =>
  JSON.stringify({
    iso3: p.iso3,
    group: p.group,
    participations: p.participations,
    distinctProjects: p.distinctProjects,
    projectsCoordinated: p.projectsCoordinated,
    byRole: p.byRole,
    byOrganisationType: p.byOrganisationType,
    ecContributionEur: p.ecContributionEur,
    projectsByPart: p.projectsByPart,
  } satisfies HorizonParticipation);

const fieldOutputRow = (f: FieldOutput, dataset: string): ResearchFieldOutputRow => ({
  source: f.source,
  field: f.field,
  iso3: f.iso3,
  year: f.year,
  whole_articles: f.wholeArticles,
  fractional_articles: f.fractionalArticles,
  dataset,
});

const pairRow = (p: PairCollaboration, dataset: string): ResearchPairRow => ({
  source: p.source,
  field: p.field,
  programme: p.programme ?? '',
  a: p.a,
  b: p.b,
  first_year: p.firstYear,
  year: p.year,
  works: p.works,
  collaboration_index: p.collaborationIndex,
  dataset,
});

const totalRow = (t: InternationalTotal, dataset: string): ResearchInternationalTotalRow => ({
  source: t.source,
  field: t.field,
  iso3: t.iso3,
  first_year: t.firstYear,
  year: t.year,
  works: t.works,
  dataset,
});

/** Participation is Horizon 2020's, as CORDIS counts it (`source` cordis). */
const participationRow = (
  p: HorizonParticipation,
  source: ResearchSourceCode,
  dataset: string,
): ResearchParticipationRow => ({
  source,
  iso3: p.iso3,
  grp: p.group,
  participations: p.participations,
  distinct_projects: p.distinctProjects,
  definition: participationDefinition(p),
  dataset,
});

const organisationRow = (o: ResearchOrganisation, dataset: string): ResearchOrganisationRow => ({
  ror_id: o.rorId,
  name: o.name,
  country: o.country,
  types: o.types.join(';'),
  status: o.status,
  parents: o.parents.join('|'),
  definition: organisationDefinition(o),
  dataset,
});

/** One row per kind and key: the first spelling ROR gives. */
const nameRows = (o: ResearchOrganisation): ResearchOrganisationNameRow[] => {
  const rows = new Map<string, ResearchOrganisationNameRow>();
  const add = (kind: OrganisationNameKind, name_key: string, name: string): void => {
    const k = `${kind}\n${name_key}`;
    if (name_key !== '' && !rows.has(k)) rows.set(k, { ror_id: o.rorId, kind, name_key, name });
  };
  add('name', institutionKey(o.name), o.name);
  for (const a of o.aliases) add('alias', institutionKey(a), a);
  for (const l of o.labels) add('label', institutionKey(l.name), l.name);
  for (const a of o.acronyms) add('acronym', acronymKey(a), a);
  return [...rows.values()];
};

const aiInstitutionRow = (i: AiInstitution, dataset: string): ResearchAiInstitutionRow => ({
  name: i.name,
  name_key: institutionKey(i.name),
  rank: i.rank,
  region: i.region,
  ror_id: i.rorId,
  country: i.country,
  link_method: i.linkMethod,
  first_year: i.firstYear,
  year: i.year,
  whole: i.articles.whole,
  fractional: i.articles.fractional,
  multi_institution: i.articles.multiInstitution,
  domestic_only: i.articles.domesticOnly,
  international: i.articles.international,
  dataset,
});

const institutionPairRow = (p: InstitutionPair, dataset: string): ResearchAiInstitutionPairRow => ({
  a: p.a,
  b: p.b,
  works: p.works,
  dataset,
});

const toFieldOutput = (r: ResearchFieldOutputRow): FieldOutput => ({
  iso3: r.iso3,
  field: r.field as ResearchField,
  year: Number(r.year),
  wholeArticles: Number(r.whole_articles),
  fractionalArticles: Number(r.fractional_articles),
  source: r.source as ResearchSourceCode,
});

const toPair = (r: ResearchPairRow): PairCollaboration => ({
  a: r.a,
  b: r.b,
  firstYear: Number(r.first_year),
  year: Number(r.year),
  works: Number(r.works),
  source: r.source as ResearchSourceCode,
  field: r.field as PairField,
  collaborationIndex: r.collaboration_index === null ? null : Number(r.collaboration_index),
  programme: r.programme === '' ? null : (r.programme as HorizonProgrammePart),
});

const toTotal = (r: ResearchInternationalTotalRow): InternationalTotal => ({
  iso3: r.iso3,
  field: r.field as PairField,
  firstYear: Number(r.first_year),
  year: Number(r.year),
  works: Number(r.works),
  source: r.source as ResearchSourceCode,
});

const toOrganisation = (r: { definition: string }): ResearchOrganisation =>
  JSON.parse(r.definition) as ResearchOrganisation;

const toAiInstitution = (r: ResearchAiInstitutionRow): AiInstitution => ({
  rank: Number(r.rank),
  name: r.name,
  region: r.region,
  rorId: r.ror_id,
  country: r.country,
  linkMethod: r.link_method as CrosswalkMethod,
  firstYear: Number(r.first_year),
  year: Number(r.year),
  articles: {
    whole: Number(r.whole),
    fractional: Number(r.fractional),
    multiInstitution: Number(r.multi_institution),
    domesticOnly: Number(r.domestic_only),
    international: Number(r.international),
  },
});

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export class ResearchRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private get rows(): Rows {
    return this.db as unknown as Rows;
  }

  /** Compares a dataset's stored rows of one table with `rows` (each row carries the dataset). */
  private async plan(s: TableSpec, dataset: string, rows: readonly Row[]): Promise<Plan> {
    const before = new Map<string, Row>();
    for (const r of await this.rows
      .selectFrom(s.name)
      .selectAll()
      .where('dataset', '=', dataset)
      .execute())
      before.set(keyOf(s, r), r);
    const plan: Plan = { spec: s, insert: [], update: [], remove: [], unchanged: 0 };
    const kept = new Set<string>();
    for (const r of rows) {
      const key = keyOf(s, r);
      if (kept.has(key)) continue;
      kept.add(key);
      const old = before.get(key);
      if (!old) plan.insert.push(r);
      else if (contentOf(s, old) !== contentOf(s, r)) plan.update.push(r);
      else plan.unchanged++;
    }
    for (const [key, r] of before) if (!kept.has(key)) plan.remove.push(r);
    return plan;
  }

  /** Writes a plan: removals (by key, in chunks), updates (one statement each), inserts. */
  private async apply(p: Plan): Promise<void> {
    const { name, key, columns } = p.spec;
    for (const chunk of chunks(p.remove, KEY_CHUNK))
      await this.rows
        .deleteFrom(name)
        .where((eb) => eb.or(chunk.map((r) => eb.and(key.map((k) => eb(k, '=', r[k]!))))))
        .execute();
    for (const r of p.update) {
      let q = this.rows
        .updateTable(name)
        .set(Object.fromEntries(columns.filter((c) => !key.includes(c)).map((c) => [c, r[c]!])));
      for (const k of key) q = q.where(k, '=', r[k]!);
      await q.execute();
    }
    for (const chunk of chunks(p.insert, rowsPerInsert(columns.length)))
      await this.rows.insertInto(name).values(chunk).execute();
  }

  /**
   * Replaces the records of one dataset (`<format>:<layout>`) with `records`, in every table (a
   * kind the records no longer give is removed too). Returns what was written: a record counts
   * once, an organisation with its names.
   */
  async replaceDataset(
    dataset: string,
    records: ResearchRecords,
  ): Promise<WriteCounts & { removed: number }> {
    const plans = [
      await this.plan(
        FIELD_OUTPUTS,
        dataset,
        records.fieldOutputs.map((f) => fieldOutputRow(f, dataset) as unknown as Row),
      ),
      await this.plan(
        PAIRS,
        dataset,
        records.pairs.map((p) => pairRow(p, dataset) as unknown as Row),
      ),
      await this.plan(
        TOTALS,
        dataset,
        records.totals.map((t) => totalRow(t, dataset) as unknown as Row),
      ),
      await this.plan(
        PARTICIPATIONS,
        dataset,
        records.participations.map((p) => participationRow(p, 'cordis', dataset) as unknown as Row),
      ),
      await this.plan(
        AI_INSTITUTIONS,
        dataset,
        records.aiInstitutions.map((i) => aiInstitutionRow(i, dataset) as unknown as Row),
      ),
      await this.plan(
        AI_INSTITUTION_PAIRS,
        dataset,
        records.institutionPairs.map((p) => institutionPairRow(p, dataset) as unknown as Row),
      ),
    ];
    const organisations = await this.plan(
      ORGANISATIONS,
      dataset,
      records.organisations.map((o) => organisationRow(o, dataset) as unknown as Row),
    );
    // An organisation's names follow it: removed with it, rewritten when it changed.
    const renamed = [...organisations.update, ...organisations.remove].map((r) => String(r.ror_id));
    for (const chunk of chunks(renamed, IN_CHUNK))
      await this.db
        .deleteFrom('research_organisation_names')
        .where('ror_id', 'in', chunk)
        .execute();
    for (const p of plans) await this.apply(p);
    await this.apply(organisations);
    const written = new Set(
      [...organisations.insert, ...organisations.update].map((r) => String(r.ror_id)),
    );
    const names = records.organisations.filter((o) => written.has(o.rorId)).flatMap(nameRows);
    for (const chunk of chunks(names, rowsPerInsert(4)))
      await this.db.insertInto('research_organisation_names').values(chunk).execute();

    const counts = noWrites();
    let removed = 0;
    for (const p of [...plans, organisations]) {
      counts.inserted += p.insert.length;
      counts.updated += p.update.length;
      counts.unchanged += p.unchanged;
      removed += p.remove.length;
    }
    return { ...counts, removed };
  }

  /** NSF's articles by field: by field, economy and year. */
  async fieldOutput(filter: FieldOutputFilter = {}): Promise<FieldOutput[]> {
    let q = this.db.selectFrom('research_field_outputs').selectAll();
    if (filter.field !== undefined) q = q.where('field', '=', filter.field);
    if (filter.economies !== undefined) {
      if (filter.economies.length === 0) return [];
      q = q.where('iso3', 'in', [...filter.economies]);
    }
    if (filter.years !== undefined) {
      if (filter.years.length === 0) return [];
      q = q.where('year', 'in', [...filter.years]);
    }
    const rows = await q
      .orderBy('field')
      .orderBy('iso3')
      .orderBy('year')
      .orderBy('source')
      .execute();
    return rows.map(toFieldOutput);
  }

  /** Collaboration between pairs of economies (see PairFilter): by source, field, part, pair, year. */
  async pairs(filter: PairFilter = {}): Promise<PairCollaboration[]> {
    const { a, b, economies } = filter;
    let q = this.db.selectFrom('research_pairs').selectAll();
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    if (filter.field !== undefined) q = q.where('field', '=', filter.field);
    if (filter.programme !== undefined) q = q.where('programme', '=', filter.programme ?? '');
    if (filter.years !== undefined) {
      if (filter.years.length === 0) return [];
      q = q.where('year', 'in', [...filter.years]);
    }
    if (economies !== undefined && economies.length === 0) return [];
    const one = a ?? b;
    if (a !== undefined && b !== undefined) {
      const [x, y] = a < b ? [a, b] : [b, a];
      q = q.where('a', '=', x).where('b', '=', y);
    } else if (one !== undefined)
      q = q.where((eb) =>
        economies === undefined
          ? eb.or([eb('a', '=', one), eb('b', '=', one)])
          : eb.or([
              eb.and([eb('a', '=', one), eb('b', 'in', [...economies])]),
              eb.and([eb('b', '=', one), eb('a', 'in', [...economies])]),
            ]),
      );
    else if (economies !== undefined)
      q = q.where('a', 'in', [...economies]).where('b', 'in', [...economies]);
    const rows = await q
      .orderBy('source')
      .orderBy('field')
      .orderBy('programme')
      .orderBy('a')
      .orderBy('b')
      .orderBy('first_year')
      .orderBy('year')
      .execute();
    return rows.map(toPair);
  }

  /**
   * Internationally co-authored output per economy, field and span: by source, field, economy,
   * span. `years` selects by the span's last year.
   */
  async internationalTotals(filter: InternationalTotalFilter = {}): Promise<InternationalTotal[]> {
    let q = this.db.selectFrom('research_international_totals').selectAll();
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    if (filter.field !== undefined) q = q.where('field', '=', filter.field);
    if (filter.economies !== undefined) {
      if (filter.economies.length === 0) return [];
      q = q.where('iso3', 'in', [...filter.economies]);
    }
    if (filter.years !== undefined) {
      if (filter.years.length === 0) return [];
      q = q.where('year', 'in', [...filter.years]);
    }
    const rows = await q
      .orderBy('source')
      .orderBy('field')
      .orderBy('iso3')
      .orderBy('first_year')
      .orderBy('year')
      .execute();
    return rows.map(toTotal);
  }

  /** Horizon 2020 participation per economy (all, or those given), by economy. */
  async participations(
    filter: { economies?: readonly string[] } = {},
  ): Promise<HorizonParticipation[]> {
    let q = this.db.selectFrom('research_participations').select('definition');
    if (filter.economies !== undefined) {
      if (filter.economies.length === 0) return [];
      q = q.where('iso3', 'in', [...filter.economies]);
    }
    const rows = await q.orderBy('iso3').orderBy('source').execute();
    return rows.map((r) => JSON.parse(r.definition) as HorizonParticipation);
  }

  /** One organisation by ROR id (with or without `https://ror.org/`), or undefined. */
  async organisation(rorId: string): Promise<ResearchOrganisation | undefined> {
    const r = await this.db
      .selectFrom('research_organisations')
      .select('definition')
      .where('ror_id', '=', rorIdOf(rorId) ?? rorId)
      .executeTakeFirst();
    return r ? toOrganisation(r) : undefined;
  }

  /** The organisations of these ROR ids that are stored, by name then id. */
  async organisations(rorIds: readonly string[]): Promise<ResearchOrganisation[]> {
    const out: ResearchOrganisation[] = [];
    for (const chunk of chunks([...new Set(rorIds)], IN_CHUNK))
      for (const r of await this.db
        .selectFrom('research_organisations')
        .select('definition')
        .where('ror_id', 'in', chunk)
        .execute())
        out.push(toOrganisation(r));
    return out.sort((x, y) => byText(x.name, y.name) || byText(x.rorId, y.rorId));
  }

  /** Every stored organisation (for a resolver over the whole registry), by ROR id. */
  async allOrganisations(): Promise<ResearchOrganisation[]> {
    const rows = await this.db
      .selectFrom('research_organisations')
      .select('definition')
      .orderBy('ror_id')
      .execute();
    return rows.map(toOrganisation);
  }

  /**
   * The organisations a name, alias or label of which reads `name` after the resolver's
   * normalisation (institutionKey: a name already normalised reads the same), with which kinds
   * of name matched; by name then id. Only the matching rows are read.
   */
  async organisationsByName(
    name: string,
    options: { country?: string } = {},
  ): Promise<OrganisationNameMatch[]> {
    const key = institutionKey(name);
    if (key === '') return [];
    const hits = await this.db
      .selectFrom('research_organisation_names')
      .select(['ror_id', 'kind'])
      .where('name_key', '=', key)
      .where('kind', 'in', ['name', 'alias', 'label'])
      .execute();
    const kinds = new Map<string, Set<string>>();
    for (const h of hits) kinds.set(h.ror_id, (kinds.get(h.ror_id) ?? new Set()).add(h.kind));
    return (await this.organisations([...kinds.keys()]))
      .filter((o) => options.country === undefined || o.country === options.country)
      .map((organisation) => ({
        organisation,
        matchedBy: NAME_KINDS.filter((k) => kinds.get(organisation.rorId)!.has(k)),
      }));
  }

  /**
   * What core/research/institutions.ts needs to resolve `query` without reading the registry:
   * the organisations any key of the query (resolverKeys) finds — by id, name, alias, label,
   * acronym or through the crosswalk — and the crosswalk entries it finds. A resolver built over
   * them resolves the query as one built over every record.
   */
  async resolverRecords(
    query: string,
  ): Promise<{ organisations: ResearchOrganisation[]; crosswalk: CrosswalkEntry[] }> {
    const keys = resolverKeys(query);
    const ids = new Set<string>(keys.rorId === null ? [] : [keys.rorId]);
    if (keys.names.length > 0 || keys.acronyms.length > 0) {
      const hits = await this.db
        .selectFrom('research_organisation_names')
        .select('ror_id')
        .where((eb) =>
          eb.or([
            ...(keys.names.length > 0
              ? [
                  eb.and([
                    eb('kind', 'in', ['name', 'alias', 'label']),
                    eb('name_key', 'in', keys.names),
                  ]),
                ]
              : []),
            ...(keys.acronyms.length > 0
              ? [eb.and([eb('kind', '=', 'acronym'), eb('name_key', 'in', keys.acronyms)])]
              : []),
          ]),
        )
        .execute();
      for (const h of hits) ids.add(h.ror_id);
    }
    const crosswalk =
      keys.names.length === 0
        ? []
        : (
            await this.db
              .selectFrom('research_ai_institutions')
              .select(['name', 'ror_id'])
              .where('name_key', 'in', keys.names)
              .orderBy('name')
              .execute()
          ).map((r) => ({ name: r.name, rorId: r.ror_id }));
    for (const c of crosswalk) if (c.rorId !== null) ids.add(c.rorId);
    return { organisations: await this.organisations([...ids]), crosswalk };
  }

  /** NSF's names of its top AI institutions with their ROR ids (null where none), by name. */
  async crosswalk(): Promise<CrosswalkEntry[]> {
    const rows = await this.db
      .selectFrom('research_ai_institutions')
      .select(['name', 'ror_id'])
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ name: r.name, rorId: r.ror_id }));
  }

  /** NSF's top AI institutions, by rank then name. */
  async aiInstitutions(): Promise<AiInstitution[]> {
    const rows = await this.db
      .selectFrom('research_ai_institutions')
      .selectAll()
      .orderBy('rank')
      .orderBy('name')
      .execute();
    return rows.map(toAiInstitution);
  }

  /**
   * AI articles co-authored by two of NSF's top AI institutions (NSF's names, a < b), by a then b;
   * `institution`: only the pairs it is in.
   */
  async aiInstitutionPairs(filter: { institution?: string } = {}): Promise<InstitutionPair[]> {
    let q = this.db.selectFrom('research_ai_institution_pairs').select(['a', 'b', 'works']);
    const one = filter.institution;
    if (one !== undefined) q = q.where((eb) => eb.or([eb('a', '=', one), eb('b', '=', one)]));
    const rows = await q.orderBy('a').orderBy('b').execute();
    return rows.map((r) => ({ a: r.a, b: r.b, works: Number(r.works) }));
  }

  /** How many records each kind holds. */
  async counts(): Promise<ResearchCounts> {
    const count = async (table: keyof Database & `research_${string}`): Promise<number> =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      fieldOutputs: await count('research_field_outputs'),
      pairs: await count('research_pairs'),
      internationalTotals: await count('research_international_totals'),
      participations: await count('research_participations'),
      organisations: await count('research_organisations'),
      organisationNames: await count('research_organisation_names'),
      aiInstitutions: await count('research_ai_institutions'),
      aiInstitutionPairs: await count('research_ai_institution_pairs'),
    };
  }
}
