// The divergence register: every divergence among members that the sources find (positions,
// control lists, restricted-party lists, standards committees — each a module in
// divergence-sources/), kept with its history; recomputed after an import or a position change,
// which marks what is new, grown, shrunk, closed or back; and followed from being found to an
// alliance decision: a proposal opened from it (under discussion), resolved once the proposal is
// adopted and every member involved reports it implemented, or accepted when the alliance decides
// to live with it. Each divergence is seen by whom its confidentiality admits.
import {
  actorOf,
  canSee,
  hasWorkstreamRight,
  levelVisibility,
  type Principal,
} from '../core/accounts/access.ts';
import type { StoredReport } from '../core/governance/commitments.ts';
import {
  DIVERGENCE_STATES,
  type DetectedDivergence,
  type DivergenceEvent,
  type DivergenceState,
  type StoredDivergence,
} from '../core/divergences/divergence.ts';
import {
  checkTransition,
  compareDetections,
  resolutionOf,
  severityLevel,
} from '../core/divergences/register.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { CONFIDENTIALITY_RANK } from '../core/positions/issue-input.ts';
import { asciiWords, UNPRINTABLE_IN_TEXT } from '../core/text.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import type { DivergenceSource } from './divergence-sources/source.ts';
import { requirePermission, type GovernanceService } from './governance.service.ts';

/** Who did it when the platform did it (a recomputation, a resolution it found). */
export const SYSTEM_ACTOR = 'system';

export interface DivergenceView extends StoredDivergence {
  level: 'low' | 'medium' | 'high';
  /** The linked proposal's title and state, when the caller may see it. */
  proposal: { id: string; title: string; state: string } | null;
}

export interface RegisterFilter {
  source?: string;
  state?: DivergenceState;
  workstream?: string;
  /** A member involved (ISO3 or EU). */
  member?: string;
  /** Only those the last recomputation found (default), or the closed ones too. */
  includeClosed?: boolean;
  /** Words of the title or summary. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface RegisterView {
  total: number;
  items: DivergenceView[];
  /** Visible divergences by source, by state and by change, before paging. */
  counts: {
    source: Record<string, number>;
    state: Record<string, number>;
    change: Record<string, number>;
  };
  sources: { id: string; label: string; description: string }[];
}

export interface RecomputeResult {
  at: string;
  sources: {
    id: string;
    detected: number;
    new: number;
    grown: number;
    shrunk: number;
    closed: number;
    reappeared: number;
    /** Why the source could not be read, when it failed (the others still ran). */
    error: string | null;
  }[];
  resolved: number;
}

export interface DivergenceDetail extends DivergenceView {
  events: DivergenceEvent[];
  /** Whether it is resolved yet, when it is under discussion: who has still to report. */
  resolution: { resolved: boolean; waitingFor: string[]; reason: string } | null;
}

const visibility = (d: Pick<StoredDivergence, 'confidentiality'>) =>
  levelVisibility(d.confidentiality);

export class DivergenceService {
  private running: Promise<RecomputeResult> | null = null;

  constructor(
    private readonly store: Store,
    private readonly sources: readonly DivergenceSource[],
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
  ) {}

  /** The sources that feed the register. */
  sourceList(): { id: string; label: string; description: string }[] {
    return this.sources.map(({ id, label, description }) => ({ id, label, description }));
  }

  private source(id: string): DivergenceSource {
    const s = this.sources.find((x) => x.id === id);
    if (!s)
      throw new DomainError(
        'validation_failed',
        `source: no source '${id}' (one of ${this.sources.map((x) => x.id).join(', ')})`,
        [{ path: 'source', message: 'unknown source' }],
      );
    return s;
  }

