// The members' collaboration network (`#/research/network?coalition=G7&source=nsf&field=all`):
// the graph (node size by centrality, edge width by co-authored works, under-connected pairs
// highlighted), the members with their centrality, share of international output within the
// coalition and with the countries of concern, and the under-connected pairs — the choices live in
// the address.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import { useNumbers } from '../components/research/labels.ts';
import { NetworkGraph } from '../components/research/network-graph.tsx';
import {
  useNetwork,
  type Network,
  type NetworkLink,
  type NetworkMember,
} from '../components/research/queries.ts';
import { ResearchLinks } from '../components/research/research-links.tsx';
import { useT } from '../i18n/i18n.tsx';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { CoalitionPicker } from '../ui/coalition-picker.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import {
  DEFAULT_COALITION,
  PAIR_FIELDS,
  RESEARCH_SOURCES,
  type NetworkSearch,
  type PairField,
  type ResearchSource,
} from './research-search.ts';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The years each source has pairs for (all fields; AI and CORDIS are one period). */
const YEARS: Record<ResearchSource, readonly number[]> = {
  nsf: [2003, 2022],
  openalex: range(2010, 2023),
  cordis: [],
};

/** A member's share of international output with the countries of concern in the selection. */
function concernShare(
  network: Pick<Network, 'dependence' | 'selection'>,
  iso3: string,
): number | null {
  const points = network.dependence.find((d) => d.iso3 === iso3)?.points ?? [];
  const { field, year } = network.selection;
  const p =
    points.find((x) => x.field === field && x.year === year) ??
    points.filter((x) => x.field === field).at(-1);
  return p?.sharePct ?? null;
}

