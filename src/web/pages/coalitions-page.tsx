// The coalitions list: custom coalitions first, then every grouping, with participants per tier,
// a way to build a new one, and checkboxes to compare several side by side.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import type { CoalitionSummary } from '../components/coalitions/coalition-data.ts';
import { coalitionsQuery } from '../components/coalitions/queries.ts';
import { OriginBadge } from '../components/coalitions/origin-badge.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { CoalitionsSearch } from './coalitions-search.ts';
import '../components/coalitions/coalitions.css';

const MAX_COMPARED = 10;

/** Custom coalitions first (they are what users come back to), then by code. */
const listOrder = (items: readonly CoalitionSummary[]): CoalitionSummary[] =>
  [...items].sort(
    (a, b) =>
      Number(a.origin !== 'custom') - Number(b.origin !== 'custom') || a.code.localeCompare(b.code),
  );

export function CoalitionsPage() {
  const t = useT();
  const search: CoalitionsSearch = useSearch({ from: '/coalitions' });
  const navigate = useNavigate({ from: '/coalitions' });
  // The deletion notice stays while the page is open; the address forgets it at once.
  const [deleted] = useState(search.deleted);
  useEffect(() => {
    if (search.deleted) void navigate({ search: {}, replace: true });
  }, [search.deleted, navigate]);
  const coalitions = useQuery(coalitionsQuery);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const n = ticked.length;
  const shownStatus =
    status ??
    (n === 0
      ? t('coalitions.list.tickTwo')
      : n > MAX_COMPARED
        ? t('coalitions.list.tooMany', { count: n, max: MAX_COMPARED })
        : t('coalitions.list.selected', { count: n }));
  const toggle = (code: string, on: boolean) => {
    setStatus(null);
    setTicked((prev) => (on ? [...prev, code] : prev.filter((c) => c !== code)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (n < 2 || n > MAX_COMPARED) {
      const message =
        n < 2
          ? t('coalitions.list.atLeastTwo')
          : t('coalitions.list.atMost', { max: MAX_COMPARED });
      setStatus(message);
      announce(message);
      return;
    }
    // In the list's order, as the comparison shows them.
    const codes = listOrder(coalitions.data?.items ?? [])
      .map((c) => c.code)
      .filter((c) => ticked.includes(c));
    void navigate({ to: '/coalitions/compare', search: { codes: codes.join(',') } });
  };
  const columns: Column<CoalitionSummary>[] = [
    {
      id: 'compare',
      header: t('coalitions.list.compare'),
      value: (c) => (ticked.includes(c.code) ? 1 : 0),
      cell: (c) => (
        <input
          type="checkbox"
          name="compare"
          value={c.code}
          id={`compare-${c.code}`}
          aria-label={t('coalitions.list.compareOne', { code: c.code })}
          checked={ticked.includes(c.code)}
          onChange={(e) => toggle(c.code, e.target.checked)}
        />
      ),
    },
    {
      id: 'code',
      header: t('coalitions.code'),
      key: true,
      value: (c) => c.code,
      cell: (c) => <a href={`#/coalitions/${encodeURIComponent(c.code)}`}>{c.code}</a>,
    },
    { id: 'name', header: t('coalitions.name'), value: (c) => c.name },
    {
      id: 'origin',
      header: t('coalitions.list.origin'),
      value: (c) => c.origin,
      cell: (c) => <OriginBadge origin={c.origin} />,
    },
    ...(['member', 'partner', 'observer', 'stakeholder'] as const).map(
      (tier): Column<CoalitionSummary> => ({
        id: tier,
        header: t(`coalitions.tiers.${tier}`),
        value: (c) => c.tiers[tier] ?? 0,
        numeric: true,
      }),
    ),
  ];
  return (
    <>
      <PageHeading title={t('coalitions.list.title')} />
      <p className="lede">{t('coalitions.list.lede')}</p>
      {deleted && (
        <div className="notice notice-success" role="status">
          <p>{t('coalitions.list.deleted', { code: deleted })}</p>
        </div>
      )}
      <form
        className="coalitions-form"
        aria-label={t('coalitions.list.formLabel')}
        onSubmit={submit}
      >
        <div className="actions-bar">
          <a className="button" href="#/coalitions/new">
            {t('coalitions.list.new')}
          </a>
          <span className="actions-spacer" />
          <p className="compare-status" id="compare-status" aria-live="polite">
            {shownStatus}
          </p>
          <button type="submit" className="button" aria-describedby="compare-status">
            {t('coalitions.list.compareSelected')}
          </button>
        </div>
        <QueryState
          query={coalitions}
          what={t('coalitions.list.what')}
          errorTitle={t('coalitions.list.loadError')}
        >
          {({ items }) => {
            const sorted = listOrder(items);
            const custom = items.filter((c) => c.origin === 'custom').length;
            return (
              <DataTable
                rows={sorted}
                columns={columns}
                caption={t('coalitions.list.caption', {
                  count: items.length,
                  custom,
                  groupings: items.length - custom,
                })}
                csvName="coalitions"
                className="coalitions-table"
                label={t('coalitions.list.title')}
                rowKey={(c) => c.code}
                rowProps={(c) => ({ 'data-code': c.code })}
              />
            );
          }}
        </QueryState>
      </form>
    </>
  );
}
