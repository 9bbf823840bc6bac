// Alerts raised in workstreams (any source: standards snapshots, the divergence register …), who
// may see each, and their acknowledgement.
import type { Kysely, Selectable } from 'kysely';
import type { WorkstreamAlert } from '../core/standards/records.ts';
import type { Database, WorkstreamAlertRow } from './schema.ts';

type Confidentiality = WorkstreamAlert['confidentiality'];

/**
 * An alert to raise: its id, snapshot and acknowledgement are the store's; its confidentiality is
 * `alliance` unless given.
 */
export type NewWorkstreamAlert = Omit<
  WorkstreamAlert,
  'id' | 'snapshotId' | 'acknowledgedBy' | 'acknowledgedAt' | 'confidentiality'
> & { confidentiality?: Confidentiality };

/** Which alerts to list: every one when empty. */
export interface AlertFilter {
  /** Alerts of any of these workstreams (none when the list is empty). */
  workstreams?: readonly string[];
  source?: string;
  /** Only those nobody acknowledged. */
  unacknowledged?: boolean;
  /** At most this many (default 200). */
  limit?: number;
}

export const toAlert = (r: Selectable<WorkstreamAlertRow>): WorkstreamAlert => ({
  id: Number(r.id),
  workstream: r.workstream,
  source: r.source,
  kind: r.kind,
  subject: r.subject,
  message: r.message,
  details: JSON.parse(r.details) as Record<string, unknown>,
  snapshotId: r.snapshot_id === null ? null : Number(r.snapshot_id),
  createdAt: r.created_at,
  acknowledgedBy: r.acknowledged_by,
  acknowledgedAt: r.acknowledged_at,
  confidentiality: r.confidentiality as Confidentiality,
});

export class WorkstreamAlertRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Raises an alert in a workstream (from a standards snapshot when given); returns its id. */
  async add(alert: NewWorkstreamAlert, snapshotId: number | null = null): Promise<number> {
    const r = await this.db
      .insertInto('workstream_alerts')
      .values({
        workstream: alert.workstream,
        source: alert.source,
        kind: alert.kind,
        subject: alert.subject,
        message: alert.message,
        details: JSON.stringify(alert.details),
        snapshot_id: snapshotId,
        created_at: alert.createdAt,
        acknowledged_by: null,
        acknowledged_at: null,
        confidentiality: alert.confidentiality ?? 'alliance',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  /** Alerts, newest first. */
  async list(filter: AlertFilter = {}): Promise<WorkstreamAlert[]> {
    if (filter.workstreams?.length === 0) return [];
    let q = this.db
      .selectFrom('workstream_alerts')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 200);
    if (filter.workstreams !== undefined)
      q =
        filter.workstreams.length === 1
          ? q.where('workstream', '=', filter.workstreams[0]!)
          : q.where('workstream', 'in', [...filter.workstreams]);
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    if (filter.unacknowledged) q = q.where('acknowledged_at', 'is', null);
    return (await q.execute()).map(toAlert);
  }

  /** One alert by id, or undefined. */
  async get(id: number): Promise<WorkstreamAlert | undefined> {
    const r = await this.db
      .selectFrom('workstream_alerts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toAlert(r) : undefined;
  }

  /**
   * Marks an alert as acknowledged (the first acknowledgement stays); the alert, or undefined
   * when there is none.
   */
  async acknowledge(id: number, by: string, at: string): Promise<WorkstreamAlert | undefined> {
    await this.db
      .updateTable('workstream_alerts')
      .set({ acknowledged_by: by, acknowledged_at: at })
      .where('id', '=', id)
      .where('acknowledged_at', 'is', null)
      .execute();
    return this.get(id);
  }
}
