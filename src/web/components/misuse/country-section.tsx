// An economy's section on the illiberal use of technology (on the economy page): its cases per year
// by kind (a chart, and the same counts as a table), the technologies, the suppliers by origin
// (China, the United States, others, unknown), and its Freedom on the Net, digital repression and
// shutdown indicators. Shown only when the country has cases or indicator values; links to the
// country's case list.
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { CASE_KINDS } from '../../../core/misuse/case.ts';
import { useT } from '../../i18n/i18n.tsx';
import { countryCasesHref, supplierHref } from '../../pages/misuse-search.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { withoutMarkLabels } from '../../ui/plot.ts';
import { PlotBox } from '../chains/plot-box.tsx';
import { useSession } from '../governance/use-session.ts';
import { KIND_FILL, useMisuseLabels } from './labels.ts';
import { useCountryProfile, whoOf, type CaseKind, type CountryView } from './queries.ts';
import './misuse.css';

type YearRow = CountryView['years'][number];
type SupplierRow = CountryView['suppliers'][number];
type IndicatorRow = CountryView['indicators'][number];

interface Bar {
  year: number;
  kind: CaseKind;
  cases: number;
}

const STYLE = {
  fontSize: '12px',
  fontFamily: 'inherit',
  background: 'transparent',
  color: 'var(--color-chart-text)',
};

function KindKey({ kinds }: { kinds: readonly CaseKind[] }) {
  const label = useMisuseLabels();
  return (
    <span className="misuse-kind-key">
      {kinds.map((k) => (
        <span key={k} className="side-key-item">
          <span className="swatch" style={{ background: KIND_FILL[k] }} aria-hidden="true" />
          {label.kind(k)}
        </span>
      ))}
    </span>
  );
}

function CasesChart({ p, kinds }: { p: CountryView; kinds: readonly CaseKind[] }) {
  const t = useT();
  const intl = useIntl();
  const label = useMisuseLabels();
  const bars = useMemo(
    () =>
      p.years.flatMap((y) =>
        kinds.map((kind): Bar => ({ year: y.year, kind, cases: y.byKind[kind] })),
      ),
    [p.years, kinds],
  );
  const title = t('misuse.country.chartTitle', { name: p.name });
  const draw = useCallback(
    (w: number) => {
      const width = Math.max(300, Math.min(900, w || 600));
      return withoutMarkLabels(
        Plot.plot({
          width,
          height: 220,
          marginLeft: 44,
          style: STYLE,
          ariaLabel: title,
          ariaDescription: p.years
            .map((y) => `${y.year}: ${intl.formatNumber(y.total)}`)
            .join('; '),
          x: { label: null, tickFormat: (d: number) => String(d), type: 'band' },
          y: { grid: true, label: t('misuse.country.axis') },
          marks: [
            Plot.barY(bars, {
              x: 'year',
              y: 'cases',
              fill: (b: Bar) => KIND_FILL[b.kind],
              order: kinds as CaseKind[],
              z: 'kind',
              title: (b: Bar) => `${b.year}, ${label.kind(b.kind)}: ${intl.formatNumber(b.cases)}`,
            }),
            Plot.ruleY([0]),
          ],
        }),
      );
    },
    [bars, kinds, p.years, title, intl, t, label],
  );
  return (
    <ChartFrame
      title={title}
      description={<KindKey kinds={kinds} />}
      fileName={`${p.iso3}-misuse-cases`}
      className="misuse-country-chart"
    >
      <PlotBox draw={draw} className="chart chart-wide" chart="misuse-cases" />
    </ChartFrame>
  );
}

