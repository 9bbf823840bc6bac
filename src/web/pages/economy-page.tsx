// One economy: identity, memberships, a chart per indicator with its latest value, year and source,
// and the full list of sources.
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, type MouseEvent } from 'react';
import { ApiError, type ResponseOf } from '../api/client.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { citationText } from '../components/citation.ts';
import { Citation } from '../components/facts/citation.tsx';
import { Breadcrumb, LoadError, NotFoundNotice } from '../components/facts/not-found.tsx';
import { economyQuery } from '../components/facts/queries.ts';
import { SeriesChart } from '../components/facts/series-chart.tsx';
import { MisuseCountrySection } from '../components/misuse/country-section.tsx';
import { useStableT as useT } from '../components/facts/use-stable-t.ts';
import type { MessageId } from '../i18n/messages.en.ts';
import { announce } from '../page-status.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading } from '../ui/query-state.tsx';
import '../components/facts/facts.css';

type Profile = ResponseOf<'/api/v1/economies/{iso3}'>;
type Series = Profile['series'][number];
type Source = Profile['sources'][number];

const sourceAnchor = (id: string): string => `source-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const CATEGORY_TITLES: Record<Series['indicator']['category'], MessageId> = {
  economy: 'economy.category.economy',
  research: 'economy.category.research',
  technology: 'economy.category.technology',
  democracy: 'economy.category.democracy',
  governance: 'economy.category.governance',
};
const CATEGORY_ORDER: readonly string[] = ['economy', 'research', 'democracy', 'governance'];
/** Read first within their category: the headline figures. */
const HEADLINE = ['gdp_usd', 'gdp_ppp_2021', 'population', 'gerd_pct_gdp', 'vdem_libdem'];

/** Moves to a source of the list below (the hash is the router's: the link must not change it). */
const toSource = (e: MouseEvent<HTMLAnchorElement>): void => {
  e.preventDefault();
  const target = document.getElementById(e.currentTarget.hash.slice(1));
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
};

const rankOf = (list: readonly string[], x: string): number => {
  const i = list.indexOf(x);
  return i === -1 ? list.length : i;
};

export function EconomyPage() {
  const t = useT();
  const { iso3 = '' }: { iso3?: string } = useParams({ strict: false });
  const code = iso3.toUpperCase();
  const profile = useQuery(economyQuery(code));
  if (profile.isError && profile.error instanceof ApiError && profile.error.notFound)
    return (
      <NotFoundNotice
        title={t('economy.notFound', { code })}
        detail={t('economy.notFoundDetail')}
        back={{ href: '#/economies', label: t('economy.browse') }}
        apiMessage={profile.error.message}
      />
    );
  const name = profile.data?.economy.name ?? code;
  return (
    <>
      <Breadcrumb list={{ href: '#/economies', label: t('economies.title') }} name={name} />
      <PageHeading title={name} />
      {profile.isPending ? (
        <Loading what={t('economy.what', { code })} />
      ) : profile.isError ? (
        <LoadError
          title={t('economy.loadError', { code })}
          error={profile.error}
          retry={() => void profile.refetch()}
        />
      ) : (
        <EconomyBody p={profile.data} />
      )}
    </>
  );
}

function EconomyBody({ p }: { p: Profile }) {
  const t = useT();
  const e = p.economy;
  useEffect(
    () =>
      announce(
        t('economy.announce', {
          name: p.economy.name,
          indicators: p.series.length,
          memberships: p.memberships.length,
        }),
      ),
    [t, p],
  );
  const region = [e.region, e.subregion].filter(Boolean).join(' · ');
  const facts: [string, string | null][] = [
    [t('economy.iso3'), e.iso3],
    [t('economy.iso2'), e.iso2],
    [t('economy.isoNumeric'), e.isoNumeric],
    [t('economy.region'), region || null],
    [t('economy.income'), e.incomeGroup ? t('economy.incomeWb', { group: e.incomeGroup }) : null],
    [t('economy.status'), e.independence === 'Yes' ? t('economy.independent') : e.independence],
  ];
  return (
    <>
      {e.officialName && e.officialName !== e.name && <p className="lede">{e.officialName}</p>}
      <dl className="facts">
        {facts
          .filter((f): f is [string, string] => !!f[1])
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t('economy.memberships')}</h2>
        {p.memberships.length === 0 ? (
          <p className="muted">{t('economy.noMemberships')}</p>
        ) : (
          <ul className="chips">
            {p.memberships.map((m) => (
              <li key={m.groupCode}>
                <a href={`#/groups/${encodeURIComponent(m.groupCode)}`} title={m.groupName}>
                  <span className="chip-code">{m.groupCode.replace(/_/g, ' ')}</span>
                  <span className="chip-status">{m.status}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Indicators p={p} />
      <MisuseCountrySection iso3={p.economy.iso3} />
      <section className="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('economy.sources')}</h2>
        {p.sources.length === 0 ? (
          <p className="muted">{t('economy.noSources')}</p>
        ) : (
          <ol>
            {p.sources.map((s) => (
              <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
                <Citation text={s.citation} />
                <span className="muted">
                  {' — '}
                  {t('facts.publisherLicence', { publisher: s.publisher, licence: s.licence })}
                </span>
                {s.date && <span className="muted"> {s.date}.</span>}
                {s.url && (
                  <>
                    {' '}
                    <a href={s.url} rel="noopener">
                      {s.url}
                    </a>
                  </>
                )}
                {s.notes && <p className="muted">{s.notes}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Indicators({ p }: { p: Profile }) {
  const t = useT();
  const sources = new Map(p.sources.map((s) => [s.id, s]));
  const series = p.series
    .filter((s) => s.points.length > 0)
    .sort(
      (a, b) =>
        rankOf(CATEGORY_ORDER, a.indicator.category) -
          rankOf(CATEGORY_ORDER, b.indicator.category) ||
        rankOf(HEADLINE, a.indicator.code) - rankOf(HEADLINE, b.indicator.code) ||
        a.indicator.name.localeCompare(b.indicator.name),
    );
  const categories = [...new Set(series.map((s) => s.indicator.category))];
  return (
    <section aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('economy.indicators')}</h2>
      {series.length === 0 && <p className="muted">{t('economy.noIndicators')}</p>}
      {categories.map((category) => (
        <section
          key={category}
          className="indicator-category"
          aria-labelledby={`category-${category}`}
        >
          <h3 id={`category-${category}`} className="category-heading">
            {t(CATEGORY_TITLES[category])}
          </h3>
          <div className="card-grid">
            {series
              .filter((s) => s.indicator.category === category)
              .map((s) => (
                <IndicatorCard
                  key={s.indicator.code}
                  iso3={p.economy.iso3}
                  s={s}
                  sources={sources}
                />
              ))}
          </div>
        </section>
      ))}
    </section>
  );
}

function IndicatorCard({
  iso3,
  s,
  sources,
}: {
  iso3: string;
  s: Series;
  sources: ReadonlyMap<string, Source>;
}) {
  const t = useT();
  const first = s.points[0]!;
  const last = s.points[s.points.length - 1]!;
  const latest = formatIndicatorValue(last.value, s.indicator);
  const ids = [...new Set(s.points.map((pt) => pt.sourceId))];
  return (
    <article className="card indicator-card" data-indicator={s.indicator.code}>
      <h4>{s.indicator.name}</h4>
      <p className="latest">
        <span className="latest-value">{latest}</span>
        <span className="latest-meta">
          {latest.endsWith(s.indicator.unit)
            ? String(last.year)
            : `${last.year} · ${s.indicator.unit}`}
        </span>
      </p>
      <SeriesChart
        series={s}
        title={t('economy.chartTitle', { from: first.year, to: last.year })}
        fileName={`${iso3}-${s.indicator.code}`}
        sources={
          <p className="source-line">
            {t('economy.source')}
            {ids.map((id, i) => (
              <span key={id}>
                {i > 0 ? '; ' : ''}
                <a href={`#${sourceAnchor(id)}`} onClick={toSource}>
                  {citationText(sources.get(id)?.citation ?? id)}
                </a>
              </span>
            ))}
            {`, ${last.year}`}
          </p>
        }
      />
    </article>
  );
}
