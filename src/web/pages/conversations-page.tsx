// The conversations (`#/conversations`): consultations run as open conversations — participants
// write short statements and vote agree, disagree or pass on others' — with their state and
// counts; the secretariat starts a new one with its seed statements here.
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../api/client.ts';
import {
  mayModerate,
  useConversations,
  type ConversationSummary,
} from '../components/conversations/queries.ts';
import '../components/conversations/conversations.css';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { conversationHref } from './conversations-search.ts';

export function ConversationsPage() {
  const t = useT();
  const me = useSession().data;
  const who = me?.account?.id ?? 'anonymous';
  const list = useConversations(who);
  return (
    <>
      <PageHeading title={t('conv.list.title')} />
      <p className="lede">{t('conv.list.lede')}</p>
      <QueryState query={list} what={t('conv.list.what')} errorTitle={t('conv.list.error')}>
        {(l) =>
          l.items.length === 0 ? (
            <p className="notice" id="conversations-none">
              {t('conv.list.none')}
            </p>
          ) : (
            <DataTable<ConversationSummary>
              rows={l.items}
              columns={[
                {
                  id: 'title',
                  header: t('conv.col.title'),
                  key: true,
                  value: (c) => c.title,
                  cell: (c) => <a href={conversationHref(c.code)}>{c.title}</a>,
                },
                {
                  id: 'state',
                  header: t('conv.item.state'),
                  value: (c) => t(c.open ? 'conv.state.open' : 'conv.state.closed'),
                },
                {
                  id: 'participants',
                  header: t('conv.col.participants'),
                  numeric: true,
                  value: (c) => c.counts.participants,
                },
                {
                  id: 'votes',
                  header: t('conv.col.votes'),
                  numeric: true,
                  value: (c) => c.counts.votes,
                },
                {
                  id: 'statements',
                  header: t('conv.col.statements'),
                  numeric: true,
                  value: (c) => c.counts.statements.accepted,
                },
                {
                  id: 'pending',
                  header: t('conv.col.pending'),
                  numeric: true,
                  value: (c) => c.counts.statements.pending,
                  visible: mayModerate(me),
                },
                {
                  id: 'level',
                  header: t('conv.item.confidentiality'),
                  value: (c) => t(`conv.level.${c.confidentiality}`),
                },
                {
                  id: 'source',
                  header: t('conv.item.source'),
                  value: (c) =>
                    t(c.source === 'polis' ? 'conv.source.polis' : 'conv.source.platform'),
                },
              ]}
              caption={t('conv.list.caption', { count: l.items.length })}
              csvName="conversations"
              label={t('conv.list.title')}
              rowKey={(c) => c.code}
              rowProps={(c) => ({ 'data-code': c.code })}
            />
          )
        }
      </QueryState>
      {mayModerate(me) && <NewConversation />}
    </>
  );
}

const issuesOf = (error: unknown): Record<string, string> =>
  error instanceof ApiError ? fieldErrors(error.issues) : {};

function NewConversation() {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [confidentiality, setConfidentiality] = useState<'public' | 'alliance' | 'members'>(
    'alliance',
  );
  const [seeds, setSeeds] = useState('');
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/consultations/conversations', {
          body: {
            code: code.trim(),
            title: title.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            confidentiality,
            seeds: seeds
              .split('\n')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
          },
        }),
      ),
    onSuccess: (c) => {
      announce(t('conv.new.done', { title: c.title }));
      void navigate({ to: '/conversations/item', search: { code: c.code } });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const errors = issuesOf(create.error);
  const seedError = Object.entries(errors)
    .filter(([path]) => path.startsWith('seeds'))
    .map(([, m]) => m)
    .join('; ');
  return (
    <form
      onSubmit={submit}
      noValidate
      id="new-conversation-form"
      className="panel"
      aria-labelledby="new-conversation-heading"
    >
      <h2 id="new-conversation-heading">{t('conv.new.title')}</h2>
      <Field label={t('conv.new.code')} hint={t('conv.new.codeHint')} error={errors.code ?? null}>
        <input id="new-conversation-code" value={code} onChange={(e) => setCode(e.target.value)} />
      </Field>
      <Field label={t('conv.new.name')} error={errors.title ?? null}>
        <input
          id="new-conversation-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field label={t('conv.new.description')} error={errors.description ?? null}>
        <textarea
          id="new-conversation-description"
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <Field label={t('conv.item.confidentiality')} error={errors.confidentiality ?? null}>
        <select
          id="new-conversation-confidentiality"
          value={confidentiality}
          onChange={(e) => setConfidentiality(e.target.value as typeof confidentiality)}
        >
          {(['public', 'alliance', 'members'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`conv.level.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('conv.new.seeds')} hint={t('conv.new.seedsHint')} error={seedError || null}>
        <textarea
          id="new-conversation-seeds"
          rows={5}
          value={seeds}
          onChange={(e) => setSeeds(e.target.value)}
        />
      </Field>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('conv.new.submit')}
      </button>
      {create.isError && Object.keys(errors).length === 0 && (
        <ErrorNotice title={t('conv.new.failed')} error={create.error} />
      )}
    </form>
  );
}
