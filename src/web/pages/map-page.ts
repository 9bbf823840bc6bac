// The world map page: an indicator and year coloured by country, a grouping outlined, a legend, a
// table of the same values, and the source of every figure.
import type { Topology } from 'topojson-specification';
import { api } from '../api-client.ts';
import type { CatalogueEntry, Economy, GroupSummary, IndicatorValues } from '../api-types.ts';
import type { ChoroplethMap, CountryStyle } from '../components/choropleth-map.ts';
import { mapLegend } from '../components/map-legend.ts';
import { quantileScale } from '../components/quantile-scale.ts';
import { valuesTable } from '../components/values-table.ts';
import { h } from '../element.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import { citationElement, citationText } from '../components/citation.ts';

const DEFAULT_INDICATOR = 'gdp_usd';
/** Below this share of an indicator's economies, the default year gives way to each one's latest. */
const MIN_DEFAULT_COVERAGE = 0.6;

const yearSpan = (years: readonly number[]): string => {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};

const option = (value: string, label: string, selected = false): HTMLOptionElement =>
  h('option', { value, selected }, label);

function indicatorOptions(
  items: readonly CatalogueEntry[],
  selected: string,
): HTMLOptGroupElement[] {
  const byCategory = new Map<string, CatalogueEntry[]>();
  for (const i of items) byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), i]);
  return [...byCategory].map(([category, list]) =>
    h(
      'optgroup',
      { label: category[0]!.toUpperCase() + category.slice(1) },
      list.map((i) => option(i.code, i.name, i.code === selected)),
    ),
  );
}

const loadAtlas = async (): Promise<{ Map: typeof ChoroplethMap; topology: Topology }> => {
  const [module, atlas] = await Promise.all([
    import('../components/choropleth-map.ts'),
    import('world-atlas/countries-110m.json', { with: { type: 'json' } }),
  ]);
  return { Map: module.ChoroplethMap, topology: atlas.default as unknown as Topology };
};

