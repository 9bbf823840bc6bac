// What the platform keeps of each imported committee snapshot: the snapshot itself, the changes it
// brought, the setting that decides which alerts it raises, and the alerts (kept for any
// workstream: the standards snapshots are the first to raise them).

/** One import of a body's committee list. */
export interface StandardsSnapshot {
  id: number;
  body: string;
  /** When it was imported (ISO 8601 UTC). */
  importedAt: string;
  /** The file imported (relative to the working directory). */
  file: string;
  format: string;
  /** The newest committee creation date in the file: the snapshot is at least that recent. */
  snapshotDate: string | null;
  committees: number;
  members: number;
  changes: number;
  alerts: number;
}

/** One change a snapshot brought (see core/standards/snapshot.ts for the kinds). */
export interface StandardsChangeRecord {
  snapshotId: number;
  reference: string;
  kind:
    | 'committee-added'
    | 'committee-removed'
    | 'status-changed'
    | 'secretariat-changed'
    | 'member-joined'
    | 'member-left'
    | 'role-changed';
  /** The economy concerned (a member, a secretariat's new holder), or null. */
  iso3: string | null;
  before: string | null;
  after: string | null;
  /** The committee's strategic tags when the change was recorded. */
  tags: string[];
}

/** The coalition and the concern economies that the snapshot alerts watch. */
export interface StandardsWatch {
  /** A coalition spec: a grouping or coalition code (`T12`), or an ISO3 list. */
  coalition: string;
  concern: string[];
  updatedBy: string | null;
  updatedAt: string | null;
}

/** An alert raised in a workstream. */
export interface WorkstreamAlert {
  id: number;
  workstream: string;
  /** What raised it (`standards-snapshot`). */
  source: string;
  /** `concern-secretariat`, `member-left-strategic` … */
  kind: string;
  /** What it is about (a committee's reference). */
  subject: string;
  message: string;
  /** The details as JSON (economy, tags …). */
  details: Record<string, unknown>;
  snapshotId: number | null;
  createdAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** Who may see it (core/accounts/access.ts); `alliance` unless whoever raised it said otherwise. */
  confidentiality: 'public' | 'alliance' | 'members';
}
