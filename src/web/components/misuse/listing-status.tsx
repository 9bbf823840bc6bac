// A supplier's listing status in the members' restricted-party lists: per jurisdiction whose lists
// are imported, listed (the listed entities, their list, score and whether an analyst confirmed
// the match), not listed, or to review (hits below the listing threshold, each with a link to the
// screening page where an analyst decides); the divergence when some list it and others do not.
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import type { Listing, SupplierView } from './queries.ts';
import './misuse.css';

type ListingState = 'listed' | 'review' | 'not-listed';

interface JurisdictionRow {
  jurisdiction: string;
  name: string;
  state: ListingState;
  lists: string[];
  listings: Listing[];
  toReview: Listing[];
}

/** "US" → "United States", "EU" → "European Union" in the reader's language (the code otherwise). */
export function useJurisdictionName(): (code: string) => string {
  const intl = useIntl();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([intl.locale], { type: 'region' });
    } catch {
      names = null;
    }
    return (code: string) => {
      try {
        const name = /^[A-Z]{2}$/.test(code) ? names?.of(code) : undefined;
        return name && name !== code ? name : code;
      } catch {
        return code;
      }
    };
  }, [intl.locale]);
}

/** One row per jurisdiction whose lists were screened (and any other that lists the supplier). */
export function jurisdictionRows(
  s: SupplierView,
  nameOf: (code: string) => string,
): JurisdictionRow[] {
  const codes = [...new Set([...s.lists.map((l) => l.jurisdiction), ...s.listing.listedBy])];
  const state = (j: string): ListingState =>
    s.listing.listedBy.includes(j)
      ? 'listed'
      : s.listing.undecided.includes(j)
        ? 'review'
        : 'not-listed';
  const order: Record<ListingState, number> = { listed: 0, review: 1, 'not-listed': 2 };
  return codes
    .map((j) => ({
      jurisdiction: j,
      name: nameOf(j),
      state: state(j),
      lists: s.lists.filter((l) => l.jurisdiction === j).map((l) => l.listId),
      listings: s.listing.listings.filter((l) => l.jurisdiction === j),
      toReview: s.listing.toReview.filter((l) => l.jurisdiction === j),
    }))
    .sort((a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name));
}

/** The screening page for the supplier's name against one list, at the supplier page's threshold. */
const screeningHref = (name: string, listId: string): string =>
  `#/screening?${new URLSearchParams({ name, type: 'organization', threshold: '0.6', lists: listId }).toString()}`;

export function ListingStatus({ s }: { s: SupplierView }) {
  const t = useT();
  const intl = useIntl();
  const nameOf = useJurisdictionName();
  const name = s.supplier[0] ?? s.supplierKey;
  const rows = jurisdictionRows(s, nameOf);
  const score = (x: number) => intl.formatNumber(x, { maximumFractionDigits: 2 });
  const stateLabel = (x: ListingState) => t(`misuse.listing.state.${x}`);
  const listingText = (l: Listing) =>
    `${l.entityName} (${l.list}, ${score(l.score)}${l.confirmed ? `, ${t('misuse.listing.confirmed')}` : ''})`;
  const columns: Column<JurisdictionRow>[] = [
    {
      id: 'jurisdiction',
      header: t('misuse.col.jurisdiction'),
      key: true,
      value: (r) => r.name,
      cell: (r) => (
        <>
          {r.name} {r.name !== r.jurisdiction && <span className="muted">({r.jurisdiction})</span>}
        </>
      ),
    },
    {
      id: 'state',
      header: t('misuse.col.listingState'),
      value: (r) => stateLabel(r.state),
      cell: (r) => (
        <span className={`badge misuse-state misuse-state-${r.state}`}>{stateLabel(r.state)}</span>
      ),
    },
    {
      id: 'listings',
      header: t('misuse.col.listedAs'),
      value: (r) => r.listings.map(listingText).join('; '),
      cell: (r) =>
        r.listings.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="misuse-plain-list">
            {r.listings.map((l) => (
              <li key={l.entityId} data-entity={l.entityId}>
                <strong>{l.entityName}</strong> <span className="code">{l.list}</span>{' '}
                {t('misuse.listing.score', { score: score(l.score) })}
                {l.confirmed ? (
                  <span className="badge misuse-confirmed">{t('misuse.listing.confirmed')}</span>
                ) : (
                  <span className="muted"> {t('misuse.listing.byScore')}</span>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'review',
      header: t('misuse.col.toReview'),
      value: (r) => r.toReview.map(listingText).join('; '),
      cell: (r) =>
        r.toReview.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="misuse-plain-list">
            {r.toReview.map((l) => (
              <li key={l.entityId} data-entity={l.entityId}>
                {l.entityName} <span className="code">{l.list}</span>{' '}
                {t('misuse.listing.score', { score: score(l.score) })}{' '}
                <a href={screeningHref(name, l.list)}>{t('misuse.listing.decide')}</a>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'lists',
      header: t('misuse.col.lists'),
      value: (r) => r.lists.join(', '),
      cell: (r) => <span className="code">{r.lists.join(', ') || '—'}</span>,
    },
  ];
  if (s.lists.length === 0)
    return (
      <p className="notice" id="listing-no-lists">
        {t('misuse.listing.noLists')}
      </p>
    );
  return (
    <>
      {s.divergence && (
        <div className="notice notice-warning misuse-divergence" id="listing-divergence">
          <p className="notice-title">{t('misuse.listing.divergence')}</p>
          <p>
            {t('misuse.listing.divergenceText', {
              name,
              listedBy: s.divergence.listedBy.map(nameOf).join(', '),
              notListedBy: s.divergence.notListedBy.map(nameOf).join(', '),
            })}
          </p>
        </div>
      )}
      <p className="note">
        {t('misuse.listing.rule', { threshold: score(s.listing.threshold) })}{' '}
        {s.listing.rejected > 0 && t('misuse.listing.rejected', { count: s.listing.rejected })}{' '}
        {!s.decisionsApplied && t('misuse.listing.noDecisions')}
      </p>
      <DataTable
        rows={rows}
        columns={columns}
        caption={t('misuse.listing.caption', { name, count: rows.length })}
        csvName={`${s.supplierKey.replace(/[^a-z0-9]+/gi, '-')}-listing`}
        className="misuse-listing"
        label={t('misuse.listing.title')}
        rowKey={(r) => r.jurisdiction}
        rowProps={(r) => ({ 'data-jurisdiction': r.jurisdiction, 'data-state': r.state })}
        filterable={false}
      />
    </>
  );
}
