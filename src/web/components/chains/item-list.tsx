// The accessible twin of the graph: every stage and input as a button, grouped by lane, with its
// colour, value and year; choosing one selects it in the graph and shows its providers.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemPaint } from '../chain-paint.ts';
import './chains.css';

export interface ListItem {
  id: string;
  name: string;
  /** 0 top-level, 1 a variant, 2 a variant's variant … */
  depth: number;
  /** "Stage", "Tool", "Material" … */
  kindLabel: string;
}

export interface ListGroup {
  id: string;
  /** Null: no heading (a chain drawn as a grid). */
  label: string | null;
  items: ListItem[];
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function ItemList({
  groups,
  years,
  paints,
  selected,
  onSelect,
}: {
  groups: readonly ListGroup[];
  years: ReadonlyMap<string, number | null>;
  paints: ReadonlyMap<string, ItemPaint> | null;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const [find, setFind] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const words = fold(find).split(/\s+/).filter(Boolean);
  const matches = (item: ListItem) => words.every((w) => fold(item.name).includes(w));
  const shown = groups.reduce((n, g) => n + g.items.filter(matches).length, 0);

  // Scrolls the list (never the page) so that the chosen item is in view.
  useEffect(() => {
    const box = scroller.current;
    const li = selected
      ? box?.querySelector<HTMLElement>(`.item-row[data-item="${CSS.escape(selected)}"]`)
      : null;
    if (!box || !li) return;
    const top = li.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + li.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [selected]);

  return (
    <section className="chain-items" aria-labelledby="chain-items-title">
      <h2 className="chain-items-title" id="chain-items-title">
        {t('chains.chain.items', { count: total })}
      </h2>
      {total > 20 && (
        <>
          <div className="field field-wide">
            <label htmlFor="chain-items-search">{t('chains.chain.findItem')}</label>
            <input
              type="search"
              id="chain-items-search"
              autoComplete="off"
              aria-describedby="chain-items-count"
              value={find}
              onChange={(e) => setFind(e.target.value)}
            />
          </div>
          <p className="picker-count" id="chain-items-count" aria-live="polite">
            {words.length ? t('chains.chain.matches', { count: shown }) : ''}
          </p>
        </>
      )}
      <div className="chain-items-scroll" ref={scroller}>
        <ul className="item-groups">
          {groups.map((g) => (
            <li key={g.id} className="item-group" data-lane={g.id}>
              {g.label && (
                <h3 className="item-group-title" id={`lane-${g.id}`}>
                  {g.label}
                </h3>
              )}
              <ul className="item-list" aria-labelledby={g.label ? `lane-${g.id}` : undefined}>
                {g.items.map((item) => {
                  const p = paints?.get(item.id);
                  const year = years.get(item.id);
                  const on = item.id === selected;
                  return (
                    <li
                      key={item.id}
                      className="item-row"
                      data-item={item.id}
                      data-colour-class={p?.colourClass}
                      data-colour={p?.colour}
                      data-availability={
                        p && p.availabilityPct !== null
                          ? String(Math.round(p.availabilityPct * 10) / 10)
                          : undefined
                      }
                      hidden={!on && !matches(item)}
                    >
                      <button
                        type="button"
                        className="item-button"
                        aria-pressed={on}
                        style={
                          item.depth ? { paddingLeft: `${0.5 + item.depth * 0.9}rem` } : undefined
                        }
                        onClick={() => onSelect(item.id)}
                      >
                        <span
                          className={p?.noData ? 'swatch swatch-dashed' : 'swatch'}
                          aria-hidden="true"
                          style={p ? { background: p.colour } : undefined}
                        />
                        <span className="item-text">
                          <span className="item-name">{item.name}</span>
                          <span className="item-meta">
                            {item.kindLabel} ·{' '}
                            <span className="item-value">
                              {p ? `${p.text}${year ? ` · ${year}` : ''}` : ''}
                            </span>{' '}
                            <span className="badge badge-chokepoint" hidden={!p?.chokepoint}>
                              {t('chains.chain.chokepointBadge')}
                            </span>
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
