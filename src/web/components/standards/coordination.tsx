// A committee's coordination history (newest meeting first: who attends, the alliance's shared
// position and its proposal, the outcome), and for accounts that may write data the form that
// records a meeting and the one that adds its outcome afterwards. Writes carry the session's
// CSRF token (api/client.ts) and refresh the page's answers when they succeed.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { signInHref } from '../../session.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { EconomyPicker, type PickerEntry } from '../../ui/economy-picker.tsx';
import { Field, fieldErrors } from '../../ui/field.tsx';
import { ErrorNotice, QueryState } from '../../ui/query-state.tsx';
import { useSession } from '../governance/use-session.ts';
import { useDay, useNameOf, useStandardsLabels } from './labels.ts';
import {
  CONFIDENTIALITIES,
  mayWrite,
  useCoordination,
  type CommitteeDetail,
  type Confidentiality,
  type Coordination,
} from './queries.ts';
import { useEconomyNames } from '../chains/chain-hooks.ts';
import './standards.css';

function OutcomeForm({ record }: { record: Coordination }) {
  const t = useT();
  const date = useDay()(record.meetingDate);
  const [outcome, setOutcome] = useState('');
  const save = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/standards/coordination/{id}', {
          params: { path: { id: record.id } },
          body: { outcome: outcome.trim() },
        }),
      ),
    onSuccess: () => {
      announce(t('standards.coord.outcomeSaved', { date }));
      setOutcome('');
    },
  });
  const id = `outcome-${record.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <details className="outcome-form">
      <summary>{t('standards.coord.addOutcome')}</summary>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('standards.coord.outcomeOf', { date })}
          error={
            save.error instanceof ApiError ? (fieldErrors(save.error.issues).outcome ?? null) : null
          }
        >
          <textarea
            id={id}
            rows={3}
            maxLength={10_000}
            required
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
        </Field>
        <button
          type="submit"
          className="button button-small"
          disabled={save.isPending || outcome.trim() === ''}
        >
          {t('standards.coord.saveOutcome')}
        </button>
        {save.isError && (
          <ErrorNotice
            title={t('standards.coord.outcomeError')}
            error={save.error}
            labels={{ outcome: t('standards.coord.outcome') }}
          />
        )}
      </form>
    </details>
  );
}

function History({ items, writer }: { items: readonly Coordination[]; writer: boolean }) {
  const t = useT();
  const day = useDay();
  const label = useStandardsLabels();
  const nameOf = useNameOf();
  const columns: Column<Coordination>[] = [
    {
      id: 'date',
      header: t('standards.coord.date'),
      key: true,
      value: (r) => r.meetingDate,
      cell: (r) => day(r.meetingDate),
    },
    { id: 'place', header: t('standards.coord.place'), value: (r) => r.meetingPlace },
    {
      id: 'attending',
      header: t('standards.coord.attending'),
      value: (r) => r.attending.map(nameOf).join(', '),
    },
    {
      id: 'position',
      header: t('standards.coord.position'),
      value: (r) => r.position,
      cell: (r) => <p className="coord-text">{r.position}</p>,
    },
    {
      id: 'proposal',
      header: t('standards.coord.proposal'),
      value: (r) => r.proposalTitle ?? r.proposalId,
      cell: (r) =>
        r.proposalId === null ? (
          <span className="muted">—</span>
        ) : r.proposalTitle ? (
          <a href={`#/proposals/${encodeURIComponent(r.proposalId)}`}>{r.proposalTitle}</a>
        ) : (
          <span className="code">{r.proposalId}</span>
        ),
    },
    {
      id: 'outcome',
      header: t('standards.coord.outcome'),
      value: (r) => r.outcome,
      cell: (r) =>
        r.outcome !== null ? (
          <p className="coord-text">{r.outcome}</p>
        ) : writer ? (
          <OutcomeForm record={r} />
        ) : (
          <span className="muted">{t('standards.coord.noOutcome')}</span>
        ),
    },
    {
      id: 'confidentiality',
      header: t('standards.coord.confidentiality'),
      value: (r) => label.confidentiality(r.confidentiality),
    },
    { id: 'by', header: t('standards.coord.by'), value: (r) => r.createdBy, visible: false },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={t('standards.coord.caption', { count: items.length })}
      csvName="standards-coordination"
      className="standards-coordination"
      label={t('standards.coord.title')}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-id': r.id, 'data-date': r.meetingDate })}
      filterable={items.length > 10}
    />
  );
}

