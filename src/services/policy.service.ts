// The policy registry: every member's instruments (imported from OECD.AI, STIP Compass and AGORA,
// or entered by a delegation), searched in full text with filters, one instrument with its
// versions, the instruments of several members on one topic side by side on a timeline, and the
// topic taxonomy the secretariat edits. The records and their search index are read once per data
// version; what a caller sees is what its confidentiality admits (core/accounts/access.ts).
import {
  actorOf,
  canSee,
  levelVisibility,
  type Principal,
  type Visibility,
} from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import { UNPRINTABLE } from '../core/text.ts';
import { compareJurisdictions } from '../core/policies/compare.ts';
import type {
  PolicyInstrument,
  PolicyTopic,
  InstrumentVersion,
} from '../core/policies/instrument.ts';
import {
  instrumentInputSchema,
  topicInputSchema,
  type InstrumentInput,
  type TopicInput,
} from '../core/policies/instrument-input.ts';
import { indexInstruments, searchInstruments, type PolicyIndex } from '../core/policies/search.ts';
import {
  checkTaxonomy,
  DEFAULT_POLICY_TOPICS,
  topicWithDescendants,
} from '../core/policies/taxonomy.ts';
import type { Store } from '../db/store.ts';
import { requirePermission } from './governance.service.ts';
import type { AuditService } from './audit-log.ts';
import type { DataVersion } from './data-version.ts';
import { VersionedData } from './versioned-data.ts';

/** What the registry's search asks for; every field optional. */
export interface PolicyQuery {
  q?: string;
  jurisdictions?: string[];
  topics?: string[];
  types?: PolicyInstrument['type'][];
  statuses?: PolicyInstrument['status'][];
  binding?: NonNullable<PolicyInstrument['binding']>[];
  source?: PolicyInstrument['source'];
  yearFrom?: number;
  yearTo?: number;
  limit?: number;
  offset?: number;
}

export type InstrumentSummary = Omit<PolicyInstrument, 'authorDelegation'>;

export interface PolicySearchResult {
  total: number;
  items: (InstrumentSummary & { score: number })[];
  facets: {
    jurisdiction: Record<string, number>;
    type: Record<string, number>;
    topic: Record<string, number>;
    year: Record<string, number>;
  };
  /** Names of the jurisdictions the answer mentions (economies' names; EU and organisations as given). */
  names: Record<string, string>;
}

export interface InstrumentDetail extends InstrumentSummary {
  versions: (Omit<InstrumentVersion, 'record'> & { record: InstrumentSummary })[];
  /** The topics' labels, for the page. */
  topicLabels: Record<string, string>;
}

export interface PolicyComparison {
  topic: string | null;
  topicLabel: string | null;
  columns: {
    jurisdiction: string;
    name: string;
    instruments: InstrumentSummary[];
    byType: Record<string, number>;
    binding: Record<string, number>;
  }[];
  timeline: { year: number; counts: Record<string, number> }[];
  undated: Record<string, number>;
}

interface Loaded {
  instruments: PolicyInstrument[];
  byId: Map<string, PolicyInstrument>;
  index: ReturnType<typeof indexInstruments>;
  topics: PolicyTopic[];
  names: Map<string, string>;
}

const ORGANISATION_NAMES: Readonly<Record<string, string>> = { EU: 'European Union' };

const visibility = (
  i: Pick<PolicyInstrument, 'confidentiality' | 'authorDelegation'>,
): Visibility => levelVisibility(i.confidentiality, i.authorDelegation);

const summary = (i: PolicyInstrument): InstrumentSummary => {
  const { authorDelegation: _, ...rest } = i;
  return rest;
};

