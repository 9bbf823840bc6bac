// The result of a disruption: before/after toggle for the graph, the affected items (supply lost
// and left, availability, what limits it), stages, coalition members losing most, warnings, CSV.
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import type { Chain, DisruptionResult, ItemDisruption } from '../supply-chain-types.ts';
import { itemName, kindLabel, limitText } from './supply-chain-labels.ts';

export interface ResultsOptions {
  chain: Chain;
  result: DisruptionResult;
  names: ReadonlyMap<string, string>;
  /** Year of the shares, in words ("latest per input"). */
  yearLabel: string;
  view: 'before' | 'after';
  onView: (view: 'before' | 'after') => void;
  onSelect: (id: string) => void;
}

export function disruptionCsv(chain: Chain, result: DisruptionResult): string {
  return toCsv(
    [
      'chain',
      'shocks',
      'item',
      'name',
      'kind',
      'stage',
      'year',
      'lost_pct',
      'remaining_supply_pct',
      'availability_before_pct',
      'availability_pct',
      'limited_by',
      'limiting_item',
    ],
    [...result.stages, ...result.inputs].map((r) => [
      chain.code,
      result.shocks.map((s) => `${s.provider}:${s.input}:${s.fractionLost}`).join(' '),
      r.item,
      r.name,
      r.kind,
      r.stage ? itemName(chain, r.stage) : '',
      r.year,
      r.lostPct,
      r.remainingSupplyPct,
      100,
      r.availabilityPct,
      r.limitedBy,
      r.limitingId ?? '',
    ]),
  );
}

/** "China (CHN) loses 100% of all inputs" */
export function shockSentence(
  shock: { provider: string; input: string; fractionLost: number },
  chain: Chain,
  names: ReadonlyMap<string, string>,
): string {
  const who = names.has(shock.provider)
    ? `${names.get(shock.provider)} (${shock.provider})`
    : shock.provider;
  const what = shock.input === 'all' ? 'all inputs' : itemName(chain, shock.input);
  return `${who} loses ${formatShare(shock.fractionLost * 100)} of ${what}`;
}

function itemsTable(
  id: string,
  caption: string,
  rows: readonly ItemDisruption[],
  chain: Chain,
  onSelect: (id: string) => void,
): HTMLElement {
  return h(
    'div',
    {
      class: 'table-scroll table-scroll-tall',
      role: 'region',
      'aria-labelledby': `${id}-caption`,
      tabindex: '0',
    },
    h(
      'table',
      { class: 'data-table disruption-table', id },
      h('caption', { id: `${id}-caption` }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Item'),
          h('th', { scope: 'col' }, 'Kind'),
          h('th', { scope: 'col', class: 'num' }, 'Year'),
          h('th', { scope: 'col', class: 'num' }, 'Before'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Supply lost'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Supply left'),
          h('th', { scope: 'col', class: 'num' }, 'Availability'),
          h('th', { scope: 'col' }, 'Why'),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-item': r.item, 'data-availability': String(r.availabilityPct) },
            h(
              'th',
              { scope: 'row' },
              h(
                'button',
                { type: 'button', class: 'link-button', onClick: () => onSelect(r.item) },
                r.name,
              ),
            ),
            h(
              'td',
              {},
              kindLabel(r.kind),
              r.stage ? h('span', { class: 'sub' }, itemName(chain, r.stage)) : null,
            ),
            h('td', { class: 'num' }, r.year ?? '—'),
            h('td', { class: 'num muted' }, '100%'),
            h('td', { class: 'num' }, formatShare(r.lostPct)),
            h('td', { class: 'num' }, formatShare(r.remainingSupplyPct)),
            h('td', { class: 'num availability' }, h('strong', {}, formatShare(r.availabilityPct))),
            h('td', { class: 'notes-cell' }, limitText(r, chain)),
          ),
        ),
      ),
    ),
  );
}

/** One of a member's worst inputs, with its own share and its dependence on others for it. */
type WorstInput = DisruptionResult['members'][number]['worstInputs'][number] & {
  ownSharePct?: number;
  dependencePct?: number;
  dependentLossPct?: number;
};

