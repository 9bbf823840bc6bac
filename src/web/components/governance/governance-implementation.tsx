// A member delegation's report on implementing an adopted proposal: status, evidence link and the
// day it describes (POST /api/v1/proposals/:id/implementation); the commitments page shows them all.
// The React twin of governance-implementation.ts (the commitments page still uses that module).
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field, fieldErrors } from '../../ui/field.tsx';
import type { CommitmentStatus } from '../governance-implementation.ts';
import type { ProposalView } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import './governance.css';

const STATUSES: readonly CommitmentStatus[] = [
  'not_started',
  'in_progress',
  'done',
  'will_not_implement',
];

const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The report form of a delegation that may report on this proposal. */
export function ImplementationSection({
  proposal,
  delegation,
}: {
  proposal: ProposalView;
  delegation: string | null;
}) {
  const t = useT();
  const [status, setStatus] = useState<CommitmentStatus>('not_started');
  const [evidence, setEvidence] = useState('');
  const [date, setDate] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMutation({
    mutationFn: () => {
      const url = evidence.trim();
      return data(
        api.POST('/api/v1/proposals/{id}/implementation', {
          params: { path: { id: proposal.id } },
          body: { status, ...(url ? { evidenceUrl: url } : {}), date },
        }),
      );
    },
    onSuccess: (r) =>
      announce(t('gov.report.done', { status: t(`gov.commitment.${r.status}`), date: r.date })),
  });
  const labels = {
    status: t('gov.report.status'),
    evidenceUrl: t('gov.report.evidence'),
    date: t('gov.report.date'),
  };
  const issues = report.error instanceof ApiError ? fieldErrors(report.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!date) return setProblem(t('gov.report.needDate'));
    setProblem(null);
    report.mutate();
  };
  return (
    <section
      className="gov-section gov-implementation card"
      id="implementation"
      aria-labelledby="implementation-heading"
    >
      <h2 id="implementation-heading">{t('gov.report.title')}</h2>
      <p className="field-hint" id="report-evidence-hint">
        {t('gov.report.lede', { delegation: delegation ?? t('gov.report.yourDelegation') })}{' '}
        <a href="#/commitments">{t('gov.report.dashboard')}</a>.
      </p>
      <form
        className="gov-form gov-report-form"
        noValidate
        aria-label={t('gov.report.form')}
        onSubmit={submit}
      >
        <Field label={labels.status} error={issues.status ?? null}>
          <select
            id="report-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`gov.commitment.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.evidenceUrl} className="field-wide" error={issues.evidenceUrl ?? null}>
          <input
            type="url"
            id="report-evidence"
            maxLength={2000}
            placeholder="https://example.gov/report"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </Field>
        <Field label={labels.date} error={problem ?? issues.date ?? null}>
          <input
            type="date"
            id="report-date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={report.isPending}>
            {t('gov.report.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite" id="report-result">
        {report.isError && (
          <GovError title={t('gov.report.failed')} error={report.error} labels={labels} />
        )}
        {report.isSuccess && (
          <p className="notice notice-success">
            {t('gov.report.for', { member: report.data.member })}{' '}
            <span
              className={`badge gov-commitment gov-commitment-${report.data.status}`}
              data-status={report.data.status}
            >
              {t(`gov.commitment.${report.data.status}`)}
            </span>{' '}
            {t('gov.report.asOf', { date: report.data.date })}{' '}
            <a href="#/commitments">{t('gov.report.all')}</a>
          </p>
        )}
      </div>
    </section>
  );
}
