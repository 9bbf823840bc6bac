// Standards committees and what the standards workstream keeps around them: the committees of
// every imported body with their members, the snapshots imported and the changes each brought,
// the strategic technology tags, the setting the snapshot alerts watch, the coordination records
// of committees' meetings; the alerts the snapshots raise go through WorkstreamAlertRepository
// (alert.repository.ts), which the alert methods here delegate to.
import type { Kysely, Selectable } from 'kysely';
import type {
  Committee,
  CommitteeMember,
  CommitteeRole,
  CommitteeStatus,
  CommitteeType,
  StandardsTag,
} from '../core/standards/committee.ts';
import type {
  CoordinationConfidentiality,
  StoredCoordination,
} from '../core/standards/coordination.ts';
import type {
  StandardsChangeRecord,
  StandardsSnapshot,
  StandardsWatch,
  WorkstreamAlert,
} from '../core/standards/records.ts';
import { WorkstreamAlertRepository, type NewWorkstreamAlert } from './alert.repository.ts';
import { compareReferences } from '../core/standards/reference-order.ts';
import type {
  Database,
  StandardsCommitteeRow,
  StandardsCoordinationRow,
  StandardsMemberRow,
  StandardsSnapshotRow,
} from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const IN_CHUNK = 500;

/** A snapshot as an import describes it, before it is stored. */
export interface NewSnapshot {
  file: string;
  format: string;
  importedAt: string;
  snapshotDate: string | null;
}

export type { NewWorkstreamAlert } from './alert.repository.ts';

const ROLE_ORDER: Record<CommitteeRole, number> = { secretariat: 0, P: 1, O: 2 };
const byRole = (a: CommitteeMember, b: CommitteeMember): number =>
  ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.memberBody.localeCompare(b.memberBody);

const committeeRow = (c: Committee, snapshotId: number): StandardsCommitteeRow => ({
  reference: c.reference,
  body: c.body,
  external_id: c.externalId,
  type: c.type,
  parent: c.parent,
  title: c.title,
  status: c.status,
  created: c.created,
  secretariat: c.secretariat,
  secretariat_body: c.secretariatBody,
  snapshot_id: snapshotId,
});

const memberRows = (c: Committee): StandardsMemberRow[] =>
  c.members.map((m) => ({
    reference: c.reference,
    member_body: m.memberBody,
    iso3: m.iso3,
    role: m.role,
  }));

const toCommittee = (r: StandardsCommitteeRow, members: CommitteeMember[]): Committee => ({
  body: r.body,
  reference: r.reference,
  externalId: r.external_id,
  type: r.type as CommitteeType,
  parent: r.parent,
  title: r.title,
  status: r.status as CommitteeStatus,
  created: r.created,
  secretariat: r.secretariat,
  secretariatBody: r.secretariat_body,
  members: members.sort(byRole),
});

/** What decides whether a stored committee changed: every field and its members, in order. */
const fingerprint = (c: Committee): string =>
  JSON.stringify([
    c.body,
    c.externalId,
    c.type,
    c.parent,
    c.title,
    c.status,
    c.created,
    c.secretariat,
    c.secretariatBody,
    [...c.members].sort(byRole).map((m) => [m.memberBody, m.iso3, m.role]),
  ]);

const toSnapshot = (r: Selectable<StandardsSnapshotRow>): StandardsSnapshot => ({
  id: Number(r.id),
  body: r.body,
  importedAt: r.imported_at,
  file: r.file,
  format: r.format,
  snapshotDate: r.snapshot_date,
  committees: Number(r.committees),
  members: Number(r.members),
  changes: Number(r.changes),
  alerts: Number(r.alerts),
});

const coordinationRow = (r: StoredCoordination): StandardsCoordinationRow => ({
  id: r.id,
  reference: r.reference,
  meeting_date: r.meetingDate,
  meeting_place: r.meetingPlace,
  attending: JSON.stringify(r.attending),
  position: r.position,
  proposal_id: r.proposalId,
  outcome: r.outcome,
  confidentiality: r.confidentiality,
  author_delegation: r.authorDelegation,
  created_by: r.createdBy,
  created_at: r.createdAt,
  updated_by: r.updatedBy,
  updated_at: r.updatedAt,
});