function RecordForm({ committee }: { committee: CommitteeDetail }) {
  const t = useT();
  const day = useDay();
  const names = useEconomyNames();
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [attending, setAttending] = useState<string[]>([]);
  const [position, setPosition] = useState('');
  const [proposal, setProposal] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('alliance');
  const roles = useMemo(
    () => new Map(committee.members.flatMap((m) => (m.iso3 ? [[m.iso3, m.role] as const] : []))),
    [committee.members],
  );
  const entries: PickerEntry[] = useMemo(() => {
    const all = [...names].map(([code, name]) => ({
      code,
      name,
      detail: roles.has(code) ? `${code} · ${roles.get(code)}` : code,
    }));
    // The committee's members first, then every other economy.
    return all.sort(
      (a, b) =>
        Number(roles.has(b.code)) - Number(roles.has(a.code)) || a.name.localeCompare(b.name),
    );
  }, [names, roles]);
  const labels = {
    meetingDate: t('standards.coord.date'),
    meetingPlace: t('standards.coord.place'),
    attending: t('standards.coord.attending'),
    position: t('standards.coord.position'),
    proposalId: t('standards.coord.proposalId'),
    confidentiality: t('standards.coord.confidentiality'),
  };
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/standards/coordination', {
          body: {
            reference: committee.reference,
            meetingDate: date,
            meetingPlace: place.trim() || null,
            attending,
            position,
            proposalId: proposal.trim() || null,
            confidentiality,
          },
        }),
      ),
    onSuccess: (r) => {
      announce(t('standards.coord.recorded', { date: day(r.meetingDate) }));
      setDate('');
      setPlace('');
      setAttending([]);
      setPosition('');
      setProposal('');
    },
  });
  const issues = add.error instanceof ApiError ? fieldErrors(add.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const label = useStandardsLabels();
  return (
    <form
      className="coordination-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="coord-form-heading"
    >
      <h3 id="coord-form-heading">{t('standards.coord.formTitle')}</h3>
      <div className="controls">
        <Field
          label={labels.meetingDate}
          error={issues.meetingDate ?? null}
          className="field-narrow"
        >
          <input
            id="coord-date"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field
          label={labels.meetingPlace}
          error={issues.meetingPlace ?? null}
          className="field-wide"
        >
          <input
            id="coord-place"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
        </Field>
        <Field label={labels.confidentiality} error={issues.confidentiality ?? null}>
          <select
            id="coord-confidentiality"
            value={confidentiality}
            onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}
          >
            {CONFIDENTIALITIES.map((c) => (
              <option key={c} value={c}>
                {label.confidentiality(c)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <EconomyPicker
        id="coord-attending"
        label={labels.attending}
        entries={entries}
        stateOf={(e) => {
          const selected = attending.includes(e.code);
          return {
            selected,
            label: t(selected ? 'standards.coord.unpick' : 'standards.coord.pick', {
              name: e.name,
            }),
            action: t(selected ? 'standards.coord.unpickShort' : 'standards.coord.pickShort'),
          };
        }}
        onToggle={(e) =>
          setAttending((a) =>
            a.includes(e.code) ? a.filter((x) => x !== e.code) : [...a, e.code].sort(),
          )
        }
      />
      {issues.attending && <p className="field-error">{issues.attending}</p>}
      <Field
        label={labels.position}
        hint={t('standards.coord.positionHint')}
        error={issues.position ?? null}
        className="field-full"
      >
        <textarea
          id="coord-position"
          rows={4}
          maxLength={10_000}
          required
          value={position}
          onChange={(e) => setPosition(e.target.value)}
        />
      </Field>
      <div className="controls">
        <Field
          label={labels.proposalId}
          hint={t('standards.coord.proposalHint')}
          error={issues.proposalId ?? null}
          className="field-wide"
        >
          <input
            id="coord-proposal"
            type="text"
            maxLength={100}
            autoComplete="off"
            value={proposal}
            onChange={(e) => setProposal(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('standards.coord.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {add.isError && (
          <ErrorNotice title={t('standards.coord.error')} error={add.error} labels={labels} />
        )}
      </div>
    </form>
  );
}

export function CoordinationSection({ committee }: { committee: CommitteeDetail }) {
  const t = useT();
  const session = useSession();
  const me = session.data;
  const writer = mayWrite(me);
  const history = useCoordination(committee.reference, me?.account?.id ?? 'anonymous');
  return (
    <>
      <p className="note">{t('standards.coord.lede')}</p>
      <QueryState
        query={history}
        what={t('standards.coord.what')}
        errorTitle={t('standards.coord.loadError')}
      >
        {({ items }) =>
          items.length === 0 ? (
            <p className="notice" id="coordination-none">
              {t('standards.coord.none')}
            </p>
          ) : (
            <History items={items} writer={writer} />
          )
        }
      </QueryState>
      {writer ? (
        <RecordForm committee={committee} />
      ) : (
        me && (
          <p className="field-hint" id="coord-sign-in">
            {t('standards.coord.who')}{' '}
            {me.account ? null : <a href={signInHref()}>{t('app.signIn')}</a>}
          </p>
        )
      )}
    </>
  );
}
