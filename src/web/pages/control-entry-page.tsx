// One control-list entry side by side across lists (`#/control-lists/entry/3B001?lists=a,b`): by
// default every list that has it; a picker chooses the lists, kept in the URL.
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { EntryGrid } from '../components/control-lists/entry-grid.tsx';
import {
  diffHref,
  useControlEntry,
  useControlLists,
  type StoredList,
} from '../components/control-lists/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { ControlEntrySearch } from './control-lists-search.ts';

function ListPicker({
  lists,
  shown,
  onShow,
}: {
  lists: readonly StoredList[];
  shown: readonly string[];
  onShow: (ids: string[]) => void;
}) {
  const t = useT();
  const [ticked, setTicked] = useState<string[]>([...shown]);
  const key = shown.join(',');
  useEffect(() => setTicked(key ? key.split(',') : []), [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Keep the lists in the order of the imported lists (regime lists first).
    onShow(lists.map((l) => l.id).filter((id) => ticked.includes(id)));
  };
  return (
    <form className="entry-lists-form" onSubmit={submit} noValidate>
      <fieldset className="list-picker">
        <legend>{t('controlLists.entry.pickLists')}</legend>
        <ul className="checklist entry-list-picker">
          {lists.map((l) => (
            <li key={l.id} className="check">
              <input
                type="checkbox"
                id={`entry-list-${l.id}`}
                checked={ticked.includes(l.id)}
                onChange={(e) =>
                  setTicked(e.target.checked ? [...ticked, l.id] : ticked.filter((x) => x !== l.id))
                }
              />
              <label htmlFor={`entry-list-${l.id}`}>{`${l.id} · ${l.jurisdiction}`}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={ticked.length === 0}>
          {t('controlLists.entry.show')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onShow([])}>
          {t('controlLists.entry.showAll')}
        </button>
      </div>
    </form>
  );
}

export function ControlEntryPage() {
  const t = useT();
  const { code = '' }: { code?: string } = useParams({ strict: false });
  const search: ControlEntrySearch = useSearch({ from: '/control-lists/entry/$code' });
  const navigate = useNavigate({ from: '/control-lists/entry/$code' });
  const entry = useControlEntry(code, search.lists);
  const lists = useControlLists();
  const shown = entry.data?.entries.map((e) => e.listId) ?? search.lists?.split(',') ?? [];
  return (
    <>
      <p className="breadcrumb">
        <a href="#/control-lists">{t('controlLists.title')}</a>
      </p>
      <PageHeading title={t('controlLists.entry.title', { code: entry.data?.code ?? code })} />
      <p className="lede">{t('controlLists.entry.lede')}</p>
      {lists.data && lists.data.items.length > 0 && (
        <details className="entry-picker" open={search.lists !== undefined}>
          <summary>{t('controlLists.entry.choose', { count: shown.length })}</summary>
          <ListPicker
            lists={lists.data.items}
            shown={shown}
            onShow={(ids) =>
              void navigate({ search: { lists: ids.length > 0 ? ids.join(',') : undefined } })
            }
          />
        </details>
      )}
      <QueryState
        query={entry}
        what={t('controlLists.entry.what', { code })}
        errorTitle={t('controlLists.entry.error', { code })}
      >
        {(d) => (
          <>
            {d.missing.length > 0 && (
              <p className="note entry-missing">
                {t('controlLists.entry.missing', {
                  lists: d.missing.join(', '),
                  count: d.missing.length,
                })}
              </p>
            )}
            {d.entries.length >= 2 && (
              <p className="note">
                <a href={diffHref(d.entries[0]!.listId, d.entries[1]!.listId)}>
                  {t('controlLists.entry.diffLink', {
                    a: d.entries[0]!.listId,
                    b: d.entries[1]!.listId,
                  })}
                </a>
              </p>
            )}
            <EntryGrid code={d.code} entries={d.entries} />
          </>
        )}
      </QueryState>
    </>
  );
}
