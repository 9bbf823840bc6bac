// Who supplies one input, as bars (Observable Plot): economies, pseudo-providers and the
// unattributed rest — or firms by home economy — each bar coloured by who holds it.
import { withoutMarkLabels } from '../ui/plot.ts';
import * as Plot from '@observablehq/plot';
import { formatShare } from '../format-value.ts';

/**
 * Who holds a bar's share: a coalition member, a country of concern, another economy, a
 * pseudo-provider ("Various countries", "EUR"), nobody named (the unattributed rest), or a firm
 * without a home economy.
 */
export type HolderGroup = 'coalition' | 'concern' | 'other' | 'pseudo' | 'unattributed' | 'no-home';

export interface ProviderBar {
  label: string;
  sharePct: number;
  group: HolderGroup;
}

const GROUP_COLOURS: Record<HolderGroup, string> = {
  coalition: 'var(--color-holder-coalition)',
  concern: 'var(--color-holder-concern)',
  other: 'var(--color-holder-other)',
  pseudo: 'var(--color-holder-pseudo)',
  unattributed: 'var(--color-holder-unattributed)',
  'no-home': 'var(--color-holder-no-home)',
};

export const groupLabel = (group: HolderGroup, coalition: string, concern: string): string => {
  switch (group) {
    case 'coalition':
      return `${coalition} member`;
    case 'concern':
      return `Country of concern (${concern})`;
    case 'other':
      return 'Other economy';
    case 'pseudo':
      return 'Pseudo-provider (not an economy)';
    case 'unattributed':
      return 'Unattributed rest';
    case 'no-home':
      return 'Firm without a home economy';
  }
};

export function providerChart(
  bars: readonly ProviderBar[],
  options: { width: number; title: string; coalition: string; concern: string },
): Element {
  const groups = [...new Set(bars.map((b) => b.group))];
  const narrow = options.width < 480;
  const longest = Math.max(0, ...bars.map((b) => b.label.length));
  // About 7 px a character at 12 px; longer labels are cut with an ellipsis (the description and
  // the figures beside the chart keep them whole).
  const marginLeft = Math.min(narrow ? 150 : 260, 16 + 7 * longest);
  const fits = Math.floor((marginLeft - 16) / 7);
  const cut = (label: string): string =>
    label.length <= fits ? label : `${label.slice(0, Math.max(1, fits - 1))}…`;
  const max = Math.max(100, ...bars.map((b) => b.sharePct));
  return withoutMarkLabels(
    Plot.plot({
      width: options.width,
      height: bars.length * 24 + 70,
      marginLeft,
      marginRight: 48,
      style: {
        fontSize: '12px',
        fontFamily: 'inherit',
        background: 'transparent',
        color: 'var(--color-chart-text)',
      },
      ariaLabel: options.title,
      ariaDescription: bars.map((b) => `${b.label}: ${formatShare(b.sharePct)}`).join('; '),
      x: {
        domain: [0, max],
        grid: true,
        label: 'Share of world supply (%)',
        ticks: narrow ? 4 : 5,
      },
      y: { domain: bars.map((b) => b.label), label: null, tickSize: 0, tickFormat: cut },
      color: {
        domain: groups.map((g) => groupLabel(g, options.coalition, options.concern)),
        range: groups.map((g) => GROUP_COLOURS[g]),
        legend: true,
      },
      marks: [
        Plot.barX(bars, {
          x: 'sharePct',
          y: 'label',
          fill: (d: ProviderBar) => groupLabel(d.group, options.coalition, options.concern),
          insetTop: 3,
          insetBottom: 3,
        }),
        Plot.text(bars, {
          x: 'sharePct',
          y: 'label',
          text: (d: ProviderBar) => formatShare(d.sharePct),
          textAnchor: 'start',
          dx: 4,
          fill: 'var(--color-ink)',
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}
