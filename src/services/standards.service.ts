// Standards committees: the committees of every imported body with their members by role, the
// strategic technology tags, a coalition's engagement (secretariats, coverage, uncontested
// committees, areas nobody covers), the trend of new committees' secretariats, what each imported
// snapshot changed and the alerts it raised, and the coordination the workstream records before
// and after a committee's meetings. The committees are read once per data version and shared by
// every request until a write changes them, in this process or another one on the same database.
import { actorOf, canSee, type Principal, type Visibility } from '../core/accounts/access.ts';
import type { SupranationalCounting } from '../core/coalitions/coalition.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import { asciiWords, UNPRINTABLE_IN_TEXT } from '../core/text.ts';
import {
  type Committee,
  type CommitteeRole,
  type CommitteeStatus,
  type CommitteeType,
  type StandardsTag,
} from '../core/standards/committee.ts';
import {
  coordinationInputSchema,
  coordinationPatchSchema,
  type CoordinationInput,
  type CoordinationPatch,
  type CoordinationRecord,
  type StoredCoordination,
} from '../core/standards/coordination.ts';
import { standardsEngagement, type StandardsEngagement } from '../core/standards/engagement.ts';
import { committeeTags, DEFAULT_STANDARDS_TAGS, tagSchema } from '../core/standards/tags.ts';
import { secretariatTrend, type SecretariatTrend } from '../core/standards/trend.ts';
import type { EconomyGroup } from '../core/supply-chains/economy-group.ts';
import { DEFAULT_CONCERN } from '../core/supply-chains/economy-group.ts';
import type {
  StandardsChangeRecord,
  StandardsSnapshot,
  StandardsWatch,
  WorkstreamAlert,
} from '../core/standards/records.ts';
import { compareReferences } from '../core/standards/reference-order.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import type { DataVersion } from './data-version.ts';
import type { GovernanceService } from './governance.service.ts';
import type { CoalitionService } from './coalition.service.ts';
import type { SupplyChainService } from './supply-chain.service.ts';
import { VersionedData } from './versioned-data.ts';

/** The workstream whose alerts the snapshots raise and whose log the coordination goes to. */
export const STANDARDS_WORKSTREAM = 'standards';

/** What the committees table asks for; every field optional. */
export interface CommitteeFilter {
  body?: string;
  type?: CommitteeType;
  status?: CommitteeStatus;
  tag?: string;
  /** ISO3 or an economy's name: committees whose secretariat it holds. */
  secretariat?: string;
  /** ISO3 or an economy's name: committees it is a member of (any role). */
  member?: string;
  /** Words in the reference or the title. */
  q?: string;
}

/** One committee as the table shows it. */
export interface CommitteeSummary {
  body: string;
  reference: string;
  type: CommitteeType;
  parent: string | null;
  title: string;
  status: CommitteeStatus;
  created: string | null;
  secretariat: string | null;
  secretariatName: string | null;
  secretariatBody: string | null;
  participating: number;
  observing: number;
  tags: string[];
}

export interface CommitteeList {
  items: CommitteeSummary[];
  total: number;
  /** The bodies imported, with their committees. */
  bodies: { body: string; committees: number; active: number }[];
}

export interface CommitteeDetail extends CommitteeSummary {
  externalId: string | null;
  members: {
    iso3: string | null;
    name: string | null;
    memberBody: string;
    role: CommitteeRole;
  }[];
  /** The parent committee, when there is one. */
  parentCommittee: CommitteeSummary | null;
  subcommittees: CommitteeSummary[];
  /** The tags the committee has by inheritance from its parent (not set on it directly). */
  inheritedTags: string[];
  /** The latest snapshot changes that named this committee, newest first. */
  changes: StandardsChangeRecord[];
}

export interface EngagementResult extends StandardsEngagement {
  coalition: EconomyGroup;
  concern: EconomyGroup;
  /** Names of every economy the result mentions, for labels. */
  names: Record<string, string>;
}

export interface TrendResult extends SecretariatTrend {
  coalition: EconomyGroup | null;
  concern: EconomyGroup;
}

export interface ChangesResult {
  snapshots: StandardsSnapshot[];
  /** The changes of the snapshot asked for (default: the newest one that changed anything). */
  snapshot: StandardsSnapshot | null;
  items: StandardsChangeRecord[];
}

