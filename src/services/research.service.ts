// Research and development: members' strengths by field, collaboration between two economies per
// source, the members' network and their dependence on countries of concern, partner suggestions
// with their reasons in numbers, and research security — an institution resolved to the research
// organisation registry and screened against every imported restricted-party list, on every
// suggested institution too. The stored records are read once per data version.
import type { Principal } from '../core/accounts/access.ts';
import type { GovernanceService } from './governance.service.ts';
import { DomainError, notFound } from '../core/errors.ts';
import {
  concernDependence,
  memberNetwork,
  pairCollaboration,
  type CollaborationData,
  type ConcernPoint,
  type MemberNetwork,
  type PairPoint,
} from '../core/research/collaboration.ts';
import { institutionResolver, rorIdOf } from '../core/research/institutions.ts';
import {
  suggestAiInstitutions,
  suggestPartners,
  UNSCREENED,
  type InstitutionScreening,
  type InstitutionSuggestion,
  type PartnerSuggestions,
} from '../core/research/partners.ts';
import {
  isResearchField,
  NSF_FIELDS,
  RESEARCH_FIELDS,
  type FieldOutput,
  type PairField,
  type ResearchField,
  type ResearchOrganisation,
  type ResearchSourceCode,
  WORLD,
} from '../core/research/research.ts';
import {
  aiSpanOutputs,
  coalitionFieldShares,
  fieldStrengths,
  fieldTrend,
  type ArticleCount,
  type CoalitionFieldShare,
  type FieldStrength,
  type FieldTrend,
} from '../core/research/strengths.ts';
import { DEFAULT_CONCERN, type EconomyGroup } from '../core/supply-chains/economy-group.ts';
import type { Store } from '../db/store.ts';
import type { CoalitionService } from './coalition.service.ts';
import type { DataVersion } from './data-version.ts';
import type { ScreeningService } from './screening.service.ts';
import type { SupplyChainService } from './supply-chain.service.ts';
import { VersionedData } from './versioned-data.ts';

/** The governance workstream research partnerships are proposed in. */
export const RD_WORKSTREAM = 'rd';

/** The coalition partners are suggested from when none is named (the alliance's grouping). */
export const DEFAULT_PARTNER_POOL = 'T12';

/** A hit at least this strong (or confirmed by an analyst) marks an institution as listed. */
export const LISTED_SCORE = 0.9;

/** The least screening score reported for an institution (weaker hits are not shown). */
const SCREEN_THRESHOLD = 0.75;

export interface StrengthsResult {
  field: ResearchField | null;
  year: number | null;
  /** Every year with counts. */
  years: number[];
  count: ArticleCount;
  items: FieldStrength[];
  coalition: (EconomyGroup & { shares: CoalitionFieldShare[] }) | null;
  /** Each economy asked for (`trends`): its share and RCA in the field, year by year. */
  trends: FieldTrend[];
}

export interface CollaborationResult {
  a: string;
  b: string;
  points: PairPoint[];
}

export interface NetworkResult extends MemberNetwork {
  coalition: EconomyGroup;
  concern: EconomyGroup;
  /** Per member: the share of its international output co-authored with the concern economies. */
  dependence: { iso3: string; points: ConcernPoint[] }[];
}

export interface PartnersResult extends PartnerSuggestions {
  pool: EconomyGroup;
  /** The institution suggestions are for, when one was named instead of an economy. */
  institution: { rorId: string; name: string; country: string } | null;
  /** For AI: NSF's top AI institutions of the candidates, each screened. */
  institutions: InstitutionSuggestion[];
}

export interface InstitutionResult {
  query: string;
  resolution: 'found' | 'ambiguous' | 'unknown';
  organisation: ResearchOrganisation | null;
  matchedBy: string[];
  candidates: { rorId: string; name: string; country: string }[];
  notes: string[];
  screening: InstitutionScreening;
}

interface Loaded {
  /** NSF's output by field (every economy and year: what strengths and RCA read). */
  outputs: FieldOutput[];
  /** NSF's international totals (every economy; the AI span among them). */
  nsfTotals: CollaborationData['totals'];
}

/** The largest number of a list (no spread: lists of pairs run to tens of thousands). */
const maxOf = (xs: readonly number[]): number => xs.reduce((m, x) => (x > m ? x : m), -Infinity);

