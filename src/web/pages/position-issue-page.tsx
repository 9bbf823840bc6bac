// One policy issue (`#/positions/issue?id=ai-chip-controls`): its options as an ordered scale with
// the agreed option (and the proposal that adopted it) marked, every member's current and pending
// position on that scale, the evidence instruments linked to the registry, warnings for pending
// positions that move away from the agreed option, and the history. A member delegate records its
// delegation's position here (the secretariat any member's); the secretariat sets the agreed option.
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, ApiError, data } from '../api/client.ts';
import { useSession } from '../components/governance/use-session.ts';
import { usePolicyLabels } from '../components/policies/labels.ts';
import {
  CONFIDENTIALITIES,
  mayAdministerIssues,
  mayRecordPosition,
  percent,
  useIssue,
  useIssueHistory,
  type Confidentiality,
  type HistoryEntry,
  type IssueDetail,
  type IssuePosition,
} from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import type { Me } from '../session.ts';
import { signInHref } from '../session.ts';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { instrumentHref, type IssueSearch } from './policies-search.ts';

export function PositionIssuePage() {
  const t = useT();
  const { id }: IssueSearch = useSearch({ from: '/positions/issue' });
  const me = useSession().data;
  const who = me?.account?.id ?? 'anonymous';
  const issue = useIssue(id, who);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/positions">{t('positions.title')}</a>
      </p>
      {id === undefined ? (
        <>
          <PageHeading title={t('positions.issue.what')} />
          <p className="notice">{t('positions.issue.missing')}</p>
        </>
      ) : (
        <QueryState
          query={issue}
          what={t('positions.issue.what')}
          errorTitle={t('positions.issue.error')}
        >
          {(d) => <Issue d={d} me={me} who={who} />}
        </QueryState>
      )}
    </>
  );
}

