// The form for a new draft proposal: title, text, confidentiality (with the delegations of a
// restricted one) and the workstream it is proposed in (POST /api/v1/proposals).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONFIDENTIALITY_LEVELS } from '../../../core/governance/proposal.ts';
import { api, ApiError, data, type RequestBodyOf, type ResponseOf } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field, fieldErrors } from '../../ui/field.tsx';
import type { Confidentiality, Me, Workstream } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import './governance.css';

/** The workstreams `me` may propose in (the secretariat: all). */
export function proposableWorkstreams(me: Me, workstreams: readonly Workstream[]): Workstream[] {
  const a = me.account;
  if (!a) return [];
  if (a.role === 'secretariat') return [...workstreams];
  if (a.role !== 'member_delegate' && a.role !== 'partner_delegate') return [];
  return workstreams.filter((w) =>
    w.participants.some((p) => p.delegation === a.delegation && p.rights.includes('propose')),
  );
}

export function ProposalForm({
  me,
  workstreams,
  onCreated,
  onCancel,
}: {
  me: Me;
  workstreams: readonly Workstream[];
  onCreated: (p: ResponseOf<'/api/v1/proposals', 'post'>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const secretariat = me.account?.role === 'secretariat';
  const mine = proposableWorkstreams(me, workstreams);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('alliance');
  const [restricted, setRestricted] = useState('');
  const [workstream, setWorkstream] = useState(secretariat ? '' : (mine[0]?.code ?? ''));
  const [problems, setProblems] = useState<string[]>([]);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const labels = {
    title: t('gov.newProposal.title'),
    text: t('gov.newProposal.text'),
    workstream: t('gov.newProposal.workstream'),
    confidentiality: t('gov.newProposal.confidentiality'),
    restrictedTo: t('gov.newProposal.seenBy'),
  };
  const create = useMutation({
    mutationFn: (body: RequestBodyOf<'/api/v1/proposals', 'post'>) =>
      data(api.POST('/api/v1/proposals', { body })),
    onSuccess: onCreated,
  });
  const issues = create.error instanceof ApiError ? fieldErrors(create.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.reset();
    const codes = restricted
      .split(/[\s,;]+/)
      .map((x) => x.trim().toUpperCase())
      .filter(Boolean);
    const found = [
      title.trim() ? null : t('gov.newProposal.noTitle'),
      text.trim() ? null : t('gov.newProposal.noText'),
      confidentiality === 'restricted' && codes.length === 0
        ? t('gov.newProposal.noDelegations')
        : null,
      !secretariat && !workstream ? t('gov.newProposal.noWorkstream') : null,
    ].filter((x): x is string => x !== null);
    setProblems(found);
    if (found.length) return;
    create.mutate({
      title: title.trim(),
      text,
      confidentiality,
      ...(confidentiality === 'restricted' ? { restrictedTo: codes } : {}),
      workstream: workstream || null,
    });
  };
  return (
    <form
      className="gov-form gov-new-proposal card"
      noValidate
      id="new-proposal"
      aria-labelledby="new-proposal-heading"
      onSubmit={submit}
    >
      <h2 id="new-proposal-heading">{t('gov.newProposal.heading')}</h2>
      <p className="field-hint">{t('gov.newProposal.hint')}</p>
      <Field label={labels.title} id="new-title" error={issues.title} className="gov-field-full">
        <input
          ref={titleRef}
          type="text"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field label={labels.text} id="new-text" error={issues.text} className="gov-field-full">
        <textarea rows={10} required value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="controls">
        <Field label={labels.workstream} id="new-workstream" error={issues.workstream}>
          <select value={workstream} onChange={(e) => setWorkstream(e.target.value)}>
            {secretariat && <option value="">{t('gov.newProposal.none')}</option>}
            {mine.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name} ({w.code})
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={labels.confidentiality}
          id="new-confidentiality"
          hint={t('gov.newProposal.seenByHint', { who: t(`gov.conf.hint.${confidentiality}`) })}
          error={issues.confidentiality}
        >
          <select
            value={confidentiality}
            onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}
          >
            {CONFIDENTIALITY_LEVELS.map((c) => (
              <option key={c} value={c}>
                {t(`gov.conf.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        {confidentiality === 'restricted' && (
          <Field
            label={labels.restrictedTo}
            id="new-restricted"
            hint={t('gov.newProposal.codesHint')}
            error={issues.restrictedTo}
            className="field-wide"
          >
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder="DEU, FRA, JPN"
              value={restricted}
              onChange={(e) => setRestricted(e.target.value)}
            />
          </Field>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('gov.newProposal.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('gov.newProposal.cancel')}
        </button>
      </div>
      <div aria-live="polite">
        {problems.length > 0 && (
          <p className="field-error" role="alert">
            {problems.join(' ')}
          </p>
        )}
        {create.isError && (
          <GovError title={t('gov.newProposal.failed')} error={create.error} labels={labels} />
        )}
      </div>
    </form>
  );
}
