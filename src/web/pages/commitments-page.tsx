// The commitments dashboard: per adopted proposal the members' implementation statuses counted,
// how far they diverge, the coverage of reports and who has not reported; a member × proposal grid
// with each status, its date and evidence; a CSV of the grid.
import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { api, data, type ResponseOf } from '../api/client.ts';
import type { CommitmentStatus } from '../components/governance-implementation.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

type CommitmentsDashboard = ResponseOf<'/api/v1/commitments'>;
type ProposalSummary = CommitmentsDashboard['proposals'][number];

const STATUSES: readonly CommitmentStatus[] = [
  'not_started',
  'in_progress',
  'done',
  'will_not_implement',
];

const proposalHref = (id: string): string => `#/proposals/${encodeURIComponent(id)}`;

/** The status as a coloured badge (the badge names it: never colour alone). */
function CommitmentBadge({ status }: { status: CommitmentStatus }) {
  const t = useT();
  return (
    <span className={`badge gov-commitment gov-commitment-${status}`} data-status={status}>
      {t(`gov.commitment.${status}`)}
    </span>
  );
}

function SummaryTable({ d }: { d: CommitmentsDashboard }) {
  const t = useT();
  const intl = useIntl();
  const percent = (x: number) =>
    intl.formatNumber(x, { style: 'percent', maximumFractionDigits: 0 });
  const columns: Column<ProposalSummary>[] = [
    {
      id: 'proposal',
      header: t('gov.commitments.colProposal'),
      key: true,
      value: (p) => p.title,
      cell: (p) => <a href={proposalHref(p.proposalId)}>{p.title}</a>,
    },
    ...STATUSES.map((s): Column<ProposalSummary> => ({
      id: s,
      header: t(`gov.commitment.${s}`),
      numeric: true,
      value: (p) => p.counts[s] ?? 0,
      cell: (p) => <span data-count={s}>{p.counts[s] ?? 0}</span>,
    })),
    {
      id: 'coverage',
      header: t('gov.commitments.colCoverage'),
      numeric: true,
      value: (p) => p.coverage,
      cell: (p) => (
        <span data-coverage={p.coverage}>
          {percent(p.coverage)}
          <span className="field-hint gov-coverage-detail"> ({p.reported})</span>
        </span>
      ),
    },
    {
      id: 'divergence',
      header: t('gov.commitments.colDivergence'),
      numeric: true,
      value: (p) => p.divergence,
      cell: (p) => (p.divergence === null ? '—' : percent(p.divergence)),
    },
    {
      id: 'missing',
      header: t('gov.commitments.colMissing'),
      value: (p) => p.membersWithoutReport.join(', '),
      cell: (p) => (
        <span className="gov-missing">
          {p.membersWithoutReport.length
            ? p.membersWithoutReport.join(', ')
            : t('gov.commitments.none')}
        </span>
      ),
    },
  ];
  return (
    <div id="commitments-summary">
      <DataTable
        rows={d.proposals}
        columns={columns}
        caption={t('gov.commitments.summaryCaption')}
        csvName="commitments-summary"
        className="data-table gov-commitments-summary"
        label={t('gov.commitments.perProposal')}
        rowKey={(p) => p.proposalId}
        rowProps={(p) => ({ 'data-proposal': p.proposalId })}
        filterable={false}
      />
    </div>
  );
}

function Grid({ d }: { d: CommitmentsDashboard }) {
  const t = useT();
  return (
    <div className="table-scroll gov-commitments-scroll">
      <table className="data-table gov-commitments-grid" id="commitments-grid">
        <caption className="visually-hidden">{t('gov.commitments.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gov.commitments.colMember')}</th>
            {d.proposals.map((p) => (
              <th key={p.proposalId} scope="col" data-proposal={p.proposalId}>
                <a href={proposalHref(p.proposalId)}>{p.title}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.members.map((m) => (
            <tr key={m.member} data-member={m.member}>
              <th scope="row">{m.member}</th>
              {m.statuses.map((s) => (
                <td
                  key={s.proposalId}
                  data-proposal={s.proposalId}
                  data-status={s.status ?? 'none'}
                >
                  {s.status ? (
                    <>
                      <CommitmentBadge status={s.status} />
                      <span className="gov-commitment-meta">
                        {s.date ? ` ${s.date}` : ''}
                        {s.evidenceUrl && (
                          <>
                            {' · '}
                            <a
                              href={s.evidenceUrl}
                              rel="noopener noreferrer"
                              target="_blank"
                              className="gov-evidence"
                            >
                              {t('gov.commitments.evidence')}
                            </a>
                          </>
                        )}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('gov.commitments.noReport')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function csv(d: CommitmentsDashboard): string {
  const titles = new Map(d.proposals.map((p) => [p.proposalId, p.title]));
  return toCsv(
    ['proposal_id', 'proposal_title', 'member', 'status', 'date', 'evidence_url'],
    d.members.flatMap((m) =>
      m.statuses.map((s) => [
        s.proposalId,
        titles.get(s.proposalId) ?? '',
        m.member,
        s.status ?? '',
        s.date ?? '',
        s.evidenceUrl ?? '',
      ]),
    ),
  );
}

function Dashboard({ d }: { d: CommitmentsDashboard }) {
  const t = useT();
  if (d.proposals.length === 0)
    return (
      <p className="notice" id="commitments-empty">
        {t('gov.commitments.empty')}
      </p>
    );
  return (
    <>
      <section className="gov-section" aria-labelledby="commitments-summary-heading">
        <h2 id="commitments-summary-heading">{t('gov.commitments.perProposal')}</h2>
        <p className="field-hint">{t('gov.commitments.summaryHint')}</p>
        <SummaryTable d={d} />
      </section>
      <section className="gov-section" aria-labelledby="commitments-grid-heading">
        <div className="gov-card-head">
          <h2 id="commitments-grid-heading">{t('gov.commitments.perMember')}</h2>
          <button
            type="button"
            className="button button-quiet button-small"
            id="commitments-csv"
            onClick={() => downloadCsv('commitments.csv', csv(d))}
          >
            {t('gov.commitments.csv')}
          </button>
        </div>
        <Grid d={d} />
      </section>
      {d.warnings.length > 0 && (
        <ul className="gov-warnings">
          {d.warnings.map((w) => (
            <li key={`${w.code}:${w.message}`} data-warning={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CommitmentsPage() {
  const t = useT();
  const query = useQuery({
    queryKey: ['commitments'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/commitments', { signal }), signal),
  });
  return (
    <>
      <PageHeading title={t('gov.commitments.title')} />
      <p className="lede">{t('gov.commitments.lede')}</p>
      <QueryState
        query={query}
        what={t('gov.commitments.loading')}
        errorTitle={t('gov.commitments.failed')}
      >
        {(d) => <Dashboard d={d} />}
      </QueryState>
    </>
  );
}
