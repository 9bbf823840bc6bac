// Workstreams: each with its decision rule and its participating delegations' rights; the
// secretariat creates and edits them here (PUT /api/v1/workstreams/:code).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeRule } from '../../core/governance/decision-rule.ts';
import { api, data } from '../api/client.ts';
import type { Workstream } from '../components/governance/api-types.ts';
import { useSession } from '../components/governance/use-session.ts';
import { WorkstreamForm } from '../components/governance/workstream-form.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite } from '../session.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

const WORKSTREAMS_KEY = ['workstreams'] as const;

function WorkstreamCard({
  w,
  onEdit,
  focused,
}: {
  w: Workstream;
  onEdit: (() => void) | null;
  focused: boolean;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
  return (
    <article
      className="card gov-workstream"
      data-workstream={w.code}
      aria-labelledby={`ws-${w.code}`}
    >
      <div className="gov-card-head">
        <h2 id={`ws-${w.code}`} ref={heading} tabIndex={focused ? -1 : undefined}>
          {w.name} <span className="code muted">{w.code}</span>
        </h2>
        {onEdit && (
          <button type="button" className="button button-quiet button-small" onClick={onEdit}>
            {t('gov.workstreams.edit')}
          </button>
        )}
      </div>
      {w.description && <p>{w.description}</p>}
      <p className="gov-rule-line">
        <strong>{t('gov.workstreams.rule')} </strong>
        {w.decisionRule ? describeRule(w.decisionRule) : t('gov.workstreams.noRule')}
      </p>
      {w.participants.length ? (
        <div className="table-scroll gov-table">
          <table className="data-table gov-rights-table">
            <caption className="visually-hidden">
              {t('gov.workstreams.caption', { name: w.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('gov.workstreams.delegation')}</th>
                <th scope="col">{t('gov.workstreams.rights')}</th>
              </tr>
            </thead>
            <tbody>
              {w.participants.map((p) => (
                <tr key={p.delegation}>
                  <th scope="row" className="code">
                    {p.delegation}
                  </th>
                  <td>{p.rights.map((r) => t(`gov.right.${r}`)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('gov.workstreams.noParticipant')}</p>
      )}
      <p>
        <a href={`#/proposals?workstream=${encodeURIComponent(w.code)}`}>
          {t('gov.workstreams.proposals')}
        </a>
      </p>
    </article>
  );
}

export function WorkstreamsPage() {
  const t = useT();
  const client = useQueryClient();
  const session = useSession();
  const me = session.data;
  const admin = Boolean(me && me.account?.role === 'secretariat' && canWrite(me));
  const query = useQuery({
    queryKey: WORKSTREAMS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/workstreams', { signal }), signal),
  });
  /** The code being edited, '' for a new workstream, null for none. */
  const [editing, setEditing] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const close = (code: string | null) => {
    setEditing(null);
    setFocus(code);
  };
  const saved = async (w: Workstream, created: boolean) => {
    announce(t(created ? 'gov.workstreams.created' : 'gov.workstreams.saved', { name: w.name }));
    await client.invalidateQueries({ queryKey: WORKSTREAMS_KEY });
    close(w.code);
  };
  return (
    <>
      <p className="breadcrumb">
        <a href="#/proposals">{t('gov.proposals.title')}</a> / {t('gov.workstreams.title')}
      </p>
      <PageHeading title={t('gov.workstreams.title')} />
      <p className="lede">{t('gov.workstreams.lede')}</p>
      <div className="page-actions">
        {admin && editing !== '' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setFocus(null);
              setEditing('');
            }}
          >
            {t('gov.workstreams.new')}
          </button>
        )}
        {session.isSuccess && !admin && (
          <p className="field-hint">
            {t('gov.workstreams.secretariatEdits')}{' '}
            <a href="#/login?next=/workstreams">{t('app.signIn')}</a>{' '}
            {t('gov.workstreams.asSecretariat')}
          </p>
        )}
      </div>
      <QueryState
        query={query}
        what={t('gov.workstreams.loading')}
        errorTitle={t('gov.workstreams.loadFailed')}
      >
        {({ items }) => {
          const taken = items.map((x) => x.code);
          return (
            <div>
              {editing === '' && (
                <WorkstreamForm
                  initial={null}
                  taken={taken}
                  onSaved={(r) => void saved(r.workstream, true)}
                  onCancel={() => close(null)}
                />
              )}
              {items.length ? (
                <div className="gov-workstream-list">
                  {items.map((w) =>
                    editing === w.code ? (
                      <WorkstreamForm
                        key={w.code}
                        initial={w}
                        taken={taken}
                        onSaved={(r) => void saved(r.workstream, false)}
                        onCancel={() => close(w.code)}
                      />
                    ) : (
                      <WorkstreamCard
                        key={w.code}
                        w={w}
                        focused={focus === w.code}
                        onEdit={
                          admin
                            ? () => {
                                setFocus(null);
                                setEditing(w.code);
                              }
                            : null
                        }
                      />
                    ),
                  )}
                </div>
              ) : (
                <p className="muted">{t('gov.workstreams.none')}</p>
              )}
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