function Profile({ p }: { p: CountryView }) {
  const t = useT();
  const intl = useIntl();
  const label = useMisuseLabels();
  const kinds = CASE_KINDS.filter((k) => p.kinds[k] > 0);
  const yearColumns: Column<YearRow>[] = [
    { id: 'year', header: t('misuse.col.year'), key: true, value: (y) => y.year },
    ...kinds.map((k): Column<YearRow> => ({
      id: k,
      header: label.kind(k),
      numeric: true,
      value: (y) => y.byKind[k],
    })),
    { id: 'total', header: t('misuse.col.total'), numeric: true, value: (y) => y.total },
  ];
  const supplierColumns: Column<SupplierRow>[] = [
    {
      id: 'name',
      header: t('misuse.col.supplier'),
      key: true,
      value: (s) => s.names[0] ?? s.key,
      cell: (s) => <a href={supplierHref(s.names[0] ?? s.key)}>{s.names[0] ?? s.key}</a>,
    },
    {
      id: 'origin',
      header: t('misuse.col.origin'),
      value: (s) => label.origin(s.group),
      cell: (s) => (
        <>
          {label.origin(s.group)}
          {s.origin && s.originInferred && (
            <span className="muted"> {t('misuse.country.inferred')}</span>
          )}
        </>
      ),
    },
    { id: 'cases', header: t('misuse.col.cases'), numeric: true, value: (s) => s.cases },
    {
      id: 'technologies',
      header: t('misuse.col.technologies'),
      value: (s) => s.technologies.map(label.technology).join(', '),
    },
  ];
  const indicatorColumns: Column<IndicatorRow>[] = [
    { id: 'name', header: t('misuse.col.indicator'), key: true, value: (i) => i.name },
    {
      id: 'value',
      header: t('misuse.col.latest'),
      numeric: true,
      value: (i) => i.values.at(-1)?.value ?? null,
      cell: (i) => {
        const v = i.values.at(-1);
        return v ? intl.formatNumber(v.value, { maximumFractionDigits: 2 }) : '—';
      },
    },
    { id: 'year', header: t('misuse.col.year'), value: (i) => i.values.at(-1)?.year ?? null },
    { id: 'unit', header: t('misuse.col.unit'), value: (i) => i.unit },
    {
      id: 'source',
      header: t('misuse.col.source'),
      value: (i) => i.values.at(-1)?.sourceId ?? null,
      cell: (i) => <span className="code">{i.values.at(-1)?.sourceId ?? '—'}</span>,
    },
  ];
  const indicators = p.indicators.filter((i) => i.values.length > 0);
  return (
    <>
      <p className="note">
        {t('misuse.country.summary', { name: p.name, count: p.cases })}{' '}
        {p.cases > 0 && (
          <a href={countryCasesHref(p.iso3)} id="misuse-country-cases">
            {t('misuse.country.allCases', { count: p.cases })}
          </a>
        )}
      </p>
      {p.cases > 0 && (
        <>
          {p.years.length > 0 && <CasesChart p={p} kinds={kinds} />}
          <DataTable
            rows={p.years}
            columns={yearColumns}
            caption={t('misuse.country.yearsCaption', { name: p.name })}
            csvName={`${p.iso3}-misuse-cases-by-year`}
            className="misuse-country-years"
            label={t('misuse.country.yearsLabel')}
            rowKey={(y) => String(y.year)}
            filterable={false}
          />
          <h3>{t('misuse.country.technologies')}</h3>
          <ul className="misuse-inline-list misuse-technology-counts" id="misuse-technologies">
            {p.technologies.map((x) => (
              <li key={x.technology}>
                <a href={`${countryCasesHref(p.iso3)}&technology=${x.technology}`}>
                  {label.technology(x.technology)}
                </a>{' '}
                <span className="muted">({intl.formatNumber(x.cases)})</span>
              </li>
            ))}
          </ul>
          <h3>{t('misuse.country.origins')}</h3>
          <ul className="misuse-inline-list" id="misuse-origins">
            {p.origins.map((o) => (
              <li key={o.group} data-group={o.group}>
                {t('misuse.country.originItem', {
                  origin: label.origin(o.group),
                  cases: o.cases,
                  suppliers: o.suppliers,
                })}
                {o.iso3.length > 0 && <span className="muted"> ({o.iso3.join(', ')})</span>}
              </li>
            ))}
          </ul>
          {p.withoutSupplier > 0 && (
            <p className="note">
              {t('misuse.country.withoutSupplier', { count: p.withoutSupplier })}
            </p>
          )}
          {p.suppliers.length > 0 && (
            <DataTable
              rows={p.suppliers}
              columns={supplierColumns}
              caption={t('misuse.country.suppliersCaption', {
                name: p.name,
                count: p.suppliers.length,
              })}
              csvName={`${p.iso3}-misuse-suppliers`}
              className="misuse-country-suppliers"
              label={t('misuse.country.suppliersLabel')}
              rowKey={(s) => s.key}
              rowProps={(s) => ({ 'data-key': s.key, 'data-group': s.group })}
              filterable={p.suppliers.length > 15}
            />
          )}
        </>
      )}
      {indicators.length > 0 && (
        <DataTable
          rows={indicators}
          columns={indicatorColumns}
          caption={t('misuse.country.indicatorsCaption', { name: p.name })}
          csvName={`${p.iso3}-misuse-indicators`}
          className="misuse-country-indicators"
          label={t('misuse.country.indicatorsLabel')}
          rowKey={(i) => i.code}
          rowProps={(i) => ({ 'data-indicator': i.code })}
          filterable={false}
        />
      )}
    </>
  );
}

/** The section, or nothing when the country has no case and no indicator value (or it failed). */
export function MisuseCountrySection({ iso3 }: { iso3: string }) {
  const t = useT();
  const session = useSession();
  const profile = useCountryProfile(iso3, whoOf(session.data));
  const p = profile.data;
  if (!p || (p.cases === 0 && p.indicators.every((i) => i.values.length === 0))) return null;
  return (
    <section className="misuse-country" aria-labelledby="misuse-country-heading">
      <h2 id="misuse-country-heading">{t('misuse.country.title')}</h2>
      <Profile p={p} />
    </section>
  );
}
