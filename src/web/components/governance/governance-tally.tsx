// The vote on a proposal: the caller's ballot buttons, and the tally as the API explains it — the
// counts, each threshold (required, actual, met, by how much), the explanation sentences, whether
// the outcome is decided, each member's ballot, and the partners' advisory ballots apart.
import { useMutation } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { describeRule } from '../../../core/governance/decision-rule.ts';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { errorText } from '../../ui/error-text.ts';
import type { BallotChoice, TallyThreshold, TallyView } from './api-types.ts';
import './governance.css';

type T = ReturnType<typeof useT>;

/** "12 Mar 2026, 14:05" in the reader's locale and time zone. */
export function useWhen(): (iso: string, exact?: boolean) => string {
  const intl = useIntl();
  return (iso, exact = false) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: exact ? 'medium' : 'short' });
}

/** A threshold's figure in its unit: `3 members`, `55% of members`, `62.5% of the weight`. */
function amount(t: T, th: TallyThreshold, x: number, fmt: (n: number) => string): string {
  return t(`gov.tally.unit.${th.unit}`, { n: x, x: fmt(x) });
}

/** How far a threshold is met (+) or missed (−), in its unit (percentage points for shares). */
function margin(th: TallyThreshold, fmt: (n: number) => string): string {
  const sign = th.margin > 0 ? '+' : th.margin < 0 ? '−' : '±';
  const x = fmt(Math.abs(th.margin));
  return `${sign}${th.unit === 'percent' || th.unit === 'weight' ? `${x} pp` : x}`;
}

