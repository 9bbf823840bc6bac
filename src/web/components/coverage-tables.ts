// Export-control tables: coverage per input (covered, target, foreign availability, verdict, who
// to add to reach the goal) and retaliation exposure, each with its CSV.
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import type { ControlCoverage, RetaliationReport } from '../supply-chain-types.ts';
import { kindLabel, verdictLabel } from './supply-chain-labels.ts';

type Names = ReadonlyMap<string, string>;

const codes = (list: readonly string[], names: Names): (HTMLElement | string)[] =>
  list.flatMap((c, i) => [
    i ? ', ' : '',
    h('abbr', { title: names.get(c) ?? c, class: 'code' }, c),
  ]);

/** Whether an item has a known share: without one its percentages mean nothing ("—"). */
const known = (i: ControlCoverage['inputs'][number]): boolean => i.verdict !== 'no_data';

export function coverageCsv(report: ControlCoverage): string {
  return toCsv(
    [
      'chain',
      'controlling',
      'target',
      'goal_pct',
      'input',
      'name',
      'year',
      'covered_pct',
      'target_pct',
      'foreign_availability_pct',
      'unattributed_pct',
      'verdict',
      'add_to_reach_goal',
      'covered_pct_with_additions',
    ],
    report.inputs.map((i) => [
      report.chain,
      report.controlling,
      report.target,
      report.goalPct,
      i.input,
      i.name,
      i.year,
      // An item without a known share has no covered, target or foreign share: empty, never 0/100.
      known(i) ? i.coveredPct : null,
      known(i) ? i.targetPct : null,
      known(i) ? i.foreignAvailabilityPct : null,
      known(i) ? i.unattributedPct : null,
      i.verdict,
      !known(i) ? '' : i.addToReachGoal === null ? 'unreachable' : i.addToReachGoal.join(' '),
      i.coveredPctWithAdditions,
    ]),
  );
}

export function coverageTable(report: ControlCoverage, names: Names): HTMLElement {
  const count = (v: string) => report.inputs.filter((i) => i.verdict === v).length;
  const joint = report.jointAddition;
  return h(
    'div',
    { class: 'coverage-body' },
    h(
      'p',
      { class: 'coverage-summary' },
      `${report.controlling} controlling, ${report.target} targeted, goal ${report.goalPct}% covered: `,
      h(
        'strong',
        {},
        `${count('effective')} effective, ${count('partial')} partial, ${count('ineffective')} ineffective`,
      ),
      count('no_data') ? `, ${count('no_data')} without data` : '',
      ` (effective at ${report.thresholds.effectivePct}% covered or more, ineffective under ${report.thresholds.ineffectivePct}%).`,
    ),
    h(
      'p',
      { class: 'note joint-addition' },
      joint === null
        ? 'No set of economies brings every input to the goal at once.'
        : joint.economies.length === 0
          ? 'Every input with data already reaches the goal.'
          : [
              `To bring every input to ${report.goalPct}% at once, add: `,
              h('strong', {}, codes(joint.economies, names)),
              ` (${joint.method === 'exact' ? 'exact search' : 'greedy search'} over ${joint.candidates} candidates; ${joint.optimal ? 'a smallest set' : `a smallest set has at least ${joint.lowerBound}`}).`,
            ],
    ),
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onClick: () =>
            downloadCsv(
              `${report.chain}-coverage-${report.controlling}-vs-${report.target}.csv`.replace(
                /,/g,
                '+',
              ),
              coverageCsv(report),
            ),
        },
        'Download CSV',
      ),
    ),
    h(
      'div',
      {
        class: 'table-scroll table-scroll-tall',
        role: 'region',
        'aria-labelledby': 'coverage-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table coverage-table' },
        h(
          'caption',
          { id: 'coverage-caption' },
          `Coverage of ${report.inputs.length} inputs of ${report.chain}: shares of world supply, in the year shown.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Input'),
            h('th', { scope: 'col', class: 'num' }, 'Year'),
            h('th', { scope: 'col', class: 'num' }, 'Covered'),
            h('th', { scope: 'col', class: 'num' }, 'Target'),
            h('th', { scope: 'col', class: 'num wrap' }, 'Foreign availability'),
            h('th', { scope: 'col' }, 'Verdict'),
            h('th', { scope: 'col' }, `Add to reach ${report.goalPct}%`),
          ),
        ),
        h(
          'tbody',
          {},
          report.inputs.map((i) =>
            h(
              'tr',
              { 'data-input': i.input, 'data-verdict': i.verdict },
              h('th', { scope: 'row' }, i.name),
              h('td', { class: 'num' }, i.year ?? '—'),
              h(
                'td',
                { class: 'num' },
                h('strong', {}, known(i) ? formatShare(i.coveredPct) : '—'),
              ),
              h('td', { class: 'num' }, known(i) ? formatShare(i.targetPct) : '—'),
              h(
                'td',
                { class: 'num' },
                known(i) ? formatShare(i.foreignAvailabilityPct) : '—',
                known(i) && i.unattributedPct >= 0.05
                  ? h('span', { class: 'sub' }, `${formatShare(i.unattributedPct)} unattributed`)
                  : null,
              ),
              h(
                'td',
                {},
                h('span', { class: `badge verdict verdict-${i.verdict}` }, verdictLabel(i.verdict)),
              ),
              h(
                'td',
                { class: 'codes-cell' },
                i.verdict === 'no_data'
                  ? h('span', { class: 'muted' }, '—')
                  : i.addToReachGoal === null
                    ? h('span', { class: 'muted' }, 'cannot reach the goal')
                    : i.addToReachGoal.length === 0
                      ? 'none needed'
                      : [
                          ...codes(i.addToReachGoal, names),
                          i.coveredPctWithAdditions !== null
                            ? ` → ${formatShare(i.coveredPctWithAdditions)}`
                            : '',
                        ],
              ),
            ),
          ),
        ),
      ),
    ),
    report.warnings.length
      ? h(
          'details',
          { class: 'scenario-warnings' },
          h('summary', {}, `Warnings (${report.warnings.length})`),
          h(
            'ul',
            { class: 'warning-list' },
            report.warnings.map((w) => h('li', {}, w.message)),
          ),
        )
      : null,
    h(
      'p',
      { class: 'source-line' },
      'Shares, years and their sources: ',
      h(
        'a',
        { href: `#/chains/${encodeURIComponent(report.chain)}` },
        `the ${report.chain} chain page`,
      ),
      '.',
    ),
  );
}

