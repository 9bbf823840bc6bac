// The illiberal use of technology: the case registry (imported and recorded by hand, each case
// seen by whom its confidentiality admits), a supplier's footprint with its listing status in every
// imported restricted-party list (from the screening engine and the analysts' decisions on its
// hits), a country's profile, the map of surveillance supply by supplier origin, the map from
// technology categories to control-list entries, and a proposal opened from a supplier or a case
// with its evidence attached. The cases are read once per data version and shared by requests.
import { actorOf, can, canSee, type Principal } from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import { caseInputSchema, type CaseInput } from '../core/misuse/case-input.ts';
import {
  caseYear,
  type CaseKind,
  type MisuseCase,
  type TechnologyCategory,
} from '../core/misuse/case.ts';
import {
  countryProfile,
  surveillanceSupplyMap,
  type CountryProfile,
  type SurveillanceSupplyMap,
} from '../core/misuse/country-profile.ts';
import {
  listingStatus,
  supplierDivergence,
  supplierFootprint,
  type ListingStatus,
  type SupplierDivergence,
  type SupplierFootprint,
  type SupplierListingHit,
} from '../core/misuse/footprint.ts';
import {
  CASE_CONFIDENTIALITIES,
  MANUAL_CASE_SOURCE,
  type CaseConfidentiality,
  type CaseSupplier,
  type CaseVersion,
  type StoredCase,
  type StoredTechnologyControl,
} from '../core/misuse/stored-case.ts';
import { supplierKey, supplierMention } from '../core/misuse/supplier-name.ts';
import {
  technologyControlSchema,
  technologyControlStatus,
  type TechnologyControl,
  type TechnologyControlStatus,
} from '../core/misuse/technology-controls.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import type { CoalitionService } from './coalition.service.ts';
import type { ControlListService } from './control-list.service.ts';
import type { DataVersion } from './data-version.ts';
import type { GovernanceService } from './governance.service.ts';
import type { ScreeningService } from './screening.service.ts';
import { VersionedData } from './versioned-data.ts';

/** The workstream the registry serves (its proposals and its log entries). */
export const MISUSE_WORKSTREAM = 'illiberal_tech';

/** The indicators a country profile shows beside its cases. */
export const MISUSE_INDICATORS = ['fotn_total', 'digital_repression_index', 'internet_shutdowns'];

/** The source a case recorded by hand cites (its evidence carries the links). */
export const MANUAL_CASES_SOURCE: Source = {
  id: 'techalliance-recorded-cases',
  citation: 'Cases recorded on the platform by the alliance’s delegations and secretariat',
  publisher: 'techalliance',
  licence: 'as stated by each case’s evidence',
  url: null,
  date: null,
  notes: 'Each case names its evidence (a link, a reference, a confidence) and who recorded it.',
};

/** The least screening score fetched for a supplier's name (hits below the listing threshold are shown to review). */
const SCREEN_THRESHOLD = 0.6;