/** The tally: outcome line, counts, thresholds, explanation, ballots and advisory ballots. */
export function TallyBlock({
  view,
  myDelegation,
}: {
  view: TallyView;
  myDelegation: string | null;
}) {
  const t = useT();
  const intl = useIntl();
  const when = useWhen();
  const fmt = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 2 });
  const tally = view.tally;
  const c = tally.counts;
  const status = tally.final
    ? view.window
      ? t('gov.tally.finalAt', { at: when(view.window.closesAt) })
      : t('gov.tally.final')
    : tally.decided
      ? t('gov.tally.decided')
      : t('gov.tally.undecided');
  const counts: [string, string, number][] = [
    ['yes', t('gov.tally.count.yes'), c.yes],
    ['no', t('gov.tally.count.no'), c.no],
    ['abstain', t('gov.tally.count.abstain'), c.abstain],
    ...(view.rule.kind === 'consensus'
      ? ([['object', t('gov.tally.count.object'), c.object]] as [string, string, number][])
      : []),
    ['not-voted', t('gov.tally.count.notVoted'), c.notVoted],
  ];
  const thresholdColumns: Column<TallyThreshold>[] = [
    { id: 'name', header: t('gov.tally.col.threshold'), value: (r) => r.name, key: true },
    {
      id: 'required',
      header: t('gov.tally.col.required'),
      value: (r) => `${r.direction} ${amount(t, r, r.required, fmt)}`,
    },
    { id: 'actual', header: t('gov.tally.col.actual'), value: (r) => amount(t, r, r.actual, fmt) },
    {
      id: 'met',
      header: t('gov.tally.col.met'),
      value: (r) => (r.met ? t('gov.tally.met') : t('gov.tally.notMet')),
      cell: (r) => (
        <>
          <span className={`badge ${r.met ? 'gov-yes' : 'gov-no'}`}>
            {r.met ? t('gov.tally.met') : t('gov.tally.notMet')}
          </span>
          {/* Phones show the margin here instead of in its own column. */}
          <span className="gov-margin-inline">{margin(r, fmt)}</span>
        </>
      ),
    },
    {
      id: 'margin',
      header: t('gov.tally.col.margin'),
      value: (r) => margin(r, fmt),
      numeric: true,
    },
  ];
  const byDelegation = new Map(
    view.ballots.filter((b) => !b.advisory).map((b) => [b.delegation, b]),
  );
  const ballotColumns: Column<string>[] = [
    {
      id: 'member',
      header: t('gov.tally.col.member'),
      value: (m) => m,
      key: true,
      cell: (m) => (
        <span className="code">
          {m}
          {m === myDelegation ? t('gov.tally.you') : ''}
        </span>
      ),
    },
    {
      id: 'ballot',
      header: t('gov.tally.col.ballot'),
      value: (m) => {
        const b = byDelegation.get(m);
        return b ? t(`gov.choice.${b.choice}`) : t('gov.tally.notVoted');
      },
      cell: (m) => {
        const b = byDelegation.get(m);
        return b ? (
          <span className={`badge gov-${b.choice}`}>{t(`gov.choice.${b.choice}`)}</span>
        ) : (
          <span className="muted">{t('gov.tally.notVoted')}</span>
        );
      },
    },
    {
      id: 'cast',
      header: t('gov.tally.col.cast'),
      value: (m) => {
        const b = byDelegation.get(m);
        return b ? when(b.castAt) : '';
      },
    },
  ];
  const advisory = view.ballots.filter((b) => b.advisory);
  const w = tally.weights;
  return (
    <div
      className="gov-tally"
      id="tally"
      data-outcome={tally.outcome}
      data-final={String(tally.final)}
    >
      <p className="gov-rule-line">
        <strong>{t('gov.tally.rule')}</strong> {describeRule(view.rule)}
      </p>
      <p className={`gov-outcome gov-outcome-${tally.outcome}`} id="tally-outcome">
        <span className="gov-outcome-label">
          {tally.final ? t('gov.tally.outcome') : t('gov.tally.ifClosedNow')}
        </span>
        <span className={`badge gov-state gov-state-${tally.outcome}`}>
          {t(`gov.state.${tally.outcome}`)}
        </span>
      </p>
      <p className={`gov-decided ${tally.decided ? 'is-decided' : ''}`} id="tally-decided">
        {status}
      </p>
      <dl
        className="gov-counts"
        id="tally-counts"
        aria-label={t('gov.tally.countsLabel', { n: c.members })}
      >
        {counts.map(([key, label, n]) => (
          <div key={key} className={`gov-count-${key}`} data-count={key}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
        <div className="gov-count-members">
          <dt>{t('gov.tally.count.members')}</dt>
          <dd>{c.members}</dd>
        </div>
      </dl>
      {w && (
        <p className="field-hint">
          {t('gov.tally.weights', {
            basis: w.basis,
            yes: fmt((100 * w.yes) / w.total),
            no: fmt((100 * w.no) / w.total),
            notVoted: fmt((100 * w.notVoted) / w.total),
          })}
        </p>
      )}
      <h3>{t('gov.tally.thresholds')}</h3>
      <div id="tally-thresholds">
        <DataTable
          rows={tally.thresholds}
          columns={thresholdColumns}
          caption={t('gov.tally.thresholdsCaption')}
          csvName="thresholds"
          className="gov-thresholds"
          label={t('gov.tally.thresholds')}
          rowKey={(r) => r.name}
          rowProps={(r) => ({
            'data-threshold': r.name,
            className: r.met ? 'gov-met' : 'gov-missed',
          })}
          filterable={false}
        />
      </div>
      <h3>{t('gov.tally.why')}</h3>
      <ol className="gov-explanation" id="tally-explanation">
        {tally.explanation.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <h3>{t('gov.tally.ballots')}</h3>
      <div id="tally-ballots">
        <DataTable
          rows={view.members}
          columns={ballotColumns}
          caption={t('gov.tally.ballotsCaption')}
          csvName="ballots"
          className="gov-ballots"
          label={t('gov.tally.ballots')}
          rowKey={(m) => m}
          rowProps={(m) => ({ 'data-member': m })}
          filterable={false}
        />
      </div>
      {advisory.length > 0 && (
        <div className="gov-advisory" id="tally-advisory">
          <h3>{t('gov.tally.advisory')}</h3>
          <p>
            {t('gov.tally.advisoryCounts', {
              yes: tally.advisory.yes,
              no: tally.advisory.no,
              abstain: tally.advisory.abstain,
            })}
          </p>
          <ul className="gov-inline-list">
            {advisory.map((b) => (
              <li key={b.delegation}>
                <span className="code">{b.delegation}</span>{' '}
                <span className={`badge gov-${b.choice}`}>{t(`gov.choice.${b.choice}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Yes / No / Abstain (and Object under consensus), the current ballot pressed. */
export function BallotControls({
  proposalId,
  view,
  delegation,
  advisory,
  onVoted,
}: {
  proposalId: string;
  view: TallyView;
  /** The caller's delegation, whose ballot this is. */
  delegation: string;
  advisory: boolean;
  /** The tally the ballot answered with. */
  onVoted: (tally: TallyView) => void;
}) {
  const t = useT();
  const when = useWhen();
  const vote = useMutation({
    mutationFn: (choice: BallotChoice) =>
      data(
        api.POST('/api/v1/proposals/{id}/ballot', {
          params: { path: { id: proposalId } },
          body: { choice },
        }),
      ),
    onSuccess: (tally, choice) => {
      announce(t('gov.ballot.done', { choice: t(`gov.choice.${choice}`) }));
      onVoted(tally);
    },
  });
  const mine = view.ballots.find((b) => b.delegation === delegation);
  const choices: BallotChoice[] =
    view.rule.kind === 'consensus' && !advisory
      ? ['yes', 'no', 'abstain', 'object']
      : ['yes', 'no', 'abstain'];
  return (
    <div className="gov-ballot" id="ballot">
      <p>
        {advisory
          ? t('gov.ballot.advisory', { delegation })
          : t('gov.ballot.yours', { delegation })}{' '}
        <span id="my-ballot">
          {mine
            ? t('gov.ballot.cast', {
                choice: t(`gov.choice.${mine.choice}`).toLowerCase(),
                at: when(mine.castAt),
              })
            : t('gov.ballot.notCast')}
        </span>
      </p>
      <div className="button-row" role="group" aria-label={t('gov.ballot.group')}>
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`button gov-ballot-button gov-ballot-${choice}`}
            data-choice={choice}
            aria-pressed={mine?.choice === choice}
            disabled={vote.isPending}
            onClick={() => vote.mutate(choice)}
          >
            {t(`gov.choice.${choice}`)}
          </button>
        ))}
      </div>
      {vote.isError && (
        <p className="field-error" role="alert">
          {errorText(t, vote.error)}
        </p>
      )}
      {view.window && (
        <p className="field-hint">
          {t('gov.ballot.window', {
            opens: when(view.window.opensAt, true),
            closes: when(view.window.closesAt, true),
          })}
        </p>
      )}
    </div>
  );
}
