// Standards committees (`#/standards?tag=ai&secretariat=CHN`): every imported committee with its
// secretariat, members and strategic tags, filtered by body, type, status, tag, secretariat,
// member and words — the filters live in the URL; links to the engagement dashboard and to what
// the imported snapshots changed.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { CommitteeFilters, CommitteesTable } from '../components/standards/committees-table.tsx';
import { NoCommitteesNotice } from '../components/standards/no-committees.tsx';
import { tagLabeller, useCommittees, useStandardsTags } from '../components/standards/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { StandardsSearch } from './standards-search.ts';

export function StandardsPage() {
  const t = useT();
  const intl = useIntl();
  const search: StandardsSearch = useSearch({ from: '/standards' });
  const navigate = useNavigate({ from: '/standards' });
  const committees = useCommittees(search);
  const tags = useStandardsTags();
  const tagLabel = tagLabeller(tags.data?.items);
  const set = (next: Partial<StandardsSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <>
      <PageHeading title={t('standards.title')} />
      <p className="lede">{t('standards.lede')}</p>
      <nav className="page-actions standards-links" aria-label={t('standards.links')}>
        <a className="button button-secondary" href="#/standards/engagement">
          {t('standards.engagement.title')}
        </a>
        <a className="button button-secondary" href="#/standards/changes">
          {t('standards.changes.title')}
        </a>
        <a className="button button-secondary" href="#/standards/tags">
          {t('standards.tagsPage.link')}
        </a>
      </nav>
      <QueryState
        query={committees}
        what={t('standards.committees.what')}
        errorTitle={t('standards.committees.error')}
      >
        {(list) => {
          const all = list.bodies.reduce((n, b) => n + b.committees, 0);
          if (all === 0) return <NoCommitteesNotice />;
          const active = list.items.filter((c) => c.status === 'active').length;
          return (
            <section
              className="analysis"
              aria-labelledby="committees-heading"
              aria-busy={committees.isFetching || undefined}
            >
              <h2 id="committees-heading" className="visually-hidden">
                {t('standards.committees.title')}
              </h2>
              <CommitteeFilters
                search={search}
                bodies={list.bodies.map((b) => b.body)}
                tags={tags.data?.items ?? []}
                onChange={set}
              />
              <p className="note" id="committees-count" role="status">
                {t('standards.committees.count', {
                  shown: intl.formatNumber(list.total),
                  count: list.total,
                  all: intl.formatNumber(all),
                  active: intl.formatNumber(active),
                })}
              </p>
              <CommitteesTable
                items={list.items}
                tagLabel={tagLabel}
                caption={t('standards.committees.caption', { count: list.total })}
                csvName={['standards-committees', search.tag, search.secretariat, search.member]
                  .filter(Boolean)
                  .join('-')}
              />
            </section>
          );
        }}
      </QueryState>
    </>
  );
}
