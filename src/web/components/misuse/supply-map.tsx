// The map of surveillance supply: each country with a surveillance deployment coloured by where its
// suppliers come from (China only, the United States only, both, others, none named), with the
// key and its counts; countries without such a case keep the "no data" hatch (not "no supply").
// Beside it the same countries as a table (the keyboard and screen-reader way to the same facts,
// and the CSV). The map is drawn by choropleth-map.ts: each country links to its economy page,
// where the country's section shows its cases.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { countryCasesHref } from '../../pages/misuse-search.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import type { CountryStyle } from '../choropleth-map.ts';
import { atlasQuery, economiesQuery } from '../facts/queries.ts';
import { useNameOf } from '../standards/labels.ts';
import { SUPPLY_COLOURS, SUPPLY_FILL, useMisuseLabels } from './labels.ts';
import type { SupplyCountry, SupplyMap } from './queries.ts';
import './misuse.css';

function SupplyKey({ totals }: { totals: SupplyMap['totals'] }) {
  const t = useT();
  const label = useMisuseLabels();
  return (
    <ul className="map-key misuse-supply-key" aria-label={t('misuse.map.key')}>
      {SUPPLY_COLOURS.map((c) => (
        <li key={c} data-colour={c} data-count={totals[c]}>
          <span className="swatch" style={{ background: SUPPLY_FILL[c] }} aria-hidden="true" />
          {t('misuse.map.keyItem', { colour: label.colour(c), count: totals[c] })}
        </li>
      ))}
      <li className="legend-no-data">
        <span className="swatch swatch-no-data" aria-hidden="true" />
        {t('misuse.map.noCase')}
      </li>
    </ul>
  );
}

function SupplyWorld({ supply }: { supply: SupplyMap }) {
  const t = useT();
  const label = useMisuseLabels();
  const atlas = useQuery(atlasQuery);
  const economies = useQuery(economiesQuery);
  const box = useRef<HTMLDivElement>(null);
  const map = useMemo(
    () =>
      atlas.data && economies.data
        ? new atlas.data.Map(atlas.data.topology, economies.data.items, t('misuse.map.label'))
        : null,
    // Drawn once per atlas and economy list; the colours follow the answer below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [atlas.data, economies.data],
  );
  useEffect(() => {
    const el = box.current;
    if (!el || !map) return;
    el.replaceChildren(map.element);
    return () => el.replaceChildren();
  }, [map]);
  useEffect(() => {
    if (!map || !economies.data) return;
    const byIso3 = new Map(supply.countries.map((c) => [c.iso3, c]));
    const styles = new Map<string, CountryStyle>();
    for (const e of economies.data.items) {
      const c = byIso3.get(e.iso3);
      if (!c) continue;
      const what = t('misuse.map.country', { colour: label.colour(c.colour), cases: c.cases });
      styles.set(e.iso3, {
        colour: SUPPLY_FILL[c.colour],
        label: `${e.name}: ${what}`,
        tooltip: {
          title: e.name,
          lines: [what, ...(c.origins.length > 0 ? [c.origins.join(', ')] : [])],
        },
      });
    }
    map.paint(styles);
  }, [map, economies.data, supply, t, label]);
  if (atlas.isError || economies.isError) return null;
  return (
    <div
      ref={box}
      className="misuse-map"
      aria-busy={!map || undefined}
      data-countries={supply.countries.length}
    />
  );
}

export function SupplyMapSection({ supply }: { supply: SupplyMap }) {
  const t = useT();
  const intl = useIntl();
  const label = useMisuseLabels();
  const nameOf = useNameOf();
  const columns: Column<SupplyCountry>[] = [
    {
      id: 'country',
      header: t('misuse.col.country'),
      key: true,
      value: (c) => nameOf(c.iso3),
      cell: (c) => <a href={`#/economies/${c.iso3}`}>{nameOf(c.iso3)}</a>,
    },
    { id: 'iso3', header: 'ISO3', value: (c) => c.iso3, visible: false },
    {
      id: 'colour',
      header: t('misuse.col.supply'),
      value: (c) => label.colour(c.colour),
      cell: (c) => (
        <span className="swatch-cell">
          <span
            className="swatch"
            style={{ background: SUPPLY_FILL[c.colour] }}
            aria-hidden="true"
          />
          {label.colour(c.colour)}
        </span>
      ),
    },
    {
      id: 'cases',
      header: t('misuse.col.deployments'),
      numeric: true,
      value: (c) => c.cases,
      cell: (c) => (
        <a href={`${countryCasesHref(c.iso3)}&kind=surveillance-deployment`}>
          {intl.formatNumber(c.cases)}
        </a>
      ),
    },
    { id: 'china', header: t('misuse.col.china'), numeric: true, value: (c) => c.china },
    {
      id: 'unitedStates',
      header: t('misuse.col.unitedStates'),
      numeric: true,
      value: (c) => c.unitedStates,
    },
    { id: 'other', header: t('misuse.col.otherOrigin'), numeric: true, value: (c) => c.other },
    { id: 'none', header: t('misuse.col.noOrigin'), numeric: true, value: (c) => c.none },
    {
      id: 'origins',
      header: t('misuse.col.origins'),
      value: (c) => c.origins.join(', '),
      cell: (c) => <span className="code">{c.origins.join(', ') || '—'}</span>,
    },
  ];
  const rows = [...supply.countries].sort((a, b) => nameOf(a.iso3).localeCompare(nameOf(b.iso3)));
  return (
    <div className="misuse-map-layout">
      <ChartFrame
        title={t('misuse.map.title')}
        description={t('misuse.map.description', { count: supply.countries.length })}
        fileName="misuse-supply-map"
        className="misuse-map-frame"
      >
        <SupplyWorld supply={supply} />
        <SupplyKey totals={supply.totals} />
      </ChartFrame>
      <DataTable
        rows={rows}
        columns={columns}
        caption={t('misuse.map.caption', { count: rows.length })}
        csvName="misuse-supply-map"
        className="misuse-supply"
        label={t('misuse.map.tableLabel')}
        rowKey={(c) => c.iso3}
        rowProps={(c) => ({ 'data-iso3': c.iso3, 'data-colour': c.colour })}
        filterable
      />
    </div>
  );
}
