// The commitments dashboard: per adopted proposal the members' implementation statuses counted,
// how far they diverge, the coverage of reports and who has not reported; a member × proposal grid
// with each status, its date and evidence; a CSV of the grid.
import type { CommitmentStatus, CommitmentsDashboard } from '../../core/governance/commitments.ts';
import { request } from '../api-client.ts';
import {
  COMMITMENT_STATUS_LABELS,
  commitmentBadge,
} from '../components/governance-implementation.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';

const STATUSES = Object.keys(COMMITMENT_STATUS_LABELS) as CommitmentStatus[];
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

function summaryTable(d: CommitmentsDashboard): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll gov-commitments-scroll' },
    h(
      'table',
      { class: 'data-table gov-commitments-summary', id: 'commitments-summary' },
      h('caption', { class: 'visually-hidden' }, 'Reports per adopted proposal'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Proposal'),
          STATUSES.map((s) => h('th', { scope: 'col', class: 'num' }, COMMITMENT_STATUS_LABELS[s])),
          h('th', { scope: 'col', class: 'num' }, 'Coverage'),
          h(
            'th',
            {
              scope: 'col',
              class: 'num',
              title: 'Share of reporting members not in the most common status',
            },
            'Divergence',
          ),
          h('th', { scope: 'col' }, 'No report yet'),
        ),
      ),
      h(
        'tbody',
        {},
        d.proposals.map((p) =>
          h(
            'tr',
            { 'data-proposal': p.proposalId },
            h(
              'th',
              { scope: 'row' },
              h('a', { href: `#/proposals/${encodeURIComponent(p.proposalId)}` }, p.title),
            ),
            STATUSES.map((s) => h('td', { class: 'num', 'data-count': s }, p.counts[s])),
            h(
              'td',
              { class: 'num', 'data-coverage': p.coverage },
              `${percent.format(p.coverage)}`,
              h('span', { class: 'field-hint gov-coverage-detail' }, ` (${p.reported})`),
            ),
            h('td', { class: 'num' }, p.divergence === null ? '—' : percent.format(p.divergence)),
            h(
              'td',
              { class: 'gov-missing' },
              p.membersWithoutReport.length ? p.membersWithoutReport.join(', ') : 'none',
            ),
          ),
        ),
      ),
    ),
  );
}

function grid(d: CommitmentsDashboard): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll gov-commitments-scroll' },
    h(
      'table',
      { class: 'data-table gov-commitments-grid', id: 'commitments-grid' },
      h('caption', { class: 'visually-hidden' }, 'Each member’s status on each adopted proposal'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Member'),
          d.proposals.map((p) =>
            h(
              'th',
              { scope: 'col', 'data-proposal': p.proposalId },
              h('a', { href: `#/proposals/${encodeURIComponent(p.proposalId)}` }, p.title),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        d.members.map((m) =>
          h(
            'tr',
            { 'data-member': m.member },
            h('th', { scope: 'row' }, m.member),
            m.statuses.map((s) =>
              h(
                'td',
                { 'data-proposal': s.proposalId, 'data-status': s.status ?? 'none' },
                s.status
                  ? [
                      commitmentBadge(s.status),
                      h(
                        'span',
                        { class: 'gov-commitment-meta' },
                        s.date ? ` ${s.date}` : '',
                        s.evidenceUrl
                          ? [
                              ' · ',
                              h(
                                'a',
                                {
                                  href: s.evidenceUrl,
                                  rel: 'noopener noreferrer',
                                  target: '_blank',
                                  class: 'gov-evidence',
                                },
                                'evidence',
                              ),
                            ]
                          : '',
                      ),
                    ]
                  : h('span', { class: 'muted' }, 'no report'),
              ),
            ),
          ),
        ),
      ),
    ),
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

export async function commitmentsPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Commitments — techalliance';
  const body = h('div', {}, loadingBlock('the commitments'));
  root.append(
    h('h1', { tabindex: '-1' }, 'Commitments'),
    h(
      'p',
      { class: 'lede' },
      'Where each member stands on implementing the proposals the alliance adopted, as the member delegations report it.',
    ),
    body,
  );
  let d: CommitmentsDashboard;
  try {
    d = await request<CommitmentsDashboard>('/api/v1/commitments', { signal });
  } catch (e) {
    if (isAbort(e)) return;
    body.replaceChildren(
      errorBlock('The commitments could not be loaded', e, () => location.reload()),
    );
    return;
  }
  if (d.proposals.length === 0) {
    body.replaceChildren(
      h(
        'p',
        { class: 'notice', id: 'commitments-empty' },
        'No adopted proposal you may see yet: once the alliance adopts one, its members’ implementation reports appear here.',
      ),
    );
    return;
  }
  body.replaceChildren(
    h(
      'section',
      { class: 'gov-section', 'aria-labelledby': 'commitments-summary-heading' },
      h('h2', { id: 'commitments-summary-heading' }, 'Per proposal'),
      h(
        'p',
        { class: 'field-hint' },
        'Coverage: the share of members that have reported. Divergence: the share of reporting members not in the most common status (0% when all stand at the same place).',
      ),
      summaryTable(d),
    ),
    h(
      'section',
      { class: 'gov-section', 'aria-labelledby': 'commitments-grid-heading' },
      h(
        'div',
        { class: 'gov-card-head' },
        h('h2', { id: 'commitments-grid-heading' }, 'Per member'),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet button-small',
            id: 'commitments-csv',
            onClick: () => downloadCsv('commitments.csv', csv(d)),
          },
          'Download CSV',
        ),
      ),
      grid(d),
    ),
    d.warnings.length
      ? h(
          'ul',
          { class: 'gov-warnings' },
          d.warnings.map((w) => h('li', { 'data-warning': w.code }, w.message)),
        )
      : '',
  );
}
