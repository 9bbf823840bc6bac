// "Open a proposal" from a supplier ("list supplier X") or a case ("control technology Y"): for
// accounts that may write proposals, a button that asks the API to open a draft proposal with the
// evidence written into its text, then goes to the new proposal's page. Others see who may.
// The write carries the session's CSRF token (api/client.ts).
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { signInHref } from '../../session.ts';
import { ErrorNotice } from '../../ui/query-state.tsx';
import { useSession } from '../governance/use-session.ts';
import { mayPropose } from './queries.ts';
import './misuse.css';

export type ProposalSubject =
  { supplier: string; action: 'list-supplier' } | { caseId: string; action: 'control-technology' };

export function OpenProposal({ subject, hint }: { subject: ProposalSubject; hint: string }) {
  const t = useT();
  const navigate = useNavigate();
  const session = useSession();
  const me = session.data;
  const open = useMutation({
    mutationFn: () => data(api.POST('/api/v1/misuse/proposals', { body: subject })),
    onSuccess: (p) => {
      announce(t('misuse.proposal.opened', { title: p.title }));
      void navigate({ to: '/proposals/$id', params: { id: p.proposalId } });
    },
  });
  if (!me) return null;
  if (!mayPropose(me))
    return (
      <p className="field-hint" id="proposal-who">
        {t('misuse.proposal.who')}{' '}
        {me.account ? null : <a href={signInHref()}>{t('app.signIn')}</a>}
      </p>
    );
  return (
    <div className="misuse-proposal">
      <p className="field-hint" id="proposal-hint">
        {hint}
      </p>
      <button
        type="button"
        id="open-proposal"
        className="button"
        aria-describedby="proposal-hint"
        disabled={open.isPending}
        onClick={() => open.mutate()}
      >
        {t('misuse.proposal.open')}
      </button>
      <div aria-live="polite">
        {open.isError && <ErrorNotice title={t('misuse.proposal.error')} error={open.error} />}
      </div>
    </div>
  );
}
