// The coalition builder (`#/coalitions/new`, `#/coalitions/:code/edit`): code, name, description;
// economies and the EU picked from a searchable list or on the map, organisations by code and
// name; workstreams; the API's validation issues shown next to the field, participant or
// workstream they name, in the field's words.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { ApiError } from '../api/client.ts';
import { participantMarks } from '../components/coalition-map.ts';
import { CoalitionMapView } from '../components/coalitions/coalition-map-view.tsx';
import {
  createCoalition,
  fetchCoalition,
  updateCoalition,
  type Coalition,
  type CoalitionDraft,
  type CoalitionSummary,
  type Economy,
  type Participant,
  type Tier,
} from '../components/coalitions/coalition-data.ts';
import { DeleteCoalition } from '../components/coalitions/delete-coalition.tsx';
import {
  coalitionQuery,
  coalitionsQuery,
  economiesQuery,
  euStatesQuery,
  worldAtlasQuery,
} from '../components/coalitions/queries.ts';
import {
  WorkstreamsEditor,
  workstreamRows,
  workstreamsValue,
  type WorkstreamRow,
} from '../components/coalitions/workstreams-editor.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce, errorMessage } from '../page-status.ts';
import { EconomyPicker, type PickerEntry } from '../ui/economy-picker.tsx';
import { issueText } from '../ui/error-text.ts';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading } from '../ui/query-state.tsx';
import { isUnauthorized, writeTokenField, type WriteTokenField } from '../write-token.ts';
import type { BuilderSearch } from './coalitions-search.ts';
import '../components/coalitions/coalitions.css';

type EuCounting = 'enumerated' | 'member-states';

const idFor = (code: string): string => `participant-${code.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * Economies listed in their own right (members or partners) that the EU participant also counts
 * when it counts as its member states: each would count once, adding nothing. Sorted.
 */
export function countedTwice(
  participants: readonly Pick<Participant, 'code' | 'kind' | 'tier'>[],
  euStates: readonly string[],
  eu: EuCounting,
): string[] {
  if (eu !== 'member-states') return [];
  if (!participants.some((p) => p.code === 'EU' && p.tier === 'member')) return [];
  const states = new Set(euStates);
  return participants
    .filter((p) => p.kind === 'economy' && states.has(p.code))
    .map((p) => p.code)
    .sort();
}

/** What a failed save showed: issues by field, participant code and workstream key. */
interface SaveIssues {
  fields: Record<string, string>;
  participants: Map<string, string[]>;
  participantsGeneral: string | null;
  workstreams: Map<string, string[]>;
  workstreamsGeneral: string | null;
  /** The error summary's entries: a link to what each issue names and its sentence. */
  links: { href: string | null; text: string }[];
}

const NO_ISSUES: SaveIssues = {
  fields: {},
  participants: new Map(),
  participantsGeneral: null,
  workstreams: new Map(),
  workstreamsGeneral: null,
  links: [],
};

/** What one save sent, to match the API's issues (`participants.1.code`) to what they name. */
interface Sent {
  draft: CoalitionDraft;
  participants: readonly Participant[];
  workstreamKeys: readonly string[];
  workstreamNames: readonly string[];
}

export function CoalitionBuilderPage() {
  const t = useT();
  const { code: raw }: { code?: string } = useParams({ strict: false });
  const editing = raw !== undefined ? raw.toUpperCase() : null;
  const title = editing
    ? t('coalitions.builder.titleEdit', { code: editing })
    : t('coalitions.builder.titleNew');
  const economies = useQuery(economiesQuery);
  const euStates = useQuery(euStatesQuery);
  const coalitions = useQuery(coalitionsQuery);
  const existing = useQuery({
    ...coalitionQuery(editing ?? ''),
    enabled: editing !== null,
  });
  const failed = [economies, euStates, coalitions, existing].find((q) => q.isError);

  let body;
  if (failed)
    body =
      editing && failed.error instanceof ApiError && failed.error.notFound ? (
        <div className="notice notice-not-found">
          <p>{t('coalitions.profile.notFound', { code: editing })}.</p>
          <p>
            <a href="#/coalitions">{t('coalitions.profile.browse')}</a>
          </p>
        </div>
      ) : (
        <ErrorNotice
          title={t('coalitions.builder.loadError')}
          error={failed.error}
          retry={() => void failed.refetch()}
        />
      );
  else if (
    economies.isPending ||
    euStates.isPending ||
    coalitions.isPending ||
    (editing && existing.isPending)
  )
    body = (
      <Loading
        what={
          editing ? t('coalitions.profile.what', { code: editing }) : t('coalitions.builder.what')
        }
      />
    );
  else if (existing.data && existing.data.origin !== 'custom')
    body = (
      <div className="notice">
        <p>{t('coalitions.builder.notCustom', { code: existing.data.code })}</p>
        <p>
          <a href={`#/coalitions/new?from=${encodeURIComponent(existing.data.code)}`}>
            {t('coalitions.builder.startFromThis', { code: existing.data.code })}
          </a>
        </p>
      </div>
    );
  else
    body = (
      <BuilderForm
        key={editing ?? ''}
        title={title}
        existing={existing.data ?? null}
        economies={economies.data!.items}
        euStates={euStates.data!}
        coalitions={coalitions.data!.items}
      />
    );

  return (
    <>
      <nav className="breadcrumb" aria-label={t('coalitions.breadcrumb')}>
        <a href="#/coalitions">{t('coalitions.list.title')}</a>
        {' › '}
        {editing ? (
          <>
            <a href={`#/coalitions/${encodeURIComponent(editing)}`}>{editing}</a>
            {` › ${t('coalitions.profile.edit')}`}
          </>
        ) : (
          t('coalitions.builder.crumbNew')
        )}
      </nav>
      <PageHeading title={title} />
      {body}
    </>
  );
}