function Issue({ d, me, who }: { d: IssueDetail; me: Me | undefined; who: string }) {
  const t = useT();
  const intl = useIntl();
  const recorder = mayRecordPosition(me);
  const admin = mayAdministerIssues(me);
  const date = (s: string | null) =>
    s ? intl.formatDate(s, { dateStyle: 'medium', timeZone: 'UTC' }) : '–';
  return (
    <>
      <PageHeading title={d.title} />
      <p className="lede">
        <span className="badge">{d.workstream}</span> {d.description}
      </p>
      {d.warnings.length > 0 && (
        <section
          className="notice issue-warnings"
          id="issue-warnings"
          aria-labelledby="issue-warnings-heading"
        >
          <h2 id="issue-warnings-heading" className="notice-title">
            {t('positions.issue.warnings')}
          </h2>
          <ul>
            {d.warnings.map((w) => (
              <li key={w.member} data-member={w.member}>
                {t('positions.issue.warning', {
                  member: w.member,
                  option: d.options[w.option] ?? String(w.option),
                  date: date(w.expectedDate),
                  pending: percent(w.pendingDistance),
                  current: percent(w.currentDistance),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="analysis" aria-labelledby="issue-scale-heading">
        <h2 id="issue-scale-heading" className="visually-hidden">
          {t('positions.issue.scale')}
        </h2>
        {d.agreedOption !== null && (
          <p className="note" id="issue-agreed">
            {t('positions.issue.agreedBy', {
              title: d.agreedByTitle ?? d.agreedBy ?? '–',
            })}
            {': '}
            <strong>{d.options[d.agreedOption]}</strong>
            {d.agreedBy && (
              <>
                {' '}
                <a href={`#/proposals/${encodeURIComponent(d.agreedBy)}`}>{d.agreedBy}</a>
              </>
            )}
          </p>
        )}
        <Scale d={d} />
      </section>
      <section className="analysis" aria-labelledby="issue-positions-heading">
        <h2 id="issue-positions-heading">{t('positions.issue.positions')}</h2>
        {d.positions.length === 0 ? (
          <p className="notice" id="issue-no-positions">
            {t('positions.issue.noPositions')}
          </p>
        ) : (
          <PositionsTable d={d} admin={admin} />
        )}
      </section>
      {recorder ? (
        <RecordForm d={d} me={me!} />
      ) : (
        <p className="field-hint" id="record-who">
          {t('positions.record.who')}{' '}
          {me?.account ? null : <a href={signInHref()}>{t('positions.signIn')}</a>}
        </p>
      )}
      {admin && <AgreeForm d={d} />}
      <History id={d.id} options={d.options} who={who} />
    </>
  );
}

/** `text` broken into lines of at most about `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Options across, members down: a filled dot where a member stands, a ring where it is heading. */
function Scale({ d }: { d: IssueDetail }) {
  const t = useT();
  const members = [...new Set(d.positions.map((p) => p.member))].sort();
  const byMember = new Map<string, { current?: IssuePosition; pending?: IssuePosition }>();
  for (const p of d.positions) {
    const m = byMember.get(p.member) ?? {};
    m[p.status] = p;
    byMember.set(p.member, m);
  }
  const n = d.options.length;
  const left = 60;
  const colW = 150;
  const W = left + n * colW + 10;
  const headH = 64;
  const rowH = 26;
  const H = headH + Math.max(1, members.length) * rowH + 10;
  const x = (o: number) => left + o * colW + colW / 2;
  return (
    <ChartFrame
      title={t('positions.issue.scale')}
      description={t('positions.issue.scaleDescription')}
      fileName={`issue-${d.id}-positions`}
    >
      <ul className="chart-legend scale-legend">
        <li>
          <span className="scale-dot" aria-hidden="true" /> {t('positions.issue.current')}
        </li>
        <li>
          <span className="scale-ring" aria-hidden="true" />{' '}
          {t('positions.issue.statusValue.pending')}
        </li>
        {d.agreedOption !== null && (
          <li>
            <span className="swatch scale-agreed-swatch" aria-hidden="true" />{' '}
            {t('positions.issue.agreed')}
          </li>
        )}
      </ul>
      <div className="table-scroll">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          className="issue-scale"
          role="img"
          aria-label={t('positions.issue.scaleDescription')}
        >
          {d.options.map((o, i) => (
            <g key={i} data-option={i}>
              {i === d.agreedOption && (
                <rect
                  x={left + i * colW + 2}
                  y={0}
                  width={colW - 4}
                  height={H}
                  fill="var(--color-success-bg)"
                  stroke="var(--color-success-line)"
                />
              )}
              <text fontSize="12" fill="var(--color-ink)" textAnchor="middle">
                {wrap(`${i + 1}. ${o}`, 22)
                  .slice(0, 4)
                  .map((l, k) => (
                    <tspan key={k} x={x(i)} y={16 + k * 14}>
                      {l}
                    </tspan>
                  ))}
              </text>
              <line x1={x(i)} x2={x(i)} y1={headH} y2={H - 6} stroke="var(--color-line-subtle)" />
            </g>
          ))}
          {members.map((m, r) => {
            const cy = headH + r * rowH + rowH / 2;
            const p = byMember.get(m)!;
            return (
              <g key={m} data-member={m}>
                <text x={6} y={cy} dy="0.32em" fontSize="12" fill="var(--color-ink)">
                  {m}
                </text>
                <line x1={left} x2={W - 10} y1={cy} y2={cy} stroke="var(--color-line-subtle)" />
                {p.current && p.pending && (
                  <line
                    x1={x(p.current.option)}
                    x2={x(p.pending.option)}
                    y1={cy}
                    y2={cy}
                    stroke="var(--color-caution-line)"
                    strokeWidth="2"
                    strokeDasharray="4 3"
                  />
                )}
                {p.current && (
                  <circle cx={x(p.current.option)} cy={cy} r={7} fill="var(--color-accent)">
                    <title>{`${m}: ${p.current.optionLabel} (${t('positions.issue.current')})`}</title>
                  </circle>
                )}
                {p.pending && (
                  <circle
                    cx={x(p.pending.option)}
                    cy={cy}
                    r={7}
                    fill="var(--color-surface)"
                    stroke="var(--color-caution-line)"
                    strokeWidth="2.5"
                  >
                    <title>
                      {`${m}: ${p.pending.optionLabel} (${t('positions.issue.pending', { date: p.pending.expectedDate ?? '–' })})`}
                    </title>
                  </circle>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFrame>
  );
}

function PositionsTable({ d, admin }: { d: IssueDetail; admin: boolean }) {
  const t = useT();
  const intl = useIntl();
  const withdraw = useMutation({
    mutationFn: (p: IssuePosition) =>
      data(
        api.POST('/api/v1/positions/issues/{id}/withdraw', {
          params: { path: { id: d.id } },
          body: { member: p.member, status: p.status },
        }),
      ),
  });
  const date = (s: string | null) =>
    s ? intl.formatDate(s, { dateStyle: 'medium', timeZone: 'UTC' }) : '';
  const rows = [...d.positions].sort(
    (a, b) => a.member.localeCompare(b.member) || a.status.localeCompare(b.status),
  );
  return (
    <>
      <DataTable<IssuePosition>
        rows={rows}
        columns={[
          {
            id: 'member',
            header: t('positions.issue.col.member'),
            key: true,
            value: (p) => p.member,
          },
          {
            id: 'status',
            header: t('positions.issue.col.status'),
            value: (p) => t(`positions.issue.statusValue.${p.status}`),
          },
          {
            id: 'option',
            header: t('positions.issue.col.option'),
            value: (p) => `${p.option + 1}. ${p.optionLabel}`,
          },
          {
            id: 'fromAgreed',
            header: t('positions.issue.col.fromAgreed'),
            numeric: true,
            value: (p) => p.fromAgreed,
            cell: (p) => percent(p.fromAgreed),
          },
          {
            id: 'expected',
            header: t('positions.issue.col.expected'),
            value: (p) => p.expectedDate,
            cell: (p) => date(p.expectedDate),
          },
          {
            id: 'evidence',
            header: t('positions.issue.col.evidence'),
            value: (p) => p.evidence.join(' '),
            cell: (p) => (
              <ul className="policies-inline">
                {p.evidence.map((e) => (
                  <li key={e}>
                    <a href={instrumentHref(e)}>{d.evidence[e] ?? e}</a>
                  </li>
                ))}
              </ul>
            ),
          },
          { id: 'note', header: t('positions.issue.col.note'), value: (p) => p.note },
          {
            id: 'recorded',
            header: t('positions.issue.col.recorded'),
            value: (p) => p.recordedAt,
            cell: (p) =>
              `${intl.formatDate(p.recordedAt, { dateStyle: 'medium' })} · ${p.recordedBy}`,
            visible: false,
          },
          ...(admin
            ? [
                {
                  id: 'withdraw',
                  header: t('positions.issue.withdraw'),
                  value: () => null,
                  cell: (p: IssuePosition) => (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('positions.issue.withdrawLabel', {
                        member: p.member,
                        status: t(`positions.issue.statusValue.${p.status}`),
                      })}
                      disabled={withdraw.isPending}
                      onClick={() => withdraw.mutate(p)}
                    >
                      {t('positions.issue.withdraw')}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
        caption={t('positions.issue.positionsCaption')}
        csvName={`issue-${d.id}-positions`}
        label={t('positions.issue.positions')}
        rowKey={(p) => `${p.member}-${p.status}`}
        rowProps={(p) => ({
          'data-member': p.member,
          'data-status': p.status,
          'data-option': String(p.option),
        })}
        filterable={false}
        className="issue-positions"
      />
      {withdraw.error && (
        <ErrorNotice title={t('positions.issue.withdraw')} error={withdraw.error} />
      )}
    </>
  );
}

function RecordForm({ d, me }: { d: IssueDetail; me: Me }) {
  const t = useT();
  const labels = usePolicyLabels();
  const secretariat = me.account?.role === 'secretariat';
  const [member, setMember] = useState('');
  const [option, setOption] = useState('');
  const [status, setStatus] = useState<'current' | 'pending'>('current');
  const [expectedDate, setExpectedDate] = useState('');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality | ''>('');
  const names = {
    member: t('positions.record.member'),
    option: t('positions.record.option'),
    status: t('positions.record.status'),
    expectedDate: t('positions.record.expectedDate'),
    evidence: t('positions.record.evidence'),
    note: t('positions.record.note'),
    confidentiality: t('positions.record.confidentiality'),
  };
  const record = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/positions/issues/{id}/positions', {
          params: { path: { id: d.id } },
          body: {
            ...(secretariat ? { member: member.trim().toUpperCase() } : {}),
            option: option === '' ? '' : Number(option),
            status,
            expectedDate: status === 'pending' ? expectedDate || null : null,
            evidence: evidence
              .split(/[\n,]/)
              .map((e) => e.trim())
              .filter((e) => e !== ''),
            note: note.trim(),
            ...(confidentiality ? { confidentiality } : {}),
          },
        }),
      ),
    onSuccess: () => {
      announce(
        t('positions.record.saved', {
          member: secretariat ? member.toUpperCase() : (me.account?.delegation ?? ''),
        }),
      );
      setNote('');
    },
  });
  const errors = record.error instanceof ApiError ? fieldErrors(record.error.issues) : {};
  const issueOf = (path: string) =>
    Object.entries(errors)
      .filter(([p]) => p === path || p.startsWith(`${path}.`))
      .map(([, m]) => m)
      .join('; ') || null;
  const known = new Set(Object.keys(names));
  const otherError =
    record.error &&
    !(
      record.error instanceof ApiError &&
      record.error.issues.some((i) => known.has(i.path.split('.')[0]!))
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  return (
    <section className="analysis" aria-labelledby="record-heading">
      <h2 id="record-heading">
        {secretariat
          ? t('positions.record.titleFor')
          : `${t('positions.record.title')} (${me.account?.delegation ?? ''})`}
      </h2>
      <form className="policies-form" id="record-form" onSubmit={submit} noValidate>
        <div className="controls">
          {secretariat && (
            <Field label={names.member} error={issueOf('member')} className="field-narrow">
              <input
                id="record-member"
                type="text"
                required
                maxLength={3}
                autoComplete="off"
                spellCheck={false}
                value={member}
                onChange={(e) => setMember(e.target.value.toUpperCase())}
              />
            </Field>
          )}
          <Field label={names.option} error={issueOf('option')}>
            <select
              id="record-option"
              required
              value={option}
              onChange={(e) => setOption(e.target.value)}
            >
              <option value="">–</option>
              {d.options.map((o, i) => (
                <option key={i} value={i}>
                  {`${i + 1}. ${o}`}
                </option>
              ))}
            </select>
          </Field>
          <Field label={names.status} error={issueOf('status')}>
            <select
              id="record-status"
              value={status}
              onChange={(e) => setStatus(e.target.value as 'current' | 'pending')}
            >
              <option value="current">{t('positions.issue.statusValue.current')}</option>
              <option value="pending">{t('positions.issue.statusValue.pending')}</option>
            </select>
          </Field>
          {status === 'pending' && (
            <Field
              label={names.expectedDate}
              hint={t('positions.record.expectedHint')}
              error={issueOf('expectedDate')}
            >
              <input
                id="record-expected"
                type="date"
                required
                value={expectedDate}
                onChange={(e) => setExpectedDate(e.target.value)}
              />
            </Field>
          )}
          <Field label={names.confidentiality} error={issueOf('confidentiality')}>
            <select
              id="record-confidentiality"
              value={confidentiality}
              onChange={(e) => setConfidentiality(e.target.value as Confidentiality | '')}
            >
              <option value="">
                {t('positions.record.confDefault', {
                  level: labels.confidentiality(d.confidentiality),
                })}
              </option>
              {CONFIDENTIALITIES.map((c) => (
                <option key={c} value={c}>
                  {labels.confidentiality(c)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field
          label={names.evidence}
          hint={t('positions.record.evidenceHint')}
          error={issueOf('evidence')}
          className="field-wide"
        >
          <textarea
            id="record-evidence"
            rows={2}
            spellCheck={false}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </Field>
        <Field label={names.note} error={issueOf('note')} className="field-wide">
          <textarea
            id="record-note"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        {otherError && (
          <ErrorNotice title={t('positions.record.title')} error={record.error} labels={names} />
        )}
        <button type="submit" className="button" disabled={record.isPending}>
          {t('positions.record.submit')}
        </button>
        {record.isSuccess && !record.isPending && (
          <p className="notice notice-success" id="record-saved" role="status">
            {t('positions.record.saved', {
              member: secretariat ? member.toUpperCase() : (me.account?.delegation ?? ''),
            })}
          </p>
        )}
      </form>
    </section>
  );
}

function AgreeForm({ d }: { d: IssueDetail }) {
  const t = useT();
  const [option, setOption] = useState(d.agreedOption === null ? '' : String(d.agreedOption));
  const [proposal, setProposal] = useState(d.agreedBy ?? '');
  const names = { option: t('positions.agree.option'), proposalId: t('positions.agree.proposal') };
  const agree = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/v1/positions/issues/{id}/agreed', {
          params: { path: { id: d.id } },
          body: {
            option: option === '' ? null : Number(option),
            proposalId: proposal.trim() || null,
          },
        }),
      ),
    onSuccess: () => announce(t('positions.agree.saved')),
  });
  const errors = agree.error instanceof ApiError ? fieldErrors(agree.error.issues) : {};
  return (
    <section className="analysis" aria-labelledby="agree-heading">
      <h2 id="agree-heading">{t('positions.agree.title')}</h2>
      <form
        className="controls"
        id="agree-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          agree.mutate();
        }}
      >
        <Field label={names.option} error={errors.option ?? null}>
          <select id="agree-option" value={option} onChange={(e) => setOption(e.target.value)}>
            <option value="">{t('positions.agree.noneOption')}</option>
            {d.options.map((o, i) => (
              <option key={i} value={i}>
                {`${i + 1}. ${o}`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={names.proposalId} error={errors.proposalId ?? null}>
          <input
            id="agree-proposal"
            type="text"
            maxLength={100}
            spellCheck={false}
            value={proposal}
            onChange={(e) => setProposal(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={agree.isPending}>
          {t('positions.agree.submit')}
        </button>
      </form>
      {agree.error && !(agree.error instanceof ApiError && agree.error.issues.length > 0) && (
        <ErrorNotice title={t('positions.agree.title')} error={agree.error} labels={names} />
      )}
    </section>
  );
}

function History({ id, options, who }: { id: string; options: readonly string[]; who: string }) {
  const t = useT();
  const intl = useIntl();
  const history = useIssueHistory(id, who);
  return (
    <section className="analysis" aria-labelledby="issue-history-heading">
      <h2 id="issue-history-heading">{t('positions.issue.history')}</h2>
      <QueryState
        query={history}
        what={t('positions.issue.history')}
        errorTitle={t('positions.issue.error')}
      >
        {({ items }) => (
          <DataTable<HistoryEntry>
            rows={items}
            columns={[
              {
                id: 'at',
                header: t('positions.issue.col.recorded'),
                key: true,
                value: (h) => h.recordedAt,
                cell: (h) =>
                  intl.formatDate(h.recordedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              },
              { id: 'member', header: t('positions.issue.col.member'), value: (h) => h.member },
              {
                id: 'status',
                header: t('positions.issue.col.status'),
                value: (h) =>
                  `${t(`positions.issue.statusValue.${h.status}`)}${h.withdrawn ? ` (${t('positions.issue.withdrawn')})` : ''}`,
              },
              {
                id: 'option',
                header: t('positions.issue.col.option'),
                value: (h) => `${h.option + 1}. ${options[h.option] ?? ''}`,
              },
              {
                id: 'expected',
                header: t('positions.issue.col.expected'),
                value: (h) => h.expectedDate,
              },
              { id: 'by', header: t('policies.instrument.changedBy'), value: (h) => h.recordedBy },
              { id: 'note', header: t('positions.issue.col.note'), value: (h) => h.note },
            ]}
            caption={t('positions.issue.historyCaption')}
            csvName={`issue-${id}-history`}
            label={t('positions.issue.history')}
            rowKey={(h) => `${h.recordedAt}-${h.member}-${h.status}`}
            filterable={false}
            className="issue-history"
          />
        )}
      </QueryState>
    </section>
  );
}
