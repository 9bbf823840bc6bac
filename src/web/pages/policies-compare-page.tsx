// Jurisdictions compared on one topic (`#/policies/compare?jurisdictions=USA,DEU,EU&topic=ai.safety`):
// 2–6 jurisdictions picked, their instruments side by side (newest first), counts by type and
// bindingness, and a timeline — instruments per year, one bar per jurisdiction — drawn as SVG in
// the chart frame (SVG and PNG downloads) with the same numbers as a table.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { usePolicyLabels } from '../components/policies/labels.ts';
import { ModelCoded } from '../components/policies/model-coded.tsx';
import {
  topicTree,
  usePolicyComparison,
  usePolicySearch,
  usePolicyTopics,
  type PolicyComparison,
} from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { EconomyPicker, type PickerEntry } from '../ui/economy-picker.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { instrumentHref, type PolicyCompareSearch } from './policies-search.ts';

const MAX = 6;
/** The categorical palette, one colour per jurisdiction (at most six). */
const PALETTE = [
  'var(--color-cat-1)',
  'var(--color-cat-2)',
  'var(--color-cat-3)',
  'var(--color-cat-4)',
  'var(--color-cat-5)',
  'var(--color-cat-6)',
] as const;
const colour = (i: number): string => PALETTE[i % PALETTE.length]!;