function BuilderForm({
  title,
  existing,
  economies,
  euStates,
  coalitions,
}: {
  title: string;
  existing: Coalition | null;
  economies: readonly Economy[];
  euStates: readonly string[];
  coalitions: readonly CoalitionSummary[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const search: BuilderSearch = useSearch({ strict: false });
  const tierWord = (tier: Tier) => t(`coalitions.builder.tier.${tier}`);
  const economyNames = useMemo(() => new Map(economies.map((e) => [e.iso3, e.name])), [economies]);
  const nameOf = (code: string) => economyNames.get(code) ?? code;

  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [participants, setParticipants] = useState<Participant[]>(() =>
    existing ? existing.participants.map((p) => ({ ...p })) : [],
  );
  const [rows, setRows] = useState<WorkstreamRow[]>(() => workstreamRows(existing?.workstreams));
  const [addTier, setAddTier] = useState<'member' | 'partner'>('member');
  const [eu, setEu] = useState<EuCounting>('enumerated');
  const [issues, setIssues] = useState<SaveIssues>(NO_ISSUES);

  // The write-access block (sign-in state and token) is write-token.ts's, shared by every page.
  const [token] = useState<WriteTokenField>(() => writeTokenField('write-token'));
  const tokenBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tokenBox.current?.replaceChildren(token.element);
  }, [token]);

  const listHeading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // After a removal from the list, focus goes to the next row's button, else the previous, else the
  // heading, so keyboard users stay in the list.
  const focusAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusAt.current === null) return;
    const at = focusAt.current;
    focusAt.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.participant-remove') ?? [];
    (buttons[at] ?? buttons[at - 1] ?? listHeading.current)?.focus();
  }, [participants]);

  /** A participant's issues no longer apply once it changes. */
  const clearParticipant = (pCode: string) =>
    setIssues((i) => {
      if (!i.participants.has(pCode)) return i;
      const next = new Map(i.participants);
      next.delete(pCode);
      return { ...i, participants: next };
    });
  const clearWorkstream = useCallback(
    (key: string) =>
      setIssues((i) => {
        if (!i.workstreams.has(key)) return i;
        const next = new Map(i.workstreams);
        next.delete(key);
        return { ...i, workstreams: next };
      }),
    [],
  );

  const add = (p: Participant) => {
    const next = [...participants, p];
    setParticipants(next);
    announce(
      t('coalitions.builder.added', { name: p.name, tier: tierWord(p.tier), count: next.length }),
    );
  };
  const remove = (pCode: string, fromList: boolean) => {
    const index = participants.findIndex((p) => p.code === pCode);
    if (index === -1) return;
    const next = participants.filter((p) => p.code !== pCode);
    if (fromList) focusAt.current = index;
    setParticipants(next);
    clearParticipant(pCode);
    announce(
      t('coalitions.builder.removed', { name: participants[index]!.name, count: next.length }),
    );
  };
  const setTier = (pCode: string, tier: Tier) => {
    setParticipants((ps) => ps.map((p) => (p.code === pCode ? { ...p, tier } : p)));
    clearParticipant(pCode);
  };
  const find = (c: string) => participants.find((p) => p.code === c);

  // The picker: the EU and every economy.
  const entries: PickerEntry[] = useMemo(
    () => [
      {
        code: 'EU',
        name: t('coalitions.builder.euName'),
        detail: t('coalitions.builder.euDetail'),
        keywords: 'europe',
      },
      ...economies.map((e) => ({
        code: e.iso3,
        name: e.name,
        detail: e.iso3,
        keywords: `${e.officialName ?? ''} ${e.iso2 ?? ''}`,
      })),
    ],
    [economies, t],
  );
  const stateOf = (entry: PickerEntry) => {
    const p = find(entry.code);
    if (p)
      return {
        selected: true,
        label: t('coalitions.builder.pickRemove', { name: entry.name, tier: tierWord(p.tier) }),
        action: t('coalitions.builder.pickRemoveAction', { tier: tierWord(p.tier) }),
      };
    const tier = tierWord(entry.code === 'EU' ? 'member' : addTier);
    return {
      selected: false,
      label: t('coalitions.builder.pickAdd', { name: entry.name, tier }),
      action: t('coalitions.builder.pickAddAction', { tier }),
    };
  };
  const toggle = (c: string, entryName: string, tier: Tier) => {
    if (find(c)) remove(c, false);
    else
      add({
        code: c,
        name: entryName,
        kind: c === 'EU' ? 'supranational' : 'economy',
        tier: c === 'EU' ? 'member' : tier,
      });
  };

  // The map: members, partners and the EU's states through it; a click adds or removes a member.
  const atlas = useQuery(worldAtlasQuery);
  const marks = useMemo(
    () => participantMarks(participants, new Map([['EU', euStates]])),
    [participants, euStates],
  );
  const members = participants.filter((p) => p.tier === 'member').length;
  const partners = participants.filter((p) => p.tier === 'partner').length;

  const twice = countedTwice(participants, euStates, eu);

  // Organisations: observers and stakeholders, by code and name.
  const [orgCode, setOrgCode] = useState('');
  const [orgName, setOrgName] = useState('');
  const [orgTier, setOrgTier] = useState<'observer' | 'stakeholder'>('observer');
  const [orgError, setOrgError] = useState<{ field: 'code' | 'name'; text: string } | null>(null);
  const orgCodeInput = useRef<HTMLInputElement>(null);
  const orgNameInput = useRef<HTMLInputElement>(null);
  const addOrganisation = () => {
    const c = orgCode.trim();
    const n = orgName.trim();
    const problem: typeof orgError =
      c.length < 2
        ? { field: 'code', text: t('coalitions.builder.orgCodeShort') }
        : n === ''
          ? { field: 'name', text: t('coalitions.builder.orgNameMissing') }
          : find(c)
            ? { field: 'code', text: t('coalitions.builder.orgTaken', { code: c }) }
            : null;
    setOrgError(problem);
    if (problem) {
      (problem.field === 'code' ? orgCodeInput : orgNameInput).current?.focus();
      return;
    }
    add({ code: c, name: n, kind: 'organisation', tier: orgTier });
    setOrgCode('');
    setOrgName('');
    orgCodeInput.current?.focus();
  };
  const onOrgKey = (e: KeyboardEvent) => {
    // Enter adds the organisation instead of saving the coalition.
    if (e.key !== 'Enter') return;
    e.preventDefault();
    addOrganisation();
  };

  // Start from an existing coalition or grouping (new coalitions only): copies its participants
  // and workstreams.
  const [from, setFrom] = useState(search.from?.toUpperCase() ?? '');
  const copy = useMutation({
    mutationFn: (c: string) => fetchCoalition(c),
    onSuccess: (source) => {
      setParticipants(source.participants.map((p) => ({ ...p })));
      setRows(workstreamRows(source.workstreams));
      setIssues(NO_ISSUES);
      setDescription((d) => (d ? d : t('coalitions.builder.startingFrom', { code: source.code })));
    },
  });
  const startedFrom = useRef(false);
  useEffect(() => {
    if (existing || !search.from || startedFrom.current) return;
    startedFrom.current = true;
    copy.mutate(search.from.toUpperCase());
  }, [existing, search.from, copy]);
  useEffect(() => {
    announce(t('coalitions.builder.ready', { title, count: participants.length }));
    // Once, when the form is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Saving.
  const labels: Record<string, string> = {
    code: t('coalitions.code'),
    name: t('coalitions.name'),
    description: t('coalitions.builder.description'),
    participants: t('coalitions.profile.participants'),
    workstreams: t('coalitions.ws.legend'),
  };
  const showIssues = (error: unknown, sent: Sent): SaveIssues => {
    if (!(error instanceof ApiError) || error.status === 401) return NO_ISSUES;
    const out: SaveIssues = {
      fields: {},
      participants: new Map(),
      participantsGeneral: null,
      workstreams: new Map(),
      workstreamsGeneral: null,
      links: [],
    };
    const own = error.issues.filter((i) => ['code', 'name', 'description'].includes(i.path));
    out.fields = fieldErrors(own);
    for (const issue of error.issues) {
      const [head, index] = issue.path.split('.');
      if (own.includes(issue)) {
        out.links.push({ href: `#coalition-${head}`, text: issueText(issue, labels) });
      } else if (head === 'participants' && index !== undefined && sent.participants[+index]) {
        const p = sent.participants[+index]!;
        out.participants.set(p.code, [...(out.participants.get(p.code) ?? []), issue.message]);
        out.links.push({ href: `#${idFor(p.code)}`, text: `${p.name}: ${issue.message}` });
      } else if (head === 'workstreams' && index !== undefined && sent.workstreamKeys[+index]) {
        const key = sent.workstreamKeys[+index]!;
        out.workstreams.set(key, [...(out.workstreams.get(key) ?? []), issue.message]);
        out.links.push({
          href: `#ws-${key}`,
          text: `${sent.workstreamNames[+index]}: ${issue.message}`,
        });
      } else {
        if (head === 'participants')
          out.participantsGeneral = [out.participantsGeneral, issue.message]
            .filter(Boolean)
            .join(' ');
        if (head === 'workstreams')
          out.workstreamsGeneral = [out.workstreamsGeneral, issue.message]
            .filter(Boolean)
            .join(' ');
        out.links.push({
          href:
            head === 'participants'
              ? '#participants-heading'
              : head === 'workstreams'
                ? '#workstreams-legend'
                : null,
          text: issueText(issue, labels),
        });
      }
    }
    return out;
  };

  const save = useMutation({
    mutationFn: ({ draft }: Sent) => {
      const { code: _code, ...rest } = draft;
      return existing
        ? updateCoalition(existing.code, rest, token.value())
        : createCoalition(draft, token.value());
    },
    onMutate: () => setIssues(NO_ISSUES),
    onSuccess: async (saved) => {
      token.refused(null);
      await navigate({
        to: '/coalitions/$code',
        params: { code: saved.code },
        search: { saved: existing ? 'updated' : 'created' },
      });
    },
    onError: (e, sent) => {
      if (isUnauthorized(e))
        token.refused(
          token.value() ? t('coalitions.tokenRefused') : t('coalitions.builder.signIn'),
        );
      else token.refused(null);
      const found = showIssues(e, sent);
      setIssues(found);
      if (found.links.length > 0)
        announce(t('coalitions.builder.problemCount', { count: found.links.length }));
    },
  });
  // The summary of a failed save takes focus, so the reader hears what went wrong.
  useEffect(() => {
    if (save.isError) summaryRef.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [save.isError, save.error]);

  const submit = () => {
    save.mutate({
      draft: {
        code: code.trim(),
        name: name.trim(),
        description: description.trim(),
        participants: participants.map((p) =>
          p.kind === 'organisation'
            ? { code: p.code, tier: p.tier, name: p.name, kind: 'organisation' }
            : { code: p.code, tier: p.tier },
        ),
        workstreams: workstreamsValue(rows, participants),
      },
      participants: [...participants],
      workstreamKeys: rows.map((r) => r.key),
      workstreamNames: rows.map((r) => r.name),
    });
  };

  const failure = save.isError ? save.error : null;
  let summary = null;
  if (failure && isUnauthorized(failure))
    summary = (
      <div className="notice notice-error" role="alert" tabIndex={-1}>
        <p className="notice-title">{t('coalitions.builder.refused')}</p>
        <p>
          {errorMessage(failure)} (HTTP {failure.status})
        </p>
      </div>
    );
  else if (failure && issues.links.length > 0)
    summary = (
      <div className="notice notice-error error-summary" role="alert" tabIndex={-1}>
        <p className="notice-title">{t('coalitions.builder.notSaved')}</p>
        <p>{t('coalitions.builder.problems')}</p>
        <ul>
          {issues.links.map((l, i) => (
            <li key={i}>{l.href ? <a href={l.href}>{l.text}</a> : l.text}</li>
          ))}
        </ul>
      </div>
    );
  else if (failure)
    summary = (
      <div tabIndex={-1}>
        <ErrorNotice title={t('coalitions.builder.notSaved')} error={failure} labels={labels} />
      </div>
    );

  return (
    <>
      <p className="lede">
        {existing
          ? t('coalitions.builder.ledeEdit', { code: existing.code })
          : t('coalitions.builder.ledeNew')}
      </p>
      <form
        className="builder"
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="builder-identity">
          <div className="controls">
            <Field
              label={t('coalitions.code')}
              className="field-wide"
              hint={existing ? t('coalitions.builder.codeFixed') : t('coalitions.builder.codeHint')}
              error={issues.fields.code}
            >
              <input
                type="text"
                id="coalition-code"
                name="code"
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
                required
                maxLength={32}
                value={code}
                readOnly={existing !== null}
                onChange={(e) => setCode(e.target.value)}
              />
            </Field>
            <Field label={t('coalitions.name')} className="field-wide" error={issues.fields.name}>
              <input
                type="text"
                id="coalition-name"
                name="name"
                required
                maxLength={120}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
          </div>
          <Field
            label={t('coalitions.builder.description')}
            className="field-wide"
            error={issues.fields.description}
          >
            <textarea
              id="coalition-description"
              name="description"
              rows={2}
              maxLength={2000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </Field>
          {!existing && (
            <div className="controls start-from">
              <Field label={t('coalitions.builder.startFrom')} className="field-wide">
                <select id="start-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                  <option value="">{t('coalitions.builder.choose')}</option>
                  <optgroup label={t('coalitions.builder.customGroup')}>
                    {coalitions
                      .filter((c) => c.origin === 'custom')
                      .map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.code} — {c.name}
                        </option>
                      ))}
                  </optgroup>
                  <optgroup label={t('coalitions.builder.groupings')}>
                    {coalitions
                      .filter((c) => c.origin !== 'custom')
                      .map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.code} — {c.name}
                        </option>
                      ))}
                  </optgroup>
                </select>
              </Field>
              <div className="field field-action">
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => from && copy.mutate(from)}
                >
                  {t('coalitions.builder.copy')}
                </button>
              </div>
              <p className="field-hint" aria-live="polite">
                {copy.isPending
                  ? t('coalitions.builder.copying', { code: copy.variables })
                  : copy.isError
                    ? t('coalitions.builder.copyFailed', {
                        code: copy.variables,
                        message: errorMessage(copy.error),
                      })
                    : copy.data
                      ? t('coalitions.builder.copied', {
                          participants: copy.data.participants.length,
                          workstreams: copy.data.workstreams.length,
                          code: copy.data.code,
                        })
                      : ''}
              </p>
            </div>
          )}
        </div>
        <div className="builder-grid">
          <section
            className="builder-pick"
            aria-labelledby="add-heading"
            // Enter in the search box must not submit the form.
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.target as HTMLElement).id === 'economy-search')
                e.preventDefault();
            }}
          >
            <h2 id="add-heading">{t('coalitions.builder.addHeading')}</h2>
            <div className="controls">
              <Field label={t('coalitions.builder.addAs')} className="field-narrow">
                <select
                  id="add-tier"
                  name="add-tier"
                  value={addTier}
                  onChange={(e) => setAddTier(e.target.value === 'partner' ? 'partner' : 'member')}
                >
                  <option value="member">{t('coalitions.builder.option.member')}</option>
                  <option value="partner">{t('coalitions.builder.option.partner')}</option>
                </select>
              </Field>
            </div>
            <EconomyPicker
              id="economy-search"
              label={t('coalitions.builder.find')}
              entries={entries}
              stateOf={stateOf}
              onToggle={(entry) => toggle(entry.code, entry.name, addTier)}
            />
            <fieldset className="org-form">
              <legend>{t('coalitions.builder.orgLegend')}</legend>
              <div className="controls">
                <div className="field field-narrow">
                  <label htmlFor="org-code">{t('coalitions.builder.orgCode')}</label>
                  <input
                    ref={orgCodeInput}
                    type="text"
                    id="org-code"
                    aria-describedby="org-error"
                    aria-invalid={orgError?.field === 'code' || undefined}
                    autoComplete="off"
                    maxLength={40}
                    value={orgCode}
                    onChange={(e) => setOrgCode(e.target.value)}
                    onKeyDown={onOrgKey}
                  />
                </div>
                <div className="field field-wide">
                  <label htmlFor="org-name">{t('coalitions.builder.orgName')}</label>
                  <input
                    ref={orgNameInput}
                    type="text"
                    id="org-name"
                    aria-describedby="org-error"
                    aria-invalid={orgError?.field === 'name' || undefined}
                    autoComplete="off"
                    maxLength={120}
                    value={orgName}
                    onChange={(e) => setOrgName(e.target.value)}
                    onKeyDown={onOrgKey}
                  />
                </div>
                <Field label={t('coalitions.builder.orgTier')} className="field-narrow">
                  <select
                    id="org-tier"
                    value={orgTier}
                    onChange={(e) =>
                      setOrgTier(e.target.value === 'stakeholder' ? 'stakeholder' : 'observer')
                    }
                  >
                    <option value="observer">{t('coalitions.builder.option.observer')}</option>
                    <option value="stakeholder">
                      {t('coalitions.builder.option.stakeholder')}
                    </option>
                  </select>
                </Field>
                <div className="field field-action">
                  <button type="button" className="button button-quiet" onClick={addOrganisation}>
                    {t('coalitions.builder.orgAdd')}
                  </button>
                </div>
              </div>
              <p className="field-error" id="org-error" hidden={!orgError}>
                {orgError?.text}
              </p>
            </fieldset>
          </section>
          <section className="builder-list" aria-labelledby="participants-heading">
            <h2 id="participants-heading" tabIndex={-1} ref={listHeading}>
              {t('coalitions.builder.participants', { count: participants.length })}
            </h2>
            <Field label={t('coalitions.builder.euCount')} className="field-eu">
              <select
                id="builder-eu"
                name="eu"
                value={eu}
                onChange={(e) =>
                  setEu(e.target.value === 'member-states' ? 'member-states' : 'enumerated')
                }
              >
                <option value="enumerated">{t('coalitions.builder.euListed')}</option>
                <option value="member-states">{t('coalitions.builder.euStates')}</option>
              </select>
            </Field>
            <div className="count-notice" role="status">
              {twice.length > 0 ? (
                <p className="notice notice-warning" data-warning="counted_through_supranational">
                  {t('coalitions.builder.countedTwice', {
                    list: twice.map(nameOf).join(', '),
                    count: twice.length,
                  })}
                </p>
              ) : eu === 'enumerated' && participants.some((p) => p.code === 'EU') ? (
                <p className="notice" data-warning="supranational_not_expanded">
                  {t('coalitions.builder.euWhole')}
                </p>
              ) : null}
            </div>
            <p className="field-error" id="participants-error" hidden={!issues.participantsGeneral}>
              {issues.participantsGeneral}
            </p>
            <ol className="participant-list" aria-labelledby="participants-heading" ref={list}>
              {participants.map((p) => (
                <ParticipantRow
                  key={p.code}
                  p={p}
                  issues={issues.participants.get(p.code) ?? []}
                  onTier={(tier) => setTier(p.code, tier)}
                  onRemove={() => remove(p.code, true)}
                />
              ))}
              {participants.length === 0 && (
                <li className="participant-empty muted">{t('coalitions.builder.empty')}</li>
              )}
            </ol>
            {atlas.isError ? (
              <p className="muted">{t('coalitions.builder.noMap')}</p>
            ) : (
              <div className="builder-map">
                <CoalitionMapView
                  economies={economies}
                  marks={marks}
                  label={t('coalitions.builder.mapLabel', { members, partners })}
                  roles={['member', 'partner', 'via-member']}
                  named={participants.filter((p) => p.kind === 'economy')}
                  onToggle={(iso3) => toggle(iso3, nameOf(iso3), 'member')}
                />
                <p className="map-note muted">{t('coalitions.builder.mapNote')}</p>
              </div>
            )}
          </section>
        </div>
        <WorkstreamsEditor
          rows={rows}
          onChange={setRows}
          participants={participants}
          issues={issues.workstreams}
          general={issues.workstreamsGeneral}
          onEdited={clearWorkstream}
        />
        <div className="error-summary-area" ref={summaryRef}>
          {summary}
        </div>
        <div className="builder-save">
          <div ref={tokenBox} />
          <div className="button-row">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending
                ? t('coalitions.builder.saving')
                : existing
                  ? t('coalitions.builder.saveEdit')
                  : t('coalitions.builder.saveNew')}
            </button>
            <a
              className="button button-quiet"
              href={existing ? `#/coalitions/${encodeURIComponent(existing.code)}` : '#/coalitions'}
            >
              {t('coalitions.cancel')}
            </a>
          </div>
        </div>
      </form>
      {existing && <DeleteCoalition code={existing.code} />}
    </>
  );
}