export interface CoordinationView extends CoordinationRecord {
  /** The linked proposal's title, when the caller may see it; null otherwise. */
  proposalTitle: string | null;
}

interface Loaded {
  committees: Committee[];
  byReference: Map<string, Committee>;
  children: Map<string, Committee[]>;
  tags: StandardsTag[];
  tagsOf: Map<string, string[]>;
  names: Map<string, string>;
}

export class StandardsService {
  /** The committees, tags and economy names as of a call. */
  private readonly data: VersionedData<Loaded>;

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly coalitions: CoalitionService,
    private readonly supplyChains: SupplyChainService,
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
  ) {
    this.data = new VersionedData(version, async () => {
      const [committees, tags, economies] = await Promise.all([
        this.store.standards.committees(),
        this.store.standards.tags(),
        this.store.economies.list(),
      ]);
      const children = new Map<string, Committee[]>();
      for (const c of committees)
        if (c.parent !== null) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
      return {
        committees,
        byReference: new Map(committees.map((c) => [c.reference, c])),
        children,
        tags,
        tagsOf: committeeTags(committees, tags),
        names: new Map(economies.map((e) => [e.iso3, e.name])),
      };
    });
  }

  private summary(d: Loaded, c: Committee): CommitteeSummary {
    let participating = 0;
    let observing = 0;
    for (const m of c.members)
      if (m.role === 'O') observing += 1;
      else participating += 1;
    return {
      body: c.body,
      reference: c.reference,
      type: c.type,
      parent: c.parent,
      title: c.title,
      status: c.status,
      created: c.created,
      secretariat: c.secretariat,
      secretariatName: c.secretariat === null ? null : (d.names.get(c.secretariat) ?? null),
      secretariatBody: c.secretariatBody,
      participating,
      observing,
      tags: d.tagsOf.get(c.reference) ?? [],
    };
  }

  /** One economy given by code or name (`CHN`, `China`), checked; `path` names the argument. */
  private async economy(text: string, path: string): Promise<string> {
    const [iso3] = await this.coalitions.economyCodes([text], path);
    return iso3!;
  }

  /** The committees, filtered, in reference order. */
  async committees(filter: CommitteeFilter = {}): Promise<CommitteeList> {
    const { value: d } = await this.data.get();
    const secretariat =
      filter.secretariat !== undefined
        ? await this.economy(filter.secretariat, 'secretariat')
        : undefined;
    const member =
      filter.member !== undefined ? await this.economy(filter.member, 'member') : undefined;
    if (filter.tag !== undefined && !d.tags.some((t) => t.code === filter.tag))
      throw new DomainError('validation_failed', `tag: no tag '${filter.tag}'`, [
        { path: 'tag', message: `one of ${d.tags.map((t) => t.code).join(', ')}` },
      ]);
    const q = filter.q !== undefined ? asciiWords(filter.q) : [];
    if (filter.q !== undefined && q.length === 0)
      throw new DomainError('validation_failed', `q: '${filter.q}' has no word to search for`, [
        { path: 'q', message: 'give a word (letters or digits) to search for' },
      ]);
    const items = d.committees
      .filter(
        (c) =>
          (filter.body === undefined || c.body === filter.body) &&
          (filter.type === undefined || c.type === filter.type) &&
          (filter.status === undefined || c.status === filter.status) &&
          (secretariat === undefined || c.secretariat === secretariat) &&
          (member === undefined || c.members.some((m) => m.iso3 === member)) &&
          (filter.tag === undefined || (d.tagsOf.get(c.reference) ?? []).includes(filter.tag)) &&
          (q.length === 0 ||
            ((text) => q.every((w) => text.includes(w)))(
              asciiWords(`${c.reference} ${c.title}`).join(' '),
            )),
      )
      .map((c) => this.summary(d, c));
    const bodies = new Map<string, { body: string; committees: number; active: number }>();
    for (const c of d.committees) {
      const b = bodies.get(c.body) ?? { body: c.body, committees: 0, active: 0 };
      b.committees += 1;
      if (c.status === 'active') b.active += 1;
      bodies.set(c.body, b);
    }
    return {
      items,
      total: items.length,
      bodies: [...bodies.values()].sort((a, b) => a.body.localeCompare(b.body)),
    };
  }

  /** One committee by reference (`ISO/IEC JTC 1/SC 42`; spaces and case are forgiven). */
  async committee(reference: string): Promise<CommitteeDetail> {
    const { value: d } = await this.data.get();
    const c = this.find(d, reference);
    const parent = c.parent === null ? undefined : d.byReference.get(c.parent);
    const own = new Set(
      d.tags.filter((t) => t.committees.includes(c.reference)).map((t) => t.code),
    );
    const order: Record<CommitteeRole, number> = { secretariat: 0, P: 1, O: 2 };
    return {
      ...this.summary(d, c),
      externalId: c.externalId,
      members: c.members
        .map((m) => ({
          iso3: m.iso3,
          name: m.iso3 === null ? null : (d.names.get(m.iso3) ?? null),
          memberBody: m.memberBody,
          role: m.role,
        }))
        .sort(
          (a, b) =>
            order[a.role] - order[b.role] ||
            (a.name ?? a.memberBody).localeCompare(b.name ?? b.memberBody),
        ),
      parentCommittee: parent ? this.summary(d, parent) : null,
      subcommittees: (d.children.get(c.reference) ?? [])
        .map((s) => this.summary(d, s))
        .sort((a, b) => compareReferences(a.reference, b.reference)),
      inheritedTags: (d.tagsOf.get(c.reference) ?? []).filter((t) => !own.has(t)),
      changes: await this.store.standards.changes({ reference: c.reference, limit: 50 }),
    };
  }

  private find(d: Loaded, reference: string): Committee {
    const found = this.lookup(d, reference);
    if (!found) throw notFound('committee', reference);
    return found;
  }

  /** The committee a reference names, its spaces and case forgiven; undefined when none. */
  private lookup(d: Loaded, reference: string): Committee | undefined {
    const exact = d.byReference.get(reference.trim());
    if (exact) return exact;
    const key = (s: string): string => s.replace(/\s+/g, '').toUpperCase();
    const wanted = key(reference);
    return d.committees.find((c) => key(c.reference) === wanted);
  }

  /** A coalition spec (code, ISO3 list, one economy) and the concern economies, resolved. */
  private async groups(
    coalition: string,
    concern: string | undefined,
    supranational: SupranationalCounting | undefined,
  ): Promise<{ coalition: EconomyGroup; concern: EconomyGroup }> {
    const group = await this.supplyChains.economyGroup(coalition, supranational);
    if (group.economies.length === 0)
      throw new DomainError('validation_failed', `coalition: '${coalition}' names no economy`, [
        { path: 'coalition', message: 'name a coalition or at least one economy' },
      ]);
    const concernGroup =
      concern === undefined || concern.trim() === ''
        ? DEFAULT_CONCERN
        : { code: 'CONCERN', economies: await this.economyList(concern, 'concern') };
    return { coalition: group, concern: concernGroup };
  }

  /** A comma-separated list of economies (codes or names), checked, each once in the order given. */
  private async economyList(text: string, path: string): Promise<string[]> {
    return [...new Set(await this.coalitions.economyCodes(text.split(','), path))];
  }

  /** A coalition's engagement in the active committees, against the concern economies. */
  async engagement(options: {
    coalition: string;
    concern?: string;
    supranational?: SupranationalCounting;
  }): Promise<EngagementResult> {
    const v = await this.data.get();
    const d = v.value;
    // The groups' economies change only with a write (a coalition edited), like the committees.
    const { coalition, concern } = await this.data.memo(
      v,
      `groups|${options.coalition}|${options.concern ?? ''}|${options.supranational ?? ''}`,
      () => this.groups(options.coalition, options.concern, options.supranational),
    );
    const key = `engagement|${coalition.economies.join(',')}|${concern.economies.join(',')}`;
    const result = await this.data.memo(v, key, () =>
      Promise.resolve().then(() =>
        standardsEngagement(d.committees, {
          members: coalition.economies,
          concern: concern.economies,
          tags: d.tags,
        }),
      ),
    );
    const names: Record<string, string> = {};
    for (const iso3 of [
      ...coalition.economies,
      ...concern.economies,
      ...result.uncontested.map((u) => u.secretariat),
    ]) {
      const n = iso3 === null ? undefined : d.names.get(iso3);
      if (iso3 !== null && n !== undefined) names[iso3] = n;
    }
    return { ...result, coalition, concern, names };
  }

  /** Secretariats of committees by creation year: the coalition, the concern economies, each economy. */
  async trend(options: {
    coalition?: string;
    concern?: string;
    economies?: string;
    from?: number;
    to?: number;
    supranational?: SupranationalCounting;
  }): Promise<TrendResult> {
    const { value: d } = await this.data.get();
    const coalition =
      options.coalition === undefined
        ? null
        : await this.supplyChains.economyGroup(options.coalition, options.supranational);
    const concern =
      options.concern === undefined
        ? DEFAULT_CONCERN
        : { code: 'CONCERN', economies: await this.economyList(options.concern, 'concern') };
    const economies =
      options.economies === undefined
        ? undefined
        : await this.economyList(options.economies, 'economies');
    if (options.from !== undefined && options.to !== undefined && options.from > options.to)
      throw new DomainError('validation_failed', 'from: must not be after to', [
        { path: 'from', message: `${options.from} is after ${options.to}` },
      ]);
    const trend = secretariatTrend(d.committees, {
      ...(economies ? { economies } : {}),
      groups: [...(coalition ? [coalition] : []), concern],
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
    });
    return { ...trend, coalition, concern };
  }

  /** The imported snapshots, and the changes of one (default: the newest that changed anything). */
  async changes(options: { snapshot?: number; limit?: number } = {}): Promise<ChangesResult> {
    const snapshots = await this.store.standards.snapshots();
    const snapshot =
      options.snapshot !== undefined
        ? snapshots.find((s) => s.id === options.snapshot)
        : (snapshots.find((s) => s.changes > 0) ?? snapshots[0]);
    if (options.snapshot !== undefined && snapshot === undefined)
      throw notFound('snapshot', String(options.snapshot));
    const items =
      snapshot === undefined
        ? []
        : await this.store.standards.changes({
            snapshotId: snapshot.id,
            limit: options.limit ?? 5000,
          });
    return { snapshots, snapshot: snapshot ?? null, items };
  }

  /** The standards workstream's alerts, newest first. */
  alerts(options: { unacknowledged?: boolean; limit?: number } = {}): Promise<WorkstreamAlert[]> {
    return this.store.standards.alerts(STANDARDS_WORKSTREAM, {
      limit: options.limit ?? 200,
      unacknowledged: options.unacknowledged ?? false,
    });
  }

  /** Marks an alert as seen by the caller; recorded in the governance log. */
  async acknowledgeAlert(
    id: number,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<WorkstreamAlert> {
    const at = new Date().toISOString();
    return this.store.transaction(async (tx) => {
      const alert = await tx.standards.acknowledgeAlert(id, actor, at);
      if (!alert) throw notFound('alert', String(id));
      await this.audit.append(tx, {
        actor,
        type: 'standards.alert_acknowledged',
        at,
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: { alert: id, kind: alert.kind, reference: alert.subject },
      });
      return alert;
    });
  }

  /** The strategic technology tags, with the committees each covers (descendants included). */
  async tags(): Promise<(StandardsTag & { active: number; covered: string[] })[]> {
    const { value: d } = await this.data.get();
    return d.tags.map((t) => {
      const covered = d.committees
        .filter((c) => (d.tagsOf.get(c.reference) ?? []).includes(t.code))
        .map((c) => c.reference);
      return {
        ...t,
        active: covered.filter((r) => d.byReference.get(r)?.status === 'active').length,
        covered,
      };
    });
  }

  /** Creates or replaces a tag (the secretariat's edit); its committees must exist. */
  async saveTag(
    input: StandardsTag,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<StandardsTag> {
    const given = parseInput(tagSchema, input, 'tag');
    for (const [field, text] of [
      ['label', given.label],
      ['description', given.description],
    ] as const)
      if (UNPRINTABLE_IN_TEXT.test(text))
        throw new DomainError(
          'validation_failed',
          `${field}: control and bidirectional characters are not allowed`,
          [{ path: field, message: 'no control or bidirectional characters' }],
        );
    const { value: d } = await this.data.get();
    // A reference written with other spacing or case names the committee it matches.
    const committees = given.committees.map((r) => this.lookup(d, r)?.reference ?? r);
    const twice = committees.find((r, i) => committees.indexOf(r) !== i);
    if (twice !== undefined)
      throw new DomainError('validation_failed', `committees: names '${twice}' twice`, [
        { path: 'committees', message: `names '${twice}' twice` },
      ]);
    const tag = { ...given, committees };
    const unknown = tag.committees.filter((r) => !d.byReference.has(r));
    if (unknown.length > 0 && d.committees.length > 0)
      throw new DomainError(
        'validation_failed',
        `committees: no committee ${unknown.map((r) => `'${r}'`).join(', ')}`,
        unknown.map((r) => ({ path: 'committees', message: `no committee '${r}'` })),
      );
    const at = new Date().toISOString();
    await this.store.transaction(async (tx) => {
      await tx.standards.saveTag(tag);
      await this.audit.append(tx, {
        actor,
        type: 'standards.tag_saved',
        at,
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: { tag: tag.code, committees: tag.committees },
      });
    });
    return tag;
  }

  /** Removes a tag; not found when there is none. */
  async deleteTag(code: string, by: Principal, actor: string = actorOf(by)): Promise<void> {
    await this.store.transaction(async (tx) => {
      if (!(await tx.standards.deleteTag(code))) throw notFound('tag', code);
      await this.audit.append(tx, {
        actor,
        type: 'standards.tag_deleted',
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: { tag: code },
      });
    });
  }

  /** Puts back the documented default tags (core/standards/tags.ts), replacing every edit. */
  async resetTags(by: Principal, actor: string = actorOf(by)): Promise<StandardsTag[]> {
    await this.store.transaction(async (tx) => {
      await tx.standards.resetTags(DEFAULT_STANDARDS_TAGS);
      await this.audit.append(tx, {
        actor,
        type: 'standards.tag_saved',
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: { reset: true, tags: DEFAULT_STANDARDS_TAGS.map((t) => t.code) },
      });
    });
    return DEFAULT_STANDARDS_TAGS;
  }

  /** The coalition and concern economies that the snapshot alerts watch. */
  async watch(): Promise<StandardsWatch & { members: string[] }> {
    const w = await this.store.standards.watch();
    const members = await this.supplyChains
      .economyGroup(w.coalition)
      .then((g) => [...g.economies])
      .catch(() => []);
    return { ...w, members };
  }

  /** Sets what the snapshot alerts watch (the secretariat's setting). */
  async setWatch(
    input: { coalition: string; concern: string[] },
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<StandardsWatch & { members: string[] }> {
    const group = await this.supplyChains.economyGroup(input.coalition);
    if (group.economies.length === 0)
      throw new DomainError(
        'validation_failed',
        `coalition: '${input.coalition}' names no economy`,
        [{ path: 'coalition', message: 'name a coalition or at least one economy' }],
      );
    if (input.concern.length === 0)
      throw new DomainError('validation_failed', 'concern: name at least one economy', [
        { path: 'concern', message: 'required' },
      ]);
    const concern = [...new Set(await this.coalitions.economyCodes(input.concern, 'concern'))];
    const at = new Date().toISOString();
    const saved: StandardsWatch = {
      coalition: input.coalition.trim(),
      concern,
      updatedBy: actor,
      updatedAt: at,
    };
    await this.store.transaction(async (tx) => {
      await tx.standards.setWatch(saved);
      await this.audit.append(tx, {
        actor,
        type: 'standards.watch_set',
        at,
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: { coalition: saved.coalition, concern },
      });
    });
    return { ...saved, members: [...group.economies] };
  }

  /** The coordination history of a committee that the caller may see, newest meeting first. */
  async coordination(reference: string, principal: Principal): Promise<CoordinationView[]> {
    const { value: d } = await this.data.get();
    const c = this.find(d, reference);
    const records = await this.store.standards.coordination(c.reference);
    return Promise.all(
      records.filter((r) => canSee(principal, visibilityOf(r))).map((r) => this.view(r, principal)),
    );
  }

  private async view(r: StoredCoordination, principal: Principal): Promise<CoordinationView> {
    const { authorDelegation: _, ...record } = r;
    if (r.proposalId === null) return { ...record, proposalTitle: null };
    const title = await this.governance
      .get(principal, r.proposalId)
      .then((p) => p.title)
      .catch(() => null);
    // A proposal the caller may not see is not named at all.
    return title === null
      ? { ...record, proposalId: null, proposalTitle: null }
      : { ...record, proposalTitle: title };
  }

  /** Records the plan for a committee's next meeting: who attends, the shared position. */
  async addCoordination(
    input: CoordinationInput,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<CoordinationView> {
    const given = parseInput(coordinationInputSchema, input, 'coordination record');
    const { value: d } = await this.data.get();
    const c = this.find(d, given.reference);
    const checked = await this.checkCoordination(given, by);
    const at = new Date().toISOString();
    const record: StoredCoordination = {
      id: crypto.randomUUID(),
      reference: c.reference,
      meetingDate: checked.meetingDate,
      meetingPlace: checked.meetingPlace ?? null,
      attending: checked.attending,
      position: checked.position,
      proposalId: checked.proposalId ?? null,
      outcome: checked.outcome ?? null,
      confidentiality: checked.confidentiality,
      createdBy: actor,
      createdAt: at,
      updatedBy: actor,
      updatedAt: at,
      authorDelegation: by.kind === 'account' ? by.delegation : null,
    };
    await this.store.transaction(async (tx) => {
      await tx.standards.addCoordination(record);
      await this.audit.append(tx, {
        actor,
        type: 'standards.coordination_recorded',
        at,
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        // Every account reads the workstream's entries: what a record says, even which committee
        // and meeting it is about, goes in as a salted hash only.
        payload: { id: record.id, confidentiality: record.confidentiality },
        salted: {
          record: {
            reference: record.reference,
            meetingDate: record.meetingDate,
            attending: record.attending,
            proposal: record.proposalId,
          },
        },
      });
    });
    return this.view(record, by);
  }

  /** Changes a coordination record: the outcome after the meeting, or the plan before it. */
  async updateCoordination(
    id: string,
    input: CoordinationPatch,
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<CoordinationView> {
    const given = parseInput(coordinationPatchSchema, input, 'coordination change');
    const existing = await this.store.standards.coordinationRecord(id);
    if (!existing || !canSee(by, visibilityOf(existing))) throw notFound('coordination', id);
    const patch = await this.checkCoordination(given, by);
    const at = new Date().toISOString();
    const updated: StoredCoordination = {
      ...existing,
      ...definedOnly(patch),
      updatedBy: actor,
      updatedAt: at,
    };
    await this.store.transaction(async (tx) => {
      await tx.standards.updateCoordination(updated);
      await this.audit.append(tx, {
        actor,
        type: 'standards.coordination_updated',
        at,
        subject: `workstream:${STANDARDS_WORKSTREAM}`,
        payload: {
          id,
          confidentiality: updated.confidentiality,
          fields: Object.keys(definedOnly(patch)).sort(),
        },
        salted: { reference: existing.reference },
      });
    });
    return this.view(updated, by);
  }

  /** Checks the economies attending and the linked proposal (which the caller must see). */
  private async checkCoordination<T extends CoordinationPatch>(
    input: T,
    by: Principal,
  ): Promise<T> {
    for (const [field, text] of [
      ['position', input.position],
      ['outcome', input.outcome],
      ['meetingPlace', input.meetingPlace],
    ] as const)
      if (typeof text === 'string' && UNPRINTABLE_IN_TEXT.test(text))
        throw new DomainError(
          'validation_failed',
          `${field}: control and bidirectional characters are not allowed`,
          [{ path: field, message: 'no control or bidirectional characters' }],
        );
    const attending =
      input.attending === undefined
        ? undefined
        : [...new Set(await this.coalitions.economyCodes(input.attending, 'attending'))].sort();
    if (input.proposalId !== undefined && input.proposalId !== null)
      await this.governance.get(by, input.proposalId).catch(() => {
        throw new DomainError('not_found', `no proposal '${input.proposalId}'`, [
          { path: 'proposalId', message: 'no such proposal' },
        ]);
      });
    return attending === undefined ? input : { ...input, attending };
  }
}

/** Who sees a coordination record: its confidentiality, like a proposal's (never a draft). */
const visibilityOf = (r: StoredCoordination): Visibility => ({
  confidentiality: r.confidentiality,
  restrictedTo: [],
  draft: false,
  authorDelegation: r.authorDelegation,
});

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
