// The sources a chain's figures come from: citation, publisher, licence, link and notes.
import { useT } from '../../i18n/i18n.tsx';
import type { ChainSource } from '../chain-model.ts';
import { Citation } from './citation-text.tsx';
import './chains.css';

export function ChainSources({ sources }: { sources: readonly ChainSource[] }) {
  const t = useT();
  return (
    <section className="sources" aria-labelledby="chain-sources-heading">
      <h2 id="chain-sources-heading">{t('chains.sources.title', { count: sources.length })}</h2>
      {sources.length === 0 ? (
        <p className="muted">{t('chains.sources.none')}</p>
      ) : (
        <ol>
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <Citation text={s.citation} />
              <span className="muted">
                {` — ${s.publisher}${s.date ? `, ${s.date}` : ''}. `}
                {t('chains.sources.licence', { licence: s.licence })}
              </span>
              {s.url && (
                <>
                  {' '}
                  <a href={s.url} rel="noopener">
                    {s.url}
                  </a>
                </>
              )}
              {s.notes && <span className="sub source-notes">{s.notes}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
