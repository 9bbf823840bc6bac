// What-if: take one coalition's economies, add or remove some, and see its shares of the world
// change. The figures come from GET /api/v1/coalitions/:code/what-if, so the rule (world = sum of
// economies with a value, the EU as its member states) lives on the server only. Nothing is saved.
import { api } from '../api-client.ts';
import type { Economy, LeverageReport, WhatIfChange, WhatIfReport } from '../api-types.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import { indicatorName } from '../indicator-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { economyName, warningList, type AnalysisContext } from './analysis-context.ts';
import { EconomyPicker } from './economy-picker.ts';

const signed = (points: number): string =>
  `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(2)} pp`;

const deltaClass = (points: number | null): string =>
  `num delta${points === null ? '' : points > 0 ? ' delta-up' : points < 0 ? ' delta-down' : ''}`;

/** The year of a change: one year, or "before → after" when the API measured them differently. */
const yearOf = ({ before, after }: WhatIfChange): string =>
  before.year === after.year
    ? String(before.year ?? '—')
    : `${before.year ?? '—'} → ${after.year ?? '—'}`;

export class WhatIfPanel {
  readonly element: HTMLElement;
  private report: LeverageReport;
  private set = new Set<string>();
  private readonly baseSelect: HTMLSelectElement;
  private readonly changes: HTMLElement;
  private readonly results: HTMLElement;
  private readonly picker: EconomyPicker;
  private sequence = 0;

  constructor(
    private readonly reports: readonly LeverageReport[],
    economies: readonly Economy[],
    private readonly ctx: AnalysisContext,
    private readonly signal: AbortSignal,
  ) {
    this.report = reports[0]!;
    this.baseSelect = h(
      'select',
      { id: 'whatif-base' },
      reports.map((r) => h('option', { value: r.code }, `${r.code} — ${r.name}`)),
    );
    this.baseSelect.addEventListener('change', () => {
      this.report = this.reports.find((r) => r.code === this.baseSelect.value) ?? this.report;
      void this.start();
    });
    this.picker = new EconomyPicker({
      id: 'whatif-search',
      label: 'Find an economy to add or remove',
      entries: economies.map((e) => ({
        code: e.iso3,
        name: e.name,
        detail: e.iso3,
        keywords: `${e.officialName ?? ''} ${e.iso2 ?? ''}`,
      })),
      stateOf: (entry) =>
        this.set.has(entry.code)
          ? { selected: true, label: `Remove ${entry.name}`, action: '✓ in · remove' }
          : { selected: false, label: `Add ${entry.name}`, action: 'Add' },
      onToggle: (entry) => {
        if (this.set.has(entry.code)) this.set.delete(entry.code);
        else this.set.add(entry.code);
        this.picker.refresh();
        announce(
          `${entry.name} ${this.set.has(entry.code) ? 'added' : 'removed'}. ${this.describeChange()}`,
        );
        void this.measure();
      },
    });
    this.changes = h('p', { class: 'whatif-changes', 'aria-live': 'polite' });
    this.results = h('div', { class: 'whatif-results' });
    this.element = h(
      'section',
      { class: 'analysis whatif', id: 'what-if', 'aria-labelledby': 'whatif-heading' },
      h('h2', { id: 'whatif-heading' }, 'What if?'),
      h(
        'p',
        { class: 'lede' },
        'Add economies to one coalition or take some out, and see how its shares of the world change: the same values and the same rule as the leverage above (world = sum over the economies with data), for the tier and year chosen. The coalition is taken as its economies, the EU as its member states; nothing is saved.',
      ),
      h(
        'div',
        { class: 'controls' },
        h(
          'div',
          { class: 'field field-wide whatif-base' },
          h('label', { for: 'whatif-base' }, 'Start from'),
          this.baseSelect,
        ),
        h(
          'div',
          { class: 'field field-action' },
          h(
            'button',
            { type: 'button', class: 'button button-quiet', onClick: () => void this.start() },
            'Reset',
          ),
        ),
      ),
      h(
        'div',
        { class: 'whatif-grid' },
        h('div', { class: 'whatif-pick' }, this.picker.element),
        h('div', { class: 'whatif-out' }, this.changes, this.results),
      ),
    );
  }

