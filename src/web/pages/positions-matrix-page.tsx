// The divergence matrix (`#/positions/matrix?workstream=export_controls&use=pending-first`): how
// far apart each pair of members stands over the issues both answered, as a heat map with members
// in the clustering's order (those who agree side by side), the value in each cell, a legend, and
// "no shared issue" where a pair has none; below it, the issues that split the alliance most and
// each member's distance from the agreed options. A toggle reads pending positions first.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { inkFor } from '../components/chain-colour.ts';
import { useSession } from '../components/governance/use-session.ts';
import { percent, useIssues, useMatrix, type Matrix } from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { tokenColour, type ColourToken } from '../ui/token-colour.ts';
import { issueHref, type MatrixSearch } from './policies-search.ts';

/** The colour classes, lowest divergence first: [upper bound (exclusive; the last inclusive), token]. */
const SCALE: readonly [number, ColourToken][] = [
  [0.2, '--color-seq-red-1'],
  [0.4, '--color-seq-red-2'],
  [0.6, '--color-seq-red-3'],
  [0.8, '--color-seq-red-4'],
  [1.0001, '--color-seq-red-5'],
];

const tokenOf = (v: number): ColourToken =>
  (SCALE.find(([upper]) => v < upper) ?? SCALE[SCALE.length - 1]!)[1];

