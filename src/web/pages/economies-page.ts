// The economies page: every economy in a sortable table with its latest GDP and population,
// filtered by text, region, income group and grouping; the filters live in the URL.
import { api } from '../api-client.ts';
import type { Economy, EconomyFilter, GroupSummary, IndicatorValues } from '../api-types.ts';
import {
  economiesTable,
  type EconomyRow,
  type SortDirection,
  type SortKey,
  type YearValue,
} from '../components/economies-table.ts';
import { h } from '../element.ts';
import { errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import { citationElement, citationText } from '../components/citation.ts';

const SORT_KEYS: readonly SortKey[] = ['name', 'iso3', 'region', 'income', 'gdp', 'population'];
const INCOME: [string, string][] = [
  ['H', 'High income'],
  ['UM', 'Upper middle income'],
  ['LM', 'Lower middle income'],
  ['L', 'Low income'],
];

const option = (value: string, label: string, selected: boolean): HTMLOptionElement =>
  h('option', { value, selected }, label);

function regionOptions(
  economies: readonly Economy[],
  selected: string,
): (HTMLOptionElement | HTMLOptGroupElement)[] {
  const regions = new Map<string, Set<string>>();
  for (const e of economies) {
    if (!e.region) continue;
    const subs = regions.get(e.region) ?? new Set<string>();
    if (e.subregion) subs.add(e.subregion);
    regions.set(e.region, subs);
  }
  return [
    option('', 'All regions', selected === ''),
    ...[...regions.keys()].sort().map((region) =>
      h(
        'optgroup',
        { label: region },
        option(region, `All of ${region}`, selected === region),
        [...regions.get(region)!].sort().map((sub) => option(sub, sub, selected === sub)),
      ),
    ),
  ];
}

/** Values of an indicator by ISO3, or null when the indicator cannot be loaded (shown, not fatal). */
async function latestValues(code: string, signal: AbortSignal): Promise<IndicatorValues | Error> {
  try {
    return await api.values(code, 'latest', signal);
  } catch (e) {
    if (isAbort(e)) throw e;
    return e instanceof Error ? e : new Error(String(e));
  }
}

const byIso3 = (v: IndicatorValues | Error): Map<string, YearValue> =>
  v instanceof Error
    ? new Map<string, YearValue>()
    : new Map(v.items.map((i) => [i.iso3, { value: i.value, year: i.year }]));

export async function economiesPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Economies — techalliance';
  const text = h('input', {
    id: 'economy-filter',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    placeholder: 'Name or ISO code',
    value: query.get('q') ?? '',
  });
  const region = h('select', { id: 'economy-region', name: 'region', disabled: true });
  const income = h(
    'select',
    { id: 'economy-income', name: 'income' },
    option('', 'All income groups', true),
    INCOME.map(([code, label]) => option(code, label, query.get('income') === code)),
  );
  const group = h('select', { id: 'economy-group', name: 'group', disabled: true });
  const count = h('p', { class: 'result-count', 'aria-live': 'polite' });
  const tableBox = h(
    'div',
    {
      class: 'table-scroll table-scroll-tall',
      role: 'region',
      'aria-labelledby': 'economies-caption',
      tabindex: '0',
    },
    loadingBlock('economies'),
  );
  const sourceNote = h('div', { class: 'source-note' });
  const clear = h('button', { type: 'button', class: 'button button-quiet' }, 'Clear filters');
  root.append(
    h('h1', { tabindex: '-1' }, 'Economies'),
    h(
      'p',
      { class: 'lede' },
      'Every economy on record with its latest GDP and population. Filter, sort, and open a profile.',
    ),
    h(
      'form',
      {
        class: 'controls',
        role: 'search',
        'aria-label': 'Filter economies',
        onSubmit: (e: Event) => e.preventDefault(),
      },
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: 'economy-filter' }, 'Filter'),
        text,
      ),
      h('div', { class: 'field' }, h('label', { for: 'economy-region' }, 'Region'), region),
      h('div', { class: 'field' }, h('label', { for: 'economy-income' }, 'Income group'), income),
      h('div', { class: 'field' }, h('label', { for: 'economy-group' }, 'Grouping'), group),
      h('div', { class: 'field field-action' }, clear),
    ),
    count,
    tableBox,
    sourceNote,
  );

  let all: Economy[];
  let groups: GroupSummary[];
  let gdp: IndicatorValues | Error;
  let population: IndicatorValues | Error;
  try {
    [all, groups, gdp, population] = await Promise.all([
      api.economies({}, signal).then((r) => r.items),
      api.groups(signal).then((r) => r.items),
      latestValues('gdp_usd', signal),
      latestValues('population', signal),
    ]);
  } catch (e) {
    if (isAbort(e)) return;
    tableBox.replaceChildren(
      errorBlock('The economies could not be loaded', e, () => location.reload()),
    );
    return;
  }
  region.append(...regionOptions(all, query.get('region') ?? ''));
  group.append(
    option('', 'Any grouping', true),
    ...groups.map((g) => option(g.code, `${g.code} — ${g.name}`, query.get('group') === g.code)),
  );
  region.disabled = false;
  group.disabled = false;

  const gdpBy = byIso3(gdp);
  const popBy = byIso3(population);
  const requestedSort = query.get('sort') as SortKey | null;
  const sort: { key: SortKey; direction: SortDirection } = {
    key: requestedSort && SORT_KEYS.includes(requestedSort) ? requestedSort : 'name',
    direction: query.get('dir') === 'descending' ? 'descending' : 'ascending',
  };
  let subset: Economy[] = all;
  let sequence = 0;

  const toRow = (e: Economy): EconomyRow => ({
    iso3: e.iso3,
    name: e.name,
    region: e.region,
    subregion: e.subregion,
    incomeCode: e.incomeCode,
    incomeGroup: e.incomeGroup,
    gdp: gdpBy.get(e.iso3) ?? null,
    population: popBy.get(e.iso3) ?? null,
  });

  const render = (): void => {
    const needle = text.value.trim().toLocaleLowerCase();
    const rows = subset
      .filter(
        (e) =>
          !needle ||
          [e.name, e.officialName, e.iso3, e.iso2].some((s) =>
            s?.toLocaleLowerCase().includes(needle),
          ),
      )
      .map(toRow);
    const focusedSort = (document.activeElement as HTMLElement | null)?.dataset.sort;
    const table = economiesTable({
      rows,
      sort,
      caption: `Economies: ${rows.length} of ${all.length} shown, sorted by ${sort.key} (${sort.direction}). GDP and population are each economy’s latest year.`,
      units: {
        gdp: gdp instanceof Error ? 'current US$' : gdp.indicator.unit,
        population: population instanceof Error ? 'persons' : population.indicator.unit,
      },
      onSort: (key) => {
        sort.direction =
          sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending';
        if (sort.key !== key && (key === 'gdp' || key === 'population'))
          sort.direction = 'descending';
        sort.key = key;
        replaceQuery({ sort: key, dir: sort.direction });
        render();
      },
    });
    table.querySelector('caption')!.id = 'economies-caption';
    tableBox.replaceChildren(table);
    if (focusedSort) table.querySelector<HTMLElement>(`[data-sort="${focusedSort}"]`)?.focus();
    count.textContent = `${rows.length} ${rows.length === 1 ? 'economy' : 'economies'} shown`;
  };

  const refilter = async (): Promise<void> => {
    const filter: EconomyFilter = {};
    if (region.value) filter.region = region.value;
    if (income.value) filter.income = income.value;
    if (group.value) filter.group = group.value;
    replaceQuery({ region: region.value, income: income.value, group: group.value });
    const mine = ++sequence;
    if (Object.keys(filter).length === 0) {
      subset = all;
      render();
      return;
    }
    tableBox.setAttribute('aria-busy', 'true');
    try {
      const r = await api.economies(filter, signal);
      if (mine !== sequence) return;
      subset = r.items;
      render();
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      tableBox.replaceChildren(errorBlock('The filtered list could not be loaded', e));
    } finally {
      if (mine === sequence) tableBox.removeAttribute('aria-busy');
    }
  };

  text.addEventListener('input', () => {
    replaceQuery({ q: text.value.trim() });
    render();
  });
  for (const select of [region, income, group])
    select.addEventListener('change', () => void refilter());
  clear.addEventListener('click', () => {
    text.value = '';
    region.value = '';
    income.value = '';
    group.value = '';
    replaceQuery({ q: null });
    void refilter();
  });

  sourceNote.replaceChildren(
    ...[gdp, population].map((v, i) =>
      v instanceof Error
        ? h(
            'p',
            { class: 'notice notice-error' },
            `${i === 0 ? 'GDP' : 'Population'} values could not be loaded: ${v.message}`,
          )
        : h(
            'p',
            {},
            `${v.indicator.name}: `,
            v.sources.map((s, j) => [
              j > 0 ? '; ' : '',
              s.url
                ? h('a', { href: s.url, rel: 'noopener' }, citationText(s.citation))
                : citationElement(s.citation),
              ` (${s.licence})`,
            ]),
            '.',
          ),
    ),
  );
  await refilter();
}