export class ResearchService {
  private readonly data: VersionedData<Loaded>;

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly coalitions: CoalitionService,
    private readonly supplyChains: SupplyChainService,
    private readonly screening: ScreeningService,
    private readonly governance: GovernanceService,
  ) {
    this.data = new VersionedData(version, async () => {
      // Pairs are read per request, filtered in the database: every source's pairs together run
      // to over a hundred thousand rows.
      const [outputs, nsfTotals] = await Promise.all([
        this.store.research.fieldOutput(),
        this.store.research.internationalTotals({ source: 'nsf' }),
      ]);
      return { outputs, nsfTotals };
    });
  }

  private field(text: string | undefined): ResearchField | undefined {
    if (text === undefined) return undefined;
    if (isResearchField(text)) return text;
    throw new DomainError('validation_failed', `field: '${text}' is not a research field`, [
      { path: 'field', message: `one of ${RESEARCH_FIELDS.map((f) => f.code).join(', ')}` },
    ]);
  }

  /** What AI is measured against: its span and the 14 fields summed over it (strengths.ts). */
  private aiOutputs(d: Loaded): FieldOutput[] {
    const span = d.nsfTotals.find((t) => t.field === 'ai');
    return aiSpanOutputs(d.outputs, span?.firstYear ?? 2003);
  }

  private async economy(text: string, path: string): Promise<string> {
    const [iso3] = await this.coalitions.economyCodes([text], path);
    return iso3!;
  }

  /** Each economy's output, world share and specialisation (RCA) in a field and year. */
  async strengths(options: {
    field?: string;
    year?: number;
    coalition?: string;
    count?: ArticleCount;
    /** Economies (ISO3 or names, comma-separated) whose trend in the field is added. */
    trends?: string;
  }): Promise<StrengthsResult> {
    const field = this.field(options.field);
    if (options.trends !== undefined && (field === undefined || field === 'ai'))
      throw new DomainError(
        'validation_failed',
        'trends: name one of NSF’s 14 fields (AI is one figure for 2003–2022: it has no trend)',
        [{ path: 'trends', message: 'needs field, not ai' }],
      );
    const trendEconomies =
      options.trends === undefined
        ? []
        : await this.coalitions.economyCodes(options.trends.split(','), 'trends');
    const { value: d } = await this.data.get();
    const count = options.count ?? 'fractional';
    const years = [...new Set(d.outputs.map((o) => o.year))].sort((a, b) => a - b);
    if (options.year !== undefined && !years.includes(options.year))
      throw new DomainError('validation_failed', `year: no counts for ${options.year}`, [
        {
          path: 'year',
          message: `one of ${years.join(', ') || 'none (import NSF articles by field)'}`,
        },
      ]);
    const year = options.year ?? years.at(-1) ?? null;
    const coalition =
      options.coalition === undefined
        ? null
        : await this.supplyChains.economyGroup(options.coalition);
    // AI is one figure for a span (2003–2022): read against the 14 fields over the same span.
    const ai = field === undefined || field === 'ai' ? this.aiOutputs(d) : [];
    const aiYear = ai.find((o) => o.field === 'ai')?.year;
    const items = (
      year === null || field === 'ai'
        ? []
        : fieldStrengths(d.outputs, {
            count,
            years: [year],
            fields: field !== undefined ? [field] : NSF_FIELDS.map((f) => f.code),
          })
    )
      .concat(
        aiYear !== undefined && (field === 'ai' || aiYear === year)
          ? fieldStrengths(ai, { count, years: [aiYear], fields: ['ai'] })
          : [],
      )
      .filter((s) => s.articles > 0);
    return {
      field: field ?? null,
      year,
      years,
      count,
      items,
      trends:
        field === undefined || years.length === 0
          ? []
          : [...new Set(trendEconomies)].map((iso3) =>
              fieldTrend(d.outputs, iso3, field, years[0]!, years.at(-1)!, count),
            ),
      coalition:
        coalition === null
          ? null
          : {
              ...coalition,
              shares: [
                ...(field === 'ai'
                  ? []
                  : coalitionFieldShares(d.outputs, coalition.economies, {
                      fields: field !== undefined ? [field] : NSF_FIELDS.map((f) => f.code),
                    })),
                ...(ai.length > 0
                  ? coalitionFieldShares(ai, coalition.economies, { fields: ['ai'] })
                  : []),
              ],
            },
    };
  }

  /** Co-authored works (articles, works, projects) of two economies per source and year. */
  async collaboration(a: string, b: string): Promise<CollaborationResult> {
    const [x, y] = [await this.economy(a, 'a'), await this.economy(b, 'b')];
    if (x === y)
      throw new DomainError('validation_failed', 'b: name two different economies', [
        { path: 'b', message: `the same economy as a (${x})` },
      ]);
    // Only the pair's records and the three totals: no need to read every pair of every source.
    const [pairs, totals] = await Promise.all([
      this.store.research.pairs({ a: x, b: y }),
      this.store.research.internationalTotals({ economies: [x, y, WORLD] }),
    ]);
    return { a: x, b: y, points: pairCollaboration({ pairs, totals }, x, y) };
  }

  /** The members' network for one source, field and year, and their concern dependence. */
  async network(options: {
    coalition: string;
    source?: ResearchSourceCode;
    field?: PairField;
    year?: number;
    concern?: string;
  }): Promise<NetworkResult> {
    const { value: d } = await this.data.get();
    const coalition = await this.supplyChains.economyGroup(options.coalition);
    const concern =
      options.concern === undefined
        ? DEFAULT_CONCERN
        : {
            code: 'CONCERN',
            economies: await this.coalitions.economyCodes(options.concern.split(','), 'concern'),
          };
    const source = options.source ?? 'nsf';
    const field = options.field ?? 'all';
    const collaboration: CollaborationData = {
      pairs: await this.store.research.pairs({
        source,
        field,
        economies: [...new Set([...coalition.economies, ...concern.economies])],
      }),
      totals: await this.store.research.internationalTotals({
        source,
        economies: [...new Set([...coalition.economies, ...concern.economies, WORLD])],
      }),
    };
    const years = collaboration.pairs.map((p) => p.year);
    if (years.length === 0)
      throw new DomainError(
        'validation_failed',
        `source: no ${source} ${field} collaboration among these economies is imported`,
        [{ path: 'source', message: 'import it first (docs/importing.md, research data)' }],
      );
    const year = options.year ?? maxOf(years);
    const strong = new Set(
      (field === 'ai'
        ? fieldStrengths(this.aiOutputs(d), { fields: ['ai'] })
        : fieldStrengths(d.outputs, { years: [year] })
      )
        .filter((s) => (s.rca ?? 0) >= 1)
        .map((s) => s.iso3),
    );
    const network = memberNetwork(
      collaboration,
      coalition.economies,
      { source, field, year },
      strong,
    );
    return {
      ...network,
      coalition,
      concern,
      dependence: coalition.economies.map((iso3) => ({
        iso3,
        points: concernDependence(collaboration, iso3, concern.economies, source).filter(
          (p) => p.field === field,
        ),
      })),
    };
  }

  /**
   * Partners for a member in a field among a pool of economies (a coalition, default the
   * alliance's grouping), ranked with their reasons; for AI, NSF's top AI institutions of the
   * pool, each screened against the imported restricted-party lists.
   */
  async partners(options: {
    member: string;
    field: string;
    pool?: string;
    viewer: Principal;
  }): Promise<PartnersResult> {
    const field = this.field(options.field)!;
    // A member economy, or one institution (by name, alias, acronym or ROR id): its economy is
    // the member, and institution suggestions are counted with it alone.
    const subject = await this.partnerSubject(options.member);
    const member = subject.iso3;
    const pool = await this.supplyChains.economyGroup(options.pool ?? DEFAULT_PARTNER_POOL);
    const { value: d } = await this.data.get();
    const pairField: PairField = field === 'ai' ? 'ai' : 'all';
    const collaboration: CollaborationData = {
      pairs: await this.store.research.pairs({ source: 'nsf', field: pairField, a: member }),
      totals: d.nsfTotals,
    };
    const pairYears = collaboration.pairs.map((p) => p.year);
    const outputs = field === 'ai' ? this.aiOutputs(d) : d.outputs;
    const outputYears = outputs.filter((o) => o.field === field).map((o) => o.year);
    if (pairYears.length === 0)
      throw new DomainError(
        'conflict',
        `no NSF ${pairField === 'ai' ? 'AI ' : ''}co-authorship of ${member} is imported: import it first (docs/importing.md, research data)`,
      );
    // Without articles in the field, candidates are listed without an RCA (their reasons say so).
    const year = outputYears.length > 0 ? maxOf(outputYears) : maxOf(pairYears);
    const suggestions = suggestPartners({
      member,
      field,
      candidates: pool.economies,
      strengths: fieldStrengths(outputs, { years: [year], fields: [field] }),
      collaboration,
      pairs: { source: 'nsf', field: pairField, year: maxOf(pairYears) },
    });
    const institutions: InstitutionSuggestion[] = [];
    if (field === 'ai') {
      const [all, pairs] = await Promise.all([
        this.store.research.aiInstitutions(),
        this.store.research.aiInstitutionPairs(),
      ]);
      // One after another: screening runs on the worker pool, whose queue is bounded.
      const own =
        subject.institution === null
          ? undefined
          : all.filter((i) => i.rorId === subject.institution!.rorId).map((i) => i.name);
      for (const i of suggestAiInstitutions(member, pool.economies, all, pairs, own))
        institutions.push({
          ...i,
          screening: await this.screenName(i.name, i.country, options.viewer, i.rorId),
        });
    }
    return { ...suggestions, pool, institution: subject.institution, institutions };
  }

  /** Whom partners are suggested for: an economy, or an institution found in the registry. */
  private async partnerSubject(text: string): Promise<{
    iso3: string;
    institution: { rorId: string; name: string; country: string } | null;
  }> {
    const iso3 = await this.coalitions.economyCode(text);
    if (iso3 !== undefined) return { iso3, institution: null };
    const records = await this.store.research.resolverRecords(text);
    const r = institutionResolver(records.organisations, records.crosswalk).resolve(text);
    if (r.kind === 'found')
      return {
        iso3: r.organisation.country,
        institution: {
          rorId: r.organisation.rorId,
          name: r.organisation.name,
          country: r.organisation.country,
        },
      };
    throw new DomainError(
      'validation_failed',
      r.kind === 'ambiguous'
        ? `member: '${text}' names several institutions (${r.candidates.map((c) => `${c.organisation.name}, ${c.organisation.rorId}`).join('; ')}): give a ROR id`
        : `member: '${text}' is neither an economy nor an institution of the registry`,
      [{ path: 'member', message: r.kind === 'ambiguous' ? 'ambiguous' : 'unknown' }],
    );
  }

  /**
   * Resolves an institution (name, alias, acronym or ROR id) to the registry and screens its
   * registry name against every imported restricted-party list: listed, to review, or clear,
   * with each hit's explanation and the analysts' decisions (for callers who may see them).
   */
  async institution(query: string, viewer: Principal): Promise<InstitutionResult> {
    const q = query.trim();
    if (q === '')
      throw new DomainError('validation_failed', 'name: give an institution’s name or ROR id', [
        { path: 'name', message: 'required' },
      ]);
    const records = await this.store.research.resolverRecords(q);
    const resolver = institutionResolver(records.organisations, records.crosswalk);
    const r = resolver.resolve(q);
    if (r.kind === 'unknown' && rorIdOf(q) !== null) throw notFound('organisation', q);
    const organisation = r.kind === 'found' ? r.organisation : null;
    const name = organisation?.name ?? q;
    return {
      query: q,
      resolution: r.kind,
      organisation,
      matchedBy: r.kind === 'found' ? r.matchedBy : [],
      candidates:
        r.kind === 'ambiguous'
          ? r.candidates.map((c) => ({
              rorId: c.organisation.rorId,
              name: c.organisation.name,
              country: c.organisation.country,
            }))
          : [],
      notes: r.kind === 'found' ? r.notes : r.kind === 'unknown' ? [r.reason] : [],
      screening: await this.screenName(
        name,
        organisation?.country ?? null,
        viewer,
        null,
        organisation,
      ),
    };
  }

  /** Screens an institution's names (registry name and aliases when known) against every list. */
  private async screenName(
    name: string,
    country: string | null,
    viewer: Principal,
    rorId: string | null,
    known?: ResearchOrganisation | null,
  ): Promise<InstitutionScreening> {
    if ((await this.screening.lists()).length === 0) return UNSCREENED;
    const organisation =
      known ?? (rorId === null ? null : ((await this.store.research.organisation(rorId)) ?? null));
    const names = [
      ...new Set([organisation?.name ?? name, ...(organisation?.aliases ?? [])]),
    ].slice(0, 5);
    const hits = new Map<string, InstitutionScreening['hits'][number]>();
    for (const n of names) {
      const r = await this.screening.screen(
        { name: n, type: 'organization', ...(country !== null ? { country } : {}) },
        { viewer, threshold: SCREEN_THRESHOLD, limit: 10 },
      );
      for (const h of r.hits) {
        const prev = hits.get(h.entityId);
        if (prev && prev.score >= h.score) continue;
        hits.set(h.entityId, {
          listId: h.entity.listId,
          entityId: h.entityId,
          name: h.entity.name,
          score: h.score,
          why: [
            `matched ${h.explanation.nameIndex === 0 ? 'the listed name' : 'an alias'} '${h.explanation.matchedName}'`,
            ...h.explanation.contributions.filter((c) => c.contribution !== 0).map((c) => c.detail),
          ],
          decision: h.decision?.decision ?? null,
        });
      }
    }
    const counted = [...hits.values()].filter((h) => h.decision !== 'no_match');
    const status: InstitutionScreening['status'] = counted.some(
      (h) => h.decision === 'match' || h.score >= LISTED_SCORE,
    )
      ? 'listed'
      : counted.length > 0
        ? 'review'
        : 'clear';
    return { status, hits: [...hits.values()].sort((a, b) => b.score - a.score) };
  }

  /**
   * Proposes a joint research programme between a member and a partner institution in a field,
   * through governance, with the institution's resolution and screening written into the text
   * (the hits, their why and the recorded decisions the caller may see). A delegation proposes in
   * the R&D workstream, which must exist; the proposal starts as a draft of its delegation.
   */
  async proposePartnership(
    input: {
      member: string;
      institution: string;
      field: string;
      confidentiality?: 'public' | 'alliance' | 'members';
    },
    by: Principal,
  ): Promise<{ proposalId: string; title: string; screening: InstitutionScreening }> {
    const field = this.field(input.field)!;
    const member = await this.economy(input.member, 'member');
    const found = await this.institution(input.institution, by);
    if (found.organisation === null)
      throw new DomainError(
        'validation_failed',
        found.resolution === 'ambiguous'
          ? `institution: '${input.institution}' names several organisations (${found.candidates.map((c) => `${c.name}, ${c.rorId}`).join('; ')}): give its ROR id`
          : `institution: '${input.institution}' is not in the research organisation registry`,
        [{ path: 'institution', message: found.resolution }],
      );
    const workstreams = await this.store.governance.workstreams();
    const inWorkstream = workstreams.some((w) => w.code === RD_WORKSTREAM);
    if (!inWorkstream && by.kind === 'account' && by.role !== 'secretariat')
      throw new DomainError(
        'conflict',
        `there is no workstream '${RD_WORKSTREAM}' (research and development) to propose in: the secretariat creates it on the workstreams page`,
      );
    const o = found.organisation;
    const fieldLabel = RESEARCH_FIELDS.find((f) => f.code === field)!.label;
    const title = `Joint research programme in ${fieldLabel}: ${member} and ${o.name}`.slice(
      0,
      200,
    );
    const s = found.screening;
    const text = [
      `## Partnership`,
      '',
      `${member} and ${o.name} (${o.country}, ROR ${o.rorId}, https://ror.org/${o.rorId}) in ${fieldLabel}.`,
      '',
      `## Research security`,
      '',
      s.status === 'unscreened'
        ? 'Not screened: no restricted-party list is imported.'
        : s.status === 'clear'
          ? 'Screened against every imported restricted-party list: no hit.'
          : `Screening: ${s.status === 'listed' ? 'LISTED' : 'hits to review'}.`,
      ...s.hits.map(
        (h) =>
          `- ${h.listId}: ${h.name} (${h.entityId}), score ${h.score.toFixed(2)}${h.decision ? `, analyst decision ${h.decision}` : ''}. Why: ${h.why.join('; ')}`,
      ),
    ].join('\n');
    const p = await this.governance.create(by, {
      title,
      text,
      confidentiality: input.confidentiality ?? 'alliance',
      restrictedTo: [],
      workstream: inWorkstream ? RD_WORKSTREAM : null,
      decisionRule: null,
    });
    return { proposalId: p.id, title: p.title, screening: s };
  }
}
