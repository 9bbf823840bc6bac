// Two snapshots of a committee list compared: what changed between them (committees added or
// gone, status and secretariat changes, members joining, leaving or changing role), and the
// alerts the standards workstream gets from those changes — a concern economy taking the
// secretariat of a strategic (tagged) committee, a member ceasing to participate in one.
import {
  participates,
  type Committee,
  type CommitteeMember,
  type CommitteeRole,
  type StandardsTag,
} from './committee.ts';
import { compareReferences } from './reference-order.ts';
import { committeeTags } from './tags.ts';

export type CommitteeChangeKind =
  | 'committee-added'
  | 'committee-removed'
  | 'status-changed'
  | 'secretariat-changed'
  | 'member-joined'
  | 'member-left'
  | 'role-changed';

export const COMMITTEE_CHANGE_KINDS: readonly CommitteeChangeKind[] = [
  'committee-added',
  'committee-removed',
  'status-changed',
  'secretariat-changed',
  'member-joined',
  'member-left',
  'role-changed',
];

/**
 * One change between two snapshots. What `iso3`, `before` and `after` hold depends on the kind:
 *
 * | kind | iso3 | before | after |
 * | --- | --- | --- | --- |
 * | committee-added | its secretariat | null | its status |
 * | committee-removed | its secretariat before | its status before | null |
 * | status-changed | null | old status | new status |
 * | secretariat-changed | the new holder | old holder | new holder |
 * | member-joined | the member | null | its role |
 * | member-left | the member | its role | null |
 * | role-changed | the member | old role | new role |
 *
 * A holder is an ISO3 code, or the body's acronym when it is not mapped to an economy (then `iso3`
 * is null); an unmapped member's changes have `iso3` null.
 */
export interface CommitteeChange {
  reference: string;
  kind: CommitteeChangeKind;
  iso3: string | null;
  before: string | null;
  after: string | null;
}

export type StandardsAlertKind = 'concern-secretariat' | 'member-left-strategic';

export interface StandardsAlert {
  kind: StandardsAlertKind;
  reference: string;
  /** The concern economy that took the secretariat, or the member that stopped participating. */
  iso3: string;
  /** The strategic areas of the committee. */
  tags: string[];
  message: string;
}

export interface AlertContext {
  before: readonly Committee[];
  after: readonly Committee[];
  tags: readonly StandardsTag[];
  members: readonly string[];
  concern: readonly string[];
}

const ROLE_STRENGTH: Record<CommitteeRole, number> = { secretariat: 2, P: 1, O: 0 };

/** A committee's members by key (ISO3, or `body:<acronym>` when unmapped), strongest role kept. */
function membersByKey(c: Committee): Map<string, CommitteeMember> {
  const out = new Map<string, CommitteeMember>();
  for (const m of c.members) {
    const key = m.iso3 ?? `body:${m.memberBody}`;
    const had = out.get(key);
    if (had === undefined || ROLE_STRENGTH[m.role] > ROLE_STRENGTH[had.role]) out.set(key, m);
  }
  return out;
}

const holder = (c: Committee): string | null => c.secretariat ?? c.secretariatBody;

function committeeChanges(a: Committee, b: Committee): CommitteeChange[] {
  const reference = b.reference;
  const out: CommitteeChange[] = [];
  if (a.status !== b.status)
    out.push({ reference, kind: 'status-changed', iso3: null, before: a.status, after: b.status });
  if (holder(a) !== holder(b))
    out.push({
      reference,
      kind: 'secretariat-changed',
      iso3: b.secretariat,
      before: holder(a),
      after: holder(b),
    });
  const was = membersByKey(a);
  const is = membersByKey(b);
  for (const [key, m] of is) {
    const old = was.get(key);
    if (old === undefined)
      out.push({ reference, kind: 'member-joined', iso3: m.iso3, before: null, after: m.role });
    else if (old.role !== m.role)
      out.push({ reference, kind: 'role-changed', iso3: m.iso3, before: old.role, after: m.role });
  }
  for (const [key, m] of was)
    if (!is.has(key))
      out.push({ reference, kind: 'member-left', iso3: m.iso3, before: m.role, after: null });
  return out;
}

const cmp = (x: string | null, y: string | null): number =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;

