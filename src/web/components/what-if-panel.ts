// What-if: take one coalition's economies, add or remove some, and see its shares of the world
// change. Computed in the browser from GET /api/v1/indicators/:code?year=Y — the stored values of
// each indicator in the year the coalition's leverage used — with the API's rule (world = sum of
// economies with a value). Nothing is saved; the API has no ad-hoc endpoint for this.
import { api } from '../api-client.ts';
import type { Economy, LeverageReport } from '../api-types.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import { DERIVED_RESEARCHERS, indicatorName } from '../indicator-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import {
  derivedResearchers,
  whatIfShares,
  type WhatIfShares,
  type YearValues,
} from '../what-if-shares.ts';
import type { AnalysisContext } from './analysis-context.ts';
import { EconomyPicker } from './economy-picker.ts';

/** Shares computed here that differ from the API's by more than this are flagged. */
const TOLERANCE_POINTS = 0.01;

const signed = (points: number): string =>
  `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(2)} pp`;

export class WhatIfPanel {
  readonly element: HTMLElement;
  private readonly cache = new Map<string, Promise<YearValues>>();
  private report: LeverageReport;
  private set = new Set<string>();
  private values = new Map<string, YearValues>();
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
        this.render();
        announce(
          `${entry.name} ${this.set.has(entry.code) ? 'added' : 'removed'}. ${this.describeChange()}`,
        );
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
        'Add economies to one coalition or take some out, and see how its shares of the world change. Computed in your browser from the stored values of each indicator in the year shown (the same values and the same rule as the leverage above: world = sum over the economies with data); nothing is saved. The coalition is taken as its economies, the EU as its member states.',
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

  /** Resets the set to the chosen coalition's economies and loads the values it needs. */
  async start(): Promise<void> {
    const mine = ++this.sequence;
    this.set = new Set(this.report.economies);
    this.picker.refresh();
    this.changes.textContent = this.describeChange();
    this.results.replaceChildren(loadingBlock('the values for the what-if'));
    try {
      const items = this.report.items.filter((i) => i.year !== null && i.sharePct !== null);
      const loaded = await Promise.all(
        items.map(async (i) => [i.indicator, await this.valuesOf(i.indicator, i.year!)] as const),
      );
      if (mine !== this.sequence) return;
      this.values = new Map(loaded);
      this.render();
    } catch (e) {
      if (isAbort(e) || mine !== this.sequence) return;
      this.results.replaceChildren(errorBlock('The values for the what-if could not be loaded', e));
    }
  }

  private valuesOf(indicator: string, year: number): Promise<YearValues> {
    const key = `${indicator}@${year}`;
    let cached = this.cache.get(key);
    if (!cached) {
      const load = async (code: string): Promise<YearValues> => {
        const v = await api.values(code, year, this.signal);
        return new Map(v.items.filter((i) => i.year === year).map((i) => [i.iso3, i.value]));
      };
      cached =
        indicator === DERIVED_RESEARCHERS
          ? Promise.all([load('researchers_per_million'), load('population')]).then(([r, p]) =>
              derivedResearchers(r, p),
            )
          : load(indicator);
      // A failed load is not kept: "Reset" tries again.
      cached.catch(() => this.cache.delete(key));
      this.cache.set(key, cached);
    }
    return cached;
  }

  private describeChange(): string {
    const base = new Set(this.report.economies);
    const added = [...this.set].filter((e) => !base.has(e)).sort();
    const removed = [...base].filter((e) => !this.set.has(e)).sort();
    const name = (c: string): string => this.ctx.names.get(c) ?? c;
    if (added.length + removed.length === 0)
      return `${this.report.code} as it is: ${base.size} economies. Add or remove economies to see the difference.`;
    return [
      `${this.report.code}`,
      added.length ? ` plus ${added.map(name).join(', ')}` : '',
      removed.length ? ` without ${removed.map(name).join(', ')}` : '',
      `: ${this.set.size} economies.`,
    ].join('');
  }

  private render(): void {
    this.changes.textContent = this.describeChange();
    if (this.values.size === 0) return;
    const base = this.report.economies;
    const after = [...this.set];
    const rows: { indicator: string; year: number; r: WhatIfShares; api: number | null }[] = [];
    for (const item of this.report.items) {
      const values = this.values.get(item.indicator);
      if (!values || item.year === null) continue;
      rows.push({
        indicator: item.indicator,
        year: item.year,
        r: whatIfShares(values, base, after),
        api: item.sharePct,
      });
    }
    const mismatched = rows.filter(
      (x) =>
        x.api !== null &&
        x.r.before.sharePct !== null &&
        Math.abs(x.api - x.r.before.sharePct) > TOLERANCE_POINTS,
    );
    this.results.replaceChildren(
      mismatched.length
        ? h(
            'p',
            { class: 'notice' },
            `The browser’s “before” differs from the API’s share for ${mismatched.map((x) => indicatorName(x.indicator, this.ctx.catalogue)).join(', ')}: the stored values changed since the comparison was loaded; reload the page.`,
          )
        : '',
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
            `Shares of the world, ${this.report.code} as it is and with the changes`,
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Indicator'),
              h('th', { scope: 'col', class: 'num' }, 'Year'),
              h('th', { scope: 'col', class: 'num' }, `${this.report.code}`),
              h('th', { scope: 'col', class: 'num' }, 'What-if'),
              h('th', { scope: 'col', class: 'num' }, 'Change'),
              h('th', { scope: 'col' }, 'Economies without data (what-if)'),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map(({ indicator, year, r }) =>
              h(
                'tr',
                { 'data-indicator': indicator },
                h('th', { scope: 'row' }, indicatorName(indicator, this.ctx.catalogue)),
                h('td', { class: 'num' }, year),
                h('td', { class: 'num' }, formatShare(r.before.sharePct)),
                h('td', { class: 'num' }, h('strong', {}, formatShare(r.after.sharePct))),
                h(
                  'td',
                  {
                    class: `num delta${r.deltaPoints === null ? '' : r.deltaPoints > 0 ? ' delta-up' : r.deltaPoints < 0 ? ' delta-down' : ''}`,
                  },
                  r.deltaPoints === null ? '—' : signed(r.deltaPoints),
                ),
                h(
                  'td',
                  { class: r.after.missing.length ? 'codes-cell' : 'muted' },
                  r.after.missing.length ? r.after.missing.join(', ') : 'none',
                ),
              ),
            ),
          ),
        ),
      ),
      h('p', { class: 'muted' }, 'pp = percentage points of the world total.'),
    );
  }
}
