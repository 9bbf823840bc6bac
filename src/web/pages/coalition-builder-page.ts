// The coalition builder (`#/coalitions/new`, `#/coalitions/:code/edit`): code, name, description;
// economies and the EU picked from a searchable list or on the map, organisations by code and
// name; workstreams; the API's validation errors shown next to the field, participant or
// workstream they name.
import { ApiError, api, type ApiIssue } from '../api-client.ts';
import type {
  Coalition,
  CoalitionDraft,
  CoalitionSummary,
  Economy,
  Participant,
  Tier,
} from '../api-types.ts';
import {
  CoalitionMap,
  coalitionMapKey,
  loadWorldAtlas,
  participantMarks,
} from '../components/coalition-map.ts';
import { deleteCoalitionControl } from '../components/delete-coalition.ts';
import { EconomyPicker, type PickerEntry } from '../components/economy-picker.ts';
import { WorkstreamsEditor } from '../components/workstreams-editor.ts';
import { h } from '../element.ts';
import { announce, errorBlock, errorMessage, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { isUnauthorized, writeTokenField } from '../write-token.ts';

const EU: PickerEntry = {
  code: 'EU',
  name: 'European Union',
  detail: 'EU · member only; counted as its member states only when analyses ask',
  keywords: 'europe',
};

const TIER_HINT: Record<Tier, string> = {
  member: 'counts in leverage',
  partner: 'counts with tier “members and partners”',
  observer: 'reads and comments; not counted',
  stakeholder: 'consulted; not counted',
};

const idFor = (code: string): string => `participant-${code.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function field(
  id: string,
  label: string,
  control: HTMLElement,
  hint?: string,
): { element: HTMLElement; error: HTMLElement } {
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', `${hint ? `${id}-hint ` : ''}${id}-error`);
  return {
    element: h(
      'div',
      { class: 'field field-wide' },
      h('label', { for: id }, label),
      control,
      hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
      error,
    ),
    error,
  };
}

/**
 * Economies listed in their own right (members or partners) that the EU participant also counts
 * when it counts as its member states: each would count once, adding nothing. Sorted.
 */
export function countedTwice(
  participants: readonly Pick<Participant, 'code' | 'kind' | 'tier'>[],
  euStates: readonly string[],
  eu: 'enumerated' | 'member-states',
): string[] {
  if (eu !== 'member-states') return [];
  if (!participants.some((p) => p.code === 'EU' && p.tier === 'member')) return [];
  const states = new Set(euStates);
  return participants
    .filter((p) => p.kind === 'economy' && states.has(p.code))
    .map((p) => p.code)
    .sort();
}

export async function coalitionBuilderPage({
  root,
  params,
  query,
  signal,
}: PageContext): Promise<void> {
  const editing = params.code !== undefined ? params.code.toUpperCase() : null;
  const title = editing ? `Edit ${editing}` : 'New coalition';
  document.title = `${title} — techalliance`;
  const heading = h('h1', { tabindex: '-1' }, title);
  const body = h('div', {}, loadingBlock(editing ? `coalition ${editing}` : 'the economies'));
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/coalitions' }, 'Coalitions'),
      ' › ',
      editing
        ? [h('a', { href: `#/coalitions/${encodeURIComponent(editing)}` }, editing), ' › Edit']
        : 'New',
    ),
    heading,
    body,
  );

  let economies: Economy[];
  let coalitions: CoalitionSummary[];
  let euStates: string[];
  let existing: Coalition | null = null;
  let atlas: Awaited<ReturnType<typeof loadWorldAtlas>> | null = null;
  try {
    const [e, c, eu, coalition] = await Promise.all([
      api.economies({}, signal),
      api.coalitions(signal),
      api.group('EU', signal),
      editing ? api.coalition(editing, signal) : Promise.resolve(null),
    ]);
    economies = e.items;
    coalitions = c.items;
    euStates = eu.members.filter((m) => m.kind === 'economy').map((m) => m.code);
    existing = coalition;
    atlas = await loadWorldAtlas().catch(() => null);
  } catch (e) {
    if (isAbort(e)) return;
    body.replaceChildren(
      e instanceof ApiError && e.notFound && editing
        ? h(
            'div',
            { class: 'notice notice-not-found' },
            h('p', {}, `No coalition with the code “${editing}”.`),
            h('p', {}, h('a', { href: '#/coalitions' }, 'Browse all coalitions')),
          )
        : errorBlock('The builder could not be loaded', e, () => location.reload()),
    );
    return;
  }
  if (existing && existing.origin !== 'custom') {
    body.replaceChildren(
      h(
        'div',
        { class: 'notice' },
        h(
          'p',
          {},
          `${existing.code} is a grouping from the reference data: it cannot be edited here.`,
        ),
        h(
          'p',
          {},
          h(
            'a',
            { href: `#/coalitions/new?from=${encodeURIComponent(existing.code)}` },
            `Start a new coalition from ${existing.code}`,
          ),
        ),
      ),
    );
    return;
  }

  const economyNames = new Map(economies.map((e) => [e.iso3, e.name]));
  let participants: Participant[] = existing ? existing.participants.map((p) => ({ ...p })) : [];
  /** API issues per participant code, shown beside it until it changes. */
  const issuesByCode = new Map<string, string[]>();

  // Identity fields.
  const codeInput = h('input', {
    type: 'text',
    id: 'coalition-code',
    name: 'code',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
    required: true,
    maxlength: 32,
    value: existing?.code ?? '',
    readonly: existing !== null,
  });
  const nameInput = h('input', {
    type: 'text',
    id: 'coalition-name',
    name: 'name',
    required: true,
    maxlength: 120,
    value: existing?.name ?? '',
  });
  const descriptionInput = h('textarea', {
    id: 'coalition-description',
    name: 'description',
    rows: 2,
    maxlength: 2000,
  });
  descriptionInput.value = existing?.description ?? '';
  const codeField = field(
    'coalition-code',
    'Code',
    codeInput,
    existing
      ? 'The code of a saved coalition does not change.'
      : '2–32 capital letters, digits or _, e.g. TECH4; not a grouping’s code.',
  );
  const nameField = field('coalition-name', 'Name', nameInput);
  const descriptionField = field('coalition-description', 'Description', descriptionInput);
  const fieldErrors: Record<string, { error: HTMLElement; control: HTMLElement }> = {
    code: { error: codeField.error, control: codeInput },
    name: { error: nameField.error, control: nameInput },
    description: { error: descriptionField.error, control: descriptionInput },
  };

  // Participants list, picker and map.
  const tierSelect = h(
    'select',
    { id: 'add-tier', name: 'add-tier' },
    h('option', { value: 'member' }, 'Member'),
    h('option', { value: 'partner' }, 'Partner'),
  );
  const addTier = (): Tier => (tierSelect.value === 'partner' ? 'partner' : 'member');
  const listHeading = h('h2', { id: 'participants-heading', tabindex: '-1' }, 'Participants');
  const listError = h('p', { class: 'field-error', id: 'participants-error', hidden: true });
  const list = h('ol', { class: 'participant-list', 'aria-labelledby': 'participants-heading' });
  const mapSummary = h('p', { class: 'map-note muted' });
  // How analyses will count the EU: the builder warns of economies counted twice under it.
  const euCounting = h(
    'select',
    { id: 'builder-eu', name: 'eu', onChange: () => changed() },
    h('option', { value: 'enumerated' }, 'the economies listed (EU not expanded)'),
    h('option', { value: 'member-states' }, 'the EU as its member states'),
  );
  const countNotice = h('div', { class: 'count-notice', role: 'status' });
  const workstreams = new WorkstreamsEditor(existing?.workstreams);

  const find = (code: string): Participant | undefined => participants.find((p) => p.code === code);
  const picker = new EconomyPicker({
    id: 'economy-search',
    label: 'Find an economy',
    entries: [
      EU,
      ...economies.map((e) => ({
        code: e.iso3,
        name: e.name,
        detail: e.iso3,
        keywords: `${e.officialName ?? ''} ${e.iso2 ?? ''}`,
      })),
    ],
    stateOf: (entry) => {
      const p = find(entry.code);
      if (p)
        return {
          selected: true,
          label: `Remove ${entry.name} (${p.tier})`,
          action: `✓ ${p.tier} · remove`,
        };
      const tier = entry.code === 'EU' ? 'member' : addTier();
      return { selected: false, label: `Add ${entry.name} as ${tier}`, action: `Add as ${tier}` };
    },
    onToggle: (entry) => {
      if (find(entry.code)) remove(entry.code, false);
      else
        add({
          code: entry.code,
          name: entry.name,
          kind: entry.code === 'EU' ? 'supranational' : 'economy',
          tier: entry.code === 'EU' ? 'member' : addTier(),
        });
    },
  });
  tierSelect.addEventListener('change', () => picker.refresh());

  const map = atlas
    ? new CoalitionMap(atlas, economies, {
        onToggle: (iso3) => {
          if (find(iso3)) remove(iso3, false);
          else
            add({
              code: iso3,
              name: economyNames.get(iso3) ?? iso3,
              kind: 'economy',
              tier: 'member',
            });
        },
      })
    : null;

  const changed = (): void => {
    const eu = euCounting.value === 'member-states' ? 'member-states' : 'enumerated';
    const twice = countedTwice(participants, euStates, eu);
    countNotice.replaceChildren(
      twice.length > 0
        ? h(
            'p',
            { class: 'notice notice-warning', 'data-warning': 'counted_through_supranational' },
            `Counted twice? ${twice.map((c) => economyNames.get(c) ?? c).join(', ')} ${twice.length === 1 ? 'is' : 'are'} already counted through the EU when the EU counts as its member states: each economy counts once, so ${twice.length === 1 ? 'it adds' : 'they add'} nothing to the figures.`,
          )
        : eu === 'enumerated' && participants.some((p) => p.code === 'EU')
          ? h(
              'p',
              { class: 'notice', 'data-warning': 'supranational_not_expanded' },
              'The EU takes part as a whole: with the economies listed, analyses count no EU member state that is not listed itself.',
            )
          : '',
    );
    renderList();
    picker.refresh();
    workstreams.setParticipants(participants);
    if (map) {
      const marks = participantMarks(participants, new Map([['EU', euStates]]));
      const members = participants.filter((p) => p.tier === 'member').length;
      const partners = participants.filter((p) => p.tier === 'partner').length;
      map.paint(marks, `Map of the participants: ${members} members, ${partners} partners`);
      const drawn = map.drawnCodes();
      const hidden = participants
        .filter((p) => p.kind === 'economy' && !drawn.has(p.code))
        .map((p) => p.name);
      mapSummary.textContent = `Click a country to add it as a member, or click it again to remove it; the list of economies does the same by keyboard.${hidden.length ? ` Too small to see at this scale: ${hidden.join(', ')}.` : ''}`;
    }
  };

  function add(p: Participant): void {
    participants = [...participants, p];
    changed();
    announce(`${p.name} added as ${p.tier}. ${participants.length} participants.`);
  }

  function remove(code: string, fromList: boolean): void {
    const index = participants.findIndex((p) => p.code === code);
    if (index === -1) return;
    const [gone] = participants.splice(index, 1);
    participants = [...participants];
    issuesByCode.delete(code);
    changed();
    announce(`${gone!.name} removed. ${participants.length} participants.`);
    if (fromList) {
      // Keep keyboard users in the list: the next row's button, else the previous, else the heading.
      const buttons = list.querySelectorAll<HTMLButtonElement>('.participant-remove');
      (buttons[index] ?? buttons[index - 1] ?? listHeading).focus();
    }
  }

  function setTier(code: string, tier: Tier): void {
    participants = participants.map((p) => (p.code === code ? { ...p, tier } : p));
    issuesByCode.delete(code);
    changed();
    const select = document.getElementById(`${idFor(code)}-tier`);
    select?.focus();
  }

  function renderList(): void {
    listHeading.textContent = `Participants (${participants.length})`;
    list.replaceChildren(
      ...participants.map((p) => {
        const id = idFor(p.code);
        const issues = issuesByCode.get(p.code) ?? [];
        const tiers: Tier[] =
          p.kind === 'economy'
            ? ['member', 'partner']
            : p.kind === 'organisation'
              ? ['observer', 'stakeholder']
              : ['member'];
        const tierControl =
          tiers.length > 1
            ? h(
                'select',
                {
                  id: `${id}-tier`,
                  class: 'participant-tier',
                  'aria-label': `Tier of ${p.name}`,
                  onChange: (e: Event) =>
                    setTier(p.code, (e.target as HTMLSelectElement).value as Tier),
                },
                tiers.map((t) => h('option', { value: t, selected: t === p.tier }, t)),
              )
            : h(
                'span',
                { class: 'participant-tier-fixed', id: `${id}-tier`, tabindex: '-1' },
                p.tier,
              );
        return h(
          'li',
          {
            class: `participant${issues.length ? ' has-error' : ''}`,
            'data-code': p.code,
            'data-tier': p.tier,
            id,
          },
          h(
            'div',
            { class: 'participant-main' },
            h('span', { class: 'participant-name' }, p.name),
            h(
              'span',
              { class: 'participant-meta' },
              `${p.code} · ${p.kind === 'supranational' ? 'supranational' : p.kind} · ${TIER_HINT[p.tier]}`,
            ),
          ),
          tierControl,
          h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small participant-remove',
              'aria-label': `Remove ${p.name}`,
              onClick: () => remove(p.code, true),
            },
            'Remove',
          ),
          issues.length
            ? h(
                'p',
                { class: 'field-error participant-error', id: `${id}-error` },
                issues.join(' '),
              )
            : null,
        );
      }),
    );
    if (participants.length === 0)
      list.append(
        h(
          'li',
          { class: 'participant-empty muted' },
          'No participants yet: find economies on the left, or click countries on the map.',
        ),
      );
  }

  // Organisations: observers and stakeholders, by code and name.
  const orgCode = h('input', { type: 'text', id: 'org-code', autocomplete: 'off', maxlength: 40 });
  const orgName = h('input', { type: 'text', id: 'org-name', autocomplete: 'off', maxlength: 120 });
  const orgTier = h(
    'select',
    { id: 'org-tier' },
    h('option', { value: 'observer' }, 'Observer'),
    h('option', { value: 'stakeholder' }, 'Stakeholder'),
  );
  const orgError = h('p', { class: 'field-error', id: 'org-error', hidden: true });
  const addOrganisation = (): void => {
    const code = orgCode.value.trim();
    const name = orgName.value.trim();
    const problem =
      code.length < 2
        ? 'Give the organisation a code of at least 2 characters (e.g. OECD).'
        : name === ''
          ? 'Give the organisation a name.'
          : find(code)
            ? `${code} is already a participant.`
            : null;
    orgError.hidden = problem === null;
    orgError.textContent = problem ?? '';
    if (problem) {
      (code.length < 2 ? orgCode : name === '' ? orgName : orgCode).focus();
      return;
    }
    add({ code, name, kind: 'organisation', tier: orgTier.value as Tier });
    orgCode.value = '';
    orgName.value = '';
    orgCode.focus();
  };

  // Start from an existing coalition or grouping (new coalitions only): copies its participants.
  const fromSelect = h(
    'select',
    { id: 'start-from' },
    h('option', { value: '' }, '— choose —'),
    h(
      'optgroup',
      { label: 'Custom coalitions' },
      coalitions
        .filter((c) => c.origin === 'custom')
        .map((c) => h('option', { value: c.code }, `${c.code} — ${c.name}`)),
    ),
    h(
      'optgroup',
      { label: 'Groupings' },
      coalitions
        .filter((c) => c.origin !== 'custom')
        .map((c) => h('option', { value: c.code }, `${c.code} — ${c.name}`)),
    ),
  );
  const fromStatus = h('p', { class: 'field-hint', 'aria-live': 'polite' });
  const startFrom = async (code: string): Promise<void> => {
    if (!code) return;
    fromStatus.textContent = `Loading ${code}…`;
    try {
      const source = await api.coalition(code, signal);
      participants = source.participants.map((p) => ({ ...p }));
      issuesByCode.clear();
      workstreams.replace(source.workstreams);
      changed();
      if (!descriptionInput.value) descriptionInput.value = `Starting from ${source.code}.`;
      fromStatus.textContent = `Copied the ${source.participants.length} participants and ${source.workstreams.length} workstreams of ${source.code}; change them as you like.`;
    } catch (e) {
      if (isAbort(e)) return;
      fromStatus.textContent = `${code} could not be loaded: ${errorMessage(e)}`;
    }
  };

  // Saving.
  const token = writeTokenField('write-token');
  const saveButton = h(
    'button',
    { type: 'submit', class: 'button' },
    existing ? 'Save changes' : 'Save coalition',
  );
  const summary = h('div', { class: 'error-summary-area' });

  const showIssues = (
    issues: readonly ApiIssue[],
    sent: readonly Participant[],
    sentWorkstreams: readonly string[],
  ): HTMLElement[] => {
    for (const f of Object.values(fieldErrors)) {
      f.error.hidden = true;
      f.control.removeAttribute('aria-invalid');
    }
    listError.hidden = true;
    issuesByCode.clear();
    const links: HTMLElement[] = [];
    const workstreamIssues = issues.filter((i) => i.path.split('.')[0] === 'workstreams');
    for (const issue of issues) {
      const [head, index] = issue.path.split('.');
      if (head === 'workstreams') continue;
      const f = head !== undefined ? fieldErrors[head] : undefined;
      if (f) {
        f.error.hidden = false;
        f.error.textContent = issue.message;
        f.control.setAttribute('aria-invalid', 'true');
        links.push(h('li', {}, h('a', { href: `#${f.control.id}` }, `${head}: ${issue.message}`)));
        continue;
      }
      const p = head === 'participants' && index !== undefined ? sent[Number(index)] : undefined;
      if (p) {
        issuesByCode.set(p.code, [...(issuesByCode.get(p.code) ?? []), issue.message]);
        links.push(
          h('li', {}, h('a', { href: `#${idFor(p.code)}` }, `${p.name}: ${issue.message}`)),
        );
        continue;
      }
      if (head === 'participants') {
        listError.hidden = false;
        listError.textContent = issue.message;
      }
      links.push(h('li', {}, `${issue.path}: ${issue.message}`));
    }
    renderList();
    return [...links, ...workstreams.showIssues(workstreamIssues, sentWorkstreams)];
  };

  const save = async (): Promise<void> => {
    const sent = [...participants];
    const sentWorkstreams = workstreams.keys();
    const draft: CoalitionDraft = {
      code: codeInput.value.trim(),
      name: nameInput.value.trim(),
      description: descriptionInput.value.trim(),
      participants: sent.map((p) =>
        p.kind === 'organisation'
          ? { code: p.code, tier: p.tier, name: p.name, kind: 'organisation' }
          : { code: p.code, tier: p.tier },
      ),
      workstreams: workstreams.value(),
    };
    saveButton.disabled = true;
    saveButton.textContent = 'Saving…';
    summary.replaceChildren();
    try {
      const { code: _code, ...rest } = draft;
      const saved = existing
        ? await api.updateCoalition(existing.code, rest, token.value())
        : await api.createCoalition(draft, token.value());
      token.refused(null);
      window.location.hash = `#/coalitions/${encodeURIComponent(saved.code)}?saved=${existing ? 'updated' : 'created'}`;
      return;
    } catch (e) {
      let block: HTMLElement;
      if (isUnauthorized(e)) {
        token.refused(
          token.value()
            ? 'The server did not accept this write token.'
            : 'Sign in to save: your session has ended or you are not signed in.',
        );
        showIssues([], sent, sentWorkstreams);
        block = errorBlock('Not saved: the server refused the write', e);
      } else if (e instanceof ApiError && e.issues.length > 0) {
        token.refused(null);
        const links = showIssues(e.issues, sent, sentWorkstreams);
        block = h(
          'div',
          { class: 'notice notice-error error-summary', role: 'alert', tabindex: '-1' },
          h('p', { class: 'notice-title' }, 'The coalition was not saved'),
          h('p', {}, 'The server found these problems:'),
          h('ul', {}, links),
        );
        announce(`Not saved: ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}.`);
      } else {
        block = errorBlock('The coalition was not saved', e);
      }
      block.setAttribute('tabindex', '-1');
      summary.replaceChildren(block);
      block.focus();
    } finally {
      saveButton.disabled = false;
      saveButton.textContent = existing ? 'Save changes' : 'Save coalition';
    }
  };

  const form = h(
    'form',
    {
      class: 'builder',
      novalidate: true,
      'aria-label': title,
      onSubmit: (e: Event) => {
        e.preventDefault();
        void save();
      },
    },
    h(
      'div',
      { class: 'builder-identity' },
      h('div', { class: 'controls' }, codeField.element, nameField.element),
      descriptionField.element,
      existing
        ? null
        : h(
            'div',
            { class: 'controls start-from' },
            h(
              'div',
              { class: 'field field-wide' },
              h('label', { for: 'start-from' }, 'Start from (optional)'),
              fromSelect,
            ),
            h(
              'div',
              { class: 'field field-action' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-quiet',
                  onClick: () => void startFrom(fromSelect.value),
                },
                'Copy its participants and workstreams',
              ),
            ),
            fromStatus,
          ),
    ),
    h(
      'div',
      { class: 'builder-grid' },
      h(
        'section',
        { class: 'builder-pick', 'aria-labelledby': 'add-heading' },
        h('h2', { id: 'add-heading' }, 'Add participants'),
        h(
          'div',
          { class: 'controls' },
          h(
            'div',
            { class: 'field field-narrow' },
            h('label', { for: 'add-tier' }, 'Add economies as'),
            tierSelect,
          ),
        ),
        picker.element,
        h(
          'fieldset',
          { class: 'org-form' },
          h('legend', {}, 'Add an organisation (observer or stakeholder)'),
          h(
            'div',
            { class: 'controls' },
            h(
              'div',
              { class: 'field field-narrow' },
              h('label', { for: 'org-code' }, 'Organisation code'),
              orgCode,
            ),
            h(
              'div',
              { class: 'field field-wide' },
              h('label', { for: 'org-name' }, 'Organisation name'),
              orgName,
            ),
            h(
              'div',
              { class: 'field field-narrow' },
              h('label', { for: 'org-tier' }, 'Its tier'),
              orgTier,
            ),
            h(
              'div',
              { class: 'field field-action' },
              h(
                'button',
                { type: 'button', class: 'button button-quiet', onClick: addOrganisation },
                'Add organisation',
              ),
            ),
          ),
          orgError,
        ),
      ),
      h(
        'section',
        { class: 'builder-list', 'aria-labelledby': 'participants-heading' },
        listHeading,
        h(
          'div',
          { class: 'field field-eu' },
          h('label', { for: 'builder-eu' }, 'Analyses count'),
          euCounting,
        ),
        countNotice,
        listError,
        list,
        map
          ? h(
              'div',
              { class: 'builder-map' },
              map.element,
              coalitionMapKey(['member', 'partner', 'via-member']),
              mapSummary,
            )
          : h('p', { class: 'muted' }, 'The map could not be loaded; the list works without it.'),
      ),
    ),
    workstreams.element,
    summary,
    h(
      'div',
      { class: 'builder-save' },
      token.element,
      h(
        'div',
        { class: 'button-row' },
        saveButton,
        h(
          'a',
          {
            class: 'button button-quiet',
            href: existing ? `#/coalitions/${encodeURIComponent(existing.code)}` : '#/coalitions',
          },
          'Cancel',
        ),
      ),
    ),
  );
  // Enter in the organisation fields adds the organisation instead of saving the coalition.
  for (const input of [orgCode, orgName])
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      addOrganisation();
    });
  // Enter in the search box must not submit the form either.
  picker.search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') e.preventDefault();
  });

  body.replaceChildren(
    h(
      'p',
      { class: 'lede' },
      existing
        ? `Change the name, description, participants and workstreams of ${existing.code}.`
        : 'A coalition has members (economies or the EU), partners (economies cooperating without full membership), and organisations as observers or stakeholders.',
    ),
    form,
    existing ? deleteCoalitionControl(existing.code, token) : '',
  );
  changed();
  const from = query.get('from');
  if (!existing && from) {
    fromSelect.value = from.toUpperCase();
    await startFrom(from.toUpperCase());
  }
  announce(`${title}: ${participants.length} participants.`);
}
