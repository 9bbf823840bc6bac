// The secretariat's form for a strategic tag: its code, name, description and the committees it
// names, typed one reference a line and checked as they are typed against the imported committees
// (a reference differing only in case or spacing is sent as the committee's own). The API has the
// last word: its refusal (an unknown committee, a bad code) is shown on the field and in words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field } from '../../ui/field.tsx';
import { ErrorNotice } from '../../ui/query-state.tsx';
import { STANDARDS_KEY, useCommittees, type Tag } from './queries.ts';
import './standards.css';

const CODE = /^[a-z0-9-]{2,40}$/;

/** A reference as compared: lower case, spaces collapsed. */
const fold = (ref: string): string => ref.trim().replace(/\s+/g, ' ').toLowerCase();

/** The references typed, one a line, blank lines dropped and each named once. */
function parseReferences(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const ref = line.trim().replace(/\s+/g, ' ');
    if (ref === '' || seen.has(fold(ref))) continue;
    seen.add(fold(ref));
    out.push(ref);
  }
  return out;
}

/** The first API issue whose path is the field or under it (`committees.0`). */
const issueOf = (error: unknown, field: string): string | null => {
  if (!(error instanceof ApiError)) return null;
  const found = error.issues.filter((i) => i.path === field || i.path.startsWith(`${field}.`));
  return found.length > 0 ? found.map((i) => i.message).join('; ') : null;
};

export function TagForm({
  editing,
  tags,
  onDone,
}: {
  /** The tag being edited, or null for a new one. */
  editing: Tag | null;
  tags: readonly Tag[];
  /** Called after a save, and when the edit is cancelled. */
  onDone: () => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const committees = useCommittees({});
  const [code, setCode] = useState(editing?.code ?? '');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [refs, setRefs] = useState(editing?.committees.join('\n') ?? '');
  const [codeError, setCodeError] = useState<string | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) labelRef.current?.focus();
  }, [editing]);

  /** Folded reference → the committee's own reference (empty until the committees load). */
  const known = useMemo(
    () => new Map((committees.data?.items ?? []).map((c) => [fold(c.reference), c.reference])),
    [committees.data],
  );
  const typed = parseReferences(refs);
  const unknown = known.size > 0 ? typed.filter((r) => !known.has(fold(r))) : [];
  const replaces = editing === null && tags.some((x) => x.code === code.trim());

  const labels = {
    code: t('standards.tagForm.code'),
    label: t('standards.tagForm.label'),
    description: t('standards.tagForm.description'),
    committees: t('standards.tagForm.committees'),
  };
  const save = useMutation({
    mutationFn: (tag: { code: string; label: string; description: string; committees: string[] }) =>
      data(
        api.PUT('/api/v1/standards/tags/{code}', {
          params: { path: { code: tag.code } },
          body: { label: tag.label, description: tag.description, committees: tag.committees },
        }),
      ),
    onSuccess: (saved) => {
      announce(t('standards.tagForm.saved', { label: saved.label }));
      void client.invalidateQueries({ queryKey: STANDARDS_KEY });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = code.trim();
    if (!CODE.test(c)) {
      setCodeError(t('standards.tagForm.codeFormat'));
      document.getElementById('tag-code')?.focus();
      return;
    }
    setCodeError(null);
    save.mutate({
      code: c,
      label: label.trim(),
      description: description.trim(),
      committees: typed.map((r) => known.get(fold(r)) ?? r),
    });
  };
  const heading = editing
    ? t('standards.tagForm.editing', { code: editing.code })
    : t('standards.tagForm.new');
  const refsHint =
    typed.length === 0
      ? t('standards.tagForm.committeesHint')
      : unknown.length > 0
        ? `${t('standards.tagForm.committeesHint')} ${t('standards.tagForm.unknown', { list: unknown.join(', ') })}`
        : known.size > 0
          ? `${t('standards.tagForm.committeesHint')} ${t('standards.tagForm.known', { count: typed.length })}`
          : t('standards.tagForm.committeesHint');
  return (
    <form
      className="tag-form"
      id="tag-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="tag-form-heading"
    >
      <h3 id="tag-form-heading">{heading}</h3>
      <div className="controls">
        <Field
          label={labels.code}
          hint={replaces ? t('standards.tagForm.replaces') : t('standards.tagForm.codeHint')}
          error={codeError ?? issueOf(save.error, 'code')}
          className="field-narrow"
        >
          <input
            id="tag-code"
            type="text"
            required
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            readOnly={editing !== null}
            value={code}
            onChange={(e) => setCode(e.target.value.toLowerCase())}
          />
        </Field>
        <Field label={labels.label} error={issueOf(save.error, 'label')} className="field-wide">
          <input
            id="tag-label"
            ref={labelRef}
            type="text"
            required
            maxLength={200}
            autoComplete="off"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </Field>
      </div>
      <Field
        label={labels.description}
        error={issueOf(save.error, 'description')}
        className="field-full"
      >
        <textarea
          id="tag-description"
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <Field
        label={labels.committees}
        hint={refsHint}
        error={issueOf(save.error, 'committees')}
        className="field-full"
      >
        <textarea
          id="tag-committees"
          rows={4}
          required
          spellCheck={false}
          value={refs}
          onChange={(e) => setRefs(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('standards.tagForm.save')}
        </button>
        {editing && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('standards.tagForm.cancel')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {save.isError && (
          <ErrorNotice title={t('standards.tagForm.error')} error={save.error} labels={labels} />
        )}
      </div>
    </form>
  );
}