export function ResearchNetworkPage() {
  const t = useT();
  const search: NetworkSearch = useSearch({ from: '/research/network' });
  const navigate = useNavigate({ from: '/research/network' });
  const set = (next: Partial<NetworkSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  const coalition = search.coalition ?? DEFAULT_COALITION;
  const source = search.source ?? 'nsf';
  const field = search.field ?? 'all';
  const years = field === 'ai' ? [] : YEARS[source];
  // A source with yearly pairs opens on its latest year; AI and CORDIS are one period each.
  const year =
    search.year !== undefined && years.includes(search.year) ? search.year : years.at(-1);
  const network = useNetwork({
    coalition,
    source,
    field,
    ...(year !== undefined ? { year } : {}),
  });
  const names = useEconomyNames();
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  const n = useNumbers();
  const pairName = (l: NetworkLink) => `${nameOf(l.a)} – ${nameOf(l.b)}`;
  return (
    <>
      <PageHeading title={t('research.network.title')} />
      <p className="lede">{t('research.network.lede')}</p>
      <ResearchLinks />
      <div className="filters research-filters">
        <CoalitionPicker
          id="network-coalition"
          label={t('research.coalition')}
          value={coalition}
          onChange={(code) => set({ coalition: code || undefined })}
        />
        <Field label={t('research.source')}>
          <select
            id="network-source"
            value={source}
            onChange={(e) =>
              set({ source: e.target.value as ResearchSource, year: undefined, field: undefined })
            }
          >
            {RESEARCH_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`research.source.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('research.field')}>
          <select
            id="network-field"
            value={field}
            onChange={(e) => set({ field: e.target.value as PairField, year: undefined })}
          >
            {PAIR_FIELDS.filter((f) => f === 'all' || source !== 'cordis').map((f) => (
              <option key={f} value={f}>
                {t(`research.pairField.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('research.year')}>
          <select
            id="network-year"
            value={year ?? ''}
            onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}
          >
            {years.length === 0 && <option value="">{t('research.year.latest')}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <QueryState
        query={network}
        what={t('research.network.what')}
        errorTitle={t('research.network.error')}
      >
        {(net) => {
          const sel = net.selection;
          const period =
            sel.year === undefined
              ? ''
              : sel.year === net.links[0]?.firstYear || net.links.length === 0
                ? String(sel.year)
                : `${net.links[0]!.firstYear}–${sel.year}`;
          const what = {
            coalition: net.coalition.code,
            source: t(`research.source.${sel.source}`),
            field: t(`research.pairField.${sel.field}`),
            period,
          };
          return (
            <div aria-busy={network.isFetching || undefined}>
              {net.unlisted.length > 0 && (
                <p className="notice">
                  {t('research.network.unlisted', {
                    pairs: net.unlisted.map((pair) => pair.map(nameOf).join(' – ')).join(', '),
                  })}
                </p>
              )}
              <section className="analysis" aria-labelledby="graph-heading">
                <h2 id="graph-heading">{t('research.network.graph', what)}</h2>
                {net.links.length === 0 ? (
                  <p className="notice research-empty">{t('research.network.none')}</p>
                ) : (
                  <ChartFrame
                    title={t('research.network.graph', what)}
                    description={t('research.network.description')}
                    fileName={`research-network-${net.coalition.code}-${sel.source}-${sel.field}-${sel.year}`}
                    sources={t(`research.sources.${sel.source}`)}
                    className="research-network"
                  >
                    <NetworkGraph
                      members={net.members}
                      links={net.links}
                      underConnected={net.underConnected}
                      nameOf={nameOf}
                    />
                  </ChartFrame>
                )}
              </section>
              <section className="analysis" aria-labelledby="members-heading">
                <h2 id="members-heading">{t('research.network.members')}</h2>
                <p className="note">
                  {t('research.network.concernNote', { concern: net.concern.economies.join(', ') })}
                </p>
                <DataTable<NetworkMember>
                  rows={net.members}
                  className="research-members"
                  columns={[
                    {
                      id: 'economy',
                      header: t('research.economy'),
                      value: (r) => nameOf(r.iso3),
                      key: true,
                    },
                    {
                      id: 'centrality',
                      header: t('research.centrality'),
                      numeric: true,
                      value: (r) => r.centrality,
                      cell: (r) => n.ratio(r.centrality),
                    },
                    {
                      id: 'degree',
                      header: t('research.degree'),
                      numeric: true,
                      value: (r) => r.degree,
                    },
                    {
                      id: 'strength',
                      header: t('research.worksWithin'),
                      numeric: true,
                      value: (r) => r.strength,
                      cell: (r) => n.count(r.strength),
                    },
                    {
                      id: 'international',
                      header: t('research.international'),
                      numeric: true,
                      value: (r) => r.internationalWorks,
                      cell: (r) => n.count(r.internationalWorks),
                    },
                    {
                      id: 'within',
                      header: t('research.withinShare'),
                      numeric: true,
                      value: (r) => r.withinSharePct,
                      cell: (r) => n.pct(r.withinSharePct),
                    },
                    {
                      id: 'concern',
                      header: t('research.concernShare'),
                      numeric: true,
                      value: (r) => concernShare(net, r.iso3),
                      cell: (r) => n.pct(concernShare(net, r.iso3)),
                    },
                  ]}
                  caption={t('research.network.membersCaption', { count: net.members.length })}
                  csvName={`research-network-members-${net.coalition.code}-${sel.source}-${sel.field}-${sel.year}`}
                  label={t('research.network.members')}
                  rowKey={(r) => r.iso3}
                  initialSort={[{ id: 'centrality', desc: true }]}
                />
              </section>
              <section className="analysis" aria-labelledby="under-heading">
                <h2 id="under-heading">{t('research.network.under')}</h2>
                <p className="note">{t('research.network.underNote')}</p>
                <DataTable<NetworkLink>
                  rows={net.underConnected}
                  className="research-under"
                  columns={[
                    { id: 'pair', header: t('research.pair'), value: pairName, key: true },
                    {
                      id: 'works',
                      header: t('research.works'),
                      numeric: true,
                      value: (r) => r.works,
                      cell: (r) => n.count(r.works),
                    },
                    {
                      id: 'expected',
                      header: t('research.expected'),
                      numeric: true,
                      value: (r) => r.expected,
                      cell: (r) => n.count(r.expected),
                    },
                    {
                      id: 'index',
                      header: t('research.index'),
                      numeric: true,
                      value: (r) => r.index,
                      cell: (r) => n.ratio(r.index),
                    },
                  ]}
                  caption={t('research.network.underCaption', {
                    count: net.underConnected.length,
                  })}
                  csvName={`research-under-connected-${net.coalition.code}-${sel.source}-${sel.field}-${sel.year}`}
                  label={t('research.network.under')}
                  rowKey={(r) => `${r.a}:${r.b}`}
                  initialSort={[{ id: 'index', desc: false }]}
                />
              </section>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
