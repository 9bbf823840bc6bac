// Complementarity: per capability the members ranked first and second within the coalition, and
// per member the capabilities where it ranks first or second — every member's distinctive strengths.
import type { ComplementarityReport, RankedMember } from '../api-types.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { h } from '../element.ts';
import { formatValue } from '../format-value.ts';
import { indicatorName } from '../indicator-labels.ts';
import {
  economyName,
  optionsLabel,
  warningList,
  type AnalysisContext,
  type RenderedSection,
} from './analysis-context.ts';

function rankedCell(m: RankedMember | null, indicator: string, ctx: AnalysisContext): HTMLElement {
  if (!m) return h('td', { class: 'muted' }, '—');
  const entry = ctx.catalogue.get(indicator);
  const value = entry ? formatIndicatorValue(m.value, entry) : formatValue(m.value, '');
  return h('td', {}, economyName(ctx, m.iso3), h('span', { class: 'sub' }, value));
}

export function complementaritySection(
  report: ComplementarityReport,
  ctx: AnalysisContext,
): RenderedSection {
  const { indicators, members, membersWithoutData, warnings } = report.result;
  const name = (code: string): string => indicatorName(code, ctx.catalogue);
  const byName = (a: { iso3: string }, b: { iso3: string }): number =>
    economyName(ctx, a.iso3).localeCompare(economyName(ctx, b.iso3));
  // Members leading somewhere get a card, most strengths first; the rest are named in one line.
  const leaders = members
    .filter((m) => m.strengths.length > 0)
    .sort((a, b) => b.strengths.length - a.strengths.length || byName(a, b));
  const others = members.filter((m) => m.strengths.length === 0).sort(byName);
  const element = h(
    'div',
    { class: 'analysis-body' },
    h(
      'p',
      { class: 'note' },
      'Within the coalition, which members rank first and second on each capability (each in its latest well-covered year). Members that lead on different capabilities complement each other.',
    ),
    warningList([...report.warnings, ...warnings], undefined, ctx.catalogue),
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        'aria-labelledby': 'complementarity-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table complementarity-table' },
        h(
          'caption',
          { id: 'complementarity-caption' },
          `Leaders of ${report.code} per capability — ${optionsLabel(ctx.options)}.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Capability'),
            h('th', { scope: 'col', class: 'num' }, 'Year'),
            h('th', { scope: 'col' }, 'First'),
            h('th', { scope: 'col' }, 'Second'),
            h('th', { scope: 'col' }, 'Members without data'),
          ),
        ),
        h(
          'tbody',
          {},
          indicators.map((i) =>
            h(
              'tr',
              { 'data-indicator': i.indicator },
              h(
                'th',
                { scope: 'row' },
                name(i.indicator),
                i.tieBrokenByCode ? h('span', { class: 'sub' }, 'tie broken by code') : null,
              ),
              h('td', { class: 'num' }, i.year ?? '—'),
              rankedCell(i.first, i.indicator, ctx),
              rankedCell(i.second, i.indicator, ctx),
              h(
                'td',
                { class: i.missing.length ? 'codes-cell' : 'muted' },
                i.missing.length ? i.missing.join(', ') : 'none',
              ),
            ),
          ),
        ),
      ),
    ),
    h('h3', { class: 'chart-title', id: 'strengths-heading' }, 'Each member’s strengths'),
    leaders.length === 0
      ? h('p', { class: 'muted' }, 'No member ranks first or second: no capability has data.')
      : h(
          'ul',
          { class: 'strengths', 'aria-labelledby': 'strengths-heading' },
          leaders.map((m) => {
            const firsts = m.strengths.filter((s) => s.rank === 1).map((s) => name(s.indicator));
            const seconds = m.strengths.filter((s) => s.rank === 2).map((s) => name(s.indicator));
            return h(
              'li',
              { 'data-iso3': m.iso3 },
              h('span', { class: 'strength-name' }, economyName(ctx, m.iso3)),
              firsts.length
                ? h(
                    'span',
                    { class: 'strength-line' },
                    h('strong', {}, 'First: '),
                    firsts.join(', '),
                  )
                : null,
              seconds.length
                ? h(
                    'span',
                    { class: 'strength-line' },
                    h('strong', {}, 'Second: '),
                    seconds.join(', '),
                  )
                : null,
              m.indicatorsWithoutData.length
                ? h(
                    'span',
                    { class: 'strength-line muted' },
                    `No data: ${m.indicatorsWithoutData.map(name).join(', ')}`,
                  )
                : null,
            );
          }),
        ),
    others.length
      ? h(
          'p',
          { class: 'strength-others' },
          h('strong', {}, `Not first or second on any capability (${others.length}): `),
          others.map((m) => economyName(ctx, m.iso3)).join(', '),
          '.',
        )
      : null,
    membersWithoutData.length
      ? h(
          'p',
          { class: 'muted' },
          `No data on any capability: ${membersWithoutData.map((c) => economyName(ctx, c)).join(', ')}.`,
        )
      : null,
  );
  return { element, draw: () => undefined };
}