export interface CaseListFilter {
  country?: string;
  kind?: CaseKind;
  technology?: TechnologyCategory;
  year?: number;
  supplier?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

/** One case as a list shows it. */
export interface CaseSummary {
  id: string;
  kind: CaseKind;
  title: string;
  countries: string[];
  year: number | null;
  technology: TechnologyCategory;
  suppliers: string[];
  source: string;
  confidentiality: CaseConfidentiality;
  status: MisuseCase['status'];
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
}

export interface CaseDetail extends StoredCase {
  year: number | null;
  versions: CaseVersion[];
  sources: Source[];
}

export interface SupplierView extends SupplierFootprint {
  /** What the listing status rests on: the screening hits of the supplier's names. */
  listing: ListingStatus;
  /** Listed by some members and not by others: the divergence the register collects. */
  divergence: SupplierDivergence | null;
  /** Whether the analysts' decisions on the hits were applied (screening:decide callers only). */
  decisionsApplied: boolean;
  /** The imported restricted-party lists the names were screened against. */
  lists: { listId: string; jurisdiction: string }[];
}

export interface CountryView extends CountryProfile {
  name: string;
  indicators: {
    code: string;
    name: string;
    unit: string;
    values: { year: number; value: number; sourceId: string }[];
  }[];
}

export interface TechnologyControlsView {
  map: StoredTechnologyControl[];
  status: TechnologyControlStatus[];
}

interface Loaded {
  /** Every case, with its confidentiality. */
  cases: StoredCase[];
}

/** The confidentialities a caller may see (canSee on each level; never a draft). */
export function visibleConfidentialities(principal: Principal): CaseConfidentiality[] {
  return CASE_CONFIDENTIALITIES.filter((c) =>
    canSee(principal, {
      confidentiality: c,
      restrictedTo: [],
      draft: false,
      authorDelegation: null,
    }),
  );
}

const summary = (c: StoredCase): CaseSummary => ({
  id: c.id,
  kind: c.kind,
  title: c.title,
  countries: c.countries,
  year: caseYear(c),
  technology: c.technology,
  suppliers: c.suppliers.map((s) => s.name),
  source: c.source,
  confidentiality: c.confidentiality,
  status: c.status,
});

export class MisuseService {
  private readonly data: VersionedData<Loaded>;

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly coalitions: CoalitionService,
    private readonly screening: ScreeningService,
    private readonly controlLists: ControlListService,
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
  ) {
    this.data = new VersionedData(version, async () => ({
      cases: (await this.store.misuse.cases({ limit: 1_000_000 })).items,
    }));
  }

  /** The cases the caller may see. */
  private async visible(principal: Principal): Promise<StoredCase[]> {
    const levels = new Set(visibleConfidentialities(principal));
    return (await this.data.get()).value.cases.filter((c) => levels.has(c.confidentiality));
  }

  private async economy(text: string, path: string): Promise<string> {
    const [iso3] = await this.coalitions.economyCodes([text], path);
    return iso3!;
  }

  /** The cases a filter admits, latest year first, of those the caller may see. */
  async cases(filter: CaseListFilter, principal: Principal): Promise<CaseList> {
    const country =
      filter.country !== undefined ? await this.economy(filter.country, 'country') : undefined;
    const result = await this.store.misuse.cases({
      ...(country !== undefined ? { country } : {}),
      ...(filter.kind !== undefined ? { kind: filter.kind } : {}),
      ...(filter.technology !== undefined ? { technology: filter.technology } : {}),
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      ...(filter.supplier !== undefined ? { supplierKey: supplierKey(filter.supplier) } : {}),
      ...(filter.source !== undefined ? { source: filter.source } : {}),
      confidentiality: visibleConfidentialities(principal),
      limit: filter.limit ?? 100,
      offset: filter.offset ?? 0,
    });
    return { items: result.items.map(summary), total: result.total };
  }

  /** One case with every version and its sources; not found when the caller may not see it. */
  async case(id: string, principal: Principal): Promise<CaseDetail> {
    const c = await this.store.misuse.case(id);
    if (!c || !visibleConfidentialities(principal).includes(c.confidentiality))
      throw notFound('case', id);
    const [versions, sources] = await Promise.all([
      this.store.misuse.caseVersions(id),
      this.store.sources.getMany([...new Set(c.evidence.map((e) => e.sourceId))]),
    ]);
    return { ...c, year: caseYear(c), versions, sources };
  }

