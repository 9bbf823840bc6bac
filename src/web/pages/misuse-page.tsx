// The illiberal use of technology (`#/misuse?country=MMR&kind=internet-shutdown`): the map of
// surveillance supply by supplier origin, the most named suppliers (each to its page), and the
// case registry with its filters and pages — every filter lives in the address. What the sources
// can and cannot say (per-country supplier lists, partial and derived extracts) is stated above
// the figures.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { CaseFilters, CasesTable, FlagBadges } from '../components/misuse/cases-table.tsx';
import { useCases, useSupplyMap, whoOf } from '../components/misuse/queries.ts';
import { SuppliersList } from '../components/misuse/suppliers-list.tsx';
import { SupplyMapSection } from '../components/misuse/supply-map.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { CASES_PAGE_SIZE, type MisuseSearch } from './misuse-search.ts';

export function Caveats() {
  const t = useT();
  return (
    <aside className="notice misuse-caveats" aria-labelledby="misuse-caveats-heading">
      <p className="notice-title" id="misuse-caveats-heading">
        {t('misuse.caveats.title')}
      </p>
      <ul>
        <li>{t('misuse.caveats.absence')}</li>
        <li>{t('misuse.caveats.carnegie')}</li>
        <li>
          <FlagBadges flags={['partial', 'transcribed']} /> {t('misuse.caveats.partial')}
        </li>
        <li>
          <FlagBadges flags={['derived']} /> {t('misuse.caveats.derived')}
        </li>
      </ul>
    </aside>
  );
}

export function MisusePage() {
  const t = useT();
  const search: MisuseSearch = useSearch({ from: '/misuse' });
  const navigate = useNavigate({ from: '/misuse' });
  const session = useSession();
  const who = whoOf(session.data);
  const supply = useSupplyMap(who);
  const { q, offset, ...filter } = search;
  const cases = useCases({ ...filter, limit: CASES_PAGE_SIZE, offset: offset ?? 0 }, who);
  const set = (next: Partial<MisuseSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <>
      <PageHeading title={t('misuse.title')} />
      <p className="lede">{t('misuse.lede')}</p>
      <nav className="page-actions misuse-links" aria-label={t('misuse.links')}>
        <a className="button button-secondary" href="#/misuse/technologies">
          {t('misuse.tech.title')}
        </a>
      </nav>
      <Caveats />
      <section className="analysis" aria-labelledby="supply-heading">
        <h2 id="supply-heading">{t('misuse.map.heading')}</h2>
        <p className="note">{t('misuse.map.lede')}</p>
        <QueryState query={supply} what={t('misuse.map.what')} errorTitle={t('misuse.map.error')}>
          {(map) =>
            map.countries.length === 0 ? (
              <p className="notice" id="supply-none">
                {t('misuse.map.none')}
              </p>
            ) : (
              <SupplyMapSection supply={map} />
            )
          }
        </QueryState>
      </section>
      <section className="analysis" aria-labelledby="suppliers-heading">
        <h2 id="suppliers-heading">{t('misuse.suppliers.title')}</h2>
        <p className="note">{t('misuse.suppliers.lede')}</p>
        <SuppliersList q={q} who={who} onSearch={(words) => set({ q: words })} />
      </section>
      <section
        className="analysis"
        aria-labelledby="cases-heading"
        aria-busy={cases.isFetching || undefined}
      >
        <h2 id="cases-heading">{t('misuse.cases.title')}</h2>
        <CaseFilters search={search} onChange={set} />
        <QueryState
          query={cases}
          what={t('misuse.cases.what')}
          errorTitle={t('misuse.cases.error')}
        >
          {(list) => <CasesTable list={list} search={search} onChange={set} />}
        </QueryState>
      </section>
    </>
  );
}
