// An institution's screening result as a flag (listed / to review / clear / not screened) and its
// hits with why: the list, the entry named, the score and each reason, and an analyst's decision.
import { useT } from '../../i18n/i18n.tsx';
import { useStatusLabel } from './labels.ts';
import type { Screening, ScreeningStatus } from './queries.ts';
import './research.css';

export function ScreeningFlag({ status }: { status: ScreeningStatus }) {
  const label = useStatusLabel();
  return (
    <span className={`research-flag research-flag-${status}`} data-status={status}>
      {label(status)}
    </span>
  );
}

export function ScreeningHits({ screening, id }: { screening: Screening; id: string }) {
  const t = useT();
  if (screening.hits.length === 0) return <p className="note">{t('research.hits.none')}</p>;
  return (
    <ul className="research-hits" id={id}>
      {screening.hits.map((h) => (
        <li key={`${h.listId}:${h.entityId}`} className="research-hit" data-list={h.listId}>
          <p>
            <strong>{h.name}</strong> — {t('research.hits.on', { list: h.listId })} ·{' '}
            {t('research.hits.score', { score: h.score.toFixed(2) })}
            {h.decision && <> · {t(`research.hits.decision.${h.decision}`)}</>}
          </p>
          <ul className="research-why">
            {h.why.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
