// The frame of every page: skip link, header (brand, global search, language, account), the
// navigation grouped by what the alliance does (one line on phones until opened), breadcrumbs,
// the page, the footer.
import { Link, Outlet, useLocation, useMatches } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { LOCALES, useLocale, useT, type Locale } from '../i18n/i18n.tsx';
import { AccountWidget } from '../components/governance/account-widget.tsx';
import { GlobalSearch } from './global-search.tsx';
import { NAV_GROUPS, navTrail } from './nav.ts';
import './layout.css';

function useCurrentNav(): string | undefined {
  const matches = useMatches();
  return [...matches].reverse().find((m) => m.staticData.nav)?.staticData.nav;
}

function LanguagePicker() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {Object.entries(LOCALES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

function SiteNav({ current }: { current: string | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // A choice made in the menu closes it on phones.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav aria-label={t('nav.label')} className="site-nav-frame" data-open={open}>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="site-nav-groups"
        onClick={() => setOpen(!open)}
      >
        {t('app.menu')}
      </button>
      <div id="site-nav-groups" className="nav-groups">
        {NAV_GROUPS.map((group) => (
          <section key={group.label} className="nav-group" aria-labelledby={`nav-${group.label}`}>
            <h2 id={`nav-${group.label}`} className="nav-group-title">
              {t(group.label)}
            </h2>
            <ul className="site-nav">
              {group.entries.map((entry) => (
                <li key={entry.nav}>
                  <a
                    href={entry.href}
                    data-nav={entry.nav}
                    aria-current={current === entry.nav ? 'page' : undefined}
                  >
                    {t(entry.label)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}

function Breadcrumbs({ current }: { current: string | undefined }) {
  const t = useT();
  const { pathname } = useLocation();
  const trail = current ? navTrail(current) : null;
  const detail = pathname.split('/').slice(2).map(decodeURIComponent);
  // A page below a section (an economy, a proposal) shows its own trail, with names.
  if (!trail || detail.length > 0) return null;
  return (
    <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>{t(trail.group.label)}</li>
        <li>
          <span aria-current="page">{t(trail.entry.label)}</span>
        </li>
      </ol>
    </nav>
  );
}

export function Layout() {
  const t = useT();
  const current = useCurrentNav();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="brand" to="/map">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <GlobalSearch />
          <LanguagePicker />
          <AccountWidget />
        </div>
      </header>
      <div className="site-body">
        <SiteNav current={current} />
        <main id="main" className="page" tabIndex={-1}>
          <Breadcrumbs current={current} />
          <Outlet />
        </main>
      </div>
      <footer className="site-footer">
        <p>
          {t('app.footer')} <a href="/api/openapi.json">{t('app.api')}</a>
        </p>
      </footer>
    </>
  );
}

export function NotFound() {
  const t = useT();
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${t('app.notFound.title')} — techalliance`;
  });
  return (
    <div className="notice notice-not-found">
      <h1 tabIndex={-1}>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.detail', { path: pathname })}</p>
      <p>
        <a href="#/map">{t('app.notFound.back')}</a>
      </p>
    </div>
  );
}
