// One proposal: its state, confidentiality and workstream; while voting (and after) the caller's
// ballot and the live, self-explaining tally; the secretariat's lifecycle controls; the current
// text with its edit form; every version with the changes between any two; threaded comments;
// its history from the governance event log (who moved it, when).
import { describeRule } from '../../core/governance/decision-rule.ts';
import { ApiError } from '../api-client.ts';
import { historySection } from '../components/audit-history.ts';
import { commentsSection } from '../components/governance-comments.ts';
import {
  consultationApi,
  consultationSection,
  type ConsultationView,
} from '../components/governance-consultation.ts';
import { governanceApi } from '../components/governance-api.ts';
import { versionsSection } from '../components/governance-diff.ts';
import {
  confidentialityBadge,
  STATE_LABELS,
  stateBadge,
  when,
  windowText,
} from '../components/governance-labels.ts';
import { implementationSection } from '../components/governance-implementation.ts';
import { lifecycleSection } from '../components/governance-lifecycle.ts';
import { ballotControls, tallyBlock } from '../components/governance-tally.ts';
import { h } from '../element.ts';
import type {
  Me,
  ProposalComment,
  ProposalVersion,
  ProposalView,
  TallyView,
  Workstream,
} from '../governance-types.ts';
import { announce, errorBlock, isAbort, loadingBlock, notFoundBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser, signInHref } from '../session.ts';

/** How often an open vote's tally is fetched again. */
const POLL_MS = 3000;

interface Loaded {
  view: ProposalView;
  versions: ProposalVersion[];
  comments: ProposalComment[];
  tally: TallyView | Error | null;
  /** Null: the proposal has no consultation (404). */
  consultation: ConsultationView | Error | null;
}

/** Whether the page shows a tally: while voting, and after a vote took place. */
const hasVote = (v: ProposalView): boolean =>
  v.state === 'voting' || (v.votingWindow !== null && v.state !== 'deliberation');

/** Why the reader cannot write here, or null when they can. */
function writeBlocked(me: Me): string | null {
  if (me.kind !== 'account') return 'Sign in to take part.';
  if (!canWrite(me)) return 'Sign in again in this tab to make changes.';
  return null;
}

function factsList(v: ProposalView, workstream: Workstream | undefined): HTMLElement {
  const rule = v.decisionRule ?? workstream?.decisionRule ?? null;
  const fact = (label: string, ...value: (Node | string)[]) =>
    h('div', {}, h('dt', {}, label), h('dd', {}, ...value));
  return h(
    'dl',
    { class: 'facts gov-facts' },
    fact(
      'Workstream',
      v.workstream
        ? h(
            'a',
            { href: `#/proposals?workstream=${encodeURIComponent(v.workstream)}` },
            workstream?.name ?? v.workstream,
          )
        : 'none',
    ),
    fact(
      'Decision rule',
      rule
        ? `${describeRule(rule)}${v.decisionRule ? ' (its own)' : ''}`
        : 'none yet (needed before a vote)',
    ),
    fact('Proposed by', v.authorDelegation ?? 'the secretariat', ` · ${when(v.createdAt)}`),
    fact('Version', `${v.version} · ${when(v.updatedAt)}`),
    v.consultationWindow ? fact('Consultation', windowText(v.consultationWindow)) : null,
    v.votingWindow ? fact('Vote', windowText(v.votingWindow)) : null,
  );
}

function editForm(v: ProposalView, saved: () => Promise<void>, cancel: () => void): HTMLElement {
  const title = h('input', { type: 'text', id: 'edit-title', value: v.title, maxlength: 200 });
  const text = h('textarea', { id: 'edit-text', rows: 14 });
  text.value = v.text;
  const note = h('input', {
    type: 'text',
    id: 'edit-note',
    maxlength: 500,
    placeholder: 'e.g. article 2 narrowed after the consultation',
  });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h(
    'button',
    { type: 'submit', class: 'button' },
    `Save as version ${v.version + 1}`,
  );
  const form = h(
    'form',
    { class: 'gov-form gov-edit-form card', novalidate: true, 'aria-label': 'New version' },
    h('div', { class: 'field gov-field-full' }, h('label', { for: 'edit-title' }, 'Title'), title),
    h('div', { class: 'field gov-field-full' }, h('label', { for: 'edit-text' }, 'Text'), text),
    h(
      'div',
      { class: 'field gov-field-full' },
      h('label', { for: 'edit-note' }, 'What changed (note)'),
      note,
    ),
    h(
      'div',
      { class: 'button-row' },
      submit,
      h('button', { type: 'button', class: 'button button-quiet', onClick: cancel }, 'Cancel'),
    ),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim() || !title.value.trim()) {
      status.replaceChildren(h('p', { class: 'field-error' }, 'Title and text must not be empty.'));
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    governanceApi
      .edit(v.id, {
        ...(title.value.trim() !== v.title ? { title: title.value.trim() } : {}),
        text: text.value,
        note: note.value.trim(),
      })
      .then(async (version) => {
        announce(`Version ${version.version} saved.`);
        await saved();
      })
      .catch((err: unknown) =>
        status.replaceChildren(errorBlock('The new version could not be saved', err)),
      )
      .finally(() => (submit.disabled = false));
  });
  return form;
}

