// The technology → control-list map (`#/misuse/technologies`): for every technology category, the
// control-list entries mapped to it and, per entry, which imported lists control it and which do
// not; categories without a line are said to be controlled by none of the lists loaded. The
// secretariat adds a line and removes one (writes carry the session's CSRF token).
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TECHNOLOGY_CATEGORIES, type TechnologyCategory } from '../../core/misuse/case.ts';
import { api, ApiError, data } from '../api/client.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useMisuseLabels } from '../components/misuse/labels.ts';
import {
  mayAdminister,
  useTechnologyControls,
  type MappedEntry,
  type Technology,
  type TechnologyControls,
} from '../components/misuse/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';

interface Line extends MappedEntry {
  technology: Technology;
}

const entryLabel = (e: { canonicalCode: string; paragraph: string }) =>
  e.paragraph ? `${e.canonicalCode}.${e.paragraph}` : e.canonicalCode;

function RemoveButton({ line }: { line: Line }) {
  const t = useT();
  const label = useMisuseLabels();
  const remove = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/misuse/technology-controls/remove', {
          body: {
            technology: line.technology,
            canonicalCode: line.canonicalCode,
            paragraph: line.paragraph,
          },
        }),
      ),
    onSuccess: () =>
      announce(
        t('misuse.tech.removed', {
          entry: entryLabel(line),
          technology: label.technology(line.technology),
        }),
      ),
  });
  return (
    <>
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={remove.isPending}
        aria-label={t('misuse.tech.removeLabel', {
          entry: entryLabel(line),
          technology: label.technology(line.technology),
        })}
        onClick={() => remove.mutate()}
      >
        {t('misuse.tech.remove')}
      </button>
      {remove.isError && <ErrorNotice title={t('misuse.tech.removeError')} error={remove.error} />}
    </>
  );
}

function ControlsTable({ view, admin }: { view: TechnologyControls; admin: boolean }) {
  const t = useT();
  const label = useMisuseLabels();
  const lines: Line[] = view.status.flatMap((s) =>
    s.entries.map((e) => ({ ...e, technology: s.technology })),
  );
  const lists = (refs: readonly { listId: string; jurisdiction: string }[]) =>
    refs.map((r) => `${r.jurisdiction} (${r.listId})`).join(', ');
  const columns: Column<Line>[] = [
    {
      id: 'technology',
      header: t('misuse.col.technology'),
      key: true,
      value: (l) => label.technology(l.technology),
    },
    {
      id: 'entry',
      header: t('misuse.col.entry'),
      value: (l) => entryLabel(l),
      cell: (l) => (
        <a href={`#/control-lists/entry/${encodeURIComponent(l.canonicalCode)}`} className="code">
          {entryLabel(l)}
        </a>
      ),
    },
    {
      id: 'note',
      header: t('misuse.col.note'),
      value: (l) => l.note,
      cell: (l) => <span className="misuse-note-cell">{l.note}</span>,
    },
    {
      id: 'controlledBy',
      header: t('misuse.col.controlledBy'),
      value: (l) => lists(l.controlledBy),
      cell: (l) =>
        l.controlledBy.length === 0 ? (
          <span className="muted">{t('misuse.tech.noList')}</span>
        ) : (
          lists(l.controlledBy)
        ),
    },
    {
      id: 'notControlledBy',
      header: t('misuse.col.notControlledBy'),
      value: (l) => lists(l.notControlledBy),
      cell: (l) =>
        l.notControlledBy.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span className="misuse-gap">{lists(l.notControlledBy)}</span>
        ),
    },
    ...(admin
      ? [
          {
            id: 'remove',
            header: t('misuse.tech.actions'),
            value: () => null,
            cell: (l: Line) => <RemoveButton line={l} />,
          } satisfies Column<Line>,
        ]
      : []),
  ];
  const unmapped = view.status.filter((s) => s.entries.length === 0).map((s) => s.technology);
  return (
    <>
      <DataTable
        rows={lines}
        columns={columns}
        caption={t('misuse.tech.caption', { count: lines.length })}
        csvName="misuse-technology-controls"
        className="misuse-controls"
        label={t('misuse.tech.title')}
        rowKey={(l) => `${l.technology}-${entryLabel(l)}`}
        rowProps={(l) => ({
          'data-technology': l.technology,
          'data-entry': entryLabel(l),
          'data-controlled': String(l.controlledBy.length),
        })}
        filterable={false}
      />
      {unmapped.length > 0 && (
        <p className="note" id="tech-unmapped">
          {t('misuse.tech.unmapped', {
            technologies: unmapped.map(label.technology).join(', '),
          })}
        </p>
      )}
    </>
  );
}

