// Screening: one name or a batch against the imported restricted-party lists; hits reviewed with
// their explanations, and decisions (match, no match) recorded for the name screened.
import { batchRowsCsv } from '../../core/screening/batch-row.ts';
import { downloadCsv } from '../csv-file.ts';
import { DECISION_LABELS, hitsList } from '../components/screening-hits.ts';
import { screeningApi } from '../components/screening-api.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import type { BatchResult, BatchRow, Hit, ListSummary, ScreenResult } from '../screening-types.ts';
import { signInHref } from '../session.ts';
import { isUnauthorized, writeTokenField, type WriteTokenField } from '../write-token.ts';

const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Said above hits when the server did not look up decisions for this reader (the answer's
 * `decisionsShown` is false: anonymous, or a role that does not screen).
 */
function decisionsHiddenNote(r: ScreenResult & { decisionsShown?: boolean }): HTMLElement | null {
  if (r.decisionsShown !== false) return null;
  return h(
    'p',
    { class: 'note decisions-hidden' },
    'Decisions already taken on these hits are shown only to the secretariat and member delegations: ',
    h('a', { href: signInHref() }, 'sign in'),
    ' with such an account to see and record them.',
  );
}

const field = (id: string, label: string, control: HTMLElement, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('span', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
  );

/** Checkboxes of the imported lists; none ticked means every list. */
function listPicker(lists: readonly ListSummary[], prefix: string) {
  const boxes = lists.map((l) =>
    h('input', { type: 'checkbox', id: `${prefix}-list-${l.id}`, value: l.id }),
  );
  const element = h(
    'fieldset',
    { class: 'list-picker' },
    h('legend', {}, 'Lists (none ticked: all)'),
    h(
      'ul',
      { class: 'checklist' },
      lists.map((l, i) =>
        h(
          'li',
          { class: 'check' },
          boxes[i],
          h(
            'label',
            { for: `${prefix}-list-${l.id}` },
            `${l.jurisdiction} · ${l.name} (${l.parties.toLocaleString('en-US')})`,
          ),
        ),
      ),
    ),
  );
  return { element, ticked: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

function thresholdInput(id: string): HTMLInputElement {
  return h('input', {
    type: 'number',
    id,
    min: 0,
    max: 1,
    step: 0.01,
    value: '0.7',
    inputmode: 'decimal',
    'aria-describedby': `${id}-hint`,
  });
}

/**
 * A read made with the operator's token when one is typed (so decisions are shown to it); when the
 * server refuses the token (401), the field says so and the read is made again without it.
 */
async function readWith<T>(token: WriteTokenField, read: (t: string) => Promise<T>): Promise<T> {
  const t = token.value();
  if (!t) return read('');
  try {
    return await read(t);
  } catch (e) {
    if (!isUnauthorized(e)) throw e;
    token.refused(e.message);
    return read('');
  }
}

/** The decision callback the hits share: token from the page's field, 401 shown on it. */
function decider(token: WriteTokenField) {
  return async (hit: Hit, value: 'match' | 'no_match', note: string, queryName: string) => {
    try {
      const r = await screeningApi.decide(
        { queryName, entityId: hit.entityId, decision: value, ...(note ? { note } : {}) },
        token.value(),
      );
      token.refused(null);
      announce(`Recorded: ${DECISION_LABELS[value]} for ${hit.entity.name}.`);
      return r.decision;
    } catch (e) {
      if (isUnauthorized(e)) token.refused(e.message);
      throw e;
    }
  };
}

function listsSummary(lists: readonly ListSummary[]): HTMLElement {
  return h(
    'details',
    { class: 'lists-summary' },
    h(
      'summary',
      {},
      `${lists.length} list${lists.length === 1 ? '' : 's'} imported, ${lists
        .reduce((s, l) => s + l.parties, 0)
        .toLocaleString('en-US')} listed parties`,
    ),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['List', 'Jurisdiction', 'Edition', 'Parties', 'Imported'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          lists.map((l) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, l.name, h('div', { class: 'field-hint code' }, l.id)),
              h('td', {}, l.jurisdiction),
              h('td', {}, l.date ?? '—'),
              h('td', { class: 'num' }, l.parties.toLocaleString('en-US')),
              h('td', {}, l.importedAt.slice(0, 10)),
            ),
          ),
        ),
      ),
    ),
  );
}

