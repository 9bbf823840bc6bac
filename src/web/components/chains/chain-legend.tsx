// The legend of the supply-chain graph: what the colours mean (with counts), the year of the
// figures, the chokepoint outline, the "no known share" outline and the node shapes.
import { useT } from '../../i18n/i18n.tsx';
import type { InputKind } from '../chain-model.ts';
import type { ColourScale } from '../chain-colour.ts';
import type { ItemPaint } from '../chain-paint.ts';
import { kindMessage } from './chain-words.ts';
import './chains.css';

/** A small drawing of a node shape, for the key (the graph draws the same, chain-graph.ts). */
function ShapeIcon({ kind }: { kind: InputKind }) {
  const attrs = {
    fill: 'var(--color-chain-node)',
    stroke: 'var(--color-chain-node-border)',
    strokeWidth: 1.2,
  };
  const shape =
    kind === 'process' ? (
      <rect x={1} y={2} width={26} height={12} rx={4} {...attrs} />
    ) : kind === 'tool' ? (
      <rect x={1} y={2} width={26} height={12} {...attrs} />
    ) : kind === 'material' ? (
      <polygon points="4,2 24,2 27,5 27,11 24,14 4,14 1,11 1,5" {...attrs} />
    ) : kind === 'design_resource' ? (
      <polygon points="6,2 22,2 27,8 22,14 6,14 1,8" {...attrs} />
    ) : (
      <polygon points="6,2 22,2 27,5 27,11 22,14 6,14 1,11 1,5" {...attrs} />
    );
  return (
    <svg width={28} height={16} viewBox="0 0 28 16" aria-hidden="true">
      {shape}
    </svg>
  );
}

export function ChainLegend({
  scale,
  paints,
  yearLabel,
  note,
  kinds,
  showChokepointOutline,
}: {
  scale: ColourScale;
  paints: ReadonlyMap<string, ItemPaint>;
  /** e.g. "Year: latest per input (2019–2025)". */
  yearLabel: string;
  /** Extra line, e.g. the shocks of the scenario shown. */
  note?: string | undefined;
  kinds: readonly InputKind[];
  /** False when the chokepoint outline is not drawn (colouring by chokepoint already shows it). */
  showChokepointOutline: boolean;
}) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const p of paints.values()) counts.set(p.colourClass, (counts.get(p.colourClass) ?? 0) + 1);
  const noData = counts.get('no-data') ?? 0;
  return (
    <figure className="map-legend chain-legend" aria-label={t('chains.legend.label')}>
      <figcaption>
        <span className="legend-title">{scale.title}</span>
        <span className="legend-meta chain-legend-year">{yearLabel}</span>
        {note && <span className="legend-meta">{note}</span>}
      </figcaption>
      <ul className="legend-bins">
        {[...scale.classes].reverse().map((c) => (
          <li key={c.key}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="legend-label">{c.label}</span>
            <span className="legend-count">({counts.get(c.key) ?? 0})</span>
          </li>
        ))}
        {noData > 0 && (
          <li>
            <span className="swatch swatch-dashed" aria-hidden="true" />
            <span className="legend-label">{t('chains.legend.noData')}</span>
            <span className="legend-count">({noData})</span>
          </li>
        )}
        {showChokepointOutline && (
          <li>
            <span className="swatch swatch-chokepoint" aria-hidden="true" />
            <span className="legend-label">{t('chains.legend.chokepoint')}</span>
          </li>
        )}
      </ul>
      {kinds.length > 1 && (
        <ul className="legend-shapes" aria-label={t('chains.legend.shapes')}>
          {kinds.map((k) => (
            <li key={k}>
              <ShapeIcon kind={k} />
              {t(kindMessage[k])}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
