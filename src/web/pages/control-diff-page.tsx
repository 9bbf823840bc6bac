// The diff of two control lists (`#/control-lists/diff?a=wa-2025&b=no-2022`): how many entries
// each has alone, which shared entries differ (paragraphs only in one, wording, numbers) with a
// link to their side-by-side view, and which could not be compared and why.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { DiffReport } from '../components/control-lists/diff-report.tsx';
import {
  useControlDiff,
  useControlLists,
  type StoredList,
} from '../components/control-lists/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { ControlDiffSearch } from './control-lists-search.ts';

function DiffForm({
  lists,
  a,
  b,
  onCompare,
}: {
  lists: readonly StoredList[];
  a: string | undefined;
  b: string | undefined;
  onCompare: (a: string, b: string) => void;
}) {
  const t = useT();
  const [form, setForm] = useState({ a: a ?? lists[0]?.id ?? '', b: b ?? lists[1]?.id ?? '' });
  useEffect(() => {
    if (a && b) setForm({ a, b });
  }, [a, b]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.a && form.b) onCompare(form.a, form.b);
  };
  const select = (side: 'a' | 'b') => (
    <select
      id={`diff-${side}`}
      value={form[side]}
      onChange={(e) => setForm((f) => ({ ...f, [side]: e.target.value }))}
    >
      {lists.map((l) => (
        <option key={l.id} value={l.id}>
          {`${l.id} · ${l.jurisdiction}`}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="diff-form"
      onSubmit={submit}
      noValidate
      aria-label={t('controlLists.diff.form')}
    >
      <div className="controls">
        <Field label={t('controlLists.diff.a')}>{select('a')}</Field>
        <Field label={t('controlLists.diff.b')}>{select('b')}</Field>
        <button type="submit" className="button" disabled={!form.a || !form.b || form.a === form.b}>
          {t('controlLists.diff.submit')}
        </button>
      </div>
    </form>
  );
}

export function ControlDiffPage() {
  const t = useT();
  const search: ControlDiffSearch = useSearch({ from: '/control-lists/diff' });
  const navigate = useNavigate({ from: '/control-lists/diff' });
  const lists = useControlLists();
  const diff = useControlDiff(search.a, search.b);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/control-lists">{t('controlLists.title')}</a>
      </p>
      <PageHeading
        title={
          search.a && search.b
            ? t('controlLists.diff.titleOf', { a: search.a, b: search.b })
            : t('controlLists.diff.title')
        }
      />
      <p className="lede">{t('controlLists.diff.lede')}</p>
      <QueryState
        query={lists}
        what={t('controlLists.lists.what')}
        errorTitle={t('controlLists.lists.error')}
      >
        {({ items }) =>
          items.length < 2 ? (
            <p className="notice">{t('controlLists.diff.needTwo')}</p>
          ) : (
            <>
              <DiffForm
                lists={items}
                a={search.a}
                b={search.b}
                onCompare={(a, b) => void navigate({ search: { a, b }, replace: true })}
              />
              {search.a && search.b && (
                <QueryState
                  query={diff}
                  what={t('controlLists.diff.what')}
                  errorTitle={t('controlLists.diff.error')}
                >
                  {(d) => <DiffReport d={d} />}
                </QueryState>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