  /**
   * Recomputes the register from the sources named (default all): each source's detections are
   * compared with what it found before and written in one transaction with the change each
   * divergence shows; then the divergences under discussion are checked for resolution. One
   * recomputation at a time per process; a source that fails is reported and the others run.
   */
  async recompute(
    options: { sources?: readonly string[]; actor?: string } = {},
  ): Promise<RecomputeResult> {
    const ids = options.sources ?? this.sources.map((s) => s.id);
    const chosen = ids.map((id) => this.source(id));
    // Wait for a recomputation under way: the next one reads what it wrote.
    while (this.running) await this.running.catch(() => undefined);
    const run = this.run(chosen, options.actor ?? SYSTEM_ACTOR);
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) this.running = null;
    }
  }

  private async run(chosen: readonly DivergenceSource[], actor: string): Promise<RecomputeResult> {
    const at = new Date().toISOString();
    const result: RecomputeResult = { at, sources: [], resolved: 0 };
    for (const source of chosen) {
      let detected: DetectedDivergence[];
      try {
        detected = await source.detect();
      } catch (e) {
        result.sources.push({
          id: source.id,
          detected: 0,
          new: 0,
          grown: 0,
          shrunk: 0,
          closed: 0,
          reappeared: 0,
          error: e instanceof Error ? e.message : String(e),
        });
        continue;
      }
      const counts = await this.write(source.id, detected, at, actor);
      result.sources.push({ id: source.id, detected: detected.length, ...counts, error: null });
    }
    result.resolved = await this.settle();
    return result;
  }

  /** Writes one source's detections (retried once if another process wrote the same source meanwhile). */
  private async write(
    source: string,
    detected: readonly DetectedDivergence[],
    at: string,
    actor: string,
  ): Promise<{ new: number; grown: number; shrunk: number; closed: number; reappeared: number }> {
    const attempt = () =>
      this.store.transaction(async (tx) => {
        const previous = await tx.divergences.bySource(source);
        const { changes } = compareDetections(previous, detected, at);
        const counts = { new: 0, grown: 0, shrunk: 0, closed: 0, reappeared: 0 };
        const events: DivergenceEvent[] = [];
        for (const c of changes) {
          let id: number;
          if (c.previous === null) {
            id = await tx.divergences.insert(c.next);
          } else {
            id = c.previous.id;
            await tx.divergences.update({ ...c.next, id });
          }
          if (c.change !== 'unchanged') {
            counts[c.change] += 1;
            events.push({
              divergenceId: id,
              at,
              by: actor,
              type: 'detected',
              from: c.previous === null ? null : measureText(c.previous.measure),
              to: c.change,
              note: `measure ${measureText(c.next.measure)}`,
              proposalId: null,
            });
          }
        }
        if (events.length > 0) await tx.divergences.addEvents(events);
        return counts;
      });
    try {
      return await attempt();
    } catch (e) {
      if (e instanceof DomainError) throw e;
      return attempt();
    }
  }

  /**
   * Checks the divergences under discussion: resolved when the linked proposal was adopted and
   * every member involved reports it done; back to open when the proposal was rejected or
   * withdrawn. Returns how many were resolved.
   */
  async settle(): Promise<number> {
    const discussed = await this.store.divergences.all({ state: 'under_discussion' });
    if (discussed.length === 0) return 0;
    const reports = await this.store.consultations.reports();
    let resolved = 0;
    for (const d of discussed) {
      const p =
        d.proposalId === null ? undefined : await this.store.governance.proposal(d.proposalId);
      const at = new Date().toISOString();
      if (p === undefined || p.state === 'rejected' || p.state === 'withdrawn') {
        await this.move(
          d,
          'open',
          SYSTEM_ACTOR,
          at,
          `the proposal was ${p?.state ?? 'removed'}`,
          null,
        );
        continue;
      }
      const r = resolutionOf(d, p, latestReports(reports, p.id));
      if (r.resolved) {
        await this.move(d, 'resolved', SYSTEM_ACTOR, at, r.reason, d.proposalId);
        resolved += 1;
      }
    }
    return resolved;
  }

  private async move(
    d: StoredDivergence,
    to: DivergenceState,
    actor: string,
    at: string,
    note: string,
    proposalId: string | null,
  ): Promise<StoredDivergence> {
    const updated: StoredDivergence = {
      ...d,
      state: to,
      proposalId,
      stateBy: actor,
      stateAt: at,
      stateNote: note,
    };
    await this.store.transaction(async (tx) => {
      await tx.divergences.update(updated);
      await tx.divergences.addEvents([
        { divergenceId: d.id, at, by: actor, type: 'state', from: d.state, to, note, proposalId },
      ]);
      await this.audit.append(tx, {
        actor,
        type: 'divergence.state_changed',
        at,
        subject: `workstream:${d.workstream}`,
        // The proposal only as a salted hash: it may be more confidential than the divergence.
        payload: {
          divergence: d.id,
          source: d.source,
          from: d.state,
          to,
          confidentiality: d.confidentiality,
        },
        salted: { note, proposalId },
      });
    });
    return updated;
  }

  private async view(principal: Principal, d: StoredDivergence): Promise<DivergenceView> {
    let proposal: DivergenceView['proposal'] = null;
    if (d.proposalId !== null) {
      const p = await this.governance.get(principal, d.proposalId).catch(() => null);
      if (p) proposal = { id: p.id, title: p.title, state: p.state };
    }
    // A proposal the caller may not see is not named, not even by its id in the state's note.
    const hidden = d.proposalId !== null && proposal === null;
    return {
      ...d,
      proposalId: proposal === null ? null : d.proposalId,
      stateNote: hidden ? unnamed(d.stateNote, d.proposalId!) : d.stateNote,
      level: severityLevel(d.severity),
      proposal,
    };
  }

  /** The register as the caller sees it, filtered, most severe first. */
  async register(principal: Principal, filter: RegisterFilter = {}): Promise<RegisterView> {
    if (filter.state !== undefined && !DIVERGENCE_STATES.includes(filter.state))
      throw new DomainError('validation_failed', `state: no state '${filter.state}'`, [
        { path: 'state', message: `one of ${DIVERGENCE_STATES.join(', ')}` },
      ]);
    if (filter.source !== undefined) this.source(filter.source);
    await this.settle();
    const terms = filter.q === undefined ? [] : asciiWords(filter.q);
    const all = (await this.store.divergences.all()).filter(
      (d) => canSee(principal, visibility(d)) && (filter.includeClosed === true || d.detected),
    );
    const counts: RegisterView['counts'] = { source: {}, state: {}, change: {} };
    const matching = all.filter((d) => {
      if (filter.source !== undefined && d.source !== filter.source) return false;
      if (filter.state !== undefined && d.state !== filter.state) return false;
      if (filter.workstream !== undefined && d.workstream !== filter.workstream) return false;
      if (filter.member !== undefined && !d.members.includes(filter.member.toUpperCase()))
        return false;
      if (terms.length > 0) {
        const text = new Set(asciiWords(`${d.title} ${d.summary} ${d.key}`));
        if (!terms.every((t) => text.has(t))) return false;
      }
      return true;
    });
    for (const d of matching) {
      counts.source[d.source] = (counts.source[d.source] ?? 0) + 1;
      counts.state[d.state] = (counts.state[d.state] ?? 0) + 1;
      counts.change[d.change] = (counts.change[d.change] ?? 0) + 1;
    }
    const offset = filter.offset ?? 0;
    const page = matching.slice(offset, offset + (filter.limit ?? 100));
    return {
      total: matching.length,
      items: await Promise.all(page.map((d) => this.view(principal, d))),
      counts,
      sources: this.sourceList(),
    };
  }

  private async visibleOne(principal: Principal, id: number): Promise<StoredDivergence> {
    const d = await this.store.divergences.get(id);
    if (!d || !canSee(principal, visibility(d))) throw notFound('divergence', String(id));
    return d;
  }

  /** One divergence with its history and, under discussion, what its resolution waits for. */
  async get(principal: Principal, id: number): Promise<DivergenceDetail> {
    await this.settle();
    const d = await this.visibleOne(principal, id);
    const view = await this.view(principal, d);
    let resolution: DivergenceDetail['resolution'] = null;
    // What the resolution waits for tells the proposal's state: only for a proposal the caller sees.
    if (d.state === 'under_discussion' && d.proposalId !== null && view.proposal !== null) {
      const p = await this.store.governance.proposal(d.proposalId);
      if (p) {
        const reports = latestReports(await this.store.consultations.reports(), p.id);
        resolution = resolutionOf(d, p, reports);
      }
    }
    const stored = await this.store.divergences.events(id);
    // The proposal of an event (an earlier one too) is named only when the caller sees it.
    const seenIds = new Set<string>();
    for (const pid of new Set(stored.flatMap((e) => (e.proposalId === null ? [] : [e.proposalId]))))
      if ((await this.governance.get(principal, pid).catch(() => null)) !== null) seenIds.add(pid);
    const events = stored.map((e) =>
      e.proposalId !== null && !seenIds.has(e.proposalId)
        ? { ...e, proposalId: null, note: unnamed(e.note, e.proposalId) }
        : e,
    );
    return { ...view, events, resolution };
  }

  /**
   * Opens a proposal from a divergence (its evidence written into the text), links it and puts
   * the divergence under discussion. The proposal is a draft of the caller in the divergence's
   * workstream when the secretariat has set that workstream up; it is at least as confidential
   * as the divergence.
   */
  async openProposal(
    principal: Principal,
    id: number,
    input: { title?: string; confidentiality?: 'public' | 'alliance' | 'members' } = {},
  ): Promise<DivergenceDetail> {
    requirePermission(principal, 'proposal:write');
    const d = await this.visibleOne(principal, id);
    checkTransition(d, 'under_discussion');
    const confidentiality =
      input.confidentiality ?? (d.confidentiality === 'public' ? 'alliance' : d.confidentiality);
    if (CONFIDENTIALITY_RANK[confidentiality] < CONFIDENTIALITY_RANK[d.confidentiality])
      throw new DomainError(
        'validation_failed',
        `confidentiality: the divergence is '${d.confidentiality}': the proposal must be at least as confidential`,
        [{ path: 'confidentiality', message: `at least ${d.confidentiality}` }],
      );
    if (input.title !== undefined && UNPRINTABLE_IN_TEXT.test(input.title))
      throw new DomainError(
        'validation_failed',
        'title: control and bidirectional characters are not allowed',
        [{ path: 'title', message: 'no control or bidirectional characters' }],
      );
    const workstreams = await this.store.governance.workstreams();
    const inWorkstream = workstreams.some((w) => w.code === d.workstream);
    if (!inWorkstream && principal.kind === 'account' && principal.role !== 'secretariat')
      throw new DomainError(
        'conflict',
        `there is no workstream '${d.workstream}' to propose in: the secretariat creates it on the workstreams page`,
      );
    const title = (input.title?.trim() || `Resolve: ${d.title}`).slice(0, 200);
    const text = [
      `## Divergence`,
      '',
      d.summary,
      '',
      `Source: ${d.source} (${d.kind}). Members involved: ${d.members.join(', ') || 'none named'}. Severity ${d.severity.toFixed(2)} (${severityLevel(d.severity)}).`,
      '',
      '## Evidence',
      '',
      ...d.evidence.map((e) => `- ${e.label}: ${e.detail}${e.link ? ` <${e.link}>` : ''}`),
      '',
      `Register entry: #/divergences/item?id=${d.id}${d.apiLink ? `; data: ${d.apiLink}` : ''}`,
      '',
      '## Proposed decision',
      '',
      '(to be written)',
    ].join('\n');
    const p = await this.governance.create(principal, {
      title,
      text,
      confidentiality,
      restrictedTo: [],
      workstream: inWorkstream ? d.workstream : null,
      decisionRule: null,
    });
    await this.move(
      d,
      'under_discussion',
      actorOf(principal),
      new Date().toISOString(),
      `proposal ${p.id} opened`,
      p.id,
    );
    return this.get(principal, id);
  }

  /** Links an existing proposal the caller may see and puts the divergence under discussion. */
  async linkProposal(
    principal: Principal,
    id: number,
    proposalId: string,
  ): Promise<DivergenceDetail> {
    requirePermission(principal, 'proposal:write');
    const d = await this.visibleOne(principal, id);
    checkTransition(d, 'under_discussion');
    // Linking puts the divergence under discussion: as opening a proposal, it needs the
    // `propose` right in the divergence's workstream (the secretariat's when none is set up).
    const w = await this.store.governance.workstream(d.workstream);
    const secretariat =
      principal.kind === 'operator' ||
      (principal.kind === 'account' && principal.role === 'secretariat');
    if (!secretariat && (!w || !hasWorkstreamRight(principal, w.participants, 'propose')))
      throw new DomainError(
        'forbidden',
        `your delegation may not propose in the workstream ${d.workstream}`,
      );
    const p = await this.governance.get(principal, proposalId).catch(() => {
      throw new DomainError('not_found', `no proposal '${proposalId}'`, [
        { path: 'proposalId', message: 'no such proposal' },
      ]);
    });
    if (p.state === 'rejected' || p.state === 'withdrawn')
      throw new DomainError('conflict', `proposal ${p.id} was ${p.state}: link a live proposal`, [
        { path: 'proposalId', message: `the proposal is ${p.state}` },
      ]);
    await this.move(
      d,
      'under_discussion',
      actorOf(principal),
      new Date().toISOString(),
      `linked to proposal ${p.id}`,
      p.id,
    );
    return this.get(principal, id);
  }

  /** The alliance decides to live with it (the secretariat's decision, with its reason). */
  async accept(principal: Principal, id: number, note: string): Promise<DivergenceDetail> {
    requirePermission(principal, 'proposal:transition');
    const d = await this.visibleOne(principal, id);
    checkNote(note);
    checkTransition(d, 'accepted');
    await this.move(
      d,
      'accepted',
      actorOf(principal),
      new Date().toISOString(),
      note.trim(),
      d.proposalId,
    );
    return this.get(principal, id);
  }

  /** Opens an accepted or resolved divergence again (the secretariat's, with its reason). */
  async reopen(principal: Principal, id: number, note: string): Promise<DivergenceDetail> {
    requirePermission(principal, 'proposal:transition');
    const d = await this.visibleOne(principal, id);
    checkNote(note);
    checkTransition(d, 'open');
    await this.move(d, 'open', actorOf(principal), new Date().toISOString(), note.trim(), null);
    return this.get(principal, id);
  }
}