function ParticipantRow({
  p,
  issues,
  onTier,
  onRemove,
}: {
  p: Participant;
  issues: readonly string[];
  onTier: (tier: Tier) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const id = idFor(p.code);
  const tiers: Tier[] =
    p.kind === 'economy'
      ? ['member', 'partner']
      : p.kind === 'organisation'
        ? ['observer', 'stakeholder']
        : ['member'];
  return (
    <li
      className={`participant${issues.length ? ' has-error' : ''}`}
      data-code={p.code}
      data-tier={p.tier}
      id={id}
    >
      <div className="participant-main">
        <span className="participant-name">{p.name}</span>
        <span className="participant-meta">
          {p.code} · {t(`coalitions.builder.kind.${p.kind}`)} ·{' '}
          {t(`coalitions.builder.tierHint.${p.tier}`)}
        </span>
      </div>
      {tiers.length > 1 ? (
        <select
          id={`${id}-tier`}
          className="participant-tier"
          aria-label={t('coalitions.builder.tierOf', { name: p.name })}
          value={p.tier}
          onChange={(e) => onTier(tiers.find((x) => x === e.target.value) ?? p.tier)}
        >
          {tiers.map((x) => (
            <option key={x} value={x}>
              {t(`coalitions.builder.tier.${x}`)}
            </option>
          ))}
        </select>
      ) : (
        <span className="participant-tier-fixed" id={`${id}-tier`} tabIndex={-1}>
          {t(`coalitions.builder.tier.${p.tier}`)}
        </span>
      )}
      <button
        type="button"
        className="button button-quiet button-small participant-remove"
        aria-label={t('coalitions.builder.removeOne', { name: p.name })}
        onClick={onRemove}
      >
        {t('coalitions.builder.remove')}
      </button>
      {issues.length > 0 && (
        <p className="field-error participant-error" id={`${id}-error`}>
          {issues.join(' ')}
        </p>
      )}
    </li>
  );
}
