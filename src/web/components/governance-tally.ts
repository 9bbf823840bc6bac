// The vote on a proposal: the caller's ballot buttons, and the tally as the API explains it — the
// counts, each threshold (required, actual, met, by how much), the explanation sentences, whether
// the outcome is decided, each member's ballot, and the partners' advisory ballots apart.
import { describeRule } from '../../core/governance/decision-rule.ts';
import { h } from '../element.ts';
import type { BallotChoice, StoredBallot, TallyThreshold, TallyView } from '../governance-types.ts';
import { CHOICE_LABELS, plural, STATE_LABELS, when, windowText } from './governance-labels.ts';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A threshold's figure in its unit: `3 members`, `55%`, `62.5% of the weight`. */
function amount(t: TallyThreshold, x: number): string {
  switch (t.unit) {
    case 'members':
      return plural(x, 'member');
    case 'percent':
      return `${number.format(x)}% of members`;
    case 'weight':
      return `${number.format(x)}% of the weight`;
    case 'objections':
      return plural(x, 'objection');
    case 'abstentions':
      return plural(x, 'abstention');
  }
}

/** How far a threshold is met (+) or missed (−), in its unit (percentage points for shares). */
function margin(t: TallyThreshold): string {
  const sign = t.margin > 0 ? '+' : t.margin < 0 ? '−' : '±';
  const x = Math.abs(t.margin);
  const unit =
    t.unit === 'percent' || t.unit === 'weight' ? `${number.format(x)} pp` : `${number.format(x)}`;
  return `${sign}${unit}`;
}

function thresholdsTable(thresholds: readonly TallyThreshold[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll gov-table' },
    h(
      'table',
      { class: 'data-table gov-thresholds', id: 'tally-thresholds' },
      h('caption', { class: 'visually-hidden' }, 'Thresholds of the decision rule'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Threshold'),
          h('th', { scope: 'col' }, 'Required'),
          h('th', { scope: 'col' }, 'Actual'),
          h('th', { scope: 'col' }, 'Met'),
          h('th', { scope: 'col', class: 'num gov-margin-col' }, 'Margin'),
        ),
      ),
      h(
        'tbody',
        {},
        thresholds.map((t) =>
          h(
            'tr',
            { 'data-threshold': t.name, class: t.met ? 'gov-met' : 'gov-missed' },
            h('th', { scope: 'row' }, t.name),
            h('td', {}, `${t.direction} ${amount(t, t.required)}`),
            h('td', {}, amount(t, t.actual)),
            h(
              'td',
              {},
              h(
                'span',
                { class: `badge ${t.met ? 'gov-yes' : 'gov-no'}` },
                t.met ? 'Met' : 'Not met',
              ),
              // Phones show the margin here instead of in its own column.
              h('span', { class: 'gov-margin-inline' }, margin(t)),
            ),
            h('td', { class: 'num gov-margin-col' }, margin(t)),
          ),
        ),
      ),
    ),
  );
}

function ballotsTable(view: TallyView, myDelegation: string | null): HTMLElement {
  const byDelegation = new Map(
    view.ballots.filter((b) => !b.advisory).map((b) => [b.delegation, b]),
  );
  return h(
    'div',
    { class: 'table-scroll gov-table' },
    h(
      'table',
      { class: 'data-table gov-ballots', id: 'tally-ballots' },
      h('caption', { class: 'visually-hidden' }, 'Each member delegation’s ballot'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Member'),
          h('th', { scope: 'col' }, 'Ballot'),
          h('th', { scope: 'col' }, 'Cast'),
        ),
      ),
      h(
        'tbody',
        {},
        view.members.map((m) => {
          const b = byDelegation.get(m);
          return h(
            'tr',
            { 'data-member': m, class: m === myDelegation ? 'gov-mine' : '' },
            h('th', { scope: 'row', class: 'code' }, m, m === myDelegation ? ' (you)' : ''),
            h(
              'td',
              {},
              b
                ? h('span', { class: `badge gov-${b.choice}` }, CHOICE_LABELS[b.choice])
                : h('span', { class: 'muted' }, 'not voted'),
            ),
            h('td', { class: 'field-hint' }, b ? when(b.castAt) : ''),
          );
        }),
      ),
    ),
  );
}

function advisoryBlock(view: TallyView): HTMLElement | null {
  const advisory = view.ballots.filter((b) => b.advisory);
  if (advisory.length === 0) return null;
  const a = view.tally.advisory;
  return h(
    'div',
    { class: 'gov-advisory', id: 'tally-advisory' },
    h('h3', {}, 'Advisory ballots (partners; never counted)'),
    h('p', {}, `${a.yes} yes, ${a.no} no, ${a.abstain} abstained.`),
    h(
      'ul',
      { class: 'gov-inline-list' },
      advisory.map((b: StoredBallot) =>
        h(
          'li',
          {},
          h('span', { class: 'code' }, b.delegation),
          ' ',
          h('span', { class: `badge gov-${b.choice}` }, CHOICE_LABELS[b.choice]),
        ),
      ),
    ),
  );
}