export class PolicyService {
  private readonly data: VersionedData<Loaded>;

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly audit: AuditService,
  ) {
    this.data = new VersionedData(version, async () => {
      const [instruments, topics, economies] = await Promise.all([
        this.store.policies.instruments(),
        this.store.policies.topics(),
        this.store.economies.list(),
      ]);
      return {
        instruments,
        byId: new Map(instruments.map((i) => [i.id, i])),
        index: indexInstruments(instruments),
        topics,
        names: new Map(economies.map((e) => [e.iso3, e.name])),
      };
    });
  }

  private nameOf(d: Loaded, code: string): string {
    return d.names.get(code) ?? ORGANISATION_NAMES[code] ?? code;
  }

  /**
   * The search index of the records a caller may see. Who sees a record depends only on its
   * confidentiality and the caller's kind, so there are at most three indexes per data version.
   */
  private async indexFor(principal: Principal): Promise<{ d: Loaded; index: PolicyIndex }> {
    const v = await this.data.get();
    const d = v.value;
    const level = (['members', 'alliance', 'public'] as const).find((c) =>
      canSee(principal, visibility({ confidentiality: c, authorDelegation: null })),
    )!;
    const index = await this.data.memo(v, `index|${level}`, () =>
      Promise.resolve(
        level === 'members'
          ? d.index
          : indexInstruments(d.instruments.filter((i) => canSee(principal, visibility(i)))),
      ),
    );
    return { d, index };
  }

  /** Full-text search with filters over the records the caller may see. */
  async search(principal: Principal, query: PolicyQuery = {}): Promise<PolicySearchResult> {
    const { d, index } = await this.indexFor(principal);
    const r = searchInstruments(index, query, d.topics);
    const names: Record<string, string> = {};
    for (const j of Object.keys(r.facets.jurisdiction)) names[j] = this.nameOf(d, j);
    return {
      total: r.total,
      items: r.items.map((x) => ({ ...summary(x.instrument), score: x.score })),
      facets: r.facets,
      names,
    };
  }

  /** One record with its versions; not found when the caller may not see it. */
  async instrument(principal: Principal, id: string): Promise<InstrumentDetail> {
    const { value: d } = await this.data.get();
    const i = d.byId.get(id);
    if (!i || !canSee(principal, visibility(i))) throw notFound('instrument', id);
    // A version is shown only when its own confidentiality admits the caller: a record made
    // public later keeps its members-only drafts from those who could not see them then.
    const versions = (await this.store.policies.versions(id)).filter((v) =>
      canSee(
        principal,
        visibility({
          confidentiality: v.record.confidentiality,
          authorDelegation: i.authorDelegation,
        }),
      ),
    );
    const labels = new Map(d.topics.map((t) => [t.code, t.label]));
    return {
      ...summary(i),
      versions: versions.map((v) => ({ ...v, record: summary(v.record) })),
      topicLabels: Object.fromEntries(i.topics.map((t) => [t, labels.get(t) ?? t])),
    };
  }

  /** The instruments of several jurisdictions on one topic, side by side and on a timeline. */
  async compare(
    principal: Principal,
    options: { jurisdictions: string[]; topic?: string; yearFrom?: number; yearTo?: number },
  ): Promise<PolicyComparison> {
    const { value: d } = await this.data.get();
    if (options.jurisdictions.length < 1)
      throw new DomainError('validation_failed', 'jurisdictions: name at least one', [
        { path: 'jurisdictions', message: 'required' },
      ]);
    const topic =
      options.topic === undefined ? undefined : d.topics.find((t) => t.code === options.topic);
    if (options.topic !== undefined && topic === undefined)
      throw new DomainError('validation_failed', `topic: no topic '${options.topic}'`, [
        { path: 'topic', message: `no topic '${options.topic}'` },
      ]);
    const known = new Set([...d.names.keys(), ...d.instruments.map((i) => i.jurisdiction), 'EU']);
    const unknown = options.jurisdictions.filter((j) => !known.has(j));
    if (unknown.length > 0)
      throw new DomainError(
        'validation_failed',
        `jurisdictions: no economy or registry jurisdiction ${unknown.map((j) => `'${j}'`).join(', ')}`,
        unknown.map(() => ({ path: 'jurisdictions', message: 'unknown jurisdiction' })),
      );
    const visible = d.instruments.filter((i) => canSee(principal, visibility(i)));
    const c = compareJurisdictions(
      visible,
      {
        jurisdictions: options.jurisdictions,
        ...(options.topic !== undefined ? { topic: options.topic } : {}),
        ...(options.yearFrom !== undefined ? { yearFrom: options.yearFrom } : {}),
        ...(options.yearTo !== undefined ? { yearTo: options.yearTo } : {}),
      },
      d.topics,
    );
    return {
      topic: c.topic,
      topicLabel: topic?.label ?? null,
      columns: c.columns.map((col) => ({
        ...col,
        name: this.nameOf(d, col.jurisdiction),
        instruments: col.instruments.map(summary),
      })),
      timeline: c.timeline,
      undated: c.undated,
    };
  }

  /** The taxonomy with the number of visible records on each topic (its descendants included). */
  async topics(principal: Principal): Promise<(PolicyTopic & { instruments: number })[]> {
    const { value: d } = await this.data.get();
    const visible = d.instruments.filter((i) => canSee(principal, visibility(i)));
    return d.topics.map((t) => {
      const codes = topicWithDescendants(d.topics, t.code);
      return {
        ...t,
        instruments: visible.filter((i) => i.topics.some((x) => codes.has(x))).length,
      };
    });
  }

  /** Whether every code names a topic (for other services that take topics). */
  async topicCodes(): Promise<Set<string>> {
    const { value: d } = await this.data.get();
    return new Set(d.topics.map((t) => t.code));
  }

  /** Records by id, for positions' evidence: the ones that exist and the caller may see. */
  async visibleIds(principal: Principal, ids: readonly string[]): Promise<Set<string>> {
    const { value: d } = await this.data.get();
    return new Set(
      ids.filter((id) => {
        const i = d.byId.get(id);
        return i !== undefined && canSee(principal, visibility(i));
      }),
    );
  }

  /** Titles of records by id (only those the caller may see). */
  async titles(principal: Principal, ids: readonly string[]): Promise<Record<string, string>> {
    const { value: d } = await this.data.get();
    const out: Record<string, string> = {};
    for (const id of ids) {
      const i = d.byId.get(id);
      if (i && canSee(principal, visibility(i))) out[id] = i.title;
    }
    return out;
  }

  /**
   * Enters a record (`id` absent) or a new version of a manual one. A delegate enters records of
   * its own jurisdiction only; the secretariat any. Imported records change by importing again.
   */
  async saveInstrument(
    principal: Principal,
    input: InstrumentInput,
    id?: string,
  ): Promise<InstrumentDetail> {
    requirePermission(principal, 'data:write');
    const given = parseInput(instrumentInputSchema, input, 'instrument');
    // `new URL` accepts (and percent-encodes) control and bidi characters; the link is kept as
    // given, so they are refused here.
    if (given.links.some((l) => UNPRINTABLE.test(l)))
      throw new DomainError(
        'validation_failed',
        'links: control and bidirectional characters are not allowed',
        [{ path: 'links', message: 'no control or bidirectional characters' }],
      );
    const { value: d } = await this.data.get();
    if (
      principal.kind === 'account' &&
      principal.role !== 'secretariat' &&
      principal.delegation !== given.jurisdiction
    )
      throw new DomainError(
        'forbidden',
        `jurisdiction: your delegation (${principal.delegation ?? 'none'}) enters its own instruments only`,
        [{ path: 'jurisdiction', message: 'not your delegation' }],
      );
    const known = new Set(d.topics.map((t) => t.code));
    const unknownTopic = given.topics.find((t) => !known.has(t));
    if (unknownTopic !== undefined)
      throw new DomainError('validation_failed', `topics: no topic '${unknownTopic}'`, [
        { path: 'topics', message: `no topic '${unknownTopic}'` },
      ]);
    const existing = id === undefined ? undefined : d.byId.get(id);
    if (id !== undefined && (!existing || !canSee(principal, visibility(existing))))
      throw notFound('instrument', id);
    if (existing && existing.source !== 'manual')
      throw new DomainError(
        'conflict',
        `instrument ${id} comes from ${existing.source}: import the source again to change it`,
      );
    if (
      existing &&
      principal.kind === 'account' &&
      principal.role !== 'secretariat' &&
      existing.authorDelegation !== principal.delegation
    )
      throw new DomainError('forbidden', `instrument ${id} was entered by another delegation`);
    const record: PolicyInstrument = {
      id: existing?.id ?? `manual:${crypto.randomUUID()}`,
      source: 'manual',
      sourceId: null,
      title: given.title,
      originalTitle: given.originalTitle,
      description: given.description,
      jurisdiction: given.jurisdiction,
      jurisdictionKind:
        given.jurisdiction === 'EU'
          ? 'eu'
          : d.names.has(given.jurisdiction)
            ? 'economy'
            : 'organisation',
      type: given.type,
      typeModelCoded: false,
      binding: given.binding,
      bindingModelCoded: false,
      status: given.status,
      dates: given.dates,
      year: given.year ?? yearOf(given.dates[given.status]),
      endYear: given.endYear,
      topics: given.topics,
      sourceTags: [],
      responsibleBody: given.responsibleBody,
      links: given.links,
      citation: given.citation || 'Entered on the platform',
      confidentiality: given.confidentiality,
      authorDelegation:
        existing?.authorDelegation ?? (principal.kind === 'account' ? principal.delegation : null),
    };
    const actor = actorOf(principal);
    const at = new Date().toISOString();
    await this.store.transaction(async (tx) => {
      const r = await tx.policies.saveInstrument(record, actor, at);
      await this.audit.append(tx, {
        actor,
        type: 'policy.instrument_saved',
        at,
        subject: 'secretariat',
        payload: {
          instrument: record.id,
          change: r,
          confidentiality: record.confidentiality,
        },
        salted: { title: record.title, jurisdiction: record.jurisdiction },
      });
    });
    return this.instrument(principal, record.id);
  }

  /** Creates or replaces a topic (the secretariat's); the tree must stay a tree. */
  async saveTopic(principal: Principal, input: TopicInput): Promise<PolicyTopic> {
    requirePermission(principal, 'admin');
    const topic = parseInput(topicInputSchema, input, 'topic');
    const { value: d } = await this.data.get();
    const next = [...d.topics.filter((t) => t.code !== topic.code), topic];
    const problems = checkTaxonomy(next);
    if (problems.length > 0)
      throw new DomainError(
        'validation_failed',
        `invalid topic: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
        problems,
      );
    const at = new Date().toISOString();
    await this.store.transaction(async (tx) => {
      await tx.policies.saveTopic(topic);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'policy.topic_saved',
        at,
        subject: 'secretariat',
        payload: { topic: topic.code, parent: topic.parent },
      });
    });
    return topic;
  }

  /** Removes a topic with no children; records keep the code until they are imported again. */
  async deleteTopic(principal: Principal, code: string): Promise<void> {
    requirePermission(principal, 'admin');
    const { value: d } = await this.data.get();
    if (!d.topics.some((t) => t.code === code)) throw notFound('topic', code);
    const child = d.topics.find((t) => t.parent === code);
    if (child)
      throw new DomainError(
        'conflict',
        `topic ${code} has sub-topics (${child.code}): remove them first`,
      );
    await this.store.transaction(async (tx) => {
      await tx.policies.deleteTopic(code);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'policy.topic_deleted',
        subject: 'secretariat',
        payload: { topic: code },
      });
    });
  }

  /** Puts back the documented default taxonomy (core/policies/taxonomy.ts). */
  async resetTopics(principal: Principal): Promise<PolicyTopic[]> {
    requirePermission(principal, 'admin');
    await this.store.transaction(async (tx) => {
      await tx.policies.replaceTopics(DEFAULT_POLICY_TOPICS);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'policy.topic_saved',
        subject: 'secretariat',
        payload: { reset: true },
      });
    });
    return [...DEFAULT_POLICY_TOPICS];
  }
}

const yearOf = (date: string | undefined): number | null =>
  date === undefined ? null : Number(date.slice(0, 4));
