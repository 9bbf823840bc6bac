// The economy picker: a search box (name, ISO3, official name, ISO2; accents ignored) over a list
// of economies (and, where a page offers it, the EU), each a toggle button named by what it does
// ("Add Japan as member", "Remove Germany"); the chosen ones as removable chips. Keyboard: Down
// from the search box enters the list, Up/Down/Home/End move through it, Enter or Space toggles,
// Escape returns to the search box. Buttons keep their place, so focus stays where the reader is.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import './picker.css';
import './economy-picker.css';

export interface PickerEntry {
  code: string;
  name: string;
  /** Shown after the name, e.g. "USA" or "EU · member only". */
  detail: string;
  /** Other words that find the entry (official name, ISO2). */
  keywords?: string;
}

export interface PickerState {
  /** True when the entry is chosen (a participant, an economy of the what-if). */
  selected: boolean;
  /** What the button does in a sentence, e.g. "Add Japan as member" (its title). */
  label: string;
  /** The short visible action, e.g. "Add as member" or "✓ in · remove". */
  action: string;
}

export interface EconomyPickerProps {
  /** The search box's id (its list is `${id}-list`). */
  id: string;
  /** The search box's label. */
  label: string;
  entries: readonly PickerEntry[];
  stateOf: (entry: PickerEntry) => PickerState;
  onToggle: (entry: PickerEntry) => void;
  /** Show the chosen entries as removable chips above the list (default true). */
  chips?: boolean;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The entries whose words contain every word typed, in their order. */
export function matchEntries<E extends PickerEntry>(entries: readonly E[], query: string): E[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = fold(`${e.name} ${e.code} ${e.keywords ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

export function EconomyPicker({
  id,
  label,
  entries,
  stateOf,
  onToggle,
  chips = true,
}: EconomyPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const chipsLabel = useId();
  const shown = useMemo(() => matchEntries(entries, query), [entries, query]);
  const chosen = entries.filter((e) => stateOf(e).selected);
  const typed = query.trim() !== '';

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('.picker-item') ?? [])];
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => {
      e.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, n))]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') {
      if (at <= 0) {
        e.preventDefault();
        searchRef.current?.focus();
      } else go(at - 1);
    } else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      searchRef.current?.focus();
    }
  };

  return (
    <div className="picker">
      <div className="field field-wide">
        <label htmlFor={id}>{label}</label>
        <input
          ref={searchRef}
          type="search"
          id={id}
          autoComplete="off"
          aria-controls={`${id}-list`}
          aria-describedby={`${id}-count`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              items()[0]?.focus();
            }
          }}
        />
      </div>
      {chips && chosen.length > 0 && (
        <>
          <p id={chipsLabel} className="visually-hidden">
            {t('picker.chosen', { count: chosen.length })}
          </p>
          <ul className="picker-chips" aria-labelledby={chipsLabel}>
            {chosen.map((e) => (
              <li key={e.code} className="picker-chip" data-code={e.code}>
                {e.name}
                <button
                  type="button"
                  aria-label={t('picker.deselect', { name: e.name })}
                  onClick={() => onToggle(e)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="picker-count" id={`${id}-count`} aria-live="polite">
        {shown.length === 0
          ? t('picker.none')
          : typed
            ? t('picker.matches', { count: shown.length })
            : t('picker.all', { count: shown.length })}
      </p>
      <div className="picker-scroll">
        <ul className="picker-list" id={`${id}-list`} aria-label={label} onKeyDown={onListKey}>
          {shown.map((entry) => {
            const state = stateOf(entry);
            return (
              <li key={entry.code}>
                <button
                  type="button"
                  className={`picker-item${state.selected ? ' is-selected' : ''}`}
                  data-code={entry.code}
                  // Named by what it shows ("Japan · JPN · Add as member"), so what a reader sees
                  // is what speech input and screen readers hear; the full sentence is its title.
                  title={state.label}
                  aria-pressed={state.selected}
                  onClick={() => onToggle(entry)}
                >
                  <span className="picker-name">{entry.name}</span>
                  <span className="picker-detail">
                    <span className="visually-hidden"> · </span>
                    {entry.detail}
                  </span>
                  <span className="picker-action">
                    <span className="visually-hidden"> · </span>
                    {state.action}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