function AddLineForm() {
  const t = useT();
  const label = useMisuseLabels();
  const [technology, setTechnology] = useState<TechnologyCategory>('facial-recognition');
  const [code, setCode] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [note, setNote] = useState('');
  const labels = {
    technology: t('misuse.col.technology'),
    canonicalCode: t('misuse.tech.code'),
    paragraph: t('misuse.tech.paragraph'),
    note: t('misuse.col.note'),
  };
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/misuse/technology-controls', {
          body: {
            technology,
            canonicalCode: code.trim().toUpperCase(),
            paragraph: paragraph.trim(),
            note: note.trim(),
          },
        }),
      ),
    onSuccess: (line) => {
      announce(
        t('misuse.tech.added', {
          entry: entryLabel(line),
          technology: label.technology(line.technology),
        }),
      );
      setCode('');
      setParagraph('');
      setNote('');
    },
  });
  const issues = add.error instanceof ApiError ? fieldErrors(add.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form
      className="misuse-tech-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="tech-add-heading"
    >
      <h2 id="tech-add-heading">{t('misuse.tech.add')}</h2>
      <div className="controls">
        <Field label={labels.technology} error={issues.technology ?? null}>
          <select
            id="tech-technology"
            value={technology}
            onChange={(e) => setTechnology(e.target.value as TechnologyCategory)}
          >
            {TECHNOLOGY_CATEGORIES.map((x) => (
              <option key={x} value={x}>
                {label.technology(x)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={labels.canonicalCode}
          hint={t('misuse.tech.codeHint')}
          error={issues.canonicalCode ?? null}
        >
          <input
            id="tech-code"
            type="text"
            maxLength={5}
            autoComplete="off"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        <Field
          label={labels.paragraph}
          hint={t('misuse.tech.paragraphHint')}
          error={issues.paragraph ?? null}
        >
          <input
            id="tech-paragraph"
            type="text"
            maxLength={20}
            autoComplete="off"
            value={paragraph}
            onChange={(e) => setParagraph(e.target.value)}
          />
        </Field>
      </div>
      <Field label={labels.note} error={issues.note ?? null} className="field-full">
        <textarea
          id="tech-note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <button type="submit" className="button" disabled={add.isPending || code.trim() === ''}>
        {t('misuse.tech.submit')}
      </button>
      <div aria-live="polite">
        {add.isError && (
          <ErrorNotice title={t('misuse.tech.addError')} error={add.error} labels={labels} />
        )}
      </div>
    </form>
  );
}

export function MisuseTechnologiesPage() {
  const t = useT();
  const session = useSession();
  const admin = mayAdminister(session.data);
  const controls = useTechnologyControls();
  return (
    <>
      <p className="breadcrumb">
        <a href="#/misuse">{t('misuse.title')}</a>
      </p>
      <PageHeading title={t('misuse.tech.title')} />
      <p className="lede">{t('misuse.tech.lede')}</p>
      <p className="note">{t('misuse.tech.caveat')}</p>
      <QueryState query={controls} what={t('misuse.tech.what')} errorTitle={t('misuse.tech.error')}>
        {(view) => (
          <section className="analysis" aria-label={t('misuse.tech.title')}>
            {view.status.every((s) => s.controlledBy.length + s.notControlledBy.length === 0) && (
              <p className="notice" id="tech-no-lists">
                {t('misuse.tech.noLists')}
              </p>
            )}
            <ControlsTable view={view} admin={admin} />
          </section>
        )}
      </QueryState>
      {admin && <AddLineForm />}
    </>
  );
}
