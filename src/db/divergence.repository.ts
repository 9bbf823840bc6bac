// The divergence register: every divergence any source found (one row per source and key, kept
// when it closes), where it stands, and its history of state changes and recomputations.
import type { Kysely, Selectable } from 'kysely';
import type {
  DivergenceChange,
  DivergenceEvent,
  DivergenceEvidence,
  DivergenceState,
  StoredDivergence,
} from '../core/divergences/divergence.ts';
import type { Database, DivergenceEventRow, DivergenceRow } from './schema.ts';
import { chunks, rowsPerInsert } from './write-counts.ts';

/** Which divergences to list: every one when empty. */
export interface DivergenceFilter {
  source?: string;
  state?: DivergenceState;
  workstream?: string;
  /** Only those the last recomputation found (true) or those that closed (false). */
  detected?: boolean;
}

const divergenceRow = (d: Omit<StoredDivergence, 'id'>) => ({
  source: d.source,
  key: d.key,
  kind: d.kind,
  workstream: d.workstream,
  title: d.title,
  summary: d.summary,
  members: JSON.stringify(d.members),
  severity: d.severity,
  measure: d.measure,
  evidence: JSON.stringify(
    d.evidence.map((e) => ({ label: e.label, detail: e.detail, link: e.link })),
  ),
  link: d.link,
  api_link: d.apiLink,
  confidentiality: d.confidentiality,
  state: d.state,
  proposal_id: d.proposalId,
  state_by: d.stateBy,
  state_at: d.stateAt,
  state_note: d.stateNote,
  detected: d.detected ? 1 : 0,
  change: d.change,
  previous_measure: d.previousMeasure,
  first_seen: d.firstSeen,
  last_seen: d.lastSeen,
  changed_at: d.changedAt,
});

const toDivergence = (r: Selectable<DivergenceRow>): StoredDivergence => ({
  id: Number(r.id),
  source: r.source,
  key: r.key,
  kind: r.kind,
  workstream: r.workstream,
  title: r.title,
  summary: r.summary,
  members: JSON.parse(r.members) as string[],
  severity: Number(r.severity),
  measure: Number(r.measure),
  evidence: JSON.parse(r.evidence) as DivergenceEvidence[],
  link: r.link,
  apiLink: r.api_link,
  confidentiality: r.confidentiality as StoredDivergence['confidentiality'],
  state: r.state as DivergenceState,
  proposalId: r.proposal_id,
  stateBy: r.state_by,
  stateAt: r.state_at,
  stateNote: r.state_note,
  detected: Number(r.detected) === 1,
  change: r.change as DivergenceChange,
  previousMeasure: r.previous_measure === null ? null : Number(r.previous_measure),
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  changedAt: r.changed_at,
});

const toEvent = (r: Selectable<DivergenceEventRow>): DivergenceEvent => ({
  divergenceId: Number(r.divergence_id),
  at: r.at,
  by: r.actor,
  type: r.type as DivergenceEvent['type'],
  from: r.before,
  to: r.after,
  note: r.note,
  proposalId: r.proposal_id,
});

export class DivergenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The divergences the filter selects, most severe first (then in id order). */
  async all(filter: DivergenceFilter = {}): Promise<StoredDivergence[]> {
    let q = this.db.selectFrom('divergences').selectAll().orderBy('severity', 'desc').orderBy('id');
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    if (filter.state !== undefined) q = q.where('state', '=', filter.state);
    if (filter.workstream !== undefined) q = q.where('workstream', '=', filter.workstream);
    if (filter.detected !== undefined) q = q.where('detected', '=', filter.detected ? 1 : 0);
    return (await q.execute()).map(toDivergence);
  }

  /** One divergence by id, or undefined. */
  async get(id: number): Promise<StoredDivergence | undefined> {
    const r = await this.db
      .selectFrom('divergences')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toDivergence(r) : undefined;
  }

  /** Every divergence of one source, open or closed, most severe first. */
  bySource(source: string): Promise<StoredDivergence[]> {
    return this.all({ source });
  }

  /** The divergences discussed under a proposal, most severe first. */
  async byProposal(proposalId: string): Promise<StoredDivergence[]> {
    const rows = await this.db
      .selectFrom('divergences')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('severity', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toDivergence);
  }

  /** Stores a new divergence (its source and key must be new); returns its id. */
  async insert(d: Omit<StoredDivergence, 'id'>): Promise<number> {
    const r = await this.db
      .insertInto('divergences')
      .values(divergenceRow(d))
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  /** Replaces every field of a stored divergence but its id, source and key. */
  async update(d: StoredDivergence): Promise<void> {
    const { source: _, key: __, ...fields } = divergenceRow(d);
    await this.db.updateTable('divergences').set(fields).where('id', '=', d.id).execute();
  }

  /** Appends entries to divergences' histories (in the order given). */
  async addEvents(events: readonly DivergenceEvent[]): Promise<void> {
    const rows = events.map((e) => ({
      divergence_id: e.divergenceId,
      at: e.at,
      actor: e.by,
      type: e.type,
      before: e.from,
      after: e.to,
      note: e.note,
      proposal_id: e.proposalId,
    }));
    for (const chunk of chunks(rows, rowsPerInsert(8)))
      await this.db.insertInto('divergence_events').values(chunk).execute();
  }

  /** A divergence's history, oldest first. */
  async events(divergenceId: number): Promise<DivergenceEvent[]> {
    const rows = await this.db
      .selectFrom('divergence_events')
      .selectAll()
      .where('divergence_id', '=', divergenceId)
      .orderBy('id')
      .execute();
    return rows.map(toEvent);
  }
}