export async function mapPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'World map — techalliance';
  const indicatorSelect = h('select', { id: 'map-indicator', name: 'indicator', disabled: true });
  const yearSelect = h('select', { id: 'map-year', name: 'year', disabled: true });
  const groupSelect = h(
    'select',
    { id: 'map-group', name: 'group', disabled: true },
    option('', 'None'),
  );
  const csvLink = h(
    'a',
    { class: 'button button-quiet', hidden: true, download: '' },
    'Download values (CSV)',
  );
  const groupSummary = h('p', { class: 'group-summary', 'aria-live': 'polite' });
  const valuesStatus = h('div', { class: 'values-status' });
  const mapArea = h('div', { class: 'map-area' }, loadingBlock('the map'));
  const legendArea = h('div', { class: 'legend-area' });
  const sourceNote = h('div', { class: 'source-note' });
  const tableArea = h('div', { class: 'map-table-area' });
  root.append(
    h('h1', { tabindex: '-1' }, 'World map'),
    h(
      'p',
      { class: 'lede' },
      'Compare economies on one indicator. Hover or focus a country for its value, year and source; select it to open its profile.',
    ),
    h(
      'form',
      {
        class: 'controls',
        'aria-label': 'Map settings',
        onSubmit: (e: Event) => e.preventDefault(),
      },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'map-indicator' }, 'Indicator'),
        indicatorSelect,
      ),
      h(
        'div',
        { class: 'field field-narrow' },
        h('label', { for: 'map-year' }, 'Year'),
        yearSelect,
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'map-group' }, 'Outline a grouping'),
        groupSelect,
      ),
      h('div', { class: 'field field-action' }, csvLink),
    ),
    groupSummary,
    valuesStatus,
    h(
      'a',
      { class: 'skip-map', href: '#map-values-table' },
      'Skip the map: go to the table of values',
    ),
    h('div', { class: 'map-layout' }, mapArea, legendArea),
    sourceNote,
    tableArea,
  );

  let catalogue: CatalogueEntry[];
  let economies: Economy[];
  let groups: GroupSummary[];
  let map: ChoroplethMap;
  try {
    const [c, e, g, atlas] = await Promise.all([
      api.indicators(signal),
      api.economies({}, signal),
      api.groups(signal),
      loadAtlas(),
    ]);
    catalogue = c.items.filter((i) => i.valueCount > 0);
    economies = e.items;
    groups = g.items;
    map = new atlas.Map(
      atlas.topology,
      economies,
      'World map; each country links to its economy profile',
    );
  } catch (e) {
    if (isAbort(e)) return;
    mapArea.replaceChildren(errorBlock('The map could not be loaded', e, () => location.reload()));
    return;
  }
  if (catalogue.length === 0) {
    mapArea.replaceChildren(
      h(
        'div',
        { class: 'notice' },
        h(
          'p',
          {},
          'No indicator has values yet. Import data with the command line (techalliance import).',
        ),
      ),
    );
    return;
  }
  const economyNames = new Map(economies.map((e) => [e.iso3, e.name]));
  const drawn = map.drawnCodes();
  const requested = query.get('indicator');
  const initial =
    catalogue.find((i) => i.code === requested) ??
    catalogue.find((i) => i.code === DEFAULT_INDICATOR) ??
    catalogue[0]!;
  indicatorSelect.append(...indicatorOptions(catalogue, initial.code));
  groupSelect.append(...groups.map((g) => option(g.code, g.name, g.code === query.get('group'))));
  mapArea.replaceChildren(map.element);
  let memberCodes = new Set<string>();
  let current: IndicatorValues | null = null;
  let sequence = 0;

  const renderValues = (v: IndicatorValues): void => {
    current = v;
    const unit = v.indicator.unit;
    const sources = new Map(v.sources.map((s) => [s.id, s]));
    const years = v.items.map((i) => i.year);
    const yearLabel =
      v.year !== 'latest'
        ? String(v.year ?? 'no year')
        : years.length > 0
          ? `Latest available per economy (${yearSpan(years)})`
          : 'Latest available per economy';
    const scale = quantileScale(v.items.map((i) => i.value));
    const styles = new Map<string, CountryStyle>();
    for (const iso3 of drawn) {
      const name = economyNames.get(iso3) ?? iso3;
      styles.set(iso3, {
        colour: null,
        label: `${name}: no data`,
        tooltip: {
          title: name,
          lines: [`No data${v.year === 'latest' ? '' : ` for ${v.year}`}`, v.indicator.name],
        },
      });
    }
    for (const item of v.items) {
      const value = formatIndicatorValue(item.value, v.indicator);
      styles.set(item.iso3, {
        colour: scale.colourOf(item.value),
        label: `${item.name}: ${value} (${item.year})`,
        tooltip: {
          title: item.name,
          lines: [
            `${v.indicator.name}: ${value}`,
            `Year: ${item.year}`,
            `Source: ${citationText(sources.get(item.sourceId)?.citation ?? item.sourceId)}`,
          ],
        },
      });
    }
    map.paint(styles);
    const noData = [...drawn].filter((iso3) => !styles.get(iso3)?.colour).length;
    legendArea.replaceChildren(
      mapLegend({
        indicatorName: v.indicator.name,
        unit,
        yearLabel,
        bins: scale.bins,
        noDataCount: noData,
        outlineLabel: groupSelect.value ? `${groupSelect.value} members (outlined)` : null,
        formatExact: (value) => formatIndicatorValue(value, v.indicator),
      }),
    );
    sourceNote.replaceChildren(
      ...v.sources.map((s) =>
        h(
          'p',
          {},
          'Source: ',
          s.url
            ? h('a', { href: s.url, rel: 'noopener' }, citationText(s.citation))
            : citationElement(s.citation, 'citation-inline'),
          ` · ${s.licence}`,
          s.date ? ` · ${s.date}` : '',
        ),
      ),
      h(
        'p',
        {},
        'Boundaries: Natural Earth 1:110m via world-atlas (public domain); Antarctica not shown. Borders drawn do not imply endorsement.',
      ),
    );
    tableArea.replaceChildren(valuesTable(v, drawn, yearLabel));
    csvLink.href = `/api/v1/indicators/${encodeURIComponent(v.indicator.code)}?year=${String(v.year ?? 'latest')}&format=csv`;
    csvLink.hidden = false;
    announce(
      `Map shows ${v.indicator.name}, ${yearLabel}: ${v.count} economies with data, ${noData} without.`,
    );
  };

  const loadValues = async (code: string, year?: number | 'latest'): Promise<void> => {
    const mine = ++sequence;
    map.element.setAttribute('aria-busy', 'true');
    try {
      let v = await api.values(code, year, signal);
      let note: string | null = null;
      // The API's default year is the latest with any value, which can be a sparse one: then
      // each economy's latest value tells more, and the note says why it was chosen.
      const entry = catalogue.find((c) => c.code === code);
      if (year === undefined && typeof v.year === 'number' && entry) {
        if (v.count < MIN_DEFAULT_COVERAGE * entry.economyCount) {
          note = `Showing each economy’s latest value: ${v.year} has data for only ${v.count} of the ${entry.economyCount} economies with any.`;
          v = await api.values(code, 'latest', signal);
        }
      }
      if (mine !== sequence) return;
      yearSelect.replaceChildren(
        option('latest', 'Latest available', v.year === 'latest'),
        ...v.years.map((y) => option(String(y), String(y), y === v.year)),
      );
      yearSelect.disabled = false;
      valuesStatus.replaceChildren(
        note ? h('p', { class: 'notice' }, note) : '',
        v.count === 0 ? h('p', { class: 'notice' }, `No values for ${String(v.year)}.`) : '',
      );
      renderValues(v);
      replaceQuery({ indicator: code, year: year === undefined ? null : String(year) });
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      legendArea.replaceChildren();
      valuesStatus.replaceChildren(
        errorBlock('The values could not be loaded', e, () => void loadValues(code, year)),
      );
    } finally {
      if (mine === sequence) map.element.removeAttribute('aria-busy');
    }
  };

  const loadGroup = async (code: string): Promise<void> => {
    replaceQuery({ group: code || null });
    if (!code) {
      memberCodes = new Set();
      map.highlight(memberCodes);
      groupSummary.replaceChildren();
      if (current) renderValues(current);
      return;
    }
    groupSummary.replaceChildren(`Loading ${code}…`);
    try {
      const g = await api.group(code, signal);
      if (groupSelect.value !== code) return;
      const members = g.members.filter((m) => m.kind === 'economy');
      const others = g.members.filter((m) => m.kind !== 'economy').map((m) => m.code);
      memberCodes = new Set(members.map((m) => m.code));
      map.highlight(memberCodes);
      const hidden = members.filter((m) => !drawn.has(m.code)).map((m) => m.name);
      groupSummary.replaceChildren(
        h(
          'strong',
          {},
          `${g.code}: ${members.length} economies${others.length ? ` + ${others.join(', ')}` : ''}`,
        ),
        ` — ${g.name}. `,
        hidden.length ? `Too small to see at this scale: ${hidden.join(', ')}. ` : '',
        h('a', { href: `#/groups/${encodeURIComponent(g.code)}` }, `Members of ${g.code}`),
      );
      if (current) renderValues(current);
    } catch (e) {
      if (isAbort(e)) return;
      groupSummary.replaceChildren(errorBlock(`The grouping ${code} could not be loaded`, e));
    }
  };

  indicatorSelect.addEventListener('change', () => void loadValues(indicatorSelect.value));
  yearSelect.addEventListener('change', () => {
    const y = yearSelect.value;
    void loadValues(indicatorSelect.value, y === 'latest' ? 'latest' : Number(y));
  });
  groupSelect.addEventListener('change', () => void loadGroup(groupSelect.value));
  indicatorSelect.disabled = false;
  groupSelect.disabled = false;

  const y = query.get('year');
  const year = y === 'latest' ? 'latest' : y && /^\d{4}$/.test(y) ? Number(y) : undefined;
  await Promise.all([
    loadValues(initial.code, initial.code === requested ? year : undefined),
    groupSelect.value ? loadGroup(groupSelect.value) : Promise.resolve(),
  ]);
}