export function retaliationCsv(report: RetaliationReport): string {
  return toCsv(
    [
      'controlling',
      'target',
      'rank',
      'chain',
      'item',
      'name',
      'kind',
      'year',
      'target_pct',
      'coalition_pct',
      'neither_pct',
    ],
    report.exposures.map((x) => [
      report.controlling,
      report.target,
      x.rank,
      x.chain,
      x.item,
      x.name,
      x.kind,
      x.year,
      x.targetPct,
      x.coalitionPct,
      x.neitherPct,
    ]),
  );
}

export function retaliationTable(report: RetaliationReport): HTMLElement {
  return h(
    'div',
    { class: 'retaliation-body' },
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onClick: () =>
            downloadCsv(
              `retaliation-${report.controlling}-vs-${report.target}.csv`.replace(/,/g, '+'),
              retaliationCsv(report),
            ),
        },
        'Download CSV',
      ),
    ),
    h(
      'div',
      {
        class: 'table-scroll table-scroll-tall',
        role: 'region',
        'aria-labelledby': 'retaliation-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table retaliation-table' },
        h(
          'caption',
          { id: 'retaliation-caption' },
          `Items in every loaded chain where ${report.target} holds at least ${report.minTargetPct}% of world supply: what a retaliatory ban by ${report.target} would cut off from ${report.controlling}. Most exposed first.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'num' }, 'Rank'),
            h('th', { scope: 'col' }, 'Item'),
            h('th', { scope: 'col' }, 'Chain'),
            h('th', { scope: 'col', class: 'num' }, 'Year'),
            h('th', { scope: 'col', class: 'num' }, `${report.target} holds`),
            h('th', { scope: 'col', class: 'num' }, `${report.controlling} holds`),
            h('th', { scope: 'col', class: 'num' }, 'Neither'),
          ),
        ),
        h(
          'tbody',
          {},
          report.exposures.length === 0
            ? h(
                'tr',
                {},
                h(
                  'td',
                  { class: 'empty', colspan: 7 },
                  `No item where ${report.target} holds ${report.minTargetPct}% or more.`,
                ),
              )
            : report.exposures.map((x) =>
                h(
                  'tr',
                  { 'data-item': x.item, 'data-chain': x.chain },
                  h('td', { class: 'num' }, x.rank),
                  h(
                    'th',
                    { scope: 'row' },
                    h(
                      'a',
                      {
                        href: `#/chains/${encodeURIComponent(x.chain)}?item=${encodeURIComponent(x.item)}`,
                      },
                      x.name,
                    ),
                    h('span', { class: 'sub' }, kindLabel(x.kind)),
                  ),
                  h('td', { class: 'code' }, x.chain),
                  h('td', { class: 'num' }, x.year ?? '—'),
                  h('td', { class: 'num' }, h('strong', {}, formatShare(x.targetPct))),
                  h('td', { class: 'num' }, formatShare(x.coalitionPct)),
                  h('td', { class: 'num' }, formatShare(x.neitherPct)),
                ),
              ),
        ),
      ),
    ),
    report.warnings.length
      ? h(
          'details',
          { class: 'scenario-warnings' },
          h('summary', {}, `Warnings (${report.warnings.length})`),
          h(
            'ul',
            { class: 'warning-list' },
            report.warnings.map((w) => h('li', {}, w.message)),
          ),
        )
      : null,
  );
}
