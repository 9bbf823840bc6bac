// The opinion map of a conversation: every placed participant a point on the two principal
// components, coloured by opinion group, each group outlined by its convex hull and lettered; the
// caller's own point ringed. Pointing at a group (its outline or its legend button, which the
// keyboard reaches) shows its representative statements beside the map.
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { groupColour, groupLetter, type OpinionMap, type Statement } from './queries.ts';

type Pt = readonly [number, number];

/** The convex hull of points (Andrew's monotone chain), counter-clockwise, no repeated point. */
export function convexHull(points: readonly Pt[]): Pt[] {
  const ps = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (ps.length <= 2) return ps;
  const cross = (o: Pt, a: Pt, b: Pt) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Pt[] = [];
  for (const p of ps) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Pt[] = [];
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A hull pushed outwards by `pad` from its centre, so the outline clears the points. */
function padded(hull: readonly Pt[], pad: number): Pt[] {
  if (hull.length === 0) return [];
  const cx = hull.reduce((s, p) => s + p[0], 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p[1], 0) / hull.length;
  return hull.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    return [x + ((x - cx) / d) * pad, y + ((y - cy) / d) * pad] as const;
  });
}

const W = 640;
const H = 420;
const M = 28;

export function OpinionMapChart({
  map,
  statements,
  fileName,
}: {
  map: OpinionMap;
  statements: ReadonlyMap<string, Statement>;
  fileName: string;
}) {
  const t = useT();
  const intl = useIntl();
  const mine = map.me?.group ?? null;
  const [active, setActive] = useState<number | null>(null);
  const shown = active ?? mine ?? (map.groups.length > 0 ? 0 : null);
  const xs = map.participants.map((p) => p.x);
  const ys = map.participants.map((p) => p.y);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [-1, 1];
  const [y0, y1] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [-1, 1];
  const sx = (x: number) => M + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * M);
  const sy = (y: number) => H - M - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * M);
  const byGroup = new Map<number, Pt[]>();
  for (const p of map.participants) {
    const list = byGroup.get(p.group) ?? [];
    list.push([sx(p.x), sy(p.y)]);
    byGroup.set(p.group, list);
  }
  const me = map.me ? map.participants.find((p) => p.id === map.me!.participant) : undefined;
  const description = t('conv.map.description', {
    placed: map.participants.length,
    k: map.k,
    notPlaced: map.notPlaced,
  });
  const group = shown === null ? undefined : map.groups.find((g) => g.id === shown);
  return (
    <div className="opinion-map">
      <ChartFrame title={t('conv.map.title')} description={description} fileName={fileName}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          className="opinion-map-svg"
          role="img"
          aria-label={description}
        >
          <rect x={0} y={0} width={W} height={H} fill="var(--color-surface)" />
          <line x1={M} x2={W - M} y1={sy(0)} y2={sy(0)} stroke="var(--color-line-subtle)" />
          <line x1={sx(0)} x2={sx(0)} y1={M} y2={H - M} stroke="var(--color-line-subtle)" />
          {map.groups.map((g) => {
            const pts = byGroup.get(g.id) ?? [];
            const hull = padded(convexHull(pts), 10);
            const cx = pts.reduce((s, p) => s + p[0], 0) / (pts.length || 1);
            const top = Math.min(...pts.map((p) => p[1]), H);
            return (
              <g
                key={g.id}
                data-group={g.id}
                className={shown === g.id ? 'hull hull-active' : 'hull'}
                onMouseEnter={() => setActive(g.id)}
              >
                {hull.length >= 3 && (
                  <polygon
                    points={hull.map((p) => p.join(',')).join(' ')}
                    fill={groupColour(g.id)}
                    fillOpacity={shown === g.id ? 0.16 : 0.07}
                    stroke={groupColour(g.id)}
                    strokeWidth={shown === g.id ? 2.5 : 1.5}
                    strokeLinejoin="round"
                  />
                )}
                <text
                  x={cx}
                  y={Math.max(14, top - 14)}
                  textAnchor="middle"
                  fontSize="15"
                  fontWeight="700"
                  fill={groupColour(g.id)}
                >
                  {groupLetter(g.id)}
                </text>
              </g>
            );
          })}
          {map.participants.map((p) => (
            <circle
              key={p.id}
              data-participant={p.id}
              cx={sx(p.x)}
              cy={sy(p.y)}
              r={3.2}
              fill={groupColour(p.group)}
              fillOpacity={0.8}
              pointerEvents="none"
            />
          ))}
          {me && (
            <g className="opinion-me" data-me={me.id}>
              <circle
                cx={sx(me.x)}
                cy={sy(me.y)}
                r={8}
                fill="none"
                stroke="var(--color-ink)"
                strokeWidth={2}
              />
              <text
                x={sx(me.x) > W - 48 ? sx(me.x) - 11 : sx(me.x) + 11}
                y={sy(me.y) + 4}
                textAnchor={sx(me.x) > W - 48 ? 'end' : 'start'}
                fontSize="12"
                fontWeight="600"
                fill="var(--color-ink)"
              >
                {t('conv.map.you')}
              </text>
            </g>
          )}
        </svg>
      </ChartFrame>
      <div className="opinion-groups">
        <ul className="opinion-legend" aria-label={t('conv.map.legend')}>
          {map.groups.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className="opinion-group-button"
                data-group={g.id}
                aria-pressed={shown === g.id}
                onClick={() => setActive(g.id)}
                onFocus={() => setActive(g.id)}
              >
                <span
                  className="swatch"
                  style={{ background: groupColour(g.id) }}
                  aria-hidden="true"
                />{' '}
                {t('conv.map.group', {
                  letter: groupLetter(g.id),
                  size: g.size,
                  weight: intl.formatNumber(g.weight, { maximumFractionDigits: 1 }),
                  weighted: map.weight === 'none' ? 0 : 1,
                })}
                {mine === g.id ? ` · ${t('conv.map.yours')}` : ''}
              </button>
            </li>
          ))}
        </ul>
        {group && (
          <section
            className="opinion-repness"
            id="opinion-repness"
            data-group={group.id}
            aria-live="polite"
            aria-labelledby="opinion-repness-heading"
          >
            <h3 id="opinion-repness-heading">
              {t('conv.repness.title', { letter: groupLetter(group.id) })}
            </h3>
            {group.representative.length === 0 ? (
              <p className="muted">{t('conv.repness.none')}</p>
            ) : (
              <ol className="repness-list">
                {group.representative.map((r) => {
                  const s = statements.get(r.statement);
                  return (
                    <li key={r.statement} data-statement={r.statement} data-direction={r.direction}>
                      <span className={`vote-mark vote-${r.direction}`}>
                        {t(
                          r.direction === 'agree' ? 'conv.repness.agree' : 'conv.repness.disagree',
                          {
                            share: intl.formatNumber(r.share, { style: 'percent' }),
                          },
                        )}
                      </span>{' '}
                      <q lang={s?.language ?? undefined}>{s?.text ?? `#${r.statement}`}</q>
                      {!r.significant && (
                        <span className="muted"> {t('conv.repness.notSignificant')}</span>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
