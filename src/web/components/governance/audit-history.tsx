// The proposal page's history section: the proposal's events from the signed governance event log
// (who created, edited, moved, commented and voted, and when), fetched on its own so that a failure
// leaves the page intact. Its lines are worded by audit-history.ts (the audit page uses them too).
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { actorLabel, auditApi, describeEvent } from '../audit-history.ts';
import { useWhen } from './governance-tally.tsx';
import './governance.css';
import './audit.css';

export function HistorySection({ proposalId, version }: { proposalId: string; version: string }) {
  const t = useT();
  const when = useWhen();
  const query = useQuery({
    // The proposal's version and state in the key: each change is fetched again.
    queryKey: ['proposal', proposalId, 'history', version],
    queryFn: ({ signal }) => auditApi.history(proposalId, signal),
  });
  return (
    <section className="gov-section" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">{t('gov.history.title')}</h2>
      <p className="field-hint">
        {t('gov.history.lede')} <a href="#/audit">{t('gov.history.link')}</a>.
      </p>
      <QueryState query={query} what={t('gov.history.what')} errorTitle={t('gov.history.failed')}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('gov.history.none')}</p>
          ) : (
            <ol className="audit-timeline" id="proposal-history">
              {items.map((i) => (
                <li key={i.seq} className="audit-timeline-item" data-type={i.type}>
                  <time dateTime={i.at} title={when(i.at, true)}>
                    {when(i.at)}
                  </time>{' '}
                  <span className="audit-event">{describeEvent(t, i.type, i.details)}</span> —{' '}
                  <span className="audit-actor">{actorLabel(t, i)}</span>{' '}
                  <span className="audit-seq">#{i.seq}</span>
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