function batchTable(result: BatchResult, review: (row: BatchRow) => void): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll table-scroll-tall' },
    h(
      'table',
      { class: 'data-table', id: 'batch-results' },
      h(
        'caption',
        { class: 'visually-hidden' },
        'Hits of the batch, one row per hit (and per name without a hit)',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Id', 'Name screened', 'Listed party', 'List', 'Score', 'Decision', ''].map((c, i) =>
            h('th', { scope: 'col', class: i === 4 ? 'num' : '' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        result.rows.map((r) =>
          h(
            'tr',
            { 'data-id': r.id, 'data-entity': r.entity_id },
            h('td', { class: 'code' }, r.id),
            h('th', { scope: 'row' }, r.query),
            h('td', {}, r.entity_name || h('span', { class: 'muted' }, 'no hit')),
            h('td', { class: 'code' }, r.list),
            h('td', { class: 'num' }, r.score === null ? '' : r.score.toFixed(2)),
            h('td', { class: 'batch-decision' }, r.decision ? DECISION_LABELS[r.decision] : ''),
            h(
              'td',
              {},
              r.entity_id
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'button button-quiet button-small',
                      onClick: () => review(r),
                    },
                    'Review',
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}

export async function screeningPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Screening — techalliance';
  const body = h('div', {}, loadingBlock('restricted-party lists'));
  root.append(
    h('h1', { tabindex: '-1' }, 'Restricted-party screening'),
    h(
      'p',
      { class: 'lede' },
      'Screen a name, or a file of names, against the restricted-party lists of every jurisdiction imported here. Each hit shows its score and why; record whether it is the same party, and later screenings of the name show your decision. ',
      h('a', { href: '#/screening/reconcile' }, 'Compare jurisdictions’ lists'),
      '.',
    ),
    body,
  );
  let lists: ListSummary[];
  try {
    lists = (await screeningApi.lists(signal)).items;
  } catch (e) {
    if (isAbort(e)) return;
    body.replaceChildren(errorBlock('The lists could not be loaded', e, () => location.reload()));
    return;
  }
  if (lists.length === 0) {
    body.replaceChildren(
      h(
        'div',
        { class: 'notice' },
        h('p', { class: 'notice-title' }, 'No restricted-party list is imported yet'),
        h(
          'p',
          {},
          'The lists are not bundled (their licences leave redistribution to you). Import your copies from the command line, e.g. ',
          h('code', {}, 'techalliance import ofac-sdn sdn.csv'),
          ' — docs/importing.md lists every format.',
        ),
      ),
    );
    return;
  }

  const token = writeTokenField('screening-token');
  const decide = decider(token);

  // --- One name ---------------------------------------------------------------------------
  const name = h('input', {
    type: 'text',
    id: 'screen-name',
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const type = h(
    'select',
    { id: 'screen-type' },
    h('option', { value: '' }, 'Any'),
    ['person', 'organization', 'vessel', 'aircraft'].map((t) => h('option', { value: t }, t)),
  );
  const country = h('input', {
    type: 'text',
    id: 'screen-country',
    maxlength: 3,
    autocomplete: 'off',
    'aria-describedby': 'screen-country-hint',
  });
  const birth = h('input', {
    type: 'text',
    id: 'screen-birth',
    maxlength: 10,
    autocomplete: 'off',
    'aria-describedby': 'screen-birth-hint',
  });
  const threshold = thresholdInput('screen-threshold');
  const picker = listPicker(lists, 'screen');
  const results = h('div', { class: 'analysis-content', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Screen');
  const screenForm = h(
    'form',
    { class: 'screen-form', novalidate: true, 'aria-label': 'Name to screen' },
    h(
      'div',
      { class: 'controls' },
      h('div', { class: 'field field-wide' }, h('label', { for: 'screen-name' }, 'Name'), name),
      field('screen-type', 'Type', type),
      field('screen-country', 'Country', country, 'ISO code, e.g. CN or CHN'),
      field('screen-birth', 'Birth date', birth, 'YYYY, YYYY-MM or YYYY-MM-DD'),
      field('screen-threshold', 'Threshold', threshold, '0–1; default 0.7'),
    ),
    picker.element,
    h('div', { class: 'button-row' }, submit),
  );
  let sequence = 0;
  const screenName = async (): Promise<void> => {
    const mine = ++sequence;
    if (!name.value.trim()) {
      results.replaceChildren(h('p', { class: 'field-error' }, 'Give a name to screen.'));
      name.focus();
      return;
    }
    submit.disabled = true;
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(loadingBlock('hits'));
    let r: ScreenResult;
    try {
      r = await readWith(token, (t) =>
        screeningApi.screen(
          {
            name: name.value.trim(),
            type: type.value,
            country: country.value.trim(),
            birth_date: birth.value.trim(),
            lists: picker.ticked().join(','),
            threshold: threshold.value.trim(),
          },
          signal,
          t,
        ),
      );
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      results.replaceChildren(errorBlock('The name could not be screened', e));
      return;
    } finally {
      submit.disabled = false;
      results.removeAttribute('aria-busy');
    }
    if (mine !== sequence) return;
    results.replaceChildren(
      ...[decisionsHiddenNote(r)].filter((x) => x !== null),
      hitsList(r, { decide: (hit, value, note) => decide(hit, value, note, r.query.name) }),
    );
    announce(`${r.hits.length} hits for ${r.query.name}.`);
  };
  screenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void screenName();
  });

  // --- A batch ----------------------------------------------------------------------------
  const file = h('input', {
    type: 'file',
    id: 'batch-file',
    accept: '.csv,text/csv',
    'aria-describedby': 'batch-file-hint',
  });
  const batchThreshold = thresholdInput('batch-threshold');
  const all = h('input', { type: 'checkbox', id: 'batch-all' });
  const batchPicker = listPicker(lists, 'batch');
  const batchSubmit = h('button', { type: 'submit', class: 'button' }, 'Screen the file');
  const batchOut = h('div', { class: 'analysis-content', 'aria-live': 'polite' });
  const review = h('div', { class: 'analysis-content', id: 'batch-review', tabindex: '-1' });
  let batch: BatchResult | null = null;
  let batchName = 'batch.csv';

  const renderBatch = (): void => {
    if (!batch) return;
    const b = batch;
    const download = h(
      'button',
      {
        type: 'button',
        class: 'button button-quiet',
        id: 'batch-download',
        onClick: () =>
          downloadCsv(batchName.replace(/\.csv$/i, '') + '-hits.csv', batchRowsCsv(b.rows)),
      },
      'Download hits (CSV)',
    );
    batchOut.replaceChildren(
      h(
        'div',
        {},
        h(
          'p',
          { class: 'result-count', id: 'batch-summary' },
          `${b.rowsRead} rows read, ${b.screened} screened, ${b.withHits} with hits (${b.hits} hits) at threshold ${b.threshold}.`,
          b.issues.length
            ? ` ${new Set(b.issues.map((i) => i.line)).size} malformed rows were not screened:`
            : '',
        ),
        b.issues.length
          ? h(
              'ul',
              { class: 'batch-issues notice notice-error' },
              b.issues.map((i) =>
                h(
                  'li',
                  {},
                  `${i.file}, line ${i.line}: ${i.field} ${i.reason}${i.value ? ` (“${i.value}”)` : ''}`,
                ),
              ),
            )
          : null,
        h('div', { class: 'actions-bar' }, download),
        b.rows.length
          ? batchTable(b, (row) => void reviewRow(row))
          : h('p', { class: 'muted' }, 'No name of the file hit a listed party.'),
      ),
    );
  };

  const reviewRow = async (row: BatchRow): Promise<void> => {
    review.replaceChildren(loadingBlock(`hits for ${row.query}`));
    try {
      const r = await readWith(token, (t) =>
        screeningApi.screen(
          {
            name: row.query,
            lists: batch?.lists.join(','),
            threshold: String(batch?.threshold ?? ''),
          },
          signal,
          t,
        ),
      );
      review.replaceChildren(
        h('h3', {}, `Review: ${row.query} (row ${row.id})`),
        ...[decisionsHiddenNote(r)].filter((x) => x !== null),
        hitsList(r, {
          decide: (hit, value, note) => decide(hit, value, note, row.query),
          decided: (hit, d) => {
            for (const x of batch?.rows ?? [])
              if (x.query === row.query && x.entity_id === hit.entityId) x.decision = d.decision;
            renderBatch();
          },
        }),
      );
      review.focus();
    } catch (e) {
      if (!isAbort(e)) review.replaceChildren(errorBlock('The name could not be screened', e));
    }
  };

  const batchForm = h(
    'form',
    { class: 'batch-form', novalidate: true, 'aria-label': 'File of names to screen' },
    h(
      'div',
      { class: 'controls' },
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: 'batch-file' }, 'CSV file'),
        file,
        h(
          'span',
          { class: 'field-hint', id: 'batch-file-hint' },
          'Columns id and name; optionally type, country, birth_date. Up to 8 MB.',
        ),
      ),
      field('batch-threshold', 'Threshold', batchThreshold, '0–1; default 0.7'),
      h(
        'div',
        { class: 'field check-inline' },
        all,
        h('label', { for: 'batch-all' }, 'List names without hits too'),
      ),
    ),
    batchPicker.element,
    h('div', { class: 'button-row' }, batchSubmit),
  );
  batchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const f = file.files?.[0];
      if (!f) {
        batchOut.replaceChildren(h('p', { class: 'field-error' }, 'Choose a CSV file first.'));
        return;
      }
      if (f.size > MAX_FILE_BYTES) {
        batchOut.replaceChildren(
          h(
            'p',
            { class: 'field-error' },
            `${f.name} is over 8 MB: split it, or use techalliance screen-batch.`,
          ),
        );
        return;
      }
      batchSubmit.disabled = true;
      batchOut.replaceChildren(loadingBlock(`the names of ${f.name}`));
      review.replaceChildren();
      try {
        const t = Number(batchThreshold.value);
        const ticked = batchPicker.ticked();
        batchName = f.name;
        const csv = await f.text();
        batch = await readWith(token, (bearer) =>
          screeningApi.batch(
            {
              csv,
              fileName: f.name,
              ...(batchThreshold.value.trim() !== '' && Number.isFinite(t) ? { threshold: t } : {}),
              ...(ticked.length ? { lists: ticked } : {}),
              all: all.checked,
            },
            signal,
            bearer,
          ),
        );
        renderBatch();
        announce(`${batch.screened} names screened, ${batch.withHits} with hits.`);
      } catch (err) {
        if (!isAbort(err))
          batchOut.replaceChildren(errorBlock(`${f.name} could not be screened`, err));
      } finally {
        batchSubmit.disabled = false;
      }
    })();
  });

  body.replaceChildren(
    listsSummary(lists),
    h(
      'section',
      { class: 'analysis screening-token', 'aria-labelledby': 'decide-heading' },
      h('h2', { id: 'decide-heading' }, 'Recording decisions'),
      h(
        'p',
        { class: 'field-hint' },
        'Marking a hit as a match or not is recorded under your account (and in the governance log). The secretariat and member delegations screen; their decisions are shown to them only.',
      ),
      token.element,
    ),
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'screen-heading' },
      h('h2', { id: 'screen-heading' }, 'Screen a name'),
      screenForm,
      results,
    ),
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'batch-heading' },
      h('h2', { id: 'batch-heading' }, 'Screen a file of names'),
      batchForm,
      batchOut,
      review,
    ),
  );
}
