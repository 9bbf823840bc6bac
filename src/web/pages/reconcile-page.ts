// Reconciliation: two sides (jurisdictions or lists), the parties one lists and the other does
// not, counted by country, and the pairs both name. Settings live in the URL.
import { downloadCsv, toCsv } from '../csv-file.ts';
import { screeningApi } from '../components/screening-api.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import type {
  ListSummary,
  PartySummary,
  ReconcileGap,
  ReconcileResult,
} from '../screening-types.ts';

const text = (id: string, label: string, value: string, hint: string, list?: string) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      type: 'text',
      id,
      value,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-hint`,
      ...(list ? { list } : {}),
    }),
    h('span', { class: 'field-hint', id: `${id}-hint` }, hint),
  );

function partiesTable(parties: readonly PartySummary[], caption: string): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll table-scroll-tall' },
    h(
      'table',
      { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Party', 'Type', 'Countries', 'List', 'Listed'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        parties.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, p.name, h('div', { class: 'field-hint code' }, p.id)),
            h('td', {}, p.schema),
            h('td', {}, p.countries.join(', ') || '—'),
            h('td', { class: 'code' }, p.listId),
            h('td', {}, p.listingDate ?? '—'),
          ),
        ),
      ),
    ),
  );
}

function gapSection(
  id: string,
  title: string,
  gap: ReconcileGap,
  country: string | null,
): HTMLElement {
  const shown = gap.parties.length;
  return h(
    'section',
    { class: 'analysis reconcile-gap', 'aria-labelledby': id },
    h(
      'h2',
      { id },
      title,
      ': ',
      h('span', { class: 'gap-count' }, gap.count.toLocaleString('en-US')),
    ),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table by-country' },
        h('caption', {}, 'By the party’s country (a party naming two countries counts for both)'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Country'),
            h('th', { scope: 'col', class: 'num' }, 'Parties'),
          ),
        ),
        h(
          'tbody',
          {},
          gap.byCountry
            .slice(0, 20)
            .map((c) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, c.country ?? '(none)'),
                h('td', { class: 'num' }, c.count),
              ),
            ),
        ),
      ),
    ),
    gap.byCountry.length > 20
      ? h('p', { class: 'field-hint' }, `and ${gap.byCountry.length - 20} more countries`)
      : null,
    h(
      'p',
      { class: 'field-hint' },
      country
        ? `Parties of ${country}: ${shown}${shown === 200 ? ' (the first 200)' : ''}.`
        : `The first ${shown} parties:`,
    ),
    partiesTable(gap.parties, title),
  );
}

function resultBlock(r: ReconcileResult): HTMLElement {
  const side = (s: ReconcileResult['a']) =>
    `${s.spec.join(', ')} — ${s.lists.map((l) => l.name).join('; ')} (${s.parties.toLocaleString('en-US')} parties)`;
  const csv = () =>
    toCsv(
      ['side', 'entity_id', 'name', 'schema', 'countries', 'list'],
      [
        ...r.onlyA.parties.map((p) => [
          'only A',
          p.id,
          p.name,
          p.schema,
          p.countries.join(' '),
          p.listId,
        ]),
        ...r.onlyB.parties.map((p) => [
          'only B',
          p.id,
          p.name,
          p.schema,
          p.countries.join(' '),
          p.listId,
        ]),
      ],
    );
  return h(
    'div',
    {},
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'A'),
      h('dd', {}, side(r.a)),
      h('dt', {}, 'B'),
      h('dd', {}, side(r.b)),
      h('dt', {}, 'Named by both'),
      h('dd', { id: 'same-as-count' }, `${r.sameAs.count} pairs at score ${r.threshold} or more`),
    ),
    h(
      'div',
      { class: 'actions-bar' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onClick: () => downloadCsv('reconciliation.csv', csv()),
        },
        'Download the parties shown (CSV)',
      ),
    ),
    gapSection('only-a-heading', 'Listed by A, not by B', r.onlyA, r.country),
    gapSection('only-b-heading', 'Listed by B, not by A', r.onlyB, r.country),
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'pairs-heading' },
      h('h2', { id: 'pairs-heading' }, 'Named by both (same as)'),
      h(
        'div',
        { class: 'table-scroll table-scroll-tall' },
        h(
          'table',
          { class: 'data-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['A', 'B', 'Matched names', 'Score'].map((c, i) =>
                h('th', { scope: 'col', class: i === 3 ? 'num' : '' }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            r.sameAs.pairs.map((p) =>
              h(
                'tr',
                {},
                h('td', {}, p.a.name, h('div', { class: 'field-hint code' }, p.a.id)),
                h('td', {}, p.b.name, h('div', { class: 'field-hint code' }, p.b.id)),
                h('td', {}, `“${p.queryName}” ~ “${p.matchedName}”`),
                h('td', { class: 'num' }, p.score.toFixed(2)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function reconcilePage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Reconciling lists — techalliance';
  const body = h('div', {}, loadingBlock('restricted-party lists'));
  root.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/screening' }, 'Screening')),
    h('h1', { tabindex: '-1' }, 'Reconciling jurisdictions’ lists'),
    h(
      'p',
      { class: 'lede' },
      'Which parties does one side list that the other does not? Each side is a jurisdiction (US, EU, JP …) or a list. Parties are matched with the screening engine, so other spellings and aliases of one entity count as one. A gap is a question to ask — lists differ in scope — not a finding.',
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
  if (lists.length < 2) {
    body.replaceChildren(
      h(
        'p',
        { class: 'notice' },
        'Reconciliation needs at least two imported lists; see docs/importing.md.',
      ),
    );
    return;
  }
  const choices = [...new Set(lists.map((l) => l.jurisdiction)), ...lists.map((l) => l.id)];
  const jurisdictions = [...new Set(lists.map((l) => l.jurisdiction))];
  const a = text(
    'reconcile-a',
    'Side A',
    query.get('a') ?? jurisdictions[0] ?? '',
    'Jurisdictions or list ids, comma-separated',
    'reconcile-choices',
  );
  const b = text(
    'reconcile-b',
    'Side B',
    query.get('b') ?? jurisdictions[1] ?? '',
    'e.g. EU, or eu-833-annex-iv',
    'reconcile-choices',
  );
  const country = text(
    'reconcile-country',
    'Show parties of',
    query.get('country') ?? '',
    'ISO3, e.g. CHN (counts are for all)',
  );
  const threshold = text(
    'reconcile-threshold',
    'Threshold',
    query.get('threshold') ?? '0.7',
    '0–1: the score linking two parties',
  );
  const input = (f: HTMLElement): HTMLInputElement => f.querySelector('input')!;
  const out = h('div', { class: 'analysis-content', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Reconcile');
  let sequence = 0;
  const run = async (): Promise<void> => {
    const mine = ++sequence;
    const q = {
      a: input(a).value.trim(),
      b: input(b).value.trim(),
      country: input(country).value.trim().toUpperCase(),
      threshold: input(threshold).value.trim(),
    };
    replaceQuery({
      a: q.a,
      b: q.b,
      country: q.country || null,
      threshold: q.threshold === '0.7' ? null : q.threshold,
    });
    submit.disabled = true;
    out.replaceChildren(
      loadingBlock('the reconciliation (a first run over large lists takes a few seconds)'),
    );
    try {
      const r = await screeningApi.reconcile(q, signal);
      if (mine !== sequence) return;
      out.replaceChildren(resultBlock(r));
      announce(`${r.onlyA.count} listed by A only, ${r.onlyB.count} by B only.`);
    } catch (e) {
      if (!isAbort(e) && mine === sequence)
        out.replaceChildren(errorBlock('The lists could not be reconciled', e));
    } finally {
      submit.disabled = false;
    }
  };
  const form = h(
    'form',
    { class: 'reconcile-form', novalidate: true, 'aria-label': 'Sides to reconcile' },
    h(
      'datalist',
      { id: 'reconcile-choices' },
      choices.map((c) => h('option', { value: c })),
    ),
    h('div', { class: 'controls' }, a, b, country, threshold),
    h('div', { class: 'button-row' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  body.replaceChildren(form, out);
  if (query.get('a') && query.get('b')) void run();
}