/** "Gallium −15.7 pts (makes 1.6% itself)": the member's own loss on one input. */
function worstInputText(chain: Chain, w: WorstInput): string {
  const loss = w.dependentLossPct ?? w.lostElsewherePct;
  const own = w.ownSharePct ?? 0;
  return `${itemName(chain, w.item)} −${loss.toFixed(1)} pts${own > 0 ? ` (makes ${formatShare(own)} itself)` : ''}`;
}

function membersTable(
  result: DisruptionResult,
  chain: Chain,
  names: ReadonlyMap<string, string>,
): HTMLElement {
  const top = result.members.slice(0, 10);
  return h(
    'div',
    {
      class: 'table-scroll',
      role: 'region',
      'aria-labelledby': 'members-loss-caption',
      tabindex: '0',
    },
    h(
      'table',
      { class: 'data-table members-loss-table' },
      h(
        'caption',
        { id: 'members-loss-caption' },
        `Coalition members that lose most (${top.length} of ${result.members.length}): the supply each buys from others that the shocks removed — world supply lost from other providers, times the member’s own dependence on others (100% minus the share it makes itself) — in percentage points summed over inputs.`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Member'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Its dependent loss (points)'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Inputs hit'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Own supply lost (points)'),
          h('th', { scope: 'col' }, 'Worst inputs'),
        ),
      ),
      h(
        'tbody',
        {},
        top.map((m) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              names.get(m.iso3) ?? m.iso3,
              h('span', { class: 'sub' }, m.iso3),
            ),
            h(
              'td',
              { class: 'num', 'data-member-loss': m.iso3 },
              m.dependentLossPctPoints.toFixed(1),
            ),
            h('td', { class: 'num' }, m.inputsHit),
            h('td', { class: 'num' }, m.ownLossPctPoints.toFixed(1)),
            h(
              'td',
              { class: 'shares-cell' },
              (m.worstInputs as WorstInput[]).map((w) => worstInputText(chain, w)).join('; '),
            ),
          ),
        ),
      ),
    ),
  );
}

export function scenarioResults(o: ResultsOptions): HTMLElement {
  const { chain, result } = o;
  const all = [...result.stages, ...result.inputs];
  const affected = all
    .filter((r) => r.availabilityPct < 100)
    .sort((a, b) => a.availabilityPct - b.availabilityPct);
  const outputs = result.mostAffectedOutputs
    .map((id) => all.find((r) => r.item === id))
    .filter((r): r is ItemDisruption => r !== undefined);
  const viewButton = (view: 'before' | 'after', label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button button-quiet button-small view-toggle',
        'data-view': view,
        'aria-pressed': o.view === view ? 'true' : 'false',
        onClick: () => o.onView(view),
      },
      label,
    );
  return h(
    'div',
    { class: 'scenario-results', 'aria-labelledby': 'scenario-result-heading' },
    h('h3', { id: 'scenario-result-heading', tabindex: '-1' }, 'Result'),
    h(
      'p',
      { class: 'scenario-summary' },
      result.shocks.map((s) => shockSentence(s, chain, o.names)).join('; '),
      `. ${affected.length} of ${all.length} items lose availability (shares: ${o.yearLabel}).`,
      outputs.length
        ? ` Most affected outputs: ${outputs
            .slice(0, 5)
            .map((r) => `${r.name} ${formatShare(r.availabilityPct)}`)
            .join(', ')}.`
        : '',
    ),
    h(
      'div',
      { class: 'button-row', role: 'group', 'aria-label': 'Colour the graph by availability' },
      viewButton('before', 'Before the shock'),
      viewButton('after', 'After the shock'),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet button-small',
          onClick: () => downloadCsv(`${chain.code}-disruption.csv`, disruptionCsv(chain, result)),
        },
        'Download CSV',
      ),
    ),
    affected.length
      ? itemsTable(
          'affected-items',
          `Affected items, least available first (${affected.length}). Availability: % of normal supply after the loss propagates downstream.`,
          affected,
          chain,
          o.onSelect,
        )
      : h('p', { class: 'muted' }, 'No item loses availability.'),
    result.members.length ? membersTable(result, chain, o.names) : null,
    result.warnings.length
      ? h(
          'details',
          { class: 'scenario-warnings' },
          h('summary', {}, `Warnings (${result.warnings.length})`),
          h(
            'ul',
            { class: 'warning-list' },
            result.warnings.map((w) => h('li', {}, w.message)),
          ),
        )
      : null,
  );
}