  /** Resets the set to the chosen coalition's economies and measures it as it is. */
  async start(): Promise<void> {
    this.set = new Set(this.report.economies);
    this.picker.refresh();
    this.results.replaceChildren(loadingBlock('the what-if'));
    await this.measure();
  }

  /** Asks the API for the shares before and after the current change; a later call wins. */
  private async measure(): Promise<void> {
    const mine = ++this.sequence;
    const report = this.report;
    const { added, removed } = this.change();
    this.changes.textContent = this.describeChange();
    this.results.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.whatIf(
        report.code,
        { add: added, remove: removed },
        this.ctx.options,
        this.signal,
      );
      if (mine !== this.sequence) return;
      this.render(answer);
    } catch (e) {
      if (isAbort(e) || mine !== this.sequence) return;
      this.results.replaceChildren(errorBlock('The what-if could not be computed', e));
    } finally {
      if (mine === this.sequence) this.results.removeAttribute('aria-busy');
    }
  }

  private change(): { added: string[]; removed: string[] } {
    const base = new Set(this.report.economies);
    return {
      added: [...this.set].filter((e) => !base.has(e)).sort(),
      removed: [...base].filter((e) => !this.set.has(e)).sort(),
    };
  }

  private describeChange(): string {
    const { added, removed } = this.change();
    const name = (c: string): string => economyName(this.ctx, c);
    if (added.length + removed.length === 0)
      return `${this.report.code} as it is: ${this.report.economies.length} economies. Add or remove economies to see the difference.`;
    return [
      `${this.report.code}`,
      added.length ? ` plus ${added.map(name).join(', ')}` : '',
      removed.length ? ` without ${removed.map(name).join(', ')}` : '',
      `: ${this.set.size} economies.`,
    ].join('');
  }

  private render(answer: WhatIfReport): void {
    const code = answer.code;
    // Indicators without any data in the year either way have nothing to compare.
    const rows = answer.result.changes.filter(
      (c) => c.before.sharePct !== null || c.after.sharePct !== null,
    );
    this.results.replaceChildren(
      warningList([...answer.warnings, ...answer.result.warnings], undefined, this.ctx.catalogue) ??
        '',
      h(
        'div',
        {
          class: 'table-scroll',
          role: 'region',
          'aria-labelledby': 'whatif-caption',
          tabindex: '0',
        },
        h(
          'table',
          { class: 'data-table whatif-table' },
          h(
            'caption',
            { id: 'whatif-caption' },
            `Shares of the world, ${code} as it is and with the changes`,
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Indicator'),
              h('th', { scope: 'col', class: 'num' }, 'Year'),
              h('th', { scope: 'col', class: 'num' }, code),
              h('th', { scope: 'col', class: 'num' }, 'What-if'),
              h('th', { scope: 'col', class: 'num' }, 'Change'),
              h('th', { scope: 'col' }, 'Economies without data (what-if)'),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((c) => {
              const missing = c.after.coalitionEconomiesMissing;
              return h(
                'tr',
                { 'data-indicator': c.indicator },
                h('th', { scope: 'row' }, indicatorName(c.indicator, this.ctx.catalogue)),
                h('td', { class: 'num' }, yearOf(c)),
                h('td', { class: 'num' }, formatShare(c.before.sharePct)),
                h('td', { class: 'num' }, h('strong', {}, formatShare(c.after.sharePct))),
                h(
                  'td',
                  { class: deltaClass(c.deltaSharePoints) },
                  c.deltaSharePoints === null ? '—' : signed(c.deltaSharePoints),
                ),
                h(
                  'td',
                  { class: missing.length ? 'codes-cell' : 'muted' },
                  missing.length ? missing.join(', ') : 'none',
                ),
              );
            }),
          ),
        ),
      ),
      h('p', { class: 'muted' }, 'pp = percentage points of the world total.'),
    );
  }
}