export function PoliciesComparePage() {
  const t = useT();
  const intl = useIntl();
  const search: PolicyCompareSearch = useSearch({ from: '/policies/compare' });
  const navigate = useNavigate({ from: '/policies/compare' });
  const set = (next: Partial<PolicyCompareSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  const chosen = search.jurisdictions?.split(',') ?? [];
  const topics = usePolicyTopics();
  const all = usePolicySearch({ limit: 1 });
  const comparison = usePolicyComparison(
    chosen.length >= 2
      ? {
          jurisdictions: chosen.join(','),
          ...(search.topic ? { topic: search.topic } : {}),
          ...(search.yearFrom ? { yearFrom: Number(search.yearFrom) } : {}),
          ...(search.yearTo ? { yearTo: Number(search.yearTo) } : {}),
        }
      : null,
  );
  const entries: PickerEntry[] = useMemo(() => {
    const d = all.data;
    if (!d) return [];
    return Object.entries(d.facets.jurisdiction)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => ({
        code,
        name: d.names[code] ?? code,
        detail: `${code} · ${intl.formatNumber(n)}`,
      }));
  }, [all.data, intl]);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/policies">{t('policies.title')}</a>
      </p>
      <PageHeading title={t('policies.compare.title')} />
      <p className="lede">{t('policies.compare.lede')}</p>
      <section className="analysis" aria-labelledby="compare-settings-heading">
        <h2 id="compare-settings-heading" className="visually-hidden">
          {t('policies.filters')}
        </h2>
        <div className="controls">
          <Field label={t('policies.topic')}>
            <select
              id="compare-topic"
              value={search.topic ?? ''}
              onChange={(e) => set({ topic: e.target.value || undefined })}
            >
              <option value="">{t('policies.anyTopic')}</option>
              {topicTree(topics.data?.items ?? []).map(({ topic, depth }) => (
                <option key={topic.code} value={topic.code}>
                  {`${'\u2002'.repeat(depth * 2)}${topic.label}`}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('policies.yearFrom')} className="field-year">
            <input
              id="compare-year-from"
              type="number"
              min={1900}
              max={2100}
              key={search.yearFrom ?? ''}
              defaultValue={search.yearFrom ?? ''}
              onBlur={(e) =>
                set({ yearFrom: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })
              }
            />
          </Field>
          <Field label={t('policies.yearTo')} className="field-year">
            <input
              id="compare-year-to"
              type="number"
              min={1900}
              max={2100}
              key={search.yearTo ?? ''}
              defaultValue={search.yearTo ?? ''}
              onBlur={(e) =>
                set({ yearTo: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })
              }
            />
          </Field>
        </div>
        <p className="field-hint" id="compare-hint">
          {chosen.length >= MAX ? t('policies.compare.tooMany') : t('policies.compare.pickHint')}
        </p>
        <EconomyPicker
          id="compare-jurisdiction"
          label={t('policies.jurisdictionSearch')}
          entries={entries}
          stateOf={(e) => {
            const selected = chosen.includes(e.code);
            return {
              selected,
              label: t(selected ? 'policies.remove' : 'policies.add', { name: e.name }),
              action: t(selected ? 'policies.unpick' : 'policies.pick'),
            };
          }}
          onToggle={(e) => {
            const next = chosen.includes(e.code)
              ? chosen.filter((c) => c !== e.code)
              : chosen.length < MAX
                ? [...chosen, e.code]
                : chosen;
            set({ jurisdictions: next.length > 0 ? next.join(',') : undefined });
          }}
        />
      </section>
      {chosen.length >= 2 && (
        <QueryState
          query={comparison}
          what={t('policies.compare.what')}
          errorTitle={t('policies.compare.error')}
        >
          {(d) => <Comparison d={d} />}
        </QueryState>
      )}
    </>
  );
}

function Comparison({ d }: { d: PolicyComparison }) {
  const t = useT();
  const intl = useIntl();
  const labels = usePolicyLabels();
  const counts = (m: Record<string, number>, label: (c: string) => string) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${label(k)} ${intl.formatNumber(n)}`)
      .join(' · ') || '–';
  return (
    <>
      <section className="analysis" aria-labelledby="compare-timeline-heading">
        <h2 id="compare-timeline-heading" className="visually-hidden">
          {t('policies.compare.timeline')}
        </h2>
        <Timeline d={d} />
      </section>
      <section className="analysis" aria-labelledby="compare-columns-heading">
        <h2 id="compare-columns-heading">{t('policies.compare.columns')}</h2>
        <div
          className="compare-columns"
          style={{ gridTemplateColumns: `repeat(${d.columns.length}, minmax(14rem, 1fr))` }}
          tabIndex={0}
          role="region"
          aria-label={t('app.scrollable', { what: t('policies.compare.columns') })}
        >
          {d.columns.map((c, i) => {
            const byYear = [...c.instruments].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
            return (
              <div
                className="compare-column"
                key={c.jurisdiction}
                data-jurisdiction={c.jurisdiction}
              >
                <h3>
                  <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />{' '}
                  {c.name}
                </h3>
                <p className="note">
                  {t('policies.compare.instruments', { count: c.instruments.length })}
                </p>
                <dl className="compare-counts">
                  <dt>{t('policies.compare.byType')}</dt>
                  <dd>{counts(c.byType, labels.type)}</dd>
                  <dt>{t('policies.compare.byBinding')}</dt>
                  <dd>{counts(c.binding, labels.binding)}</dd>
                </dl>
                <ol className="compare-instruments">
                  {byYear.map((r) => (
                    <li key={r.id}>
                      <span className="compare-year">{r.year ?? '–'}</span>{' '}
                      <a href={instrumentHref(r.id)}>{r.title}</a>{' '}
                      <span className="muted">
                        <ModelCoded value={labels.type(r.type)} model={r.typeModelCoded} />
                        {' · '}
                        <ModelCoded value={labels.binding(r.binding)} model={r.bindingModelCoded} />
                      </span>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
        <p className="note policies-legend">{t('policies.modelLegend')}</p>
      </section>
    </>
  );
}

/** Grouped bars: one group a year, one bar per jurisdiction, with a table of the same numbers. */
function Timeline({ d }: { d: PolicyComparison }) {
  const t = useT();
  const intl = useIntl();
  const codes = d.columns.map((c) => c.jurisdiction);
  const years = d.timeline;
  const topic = d.topicLabel ?? t('policies.compare.allTopics');
  if (years.length === 0) return <p className="notice">{t('policies.compare.noYears')}</p>;
  const highest = Math.max(1, ...years.flatMap((y) => codes.map((c) => y.counts[c] ?? 0)));
  const step = highest <= 5 ? 1 : Math.ceil(highest / 5);
  const max = Math.ceil(highest / step) * step;
  const W = 900;
  const H = 300;
  const left = 40;
  const bottom = 28;
  const top = 10;
  const plotH = H - top - bottom;
  const groupW = (W - left - 10) / years.length;
  const barW = Math.max(1, (groupW * 0.8) / codes.length);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const labelEvery = Math.ceil(years.length / 20);
  return (
    <>
      <ChartFrame
        title={t('policies.compare.timeline')}
        description={t('policies.compare.timelineDescription', { topic })}
        fileName={`policies-timeline-${codes.join('-')}`}
        sources={t('policies.compare.sources')}
      >
        <ul className="chart-legend compare-legend">
          {d.columns.map((c, i) => (
            <li key={c.jurisdiction}>
              <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />{' '}
              {c.name}
            </li>
          ))}
        </ul>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          className="compare-timeline"
          role="img"
          aria-label={t('policies.compare.timelineDescription', { topic })}
        >
          {ticks.map((v) => (
            <g key={v}>
              <line x1={left} x2={W - 10} y1={y(v)} y2={y(v)} stroke="var(--color-line-subtle)" />
              <text
                x={left - 6}
                y={y(v)}
                dy="0.32em"
                textAnchor="end"
                fontSize="11"
                fill="var(--color-chart-text)"
              >
                {intl.formatNumber(v)}
              </text>
            </g>
          ))}
          {years.map((yr, yi) => {
            const x0 = left + yi * groupW + groupW * 0.1;
            return (
              <g key={yr.year}>
                {codes.map((c, ci) => {
                  const n = yr.counts[c] ?? 0;
                  return (
                    <rect
                      key={c}
                      x={x0 + ci * barW}
                      y={y(n)}
                      width={Math.max(0.5, barW - 0.5)}
                      height={top + plotH - y(n)}
                      fill={colour(ci)}
                    >
                      <title>{`${c} ${yr.year}: ${intl.formatNumber(n)}`}</title>
                    </rect>
                  );
                })}
                {yi % labelEvery === 0 && (
                  <text
                    x={x0 + (barW * codes.length) / 2}
                    y={H - 10}
                    textAnchor="middle"
                    fontSize="11"
                    fill="var(--color-chart-text)"
                  >
                    {yr.year}
                  </text>
                )}
              </g>
            );
          })}
          <line
            x1={left}
            x2={W - 10}
            y1={top + plotH}
            y2={top + plotH}
            stroke="var(--color-line-strong)"
          />
        </svg>
      </ChartFrame>
      <details className="compare-table-details">
        <summary>{t('policies.compare.timelineTable')}</summary>
        <div className="table-scroll">
          <table className="data-table" id="compare-timeline-table">
            <caption>{t('policies.compare.timelineTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('policies.compare.year')}</th>
                {d.columns.map((c) => (
                  <th scope="col" key={c.jurisdiction} className="num">
                    {c.jurisdiction}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((yr) => (
                <tr key={yr.year}>
                  <th scope="row">{yr.year}</th>
                  {codes.map((c) => (
                    <td key={c} className="num">
                      {intl.formatNumber(yr.counts[c] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">
                  {t('policies.compare.undated', { count: '' }).replace(/:\s*$/, '')}
                </th>
                {codes.map((c) => (
                  <td key={c} className="num">
                    {intl.formatNumber(d.undated[c] ?? 0)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