/** The tally: outcome line, counts, thresholds, explanation, ballots and advisory ballots. */
export function tallyBlock(view: TallyView, myDelegation: string | null): HTMLElement {
  const t = view.tally;
  const c = t.counts;
  const consensus = view.rule.kind === 'consensus';
  const status = t.final
    ? `Final: the vote closed${view.window ? ` at ${when(view.window.closesAt)}` : ''}.`
    : t.decided
      ? 'Decided: the members yet to vote can no longer change the outcome.'
      : 'Not decided yet: the members yet to vote could still change the outcome.';
  const counts: [string, string, number][] = [
    ['yes', 'Yes', c.yes],
    ['no', 'No', c.no],
    ['abstain', 'Abstained', c.abstain],
    ...(consensus ? ([['object', 'Objected', c.object]] as [string, string, number][]) : []),
    ['not-voted', 'Not voted', c.notVoted],
  ];
  return h(
    'div',
    { class: 'gov-tally', id: 'tally', 'data-outcome': t.outcome, 'data-final': String(t.final) },
    h('p', { class: 'gov-rule-line' }, h('strong', {}, 'Rule: '), describeRule(view.rule)),
    h(
      'p',
      { class: `gov-outcome gov-outcome-${t.outcome}`, id: 'tally-outcome' },
      h('span', { class: 'gov-outcome-label' }, t.final ? 'Outcome' : 'If the vote closed now'),
      h('span', { class: `badge gov-state gov-state-${t.outcome}` }, STATE_LABELS[t.outcome]),
    ),
    h('p', { class: `gov-decided ${t.decided ? 'is-decided' : ''}`, id: 'tally-decided' }, status),
    h(
      'dl',
      {
        class: 'gov-counts',
        id: 'tally-counts',
        'aria-label': `Ballots of ${plural(c.members, 'member')}`,
      },
      counts.map(([key, label, n]) =>
        h(
          'div',
          { class: `gov-count-${key}`, 'data-count': key },
          h('dt', {}, label),
          h('dd', {}, n),
        ),
      ),
      h('div', { class: 'gov-count-members' }, h('dt', {}, 'Members'), h('dd', {}, c.members)),
    ),
    t.weights
      ? h(
          'p',
          { class: 'field-hint' },
          `Weights (${t.weights.basis}): yes ${number.format((100 * t.weights.yes) / t.weights.total)}% of the total, no ${number.format((100 * t.weights.no) / t.weights.total)}%, not voted ${number.format((100 * t.weights.notVoted) / t.weights.total)}%.`,
        )
      : null,
    h('h3', {}, 'Thresholds'),
    thresholdsTable(t.thresholds),
    h('h3', {}, 'Why'),
    h(
      'ol',
      { class: 'gov-explanation', id: 'tally-explanation' },
      t.explanation.map((s) => h('li', {}, s)),
    ),
    h('h3', {}, 'Ballots'),
    ballotsTable(view, myDelegation),
    advisoryBlock(view),
  );
}

export interface BallotControlsOptions {
  view: TallyView;
  /** The caller's delegation, whose ballot this is. */
  delegation: string;
  advisory: boolean;
  vote: (choice: BallotChoice) => Promise<void>;
}

/** Yes / No / Abstain (and Object under consensus), the current ballot pressed. */
export function ballotControls(options: BallotControlsOptions): HTMLElement {
  const { view, delegation, advisory } = options;
  const mine = view.ballots.find((b) => b.delegation === delegation);
  const choices: BallotChoice[] =
    view.rule.kind === 'consensus' && !advisory
      ? ['yes', 'no', 'abstain', 'object']
      : ['yes', 'no', 'abstain'];
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  const buttons = choices.map((choice) =>
    h(
      'button',
      {
        type: 'button',
        class: `button gov-ballot-button gov-ballot-${choice}`,
        'data-choice': choice,
        'aria-pressed': String(mine?.choice === choice),
        onClick: () => {
          for (const b of buttons) b.disabled = true;
          error.hidden = true;
          options
            .vote(choice)
            .catch((e: unknown) => {
              error.hidden = false;
              error.textContent = e instanceof Error ? e.message : String(e);
            })
            .finally(() => {
              for (const b of buttons) b.disabled = false;
            });
        },
      },
      CHOICE_LABELS[choice],
    ),
  );
  return h(
    'div',
    { class: 'gov-ballot', id: 'ballot' },
    h(
      'p',
      {},
      advisory
        ? `Your delegation (${delegation}) votes in an advisory capacity: shown apart, never counted.`
        : `Your delegation’s ballot (${delegation}):`,
      ' ',
      mine
        ? h(
            'span',
            { id: 'my-ballot' },
            `you voted `,
            h('strong', {}, CHOICE_LABELS[mine.choice].toLowerCase()),
            ` (${when(mine.castAt)}); you may change it until the vote closes.`,
          )
        : h('span', { id: 'my-ballot' }, 'not cast yet.'),
    ),
    h('div', { class: 'button-row', role: 'group', 'aria-label': 'Your ballot' }, buttons),
    error,
    view.window
      ? h('p', { class: 'field-hint' }, `Voting window: ${windowText(view.window)}.`)
      : null,
  );
}
