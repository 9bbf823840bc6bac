// A filterable list of checkboxes, one per stage and input of a chain; none ticked means every
// input.
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { Chain } from '../chain-model.ts';
import './chains.css';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function InputChecklist({
  chain,
  ticked,
  onChange,
}: {
  chain: Chain;
  ticked: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const [find, setFind] = useState('');
  const items = [
    ...chain.stages.map((s) => ({
      id: s.id,
      name: t('chains.controls.stageName', { name: s.name }),
    })),
    ...chain.inputs.map((i) => ({ id: i.id, name: i.name })),
  ];
  const words = fold(find).split(/\s+/).filter(Boolean);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...ticked, id] : ticked.filter((x) => x !== id));
  return (
    <fieldset className="input-checklist" aria-describedby="controls-inputs-count">
      <legend>{t('chains.controls.inputs')}</legend>
      <div className="field field-wide">
        <label htmlFor="controls-inputs-search">{t('chains.controls.find')}</label>
        <input
          type="search"
          id="controls-inputs-search"
          autoComplete="off"
          value={find}
          onChange={(e) => setFind(e.target.value)}
        />
      </div>
      <p className="field-hint" id="controls-inputs-count" aria-live="polite">
        {ticked.length === 0
          ? t('chains.controls.noneTicked', { count: items.length })
          : t('chains.controls.ticked', { n: ticked.length, count: items.length })}
      </p>
      <div className="checklist-scroll">
        <ul className="checklist">
          {items.map((item) => (
            <li
              key={item.id}
              className="check"
              hidden={!words.every((w) => fold(item.name).includes(w))}
            >
              <input
                type="checkbox"
                id={`control-input-${item.id}`}
                value={item.id}
                checked={ticked.includes(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
              />
              <label htmlFor={`control-input-${item.id}`}>{item.name}</label>
            </li>
          ))}
        </ul>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => onChange([])}
        >
          {t('chains.controls.clear')}
        </button>
      </div>
    </fieldset>
  );
}