export function PositionsMatrixPage() {
  const t = useT();
  const search: MatrixSearch = useSearch({ from: '/positions/matrix' });
  const navigate = useNavigate({ from: '/positions/matrix' });
  const me = useSession().data;
  const who = me?.account?.id ?? 'anonymous';
  const use = search.use ?? 'current';
  const matrix = useMatrix(search.workstream, use, who);
  const issues = useIssues(undefined, who);
  const workstreams = [...new Set((issues.data?.items ?? []).map((i) => i.workstream))].sort();
  const set = (next: Partial<MatrixSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <>
      <p className="breadcrumb">
        <a href="#/positions">{t('positions.title')}</a>
      </p>
      <PageHeading title={t('positions.matrix.title')} />
      <p className="lede">{t('positions.matrix.lede')}</p>
      <div className="controls">
        <Field label={t('positions.workstream')}>
          <select
            id="matrix-workstream"
            value={search.workstream ?? ''}
            onChange={(e) => set({ workstream: e.target.value || undefined })}
          >
            <option value="">{t('positions.allWorkstreams')}</option>
            {workstreams.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="view-toggle" id="matrix-use">
          <legend>{t('positions.matrix.use')}</legend>
          {(['current', 'pending-first'] as const).map((u) => (
            <label key={u}>
              <input
                type="radio"
                name="matrix-use"
                value={u}
                checked={use === u}
                onChange={() => set({ use: u === 'current' ? undefined : u })}
              />{' '}
              {t(u === 'current' ? 'positions.matrix.useCurrent' : 'positions.matrix.usePending')}
            </label>
          ))}
        </fieldset>
      </div>
      <QueryState
        query={matrix}
        what={t('positions.matrix.what')}
        errorTitle={t('positions.matrix.error')}
      >
        {(m) =>
          m.members.length === 0 ? (
            <p className="notice" id="matrix-none">
              {t('positions.matrix.none')}
            </p>
          ) : (
            <div aria-busy={matrix.isFetching || undefined}>
              <section className="analysis" aria-labelledby="matrix-heading">
                <h2 id="matrix-heading" className="visually-hidden">
                  {t('positions.matrix.heat')}
                </h2>
                <HeatMap m={m} />
              </section>
              <Splitting m={m} />
              <FromAgreed m={m} />
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function HeatMap({ m }: { m: Matrix }) {
  const t = useT();
  const intl = useIntl();
  const index = new Map(m.members.map((c, i) => [c, i] as const));
  const order = m.order.filter((c) => index.has(c));
  const cell = 44;
  const left = 48;
  const top = 36;
  const W = left + order.length * cell + 4;
  const H = top + order.length * cell + 4;
  const value = (a: string, b: string) => m.cells[index.get(a)!]?.[index.get(b)!] ?? null;
  const shared = (a: string, b: string) => m.shared[index.get(a)!]?.[index.get(b)!] ?? 0;
  const useLabel = t(
    m.use === 'current' ? 'positions.matrix.useCurrent' : 'positions.matrix.usePending',
  );
  return (
    <>
      <ChartFrame
        title={t('positions.matrix.heat')}
        description={t('positions.matrix.heatDescription', { issues: m.issues, use: useLabel })}
        fileName={`divergence-matrix${m.workstream ? `-${m.workstream}` : ''}-${m.use}`}
      >
        <div className="table-scroll">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            width={W}
            height={H}
            className="matrix-heat"
            role="img"
            aria-label={t('positions.matrix.heatDescription', { issues: m.issues, use: useLabel })}
          >
            {order.map((c, i) => (
              <g key={c}>
                <text
                  x={left + i * cell + cell / 2}
                  y={top - 10}
                  textAnchor="middle"
                  fontSize="12"
                  fill="var(--color-ink)"
                >
                  {c}
                </text>
                <text
                  x={left - 8}
                  y={top + i * cell + cell / 2}
                  dy="0.32em"
                  textAnchor="end"
                  fontSize="12"
                  fill="var(--color-ink)"
                >
                  {c}
                </text>
              </g>
            ))}
            {order.map((a, r) =>
              order.map((b, c) => {
                const v = value(a, b);
                const x = left + c * cell;
                const y = top + r * cell;
                const diagonal = a === b;
                const fill = diagonal
                  ? 'var(--color-surface-sunken)'
                  : v === null
                    ? 'var(--color-map-no-data)'
                    : `var(${tokenOf(v)})`;
                const ink =
                  diagonal || v === null ? 'var(--color-muted)' : inkFor(tokenColour(tokenOf(v)));
                const title =
                  v === null
                    ? `${a} · ${b}: ${t('positions.matrix.noShared')}`
                    : t('positions.matrix.cell', {
                        a,
                        b,
                        value: percent(v),
                        shared: shared(a, b),
                      });
                return (
                  <g key={`${a}-${b}`} data-row={a} data-col={b} data-value={v ?? ''}>
                    <rect
                      x={x + 1}
                      y={y + 1}
                      width={cell - 2}
                      height={cell - 2}
                      fill={fill}
                      stroke={v === null && !diagonal ? 'var(--color-map-no-data-border)' : 'none'}
                      strokeDasharray={v === null ? '3 2' : undefined}
                    >
                      <title>{title}</title>
                    </rect>
                    <text
                      x={x + cell / 2}
                      y={y + cell / 2}
                      dy="0.32em"
                      textAnchor="middle"
                      fontSize="11"
                      fill={ink}
                      pointerEvents="none"
                    >
                      {diagonal ? '' : v === null ? '–' : percent(v)}
                    </text>
                  </g>
                );
              }),
            )}
          </svg>
        </div>
        <div className="matrix-legend" aria-label={t('positions.matrix.legend')} role="group">
          <span className="legend-title">{t('positions.matrix.legend')}</span>
          <ul className="legend-bins">
            {SCALE.map(([upper, token], i) => (
              <li key={token}>
                <span
                  className="swatch"
                  style={{ background: `var(${token})` }}
                  aria-hidden="true"
                />{' '}
                {`${intl.formatNumber(i * 0.2, { style: 'percent' })}–${intl.formatNumber(Math.min(1, upper), { style: 'percent' })}`}
              </li>
            ))}
            <li>
              <span className="swatch swatch-no-data" aria-hidden="true" />{' '}
              {`– ${t('positions.matrix.noShared')}`}
            </li>
          </ul>
        </div>
      </ChartFrame>
      <details>
        <summary>{t('positions.matrix.table')}</summary>
        <div className="table-scroll">
          <table className="data-table" id="matrix-table">
            <caption>{t('positions.matrix.table')}</caption>
            <thead>
              <tr>
                <td />
                {order.map((c) => (
                  <th key={c} scope="col" className="num">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {order.map((a) => (
                <tr key={a}>
                  <th scope="row">{a}</th>
                  {order.map((b) => {
                    const v = value(a, b);
                    return (
                      <td key={b} className="num">
                        {a === b ? '' : v === null ? t('positions.matrix.noShared') : percent(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

type Split = Matrix['splitting'][number];
type Distance = Matrix['fromAgreed'][number];

function Splitting({ m }: { m: Matrix }) {
  const t = useT();
  return (
    <section className="analysis" aria-labelledby="splitting-heading">
      <h2 id="splitting-heading">{t('positions.matrix.splitting')}</h2>
      <DataTable<Split>
        rows={m.splitting}
        columns={[
          {
            id: 'issue',
            header: t('positions.matrix.col.issue'),
            key: true,
            value: (s) => s.title,
            cell: (s) => <a href={issueHref(s.issueId)}>{s.title}</a>,
          },
          {
            id: 'answered',
            header: t('positions.matrix.col.answered'),
            numeric: true,
            value: (s) => s.answered,
          },
          {
            id: 'mean',
            header: t('positions.matrix.col.mean'),
            numeric: true,
            value: (s) => s.meanPairwise,
            cell: (s) => percent(s.meanPairwise),
          },
          {
            id: 'max',
            header: t('positions.matrix.col.max'),
            numeric: true,
            value: (s) => s.maxPairwise,
            cell: (s) => percent(s.maxPairwise),
          },
          {
            id: 'split',
            header: t('positions.matrix.col.split'),
            value: (s) =>
              s.options
                .filter((o) => o.members.length > 0)
                .map((o) => `${o.label}: ${o.members.join(', ')}`)
                .join('; '),
          },
        ]}
        caption={t('positions.matrix.splittingCaption')}
        csvName="splitting-issues"
        label={t('positions.matrix.splitting')}
        rowKey={(s) => s.issueId}
        rowProps={(s) => ({ 'data-issue': s.issueId })}
        initialSort={[{ id: 'mean', desc: true }]}
        filterable={false}
      />
    </section>
  );
}

function FromAgreed({ m }: { m: Matrix }) {
  const t = useT();
  return (
    <section className="analysis" aria-labelledby="from-agreed-heading">
      <h2 id="from-agreed-heading">{t('positions.matrix.fromAgreed')}</h2>
      <DataTable<Distance>
        rows={m.fromAgreed}
        columns={[
          {
            id: 'member',
            header: t('positions.matrix.col.member'),
            key: true,
            value: (d) => d.member,
          },
          {
            id: 'issues',
            header: t('positions.matrix.col.issues'),
            numeric: true,
            value: (d) => d.issues,
          },
          {
            id: 'mean',
            header: t('positions.matrix.col.distance'),
            numeric: true,
            value: (d) => d.mean,
            cell: (d) => percent(d.mean),
          },
        ]}
        caption={t('positions.matrix.fromAgreedCaption')}
        csvName="distance-from-agreed"
        label={t('positions.matrix.fromAgreed')}
        rowKey={(d) => d.member}
        rowProps={(d) => ({ 'data-member': d.member })}
        filterable={false}
      />
    </section>
  );
}
