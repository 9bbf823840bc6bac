// Item control lists: the imported lists (or how to import one), full-text search across them, a
// browser of one list's entries by category, and the alignment of members' lists with the
// regime's (heat map and score), with one member's unilateral controls and adoption lag, and which
// lists control each input of a supply chain (with the links behind it, editable by data writers).
// What is open — list, category, search, member, chain, coalition — lives in the URL.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { ListBrowser } from '../components/control-lists/list-browser.tsx';
import { ListSearch } from '../components/control-lists/list-search.tsx';
import { ListsTable, NoListsNotice } from '../components/control-lists/lists-table.tsx';
import { AlignmentMatrix } from '../components/control-lists/alignment.tsx';
import { InputControlsSection } from '../components/control-lists/input-controls.tsx';
import { diffHref, useControlLists } from '../components/control-lists/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { ControlListsSearch } from './control-lists-search.ts';

export function ControlListsPage() {
  const t = useT();
  const search: ControlListsSearch = useSearch({ from: '/control-lists' });
  const navigate = useNavigate({ from: '/control-lists' });
  const lists = useControlLists();
  const set = (next: Partial<ControlListsSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <>
      <PageHeading title={t('controlLists.title')} />
      <p className="lede">{t('controlLists.lede')}</p>
      <QueryState
        query={lists}
        what={t('controlLists.lists.what')}
        errorTitle={t('controlLists.lists.error')}
      >
        {({ items }) => {
          if (items.length === 0) return <NoListsNotice />;
          const known = (id: string | undefined) =>
            id !== undefined && items.some((l) => l.id === id) ? id : undefined;
          const regime = items.find((l) => l.isRegimeList);
          const member = items.find((l) => !l.isRegimeList);
          return (
            <>
              <section className="analysis" aria-labelledby="lists-heading">
                <h2 id="lists-heading">{t('controlLists.lists.title')}</h2>
                <ListsTable
                  lists={items}
                  onOpen={(id) => {
                    set({ list: id, category: undefined });
                    document.getElementById('browser-heading')?.scrollIntoView();
                  }}
                />
                {regime && member && (
                  <p className="note">
                    {t('controlLists.lists.diffHint')}{' '}
                    <a href={diffHref(regime.id, member.id)}>
                      {t('controlLists.lists.diffLink', { a: regime.id, b: member.id })}
                    </a>
                  </p>
                )}
              </section>
              <section className="analysis" aria-labelledby="search-heading">
                <h2 id="search-heading">{t('controlLists.search.title')}</h2>
                <ListSearch q={search.q} onSearch={(q) => set({ q })} />
              </section>
              <section className="analysis" aria-labelledby="browser-heading">
                <h2 id="browser-heading">{t('controlLists.browser.title')}</h2>
                <ListBrowser
                  lists={items}
                  list={known(search.list)}
                  category={search.category}
                  onChange={(next) => set({ list: next.list, category: next.category })}
                />
              </section>
              <section className="analysis" aria-labelledby="alignment-heading">
                <h2 id="alignment-heading">{t('controlLists.align.title')}</h2>
                {regime ? (
                  <AlignmentMatrix
                    member={known(search.member)}
                    onMember={(m) => set({ member: m })}
                  />
                ) : (
                  <p className="notice">{t('controlLists.align.noRegime')}</p>
                )}
              </section>
              <section className="analysis" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{t('controlLists.inputs.title')}</h2>
                <InputControlsSection
                  chain={search.chain}
                  coalition={search.coalition}
                  onChange={(next) => set(next)}
                />
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