  /** Records a case by hand (data writers); recorded in the governance log. */
  async recordCase(
    input: CaseInput,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<CaseDetail> {
    const given = parseInput(caseInputSchema, input, 'case');
    const built = await this.build(given, `manual:${crypto.randomUUID()}`);
    const at = new Date().toISOString();
    await this.store.transaction(async (tx) => {
      await tx.sources.upsert([MANUAL_CASES_SOURCE]);
      await tx.misuse.saveCase(built, {
        confidentiality: given.confidentiality,
        authorDelegation: by.kind === 'account' ? by.delegation : null,
        by: actor,
        at,
      });
      await this.audit.append(tx, {
        actor,
        type: 'misuse.case_recorded',
        at,
        subject: `workstream:${MISUSE_WORKSTREAM}`,
        // The log is read by every signed-in account: what a confidential case is about only
        // as a salted hash.
        ...(given.confidentiality === 'public'
          ? { payload: { id: built.id, kind: built.kind, countries: built.countries } }
          : {
              payload: { id: built.id, confidentiality: given.confidentiality },
              salted: { case: { kind: built.kind, countries: built.countries } },
            }),
      });
    });
    return this.case(built.id, by);
  }

  /** Replaces a case recorded by hand (a new version); imported cases change only by import. */
  async updateCase(
    id: string,
    input: CaseInput,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<CaseDetail> {
    const old = await this.store.misuse.case(id);
    if (!old || !visibleConfidentialities(by).includes(old.confidentiality))
      throw notFound('case', id);
    if (old.source !== MANUAL_CASE_SOURCE)
      throw new DomainError(
        'conflict',
        `case '${id}' comes from the ${old.source} import: it changes when a newer file is imported`,
      );
    const secretariat =
      by.kind === 'operator' || (by.kind === 'account' && by.role === 'secretariat');
    if (!secretariat && (by.kind !== 'account' || by.delegation !== old.authorDelegation))
      throw new DomainError(
        'forbidden',
        'only the recording delegation or the secretariat changes a case recorded by hand',
      );
    const given = parseInput(caseInputSchema, input, 'case');
    const built = await this.build(given, id);
    const at = new Date().toISOString();
    await this.store.transaction(async (tx) => {
      // Without a confidentiality given, the case keeps its own (not the default of a new case).
      const updated = await tx.misuse.updateCase(built, {
        by: actor,
        at,
        ...(input.confidentiality !== undefined ? { confidentiality: given.confidentiality } : {}),
      });
      if (!updated) throw notFound('case', id);
      await this.audit.append(tx, {
        actor,
        type: 'misuse.case_updated',
        at,
        subject: `workstream:${MISUSE_WORKSTREAM}`,
        payload: { id, version: updated.version },
      });
    });
    return this.case(id, by);
  }

  private async build(
    given: ReturnType<typeof caseInputSchema.parse>,
    id: string,
  ): Promise<MisuseCase> {
    const countries = [
      ...new Set(await this.coalitions.economyCodes(given.countries, 'countries')),
    ];
    const origins = await Promise.all(
      given.suppliers.map((s) =>
        s.origin === null ? Promise.resolve(null) : this.economy(s.origin, 'suppliers.origin'),
      ),
    );
    const suppliers = given.suppliers.map((s, i) => supplierMention(s.name, origins[i] ?? null));
    return {
      id,
      kind: given.kind,
      title: given.title,
      countries,
      countryNames: given.countries,
      period: given.period,
      countedInYear: null,
      actors: given.actors,
      suppliers,
      supplierAttribution: 'case',
      supplierOrigins: [...new Set(origins.filter((o): o is string => o !== null))].sort(),
      technology: given.technology,
      technologyDetail: given.technologyDetail,
      evidence: given.evidence.map((e) => ({
        sourceId: MANUAL_CASES_SOURCE.id,
        url: e.url,
        reference: e.reference,
        publishedOn: e.publishedOn,
        confidence: e.confidence,
        transcribed: false,
        partial: false,
        derived: false,
        note: e.note,
      })),
      status: given.status,
    };
  }

  /** The suppliers the caller's cases name, most named first; `q` filters by words of a name. */
  async suppliers(principal: Principal, q?: string): Promise<CaseSupplier[]> {
    const all = await this.store.misuse.suppliers({
      confidentiality: visibleConfidentialities(principal),
    });
    if (q === undefined || q.trim() === '') return all;
    const key = supplierKey(q);
    return all.filter(
      (s) =>
        s.key.includes(key) ||
        s.names.some((n) => n.toLowerCase().includes(q.toLowerCase().trim())),
    );
  }

  /**
   * A supplier's footprint in the cases the caller may see, and its listing status: each of its
   * names screened against every imported restricted-party list. The analysts' decisions on the
   * hits (a false match rejected once) apply for callers who may see them (screening:decide);
   * for others, hits count by their score alone.
   */
  async supplier(
    name: string,
    principal: Principal,
    levels: readonly CaseConfidentiality[] = CASE_CONFIDENTIALITIES,
  ): Promise<SupplierView> {
    const key = supplierKey(name);
    if (key === '')
      throw new DomainError('validation_failed', 'name: the name has no letters or digits', [
        { path: 'name', message: 'has no letters or digits' },
      ]);
    const cases = (await this.visible(principal)).filter((c) => levels.includes(c.confidentiality));
    const footprint = supplierFootprint(cases, key);
    if (footprint.cases === 0) throw notFound('supplier', name);
    const lists = (await this.screening.lists()).map((l) => ({
      listId: l.id,
      jurisdiction: l.jurisdiction,
    }));
    const hits = new Map<string, SupplierListingHit>();
    const decisionsApplied = can(principal, 'screening:decide').allowed;
    if (lists.length > 0)
      for (const spelling of footprint.supplier) {
        const r = await this.screening.screen(
          { name: spelling, type: 'organization' },
          { viewer: principal, threshold: SCREEN_THRESHOLD, limit: 25 },
        );
        for (const h of r.hits) {
          const prev = hits.get(h.entityId);
          const decision =
            h.decision === null ? null : h.decision.decision === 'match' ? 'match' : 'no-match';
          if (!prev || h.score > prev.score || (decision !== null && prev.decision === null))
            hits.set(h.entityId, {
              listId: h.entity.listId,
              jurisdiction: h.entity.jurisdiction,
              entityId: h.entityId,
              entityName: h.entity.name,
              score: Math.max(h.score, prev?.score ?? 0),
              decision: decision ?? prev?.decision ?? null,
            });
        }
      }
    const listing = listingStatus([...hits.values()], lists);
    return {
      ...footprint,
      listing,
      divergence: supplierDivergence(key, listing, lists),
      decisionsApplied,
      lists,
    };
  }

  /** A country's cases over time, technologies, suppliers by origin, and its indicators. */
  async country(text: string, principal: Principal): Promise<CountryView> {
    const iso3 = await this.economy(text, 'iso3');
    const [cases, economy, values, catalogue] = await Promise.all([
      this.visible(principal),
      this.store.economies.get(iso3),
      this.store.indicators.valuesOfEconomy(iso3),
      this.store.indicators.catalogue(),
    ]);
    return {
      ...countryProfile(cases, iso3),
      name: economy?.name ?? iso3,
      indicators: MISUSE_INDICATORS.flatMap((code) => {
        const meta = catalogue.find((i) => i.code === code);
        if (!meta) return [];
        return [
          {
            code,
            name: meta.name,
            unit: meta.unit,
            values: values
              .filter((v) => v.indicatorCode === code)
              .sort((a, b) => a.year - b.year)
              .map((v) => ({ year: v.year, value: v.value, sourceId: v.sourceId })),
          },
        ];
      }),
    };
  }

  /** Per country, the origins of its surveillance supply (the map's colours). */
  async supplyMap(principal: Principal): Promise<SurveillanceSupplyMap> {
    return surveillanceSupplyMap(await this.visible(principal));
  }

  /** The map from technology categories to control-list entries, and which lists control each. */
  async technologyControls(): Promise<TechnologyControlsView> {
    const [map, lists] = await Promise.all([
      this.store.misuse.technologyControls(),
      this.controlLists.lists(),
    ]);
    const withEntries = await Promise.all(
      lists.map(async (l) => ({
        listId: l.id,
        jurisdiction: l.jurisdiction,
        entries: await this.store.controlLists.entries([l.id]),
      })),
    );
    return { map, status: technologyControlStatus(map, withEntries) };
  }

  /** Adds a line to the technology → control map (the secretariat's edit). */
  async saveTechnologyControl(
    input: TechnologyControl,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<StoredTechnologyControl> {
    const line = parseInput(technologyControlSchema, input, 'technology control');
    const at = new Date().toISOString();
    const stored: StoredTechnologyControl = { ...line, createdBy: actor, createdAt: at };
    await this.store.transaction(async (tx) => {
      await tx.misuse.saveTechnologyControl(stored);
      await this.audit.append(tx, {
        actor,
        type: 'misuse.technology_control_saved',
        at,
        subject: `workstream:${MISUSE_WORKSTREAM}`,
        payload: {
          technology: line.technology,
          code: line.canonicalCode,
          paragraph: line.paragraph,
        },
      });
    });
    return stored;
  }

  /** Removes a line of the technology → control map; not found when there is none. */
  async deleteTechnologyControl(
    key: { technology: TechnologyCategory; canonicalCode: string; paragraph: string },
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<void> {
    await this.store.transaction(async (tx) => {
      if (
        !(await tx.misuse.deleteTechnologyControl(key.technology, key.canonicalCode, key.paragraph))
      )
        throw notFound(
          'technology control',
          `${key.technology} ${key.canonicalCode}${key.paragraph ? `.${key.paragraph}` : ''}`,
        );
      await this.audit.append(tx, {
        actor,
        type: 'misuse.technology_control_deleted',
        subject: `workstream:${MISUSE_WORKSTREAM}`,
        payload: { technology: key.technology, code: key.canonicalCode, paragraph: key.paragraph },
      });
    });
  }

  /**
   * Opens a proposal from a supplier ("list supplier X") or a case ("control technology Y"), with
   * the evidence written into its text: the cases, their sources and links, and the listing
   * status. The proposal is a draft of the caller's delegation in the illiberal-technology
   * workstream (when that workstream exists), to be edited and moved through its lifecycle.
   */
  async openProposal(
    input: {
      supplier?: string;
      caseId?: string;
      action: 'list-supplier' | 'control-technology';
      confidentiality?: 'public' | 'alliance' | 'members';
    },
    by: Principal,
  ): Promise<{ proposalId: string; title: string }> {
    if ((input.supplier === undefined) === (input.caseId === undefined))
      throw new DomainError('validation_failed', 'give either supplier or caseId', [
        {
          path: input.supplier === undefined ? 'supplier' : 'caseId',
          message: 'give exactly one of supplier and caseId',
        },
      ]);
    const lines: string[] = [];
    let title: string;
    let confidentiality = input.confidentiality ?? 'alliance';
    // Everyone who may read the proposal may read its evidence: only cases no more confidential
    // than the proposal are written into its text.
    const levels = (c: CaseConfidentiality) =>
      CASE_CONFIDENTIALITIES.slice(0, CASE_CONFIDENTIALITIES.indexOf(c) + 1);
    if (input.supplier !== undefined) {
      const s = await this.supplier(input.supplier, by, levels(confidentiality)).catch(
        async (e: unknown) => {
          // Named only in cases more confidential than the proposal: without a confidentiality
          // given, the proposal takes the cases'; else say so, not "not found".
          if (!(e instanceof DomainError) || e.code !== 'not_found') throw e;
          const all = await this.supplier(input.supplier!, by);
          if (input.confidentiality === undefined) {
            confidentiality = 'members';
            return all;
          }
          throw new DomainError(
            'validation_failed',
            `confidentiality: the supplier is named only in cases more confidential than '${confidentiality}'`,
            [{ path: 'confidentiality', message: 'less confidential than every case naming it' }],
          );
        },
      );
      const name = s.supplier[0]!;
      title =
        input.action === 'list-supplier'
          ? `List ${name} on members' restricted-party lists`
          : `Control the technologies ${name} supplies`;
      lines.push(
        `## Evidence`,
        '',
        `${name} is named as a supplier in ${s.cases} case${s.cases === 1 ? '' : 's'} in ${s.countries.length} countr${s.countries.length === 1 ? 'y' : 'ies'}.`,
        '',
        ...s.countries.map(
          (c) =>
            `- ${c.iso3}: ${c.technologies.join(', ')}${c.years.length ? ` (${c.years.join(', ')})` : ''}; cases ${c.caseIds.join(', ')}`,
        ),
        '',
        `Listed by: ${s.listing.listedBy.join(', ') || 'no member'}. Not listed by: ${s.listing.notListedBy.join(', ') || 'none'}.`,
        ...s.listing.listings.map(
          (l) =>
            `- ${l.jurisdiction} ${l.list}: ${l.entityName} (${l.entityId}, score ${l.score.toFixed(2)}${l.confirmed ? ', confirmed' : ''})`,
        ),
        '',
        `Sources: ${s.sources.map((x) => x.sourceId).join(', ')}.`,
      );
    } else {
      const c = await this.case(input.caseId!, by);
      if (input.confidentiality === undefined && !levels('alliance').includes(c.confidentiality))
        confidentiality = c.confidentiality;
      if (!levels(confidentiality).includes(c.confidentiality))
        throw new DomainError(
          'validation_failed',
          `confidentiality: the case is '${c.confidentiality}': the proposal must be as confidential`,
          [{ path: 'confidentiality', message: `at least '${c.confidentiality}', as the case` }],
        );
      title =
        input.action === 'control-technology'
          ? `Control ${c.technology} technology: ${c.title}`.slice(0, 200)
          : `List the suppliers of: ${c.title}`.slice(0, 200);
      lines.push(
        `## Evidence`,
        '',
        `Case ${c.id} (${c.kind}, ${c.countries.join(', ') || 'no country named'}${c.year !== null ? `, ${c.year}` : ''}): ${c.title}.`,
        c.suppliers.length > 0
          ? `Suppliers: ${c.suppliers.map((s) => s.name).join(', ')}.`
          : 'No supplier named.',
        '',
        ...c.evidence.map(
          (e) =>
            `- ${e.sourceId}: ${e.reference}${e.url ? ` <${e.url}>` : ''} (confidence ${e.confidence}${e.partial ? ', partial extract' : ''}${e.transcribed ? ', transcribed' : ''}${e.derived ? ', derived' : ''})`,
        ),
      );
      if (input.action === 'control-technology') {
        const controls = (await this.technologyControls()).status.find(
          (t) => t.technology === c.technology,
        );
        lines.push(
          '',
          controls && controls.entries.length > 0
            ? `Control-list entries for ${c.technology}: ${controls.entries.map((e) => `${e.canonicalCode}${e.paragraph ? `.${e.paragraph}` : ''} (controlled by ${e.controlledBy.map((l) => l.jurisdiction).join(', ') || 'no imported list'})`).join('; ')}.`
            : `No control-list entry is mapped to ${c.technology}.`,
        );
      }
    }
    const workstreams = await this.store.governance.workstreams();
    const inWorkstream = workstreams.some((w) => w.code === MISUSE_WORKSTREAM);
    // A delegation proposes within a workstream: say which one is missing, not "name one".
    if (!inWorkstream && by.kind === 'account' && by.role !== 'secretariat')
      throw new DomainError(
        'conflict',
        `there is no workstream '${MISUSE_WORKSTREAM}' (countering the illiberal use of technology) to propose in: the secretariat creates it on the workstreams page`,
      );
    const p = await this.governance.create(by, {
      title,
      text: lines.join('\n'),
      confidentiality,
      restrictedTo: [],
      workstream: inWorkstream ? MISUSE_WORKSTREAM : null,
      decisionRule: null,
    });
    return { proposalId: p.id, title: p.title };
  }
}
