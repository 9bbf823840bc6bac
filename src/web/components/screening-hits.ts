// Screening hits for review: per hit the listed party, the score against the threshold, why it
// scored that (each feature's contribution), and the analyst's decision with buttons to record one.
import { h } from '../element.ts';
import { errorMessage } from '../page-status.ts';
import type { Decision, DecisionValue, Hit, ScreenResult } from '../screening-types.ts';

export const DECISION_LABELS: Readonly<Record<DecisionValue, string>> = {
  match: 'Match',
  no_match: 'No match',
};

const FEATURE_LABELS: Readonly<Record<string, string>> = {
  token_overlap: 'Words in common',
  edit_similarity: 'Spelling',
  phonetic: 'Sound',
  token_conflict: 'Words that differ',
  initials: 'Initials',
  legal_form: 'Legal form',
  country: 'Country',
  birth_date: 'Birth date',
  type: 'Type',
};

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(3)}`;

/** "12 Mar 2026, 14:05" in the reader's time zone. */
const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function decisionText(d: Decision | null): HTMLElement {
  if (!d) return h('span', { class: 'muted' }, 'Not reviewed');
  return h(
    'span',
    {},
    h('span', { class: `badge badge-decision-${d.decision}` }, DECISION_LABELS[d.decision]),
    h(
      'span',
      { class: 'field-hint' },
      ` by ${d.decidedByName ?? (d.decidedBy === 'operator' ? 'the operator' : d.decidedBy)}, ${when(d.decidedAt)}`,
    ),
    d.note ? h('span', { class: 'field-hint decision-note' }, ` — “${d.note}”`) : null,
  );
}

function explanationBlock(hit: Hit, id: string): HTMLElement {
  const e = hit.explanation;
  return h(
    'details',
    { class: 'hit-why' },
    h('summary', {}, 'Why this score'),
    h(
      'p',
      { class: 'field-hint' },
      `Matched name “${e.matchedName}”${e.nameIndex === 0 ? ' (primary name)' : ' (an alias)'}; compared as “${e.queryNormalised}” and “${e.candidateNormalised}”.`,
      e.legalForms.query.length + e.legalForms.candidate.length > 0
        ? ` Legal forms set aside: ${[...e.legalForms.query, ...e.legalForms.candidate].join(', ')}.`
        : '',
    ),
    h(
      'table',
      { class: 'data-table hit-features', 'aria-describedby': id },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Feature'),
          h('th', { scope: 'col' }, 'Evidence'),
          h('th', { scope: 'col', class: 'num' }, 'Adds'),
        ),
      ),
      h(
        'tbody',
        {},
        e.contributions.map((c) =>
          h(
            'tr',
            { class: c.contribution < 0 ? 'negative' : '' },
            h('th', { scope: 'row' }, FEATURE_LABELS[c.feature] ?? c.feature),
            h('td', {}, c.detail),
            h('td', { class: 'num' }, signed(c.contribution)),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row', colspan: 2 },
            `Score (sum, clamped to 0–1); threshold ${e.threshold}`,
          ),
          h('td', { class: 'num' }, hit.score.toFixed(3)),
        ),
      ),
    ),
  );
}

export interface HitsOptions {
  /** Records a decision; resolves with the stored decision or throws an ApiError. */
  decide: (hit: Hit, value: DecisionValue, note: string) => Promise<Decision>;
  /** Called after a decision is stored (to update other views of the same pair). */
  decided?: (hit: Hit, decision: Decision) => void;
}

/** One hit as a card: the party, the score, why, and the decision controls. */
function hitCard(hit: Hit, index: number, options: HitsOptions): HTMLElement {
  const p = hit.entity;
  const id = `hit-${index}`;
  const decisionSlot = h(
    'div',
    { class: 'hit-decision-state', 'aria-live': 'polite' },
    decisionText(hit.decision),
  );
  const error = h('p', { class: 'field-error', hidden: true });
  const note = h('input', {
    type: 'text',
    id: `${id}-note`,
    maxlength: 2000,
    autocomplete: 'off',
    placeholder: 'e.g. different date of birth',
  });
  const buttons = (['match', 'no_match'] as const).map((value) =>
    h(
      'button',
      {
        type: 'button',
        class: `button button-small ${value === 'match' ? 'button-danger' : 'button-quiet'}`,
        'data-decision': value,
        onClick: () => void record(value),
      },
      DECISION_LABELS[value],
    ),
  );
  const record = async (value: DecisionValue): Promise<void> => {
    for (const b of buttons) b.disabled = true;
    error.hidden = true;
    try {
      const d = await options.decide(hit, value, note.value.trim());
      hit.decision = d;
      decisionSlot.replaceChildren(decisionText(d));
      options.decided?.(hit, d);
    } catch (e) {
      error.hidden = false;
      error.textContent = errorMessage(e);
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  const pct = Math.round(hit.score * 100);
  return h(
    'li',
    { class: 'hit card', 'data-entity': hit.entityId, 'aria-labelledby': `${id}-name` },
    h(
      'div',
      { class: 'hit-head' },
      h(
        'div',
        {
          class: 'hit-score',
          title: `score ${hit.score} (threshold ${hit.explanation.threshold})`,
        },
        h('span', { class: 'hit-score-value' }, hit.score.toFixed(2)),
        h(
          'meter',
          { min: 0, max: 1, low: 0.7, high: 0.85, optimum: 0, value: hit.score },
          `${pct}%`,
        ),
      ),
      h(
        'div',
        { class: 'hit-party' },
        h('h3', { id: `${id}-name` }, p.name),
        h(
          'p',
          { class: 'field-hint', id },
          [
            p.schema,
            `${p.listName} (${p.jurisdiction})`,
            p.countries.length ? p.countries.join(', ') : null,
            p.birthDates.length ? `born ${p.birthDates.join(' or ')}` : null,
            p.programs.length ? `programmes ${p.programs.join(', ')}` : null,
            p.listingDate ? `listed ${p.listingDate}` : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        p.aliases.length
          ? h(
              'p',
              { class: 'field-hint' },
              `Also known as: ${p.aliases.slice(0, 6).join('; ')}${p.aliases.length > 6 ? ' …' : ''}`,
            )
          : null,
        h('p', { class: 'field-hint code' }, hit.entityId),
      ),
    ),
    explanationBlock(hit, id),
    h(
      'div',
      { class: 'hit-decision' },
      decisionSlot,
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: `${id}-note` }, 'Note (optional)'),
        note,
      ),
      h(
        'div',
        { class: 'button-row', role: 'group', 'aria-label': `Decision on ${p.name}` },
        buttons,
      ),
      error,
    ),
  );
}

/** The hits of one screening, best first, or a sentence saying there were none. */
export function hitsList(result: ScreenResult, options: HitsOptions): HTMLElement {
  const summary = h(
    'p',
    { class: 'result-count' },
    result.hits.length === 0
      ? `No hit at or above ${result.threshold} for “${result.query.name}” in ${result.lists.length} list${result.lists.length === 1 ? '' : 's'} (${result.candidatesScored} candidates scored).`
      : `${result.hits.length} hit${result.hits.length === 1 ? '' : 's'} for “${result.query.name}” at threshold ${result.threshold}, in ${result.lists.length} list${result.lists.length === 1 ? '' : 's'}.`,
  );
  return h(
    'div',
    { class: 'hits' },
    summary,
    result.warnings.map((w) => h('p', { class: 'note' }, w.message)),
    result.hits.length
      ? h(
          'ol',
          { class: 'hit-list' },
          result.hits.map((hit, i) => hitCard(hit, i, options)),
        )
      : null,
  );
}