const toCoordination = (r: StandardsCoordinationRow): StoredCoordination => ({
  id: r.id,
  reference: r.reference,
  meetingDate: r.meeting_date,
  meetingPlace: r.meeting_place,
  attending: JSON.parse(r.attending) as string[],
  position: r.position,
  proposalId: r.proposal_id,
  outcome: r.outcome,
  confidentiality: r.confidentiality as CoordinationConfidentiality,
  authorDelegation: r.author_delegation,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export class StandardsRepository {
  private readonly alertRepository: WorkstreamAlertRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.alertRepository = new WorkstreamAlertRepository(db);
  }

  /** Every committee (of one body when given) with its members, in reference order. */
  async committees(body?: string): Promise<Committee[]> {
    let cq = this.db.selectFrom('standards_committees').selectAll();
    let mq = this.db
      .selectFrom('standards_members as m')
      .select(['m.reference', 'm.member_body', 'm.iso3', 'm.role']);
    if (body !== undefined) {
      cq = cq.where('body', '=', body);
      mq = mq
        .innerJoin('standards_committees as c', 'c.reference', 'm.reference')
        .where('c.body', '=', body);
    }
    const [rows, members] = await Promise.all([cq.execute(), mq.execute()]);
    const byReference = new Map<string, CommitteeMember[]>();
    for (const m of members) {
      const list = byReference.get(m.reference) ?? [];
      list.push({ memberBody: m.member_body, iso3: m.iso3, role: m.role as CommitteeRole });
      byReference.set(m.reference, list);
    }
    return rows
      .map((r) => toCommittee(r, byReference.get(r.reference) ?? []))
      .sort((a, b) => compareReferences(a.reference, b.reference));
  }

  /** One committee by its exact reference, or undefined. */
  async committee(reference: string): Promise<Committee | undefined> {
    const row = await this.db
      .selectFrom('standards_committees')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirst();
    if (!row) return undefined;
    const members = await this.db
      .selectFrom('standards_members')
      .selectAll()
      .where('reference', '=', reference)
      .execute();
    return toCommittee(
      row,
      members.map((m) => ({
        memberBody: m.member_body,
        iso3: m.iso3,
        role: m.role as CommitteeRole,
      })),
    );
  }

  /**
   * Records a snapshot of one body's committee list: replaces that body's committees and members
   * (other bodies' are left alone), and stores the changes it brought and the alerts it raised.
   * Counts committees: inserted, updated (changed, or removed from the list) and unchanged; a
   * committee's `snapshot_id` is the snapshot that last inserted or changed it.
   */
  async saveSnapshot(
    body: string,
    committees: readonly Committee[],
    meta: NewSnapshot,
    changes: readonly Omit<StandardsChangeRecord, 'snapshotId'>[],
    alerts: readonly NewWorkstreamAlert[],
  ): Promise<WriteCounts & { removed: number; snapshot: StandardsSnapshot }> {
    const inserted = await this.db
      .insertInto('standards_snapshots')
      .values({
        body,
        imported_at: meta.importedAt,
        file: meta.file,
        format: meta.format,
        snapshot_date: meta.snapshotDate,
        committees: committees.length,
        members: committees.reduce((n, c) => n + c.members.length, 0),
        changes: changes.length,
        alerts: alerts.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const snapshotId = Number(inserted.id);

    const before = new Map((await this.committees(body)).map((c) => [c.reference, c]));
    const counts = noWrites();
    const newRows: StandardsCommitteeRow[] = [];
    const newMembers: StandardsMemberRow[] = [];
    const changed: string[] = [];
    for (const c of committees) {
      const old = before.get(c.reference);
      if (old && fingerprint(old) === fingerprint(c)) {
        counts.unchanged++;
        continue;
      }
      if (old) {
        changed.push(c.reference);
        await this.db
          .updateTable('standards_committees')
          .set(committeeRow(c, snapshotId))
          .where('reference', '=', c.reference)
          .execute();
        counts.updated++;
      } else {
        newRows.push(committeeRow(c, snapshotId));
        counts.inserted++;
      }
      newMembers.push(...memberRows(c));
    }
    const kept = new Set(committees.map((c) => c.reference));
    const gone = [...before.keys()].filter((r) => !kept.has(r));
    for (const chunk of chunks([...changed, ...gone], IN_CHUNK))
      await this.db.deleteFrom('standards_members').where('reference', 'in', chunk).execute();
    for (const chunk of chunks(gone, IN_CHUNK))
      await this.db.deleteFrom('standards_committees').where('reference', 'in', chunk).execute();
    counts.updated += gone.length;
    for (const chunk of chunks(newRows, rowsPerInsert(11)))
      await this.db.insertInto('standards_committees').values(chunk).execute();
    for (const chunk of chunks(newMembers, rowsPerInsert(4)))
      await this.db.insertInto('standards_members').values(chunk).execute();

    const changeRows = changes.map((c) => ({
      snapshot_id: snapshotId,
      reference: c.reference,
      kind: c.kind,
      iso3: c.iso3,
      before: c.before,
      after: c.after,
      tags: JSON.stringify(c.tags),
    }));
    for (const chunk of chunks(changeRows, rowsPerInsert(8)))
      await this.db.insertInto('standards_changes').values(chunk).execute();
    for (const a of alerts) await this.addAlert(a, snapshotId);

    const snapshot = await this.db
      .selectFrom('standards_snapshots')
      .selectAll()
      .where('id', '=', snapshotId)
      .executeTakeFirstOrThrow();
    return { ...counts, removed: gone.length, snapshot: toSnapshot(snapshot) };
  }

  /** Every snapshot imported, newest first. */
  async snapshots(): Promise<StandardsSnapshot[]> {
    const rows = await this.db
      .selectFrom('standards_snapshots')
      .selectAll()
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toSnapshot);
  }

  /**
   * Recorded changes, newest snapshot first and in each snapshot's own order: of one snapshot, of
   * one committee, or all; at most `limit` (default 1,000).
   */
  async changes(
    options: { snapshotId?: number; reference?: string; limit?: number } = {},
  ): Promise<StandardsChangeRecord[]> {
    let q = this.db
      .selectFrom('standards_changes')
      .selectAll()
      .orderBy('snapshot_id', 'desc')
      .orderBy('id')
      .limit(options.limit ?? 1000);
    if (options.snapshotId !== undefined) q = q.where('snapshot_id', '=', options.snapshotId);
    if (options.reference !== undefined) q = q.where('reference', '=', options.reference);
    return (await q.execute()).map((r) => ({
      snapshotId: Number(r.snapshot_id),
      reference: r.reference,
      kind: r.kind as StandardsChangeRecord['kind'],
      iso3: r.iso3,
      before: r.before,
      after: r.after,
      tags: JSON.parse(r.tags) as string[],
    }));
  }

  /** The strategic technology tags in their order, each with its committees in reference order. */
  async tags(): Promise<StandardsTag[]> {
    const [tags, links] = await Promise.all([
      this.db
        .selectFrom('standards_tags')
        .selectAll()
        .orderBy('position')
        .orderBy('code')
        .execute(),
      this.db.selectFrom('standards_tag_committees').selectAll().execute(),
    ]);
    return tags.map((t) => ({
      code: t.code,
      label: t.label,
      description: t.description,
      committees: links
        .filter((l) => l.tag === t.code)
        .map((l) => l.reference)
        .sort(compareReferences),
    }));
  }

  /** Creates a tag (last in order) or replaces one (keeping its place) with its committees. */
  async saveTag(tag: StandardsTag): Promise<void> {
    const existing = await this.db
      .selectFrom('standards_tags')
      .select('code')
      .where('code', '=', tag.code)
      .executeTakeFirst();
    if (existing)
      await this.db
        .updateTable('standards_tags')
        .set({ label: tag.label, description: tag.description })
        .where('code', '=', tag.code)
        .execute();
    else {
      const last = await this.db
        .selectFrom('standards_tags')
        .select((eb) => eb.fn.max('position').as('position'))
        .executeTakeFirst();
      const position =
        last?.position === null || last === undefined ? 0 : Number(last.position) + 1;
      await this.db
        .insertInto('standards_tags')
        .values({ code: tag.code, label: tag.label, description: tag.description, position })
        .execute();
    }
    await this.db.deleteFrom('standards_tag_committees').where('tag', '=', tag.code).execute();
    const links = [...new Set(tag.committees)].map((reference) => ({ tag: tag.code, reference }));
    for (const chunk of chunks(links, rowsPerInsert(2)))
      await this.db.insertInto('standards_tag_committees').values(chunk).execute();
  }

  /** Removes a tag and its committees; false when there was none. */
  async deleteTag(code: string): Promise<boolean> {
    await this.db.deleteFrom('standards_tag_committees').where('tag', '=', code).execute();
    const r = await this.db
      .deleteFrom('standards_tags')
      .where('code', '=', code)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Replaces every tag with `defaults`, in their order. */
  async resetTags(defaults: readonly StandardsTag[]): Promise<void> {
    await this.db.deleteFrom('standards_tag_committees').execute();
    await this.db.deleteFrom('standards_tags').execute();
    for (const tag of defaults) await this.saveTag(tag);
  }

  /** The coalition and concern economies the snapshot alerts watch. */
  async watch(): Promise<StandardsWatch> {
    const r = await this.db
      .selectFrom('standards_watch')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return {
      coalition: r.coalition,
      concern: JSON.parse(r.concern) as string[],
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    };
  }

  async setWatch(w: StandardsWatch): Promise<void> {
    const values = {
      coalition: w.coalition,
      concern: JSON.stringify(w.concern),
      updated_by: w.updatedBy,
      updated_at: w.updatedAt,
    };
    const r = await this.db
      .updateTable('standards_watch')
      .set(values)
      .where('id', '=', 1)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      await this.db
        .insertInto('standards_watch')
        .values({ id: 1, ...values })
        .execute();
  }

  /** A committee's coordination records, latest meeting first. */
  async coordination(reference: string): Promise<StoredCoordination[]> {
    const rows = await this.db
      .selectFrom('standards_coordination')
      .selectAll()
      .where('reference', '=', reference)
      .orderBy('meeting_date', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toCoordination);
  }

  /** One coordination record by id, or undefined. */
  async coordinationRecord(id: string): Promise<StoredCoordination | undefined> {
    const r = await this.db
      .selectFrom('standards_coordination')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toCoordination(r) : undefined;
  }

  async addCoordination(record: StoredCoordination): Promise<void> {
    await this.db.insertInto('standards_coordination').values(coordinationRow(record)).execute();
  }

  /** Replaces a record's fields (its id and reference stay); false when there is none. */
  async updateCoordination(record: StoredCoordination): Promise<boolean> {
    const { id: _, reference: __, ...fields } = coordinationRow(record);
    const r = await this.db
      .updateTable('standards_coordination')
      .set(fields)
      .where('id', '=', record.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Raises an alert in a workstream; returns its id (WorkstreamAlertRepository.add). */
  addAlert(alert: NewWorkstreamAlert, snapshotId: number | null = null): Promise<number> {
    return this.alertRepository.add(alert, snapshotId);
  }

  /** A workstream's alerts, newest first (only those nobody acknowledged, when asked). */
  alerts(
    workstream: string,
    options: { limit?: number; unacknowledged?: boolean } = {},
  ): Promise<WorkstreamAlert[]> {
    return this.alertRepository.list({ workstreams: [workstream], ...options });
  }

  /**
   * Marks an alert as acknowledged (the first acknowledgement stays); the alert, or undefined
   * when there is none.
   */
  acknowledgeAlert(id: number, by: string, at: string): Promise<WorkstreamAlert | undefined> {
    return this.alertRepository.acknowledge(id, by, at);
  }
}