/**
 * What changed from `before` to `after`, committees matched by reference. Ordered by reference
 * (numbers as numbers), then kind (in COMMITTEE_CHANGE_KINDS order), then ISO3 (unmapped
 * members last), then the before and after values.
 */
export function compareSnapshots(
  before: readonly Committee[],
  after: readonly Committee[],
): CommitteeChange[] {
  const old = new Map(before.map((c) => [c.reference, c]));
  const now = new Map(after.map((c) => [c.reference, c]));
  const out: CommitteeChange[] = [];
  for (const [reference, c] of now) {
    const a = old.get(reference);
    if (a === undefined)
      out.push({
        reference,
        kind: 'committee-added',
        iso3: c.secretariat,
        before: null,
        after: c.status,
      });
    else out.push(...committeeChanges(a, c));
  }
  for (const [reference, c] of old)
    if (!now.has(reference))
      out.push({
        reference,
        kind: 'committee-removed',
        iso3: c.secretariat,
        before: c.status,
        after: null,
      });
  const kindOrder = (k: CommitteeChangeKind): number => COMMITTEE_CHANGE_KINDS.indexOf(k);
  return out.sort(
    (x, y) =>
      compareReferences(x.reference, y.reference) ||
      kindOrder(x.kind) - kindOrder(y.kind) ||
      cmp(x.iso3, y.iso3) ||
      cmp(x.before, y.before) ||
      cmp(x.after, y.after),
  );
}

const STOPS_PARTICIPATING = (c: CommitteeChange): boolean =>
  (c.before === 'P' || c.before === 'secretariat') &&
  (c.kind === 'member-left' || (c.kind === 'role-changed' && c.after === 'O'));

/**
 * The alerts a set of changes raises, in the changes' order:
 * - `concern-secretariat`: a concern economy holds the secretariat of a tagged committee that is
 *   new or changed hands, and the committee is active in `after`;
 * - `member-left-strategic`: a member participated (P or secretariat) in a tagged committee and
 *   no longer does — it left, or became an observer. Losing the secretariat while staying P is
 *   not leaving; a committee that disappears from the list raises no alert for its members.
 * A committee's tags are taken from the snapshot it is in (`after`, else `before`).
 */
export function snapshotAlerts(
  changes: readonly CommitteeChange[],
  ctx: AlertContext,
): StandardsAlert[] {
  const tagsAfter = committeeTags(ctx.after, ctx.tags);
  const tagsBefore = committeeTags(ctx.before, ctx.tags);
  const now = new Map(ctx.after.map((c) => [c.reference, c]));
  const members = new Set(ctx.members);
  const concern = new Set(ctx.concern);
  const out: StandardsAlert[] = [];
  for (const change of changes) {
    const tags = tagsAfter.get(change.reference) ?? tagsBefore.get(change.reference) ?? [];
    if (tags.length === 0 || change.iso3 === null) continue;
    const c = now.get(change.reference);
    const what = c === undefined ? change.reference : `${c.reference} (${c.title})`;
    const areas = tags.join(', ');
    if (
      (change.kind === 'committee-added' || change.kind === 'secretariat-changed') &&
      concern.has(change.iso3) &&
      c?.status === 'active' &&
      c.secretariat === change.iso3
    )
      out.push({
        kind: 'concern-secretariat',
        reference: change.reference,
        iso3: change.iso3,
        tags,
        message:
          change.kind === 'committee-added'
            ? `${change.iso3} holds the secretariat of the new committee ${what} [${areas}]`
            : `${change.iso3} took the secretariat of ${what} from ${change.before ?? 'nobody'} [${areas}]`,
      });
    else if (members.has(change.iso3) && STOPS_PARTICIPATING(change)) {
      // A member listed twice (two bodies of one economy) may still participate through the other.
      if (c !== undefined && participates(c, change.iso3)) continue;
      out.push({
        kind: 'member-left-strategic',
        reference: change.reference,
        iso3: change.iso3,
        tags,
        message:
          change.kind === 'member-left'
            ? `${change.iso3} left ${what}, where it was ${change.before === 'P' ? 'a participating member' : 'the secretariat'} [${areas}]`
            : `${change.iso3} moved from ${change.before === 'P' ? 'participating' : 'secretariat'} to observer in ${what} [${areas}]`,
      });
    }
  }
  return out;
}
