// Members' positions (`#/positions?workstream=export_controls`): the policy issues with their
// options, the agreed option, how many members answered, how many have a pending position and how
// far apart they are; the secretariat creates an issue here.
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../api/client.ts';
import { useSession } from '../components/governance/use-session.ts';
import { usePolicyLabels } from '../components/policies/labels.ts';
import {
  CONFIDENTIALITIES,
  mayAdministerIssues,
  percent,
  useIssues,
  type Confidentiality,
  type IssueSummary,
} from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { signInHref } from '../session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { issueHref, type PositionsSearch } from './policies-search.ts';

export function PositionsPage() {
  const t = useT();
  const search: PositionsSearch = useSearch({ from: '/positions' });
  const navigate = useNavigate({ from: '/positions' });
  const me = useSession().data;
  const admin = mayAdministerIssues(me);
  const issues = useIssues(search.workstream, me?.account?.id ?? 'anonymous');
  const all = useIssues(undefined, me?.account?.id ?? 'anonymous');
  const workstreams = [...new Set((all.data?.items ?? []).map((i) => i.workstream))].sort();
  return (
    <>
      <PageHeading title={t('positions.title')} />
      <p className="lede">{t('positions.lede')}</p>
      <nav className="page-actions" aria-label={t('positions.links')}>
        <a
          className="button button-secondary"
          href={`#/positions/matrix${search.workstream ? `?workstream=${encodeURIComponent(search.workstream)}` : ''}`}
        >
          {t('positions.matrixLink')}
        </a>
      </nav>
      <section
        className="analysis"
        aria-labelledby="issues-heading"
        aria-busy={issues.isFetching || undefined}
      >
        <h2 id="issues-heading" className="visually-hidden">
          {t('positions.title')}
        </h2>
        <div className="controls">
          <Field label={t('positions.workstream')}>
            <select
              id="issues-workstream"
              value={search.workstream ?? ''}
              onChange={(e) =>
                void navigate({
                  search: { workstream: e.target.value || undefined },
                  replace: true,
                })
              }
            >
              <option value="">{t('positions.allWorkstreams')}</option>
              {workstreams.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <QueryState query={issues} what={t('positions.what')} errorTitle={t('positions.error')}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="notice" id="issues-none">
                {t('positions.none')}
              </p>
            ) : (
              <IssuesTable items={items} />
            )
          }
        </QueryState>
      </section>
      {admin ? (
        <NewIssueForm />
      ) : (
        <p className="field-hint" id="issues-who">
          {t('positions.whoCreates')}{' '}
          {me?.account ? null : <a href={signInHref()}>{t('positions.signIn')}</a>}
        </p>
      )}
    </>
  );
}

function IssuesTable({ items }: { items: readonly IssueSummary[] }) {
  const t = useT();
  return (
    <DataTable<IssueSummary>
      rows={items}
      columns={[
        {
          id: 'title',
          header: t('positions.col.title'),
          key: true,
          value: (i) => i.title,
          cell: (i) => <a href={issueHref(i.id)}>{i.title}</a>,
        },
        { id: 'workstream', header: t('positions.col.workstream'), value: (i) => i.workstream },
        {
          id: 'options',
          header: t('positions.col.options'),
          value: (i) => i.options.join(' · '),
          cell: (i) => (
            <ol className="issue-options-inline">
              {i.options.map((o, n) => (
                <li key={n} className={n === i.agreedOption ? 'is-agreed' : undefined}>
                  {o}
                </li>
              ))}
            </ol>
          ),
        },
        {
          id: 'agreed',
          header: t('positions.col.agreed'),
          value: (i) =>
            i.agreedOption === null ? t('positions.notAgreed') : (i.options[i.agreedOption] ?? ''),
        },
        {
          id: 'answered',
          header: t('positions.col.answered'),
          numeric: true,
          value: (i) => i.answered,
        },
        {
          id: 'pending',
          header: t('positions.col.pending'),
          numeric: true,
          value: (i) => i.pending,
        },
        {
          id: 'divergence',
          header: t('positions.col.divergence'),
          numeric: true,
          value: (i) =>
            i.meanDivergence === null ? null : Math.round(i.meanDivergence * 100) / 100,
          cell: (i) => percent(i.meanDivergence),
        },
      ]}
      caption={t('positions.caption', { count: items.length })}
      csvName="policy-issues"
      label={t('positions.title')}
      rowKey={(i) => i.id}
      rowProps={(i) => ({ 'data-issue': i.id })}
      className="issues-table"
    />
  );
}

function NewIssueForm() {
  const t = useT();
  const navigate = useNavigate();
  const labels = usePolicyLabels();
  const [id, setId] = useState('');
  const [workstream, setWorkstream] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [options, setOptions] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('alliance');
  const names = {
    id: t('positions.new.id'),
    workstream: t('positions.new.workstream'),
    title: t('positions.new.titleField'),
    description: t('positions.new.description'),
    options: t('positions.new.options'),
    confidentiality: t('positions.new.confidentiality'),
  };
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/positions/issues', {
          body: {
            id: id.trim(),
            workstream: workstream.trim(),
            title: title.trim(),
            description: description.trim(),
            options: options
              .split('\n')
              .map((o) => o.trim())
              .filter((o) => o !== ''),
            confidentiality,
          },
        }),
      ),
    onSuccess: (issue) => {
      announce(t('positions.new.created', { title: issue.title }));
      void navigate({ to: '/positions/issue', search: { id: issue.id } });
    },
  });
  const errors = create.error instanceof ApiError ? fieldErrors(create.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const issueOf = (path: string) =>
    Object.entries(errors)
      .filter(([p]) => p === path || p.startsWith(`${path}.`))
      .map(([, m]) => m)
      .join('; ') || null;
  return (
    <section className="analysis" aria-labelledby="new-issue-heading">
      <h2 id="new-issue-heading">{t('positions.new.title')}</h2>
      <form className="policies-form" id="new-issue-form" onSubmit={submit} noValidate>
        <div className="controls">
          <Field label={names.id} hint={t('positions.new.idHint')} error={issueOf('id')}>
            <input
              id="new-issue-id"
              type="text"
              required
              maxLength={60}
              spellCheck={false}
              autoComplete="off"
              value={id}
              onChange={(e) => setId(e.target.value.toLowerCase())}
            />
          </Field>
          <Field label={names.workstream} error={issueOf('workstream')}>
            <input
              id="new-issue-workstream"
              type="text"
              required
              maxLength={40}
              spellCheck={false}
              autoComplete="off"
              value={workstream}
              onChange={(e) => setWorkstream(e.target.value)}
            />
          </Field>
          <Field label={names.confidentiality}>
            <select
              id="new-issue-confidentiality"
              value={confidentiality}
              onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}
            >
              {CONFIDENTIALITIES.map((c) => (
                <option key={c} value={c}>
                  {labels.confidentiality(c)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={names.title} error={issueOf('title')} className="field-wide">
          <input
            id="new-issue-title"
            type="text"
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field label={names.description} error={issueOf('description')} className="field-wide">
          <textarea
            id="new-issue-description"
            rows={3}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field
          label={names.options}
          hint={t('positions.new.optionsHint')}
          error={issueOf('options')}
          className="field-wide"
        >
          <textarea
            id="new-issue-options"
            rows={5}
            required
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </Field>
        {create.error && !(create.error instanceof ApiError && create.error.issues.length > 0) && (
          <ErrorNotice title={t('positions.new.title')} error={create.error} labels={names} />
        )}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('positions.new.submit')}
        </button>
      </form>
    </section>
  );
}