export async function proposalPage({ root, params, signal }: PageContext): Promise<void> {
  const id = params.id ?? '';
  document.title = 'Proposal — techalliance';
  const heading = h('h1', { tabindex: '-1', id: 'proposal-title' }, 'Proposal');
  const head = h('div', { class: 'gov-head' });
  const voting = h('div', {});
  const lifecycle = h('div', {});
  const textSlot = h('div', {});
  const versionsSlot = h('div', {});
  const commentsSlot = h('div', {});
  const historySlot = h('div', {});
  const consultationSlot = h('div', {});
  const implementationSlot = h('div', {});
  const body = h('div', {}, loadingBlock('the proposal'));
  root.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/proposals' }, 'Proposals')),
    heading,
    body,
  );

  let me: Me;
  let workstreams: Workstream[];
  let data: Loaded;
  const fetchTally = async (v: ProposalView): Promise<TallyView | Error | null> => {
    if (!hasVote(v)) return null;
    try {
      return await governanceApi.tally(v.id, signal);
    } catch (e) {
      if (isAbort(e)) throw e;
      return e instanceof Error ? e : new Error(String(e));
    }
  };
  const fetchConsultation = async (): Promise<ConsultationView | Error | null> => {
    try {
      return await consultationApi.view(id, signal);
    } catch (e) {
      if (isAbort(e)) throw e;
      if (e instanceof ApiError && e.notFound) return null;
      return e instanceof Error ? e : new Error(String(e));
    }
  };
  const fetchAll = async (): Promise<Loaded> => {
    const [view, versions, comments] = await Promise.all([
      governanceApi.proposal(id, signal),
      governanceApi.versions(id, signal).then((r) => r.items),
      governanceApi.comments(id, signal).then((r) => r.items),
    ]);
    const [tally, consultation] = await Promise.all([fetchTally(view), fetchConsultation()]);
    return { view, versions, comments, tally, consultation };
  };
  try {
    [me, workstreams, data] = await Promise.all([
      currentUser(),
      governanceApi.workstreams(signal).then((r) => r.items),
      fetchAll(),
    ]);
  } catch (e) {
    if (isAbort(e)) return;
    if (e instanceof ApiError && e.notFound) {
      root.replaceChildren(
        notFoundBlock(
          'Proposal not found',
          'There is no such proposal, or it is not one you may see (drafts and confidential proposals are shown only to those entitled).',
          { href: '#/proposals', label: 'All proposals' },
        ),
      );
      return;
    }
    body.replaceChildren(
      errorBlock('The proposal could not be loaded', e, () => location.reload()),
    );
    return;
  }
  const blocked = writeBlocked(me);
  const myDelegation = me.account?.delegation ?? null;

  // --- rendering ----------------------------------------------------------------------------
  const renderHead = (): void => {
    const v = data.view;
    const w = workstreams.find((x) => x.code === v.workstream);
    document.title = `${v.title} — Proposals — techalliance`;
    heading.textContent = v.title;
    head.replaceChildren(
      h(
        'p',
        { class: 'gov-badges' },
        stateBadge(v.state, 'proposal-state'),
        ' ',
        confidentialityBadge(v.confidentiality, v.restrictedTo),
        ' ',
        w || v.workstream
          ? h('span', { class: 'badge gov-ws-badge' }, w?.name ?? v.workstream ?? '')
          : null,
      ),
      factsList(v, w),
    );
  };

  const renderTally = (tallySlot: HTMLElement): void => {
    const t = data.tally;
    if (t === null) tallySlot.replaceChildren();
    else if (t instanceof Error)
      tallySlot.replaceChildren(errorBlock('The tally could not be shown', t));
    else tallySlot.replaceChildren(tallyBlock(t, myDelegation));
  };

  let tallySlot = h('div', { 'aria-live': 'polite' });
  const renderVoting = (): void => {
    const v = data.view;
    if (!hasVote(v)) {
      voting.replaceChildren();
      return;
    }
    tallySlot = h('div', {});
    renderTally(tallySlot);
    const t = data.tally instanceof Error ? null : data.tally;
    const now = Date.now();
    const w = v.votingWindow;
    const open = t?.open ?? false;
    const notYet = w !== null && now < Date.parse(w.opensAt);
    const closed = w !== null && now >= Date.parse(w.closesAt);
    const mayVote = (v.can.vote || v.can.advisoryVote) && myDelegation !== null && !blocked;
    const status =
      v.state !== 'voting'
        ? `The vote is over: the proposal was ${STATE_LABELS[v.state].toLowerCase()}.`
        : notYet && w
          ? `The vote opens at ${when(w.opensAt)}.`
          : closed
            ? 'The vote has closed. The secretariat records the outcome the final tally gives.'
            : w
              ? `The vote is open until ${when(w.closesAt)}.`
              : 'The vote has no window.';
    voting.replaceChildren(
      h(
        'section',
        { class: 'gov-section gov-voting', 'aria-labelledby': 'voting-heading', id: 'voting' },
        h('h2', { id: 'voting-heading' }, v.state === 'voting' ? 'The vote' : 'The final tally'),
        h('p', { class: 'gov-vote-status', id: 'vote-status' }, status),
        v.state === 'voting' && open && mayVote && t
          ? ballotControls({
              view: t,
              delegation: myDelegation,
              advisory: !v.can.vote,
              vote: async (choice) => {
                data.tally = await governanceApi.vote(v.id, choice);
                announce(`Your ballot: ${choice}. The tally is updated.`);
                renderVoting();
                voting.querySelector<HTMLButtonElement>(`[data-choice="${choice}"]`)?.focus();
              },
            })
          : v.state === 'voting' &&
              open &&
              blocked &&
              (me.kind !== 'account' || v.can.vote || v.can.advisoryVote)
            ? h(
                'p',
                { class: 'field-hint' },
                h('a', { href: signInHref() }, me.kind === 'account' ? 'Sign in again' : 'Sign in'),
                ' to cast your delegation’s ballot.',
              )
            : null,
        tallySlot,
      ),
    );
  };

  const renderLifecycle = (): void => {
    lifecycle.replaceChildren(
      ...(data.view.can.transition && !blocked ? [lifecycleSection(data.view, reloadAll)] : []),
    );
  };

  const renderText = (): void => {
    const v = data.view;
    const editButton =
      v.can.edit && !blocked
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              id: 'edit-open',
              onClick: () => {
                const form = editForm(v, reloadAll, () => {
                  renderText();
                  textSlot.querySelector<HTMLElement>('#edit-open')?.focus();
                });
                textSlot.replaceChildren(form);
                form.querySelector<HTMLTextAreaElement>('#edit-text')?.focus();
              },
            },
            'Edit the text',
          )
        : null;
    textSlot.replaceChildren(
      h(
        'section',
        { class: 'gov-section', 'aria-labelledby': 'text-heading' },
        h(
          'div',
          { class: 'gov-card-head' },
          h('h2', { id: 'text-heading' }, `The text (version ${v.version})`),
          editButton,
        ),
        h('div', { class: 'gov-prose gov-text card', id: 'proposal-text' }, v.text),
      ),
    );
  };

  const renderVersions = (): void => {
    versionsSlot.replaceChildren(versionsSection(id, data.versions, signal));
  };

  const reloadComments = async (): Promise<void> => {
    data.comments = (await governanceApi.comments(id, signal)).items;
    renderComments();
  };
  const renderComments = (): void => {
    const v = data.view;
    commentsSlot.replaceChildren(
      commentsSection({
        proposalId: id,
        comments: data.comments,
        version: v.version,
        canComment: v.can.comment && !blocked,
        noCommentReason:
          blocked ?? 'Your delegation holds no comment right in this proposal’s workstream.',
        reload: reloadComments,
      }),
    );
  };

  const renderConsultation = (): void => {
    consultationSlot.replaceChildren(
      consultationSection({
        proposal: data.view,
        consultation: data.consultation,
        blocked,
        reload: reloadAll,
      }) ?? '',
    );
    implementationSlot.replaceChildren(
      implementationSection(data.view, blocked, myDelegation) ?? '',
    );
  };

  // The proposal's history from the governance event log (fetched again with every reload).
  const renderHistory = (): void => {
    historySlot.replaceChildren(historySection(id, signal));
  };

  const renderAll = (): void => {
    renderHead();
    renderVoting();
    renderLifecycle();
    renderConsultation();
    renderText();
    renderVersions();
    renderComments();
    renderHistory();
  };

  async function reloadAll(): Promise<void> {
    try {
      data = await fetchAll();
    } catch (e) {
      if (isAbort(e)) return;
      body.prepend(errorBlock('The proposal could not be reloaded', e, () => void reloadAll()));
      return;
    }
    renderAll();
    schedule();
  }

  // --- the live tally: fetched again while the vote is open; the page reloads as it closes ----
  let timer: number | undefined;
  const schedule = (): void => {
    window.clearTimeout(timer);
    const w = data.view.votingWindow;
    if (signal.aborted || data.view.state !== 'voting' || !w) return;
    const now = Date.now();
    const opens = Date.parse(w.opensAt);
    const closes = Date.parse(w.closesAt);
    if (now >= closes) return;
    const boundary = now < opens ? opens : closes;
    const wait = Math.max(250, Math.min(POLL_MS, boundary - now + 300));
    timer = window.setTimeout(() => {
      if (signal.aborted) return;
      if (Date.now() >= boundary) {
        void reloadAll();
        return;
      }
      void fetchTally(data.view)
        .then((t) => {
          if (signal.aborted) return;
          data.tally = t;
          renderTally(tallySlot);
        })
        .catch(() => undefined)
        .finally(schedule);
    }, wait);
  };
  signal.addEventListener('abort', () => window.clearTimeout(timer));

  body.replaceChildren(
    head,
    voting,
    implementationSlot,
    lifecycle,
    consultationSlot,
    textSlot,
    versionsSlot,
    commentsSlot,
    historySlot,
  );
  renderAll();
  schedule();
}
