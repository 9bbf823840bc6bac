// The field × member heat map of specialisation: one row per member, one column per NSF field,
// each cell coloured by its revealed comparative advantage (RCA: the member's share of its own
// articles in the field over the world's), with its share and RCA in the cell's title; a legend of
// the classes; the same figures as an accessible table with CSV.
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { NSF_FIELD_CODES, useFieldLabel, useNumbers } from './labels.ts';
import type { StrengthItem } from './queries.ts';
import './research.css';

/** The RCA classes: upper bound (exclusive), fill token, and whether the ink is light. */
const CLASSES = [
  { below: 0.5, fill: '--color-seq-orange-3', light: false },
  { below: 0.8, fill: '--color-seq-orange-2', light: false },
  { below: 1, fill: '--color-seq-orange-1', light: false },
  { below: 1.25, fill: '--color-seq-blue-1', light: false },
  { below: 1.6, fill: '--color-seq-blue-3', light: false },
  { below: 2, fill: '--color-seq-blue-5', light: true },
  { below: Infinity, fill: '--color-seq-blue-7', light: true },
] as const;

const classOf = (rca: number | null) =>
  rca === null ? null : (CLASSES.find((c) => rca < c.below) ?? CLASSES.at(-1)!);

const LABEL_W = 170;
const CELL_W = 58;
const CELL_H = 30;
const HEAD_H = 215;
/** Room on the right for the last columns' slanted labels. */
const RIGHT_PAD = 190;

export function HeatMap({
  members,
  items,
  year,
  nameOf,
}: {
  members: readonly string[];
  items: readonly StrengthItem[];
  year: number;
  nameOf: (iso3: string) => string;
}) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const n = useNumbers();
  const cell = new Map(items.map((i) => [`${i.iso3}:${i.field}`, i]));
  const width = LABEL_W + CELL_W * NSF_FIELD_CODES.length + RIGHT_PAD;
  const height = HEAD_H + CELL_H * members.length + 4;
  const legend = CLASSES.map((c, i) => ({
    ...c,
    text:
      i === 0
        ? `< ${n.ratio(c.below)}`
        : c.below === Infinity
          ? `≥ ${n.ratio(CLASSES[i - 1]!.below)}`
          : `${n.ratio(CLASSES[i - 1]!.below)}–${n.ratio(c.below)}`,
  }));
  type Row = { iso3: string };
  const columns: Column<Row>[] = [
    { id: 'economy', header: t('research.economy'), value: (r) => nameOf(r.iso3), key: true },
    ...NSF_FIELD_CODES.map((f): Column<Row> => ({
      id: f,
      header: fieldLabel(f),
      numeric: true,
      value: (r) => cell.get(`${r.iso3}:${f}`)?.rca ?? null,
      cell: (r) => n.ratio(cell.get(`${r.iso3}:${f}`)?.rca),
    })),
  ];
  return (
    <>
      <ChartFrame
        title={t('research.heat.title', { year })}
        description={t('research.heat.description')}
        fileName={`research-specialisation-${year}`}
        sources={t('research.sources.nsfArticles')}
        className="research-heat"
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          role="img"
          aria-label={t('research.heat.aria')}
          className="research-heat-svg"
        >
          {NSF_FIELD_CODES.map((f, j) => (
            <text
              key={f}
              transform={`translate(${LABEL_W + CELL_W * j + CELL_W / 2}, ${HEAD_H - 8}) rotate(-40)`}
              className="research-heat-field"
            >
              {fieldLabel(f)}
            </text>
          ))}
          {members.map((iso3, i) => (
            <g key={iso3} transform={`translate(0, ${HEAD_H + CELL_H * i})`} data-economy={iso3}>
              <text
                x={LABEL_W - 8}
                y={CELL_H / 2 + 4}
                textAnchor="end"
                className="research-heat-name"
              >
                {nameOf(iso3)}
              </text>
              {NSF_FIELD_CODES.map((f, j) => {
                const item = cell.get(`${iso3}:${f}`);
                const c = classOf(item?.rca ?? null);
                return (
                  <g key={f} transform={`translate(${LABEL_W + CELL_W * j}, 0)`}>
                    <rect
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      fill={c ? `var(${c.fill})` : 'var(--color-chain-no-data)'}
                      data-rca={item?.rca ?? ''}
                    >
                      <title>
                        {t('research.heat.cell', {
                          economy: nameOf(iso3),
                          field: fieldLabel(f),
                          share: n.pct(item?.sharePct),
                          rca: n.ratio(item?.rca),
                          articles: n.count(item?.articles),
                        })}
                      </title>
                    </rect>
                    <text
                      x={(CELL_W - 2) / 2}
                      y={CELL_H / 2 + 3}
                      textAnchor="middle"
                      className="research-heat-value"
                      fill={c?.light ? 'var(--color-data-ink-light)' : 'var(--color-data-ink-dark)'}
                      aria-hidden="true"
                    >
                      {n.ratio(item?.rca)}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
        <ul className="research-legend" aria-label={t('research.heat.legend')}>
          {legend.map((c) => (
            <li key={c.fill}>
              <span className="research-swatch" style={{ background: `var(${c.fill})` }} />
              {c.text}
            </li>
          ))}
          <li>
            <span
              className="research-swatch"
              style={{ background: 'var(--color-chain-no-data)' }}
            />
            {t('research.noData')}
          </li>
        </ul>
      </ChartFrame>
      <DataTable
        rows={members.map((iso3) => ({ iso3 }))}
        columns={columns}
        caption={t('research.heat.table', { year })}
        csvName={`research-specialisation-${year}`}
        label={t('research.heat.table', { year })}
        rowKey={(r) => r.iso3}
        filterable={false}
      />
    </>
  );
}
