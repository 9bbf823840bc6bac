// One economy: identity, memberships, a chart per indicator with its latest value, year and source,
// and the full list of sources.
import { ApiError, api } from '../api-client.ts';
import type { EconomyProfile, Source } from '../api-types.ts';
import { seriesChart } from '../components/series-chart.ts';
import { h } from '../element.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock, notFoundBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { citationElement, citationText } from '../components/citation.ts';

const sourceAnchor = (id: string): string => `source-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function facts(p: EconomyProfile): HTMLElement {
  const e = p.economy;
  const row = (term: string, value: string | null): HTMLElement | null =>
    value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
  return h(
    'dl',
    { class: 'facts' },
    row('ISO3 code', e.iso3),
    row('ISO2 code', e.iso2),
    row('ISO numeric', e.isoNumeric),
    row('Region', [e.region, e.subregion].filter(Boolean).join(' · ') || null),
    row('Income group', e.incomeGroup ? `${e.incomeGroup} (World Bank)` : null),
    row('Status', e.independence === 'Yes' ? 'Independent' : e.independence),
  );
}

function memberships(p: EconomyProfile): HTMLElement {
  if (p.memberships.length === 0)
    return h('p', { class: 'muted' }, 'Not a member of any grouping on record.');
  return h(
    'ul',
    { class: 'chips' },
    p.memberships.map((m) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: `#/groups/${encodeURIComponent(m.groupCode)}`, title: m.groupName },
          h('span', { class: 'chip-code' }, m.groupCode.replace(/_/g, ' ')),
          h('span', { class: 'chip-status' }, m.status),
        ),
      ),
    ),
  );
}

function sourceLine(
  sourceIds: readonly string[],
  sources: Map<string, Source>,
  year: number,
): HTMLElement {
  return h(
    'p',
    { class: 'source-line' },
    'Source: ',
    sourceIds.flatMap((id, i) => [
      i > 0 ? '; ' : '',
      h('a', { href: `#${sourceAnchor(id)}` }, citationText(sources.get(id)?.citation ?? id)),
    ]),
    `, ${year}`,
  );
}

const CATEGORY_TITLES: Record<string, string> = {
  economy: 'Economy',
  research: 'Research and innovation',
  democracy: 'Democracy and rights',
  governance: 'Governance',
};
const CATEGORY_ORDER = Object.keys(CATEGORY_TITLES);
/** Read first within their category: the headline figures. */
const HEADLINE = ['gdp_usd', 'gdp_ppp_2021', 'population', 'gerd_pct_gdp', 'vdem_libdem'];

const rankOf = (list: readonly string[], x: string): number => {
  const i = list.indexOf(x);
  return i === -1 ? list.length : i;
};

function indicatorCards(p: EconomyProfile): { section: HTMLElement; charts: (() => void)[] } {
  const sources = new Map(p.sources.map((s) => [s.id, s]));
  const charts: (() => void)[] = [];
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
  const card = (s: EconomyProfile['series'][number]): HTMLElement => {
    const last = s.points[s.points.length - 1]!;
    const latest = formatIndicatorValue(last.value, s.indicator);
    const chartBox = h('div', { class: 'chart' });
    const article = h(
      'article',
      { class: 'card indicator-card', 'data-indicator': s.indicator.code },
      h('h4', {}, s.indicator.name),
      h(
        'p',
        { class: 'latest' },
        h('span', { class: 'latest-value' }, latest),
        h(
          'span',
          { class: 'latest-meta' },
          latest.endsWith(s.indicator.unit)
            ? String(last.year)
            : `${last.year} · ${s.indicator.unit}`,
        ),
      ),
      chartBox,
      sourceLine([...new Set(s.points.map((pt) => pt.sourceId))], sources, last.year),
    );
    charts.push(() => {
      const width = Math.max(260, Math.min(620, chartBox.clientWidth || 360));
      chartBox.replaceChildren(seriesChart(s.indicator, s.points, width));
    });
    return article;
  };
  const section = h(
    'section',
    { 'aria-labelledby': 'indicators-heading' },
    h('h2', { id: 'indicators-heading' }, 'Indicators'),
    series.length === 0
      ? h('p', { class: 'muted' }, 'No indicator values are stored for this economy yet.')
      : '',
    categories.map((category) =>
      h(
        'section',
        { class: 'indicator-category', 'aria-labelledby': `category-${category}` },
        h(
          'h3',
          { id: `category-${category}`, class: 'category-heading' },
          CATEGORY_TITLES[category] ?? category,
        ),
        h(
          'div',
          { class: 'card-grid' },
          series.filter((s) => s.indicator.category === category).map(card),
        ),
      ),
    ),
  );
  return { section, charts };
}

function sourcesList(p: EconomyProfile): HTMLElement {
  return h(
    'section',
    { class: 'sources', 'aria-labelledby': 'sources-heading' },
    h('h2', { id: 'sources-heading' }, 'Sources'),
    p.sources.length === 0
      ? h('p', { class: 'muted' }, 'No sources: this economy has no values yet.')
      : h(
          'ol',
          {},
          p.sources.map((s) =>
            h(
              'li',
              { id: sourceAnchor(s.id), tabindex: '-1' },
              citationElement(s.citation),
              h('span', { class: 'muted' }, ` — ${s.publisher}. Licence: ${s.licence}.`),
              s.date ? h('span', { class: 'muted' }, ` ${s.date}.`) : '',
              s.url ? [' ', h('a', { href: s.url, rel: 'noopener' }, s.url)] : '',
              s.notes ? h('p', { class: 'muted' }, s.notes) : '',
            ),
          ),
        ),
  );
}

export async function economyPage({ root, params, signal }: PageContext): Promise<void> {
  const code = (params.iso3 ?? '').toUpperCase();
  document.title = `${code} — techalliance`;
  const heading = h('h1', { tabindex: '-1' }, code);
  const body = h('div', {}, loadingBlock(`economy ${code}`));
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/economies' }, 'Economies'),
      ' › ',
      code,
    ),
    heading,
    body,
  );

  let profile: EconomyProfile;
  try {
    profile = await api.economy(code, signal);
  } catch (e) {
    if (isAbort(e)) return;
    const hadFocus = document.activeElement === heading;
    if (e instanceof ApiError && e.notFound) {
      document.title = 'Economy not found — techalliance';
      root.replaceChildren(
        notFoundBlock(
          `No economy with the code “${code}”`,
          'No economy on record has this code. Check the ISO 3166-1 alpha-3 code (DEU for Germany, for example), or find the economy in the list.',
          { href: '#/economies', label: 'Browse all economies' },
          e.message,
        ),
      );
      if (hadFocus) root.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    body.replaceChildren(
      errorBlock(`Economy ${code} could not be loaded`, e, () =>
        window.dispatchEvent(new HashChangeEvent('hashchange')),
      ),
    );
    return;
  }
  const e = profile.economy;
  document.title = `${e.name} — techalliance`;
  heading.textContent = e.name;
  root.querySelector('.breadcrumb')?.lastChild?.replaceWith(e.name);
  const { section, charts } = indicatorCards(profile);
  body.replaceChildren(
    e.officialName && e.officialName !== e.name ? h('p', { class: 'lede' }, e.officialName) : '',
    facts(profile),
    h(
      'section',
      { 'aria-labelledby': 'memberships-heading' },
      h('h2', { id: 'memberships-heading' }, 'Memberships'),
      memberships(profile),
    ),
    section,
    sourcesList(profile),
  );
  for (const draw of charts) draw();
  announce(
    `${e.name}: ${profile.series.length} indicators, ${profile.memberships.length} memberships.`,
  );
}