/** `text` without the id of a proposal the caller may not see. */
function unnamed(text: string, proposalId: string): string {
  return text.split(proposalId).join('(not shown)');
}

function checkNote(note: string): void {
  if (note.trim() === '')
    throw new DomainError('validation_failed', 'note: say why', [
      { path: 'note', message: 'required' },
    ]);
  if (note.length > 2000)
    throw new DomainError('validation_failed', 'note: must be at most 2000 characters', [
      { path: 'note', message: 'at most 2000 characters' },
    ]);
  if (UNPRINTABLE_IN_TEXT.test(note))
    throw new DomainError(
      'validation_failed',
      'note: control and bidirectional characters are not allowed',
      [{ path: 'note', message: 'no control or bidirectional characters' }],
    );
}

/** Each member's latest report on one proposal. */
function latestReports(
  reports: readonly StoredReport[],
  proposalId: string,
): { member: string; status: StoredReport['status'] }[] {
  const latest = new Map<string, StoredReport>();
  for (const r of reports)
    if (r.proposalId === proposalId) {
      const seen = latest.get(r.member);
      if (!seen || seen.date < r.date || (seen.date === r.date && seen.reportedAt < r.reportedAt))
        latest.set(r.member, r);
    }
  return [...latest.values()].map((r) => ({ member: r.member, status: r.status }));
}

/** A measure as the history shows it: a count as is, a share to three decimals. */
const measureText = (m: number): string =>
  Number.isInteger(m) ? String(m) : String(Math.round(m * 1000) / 1000);
