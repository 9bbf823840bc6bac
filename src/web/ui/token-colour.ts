// Design tokens (ui/tokens.css) as concrete colours, for code that cannot hand a CSS variable on:
// the cytoscape canvas of the supply-chain graph and the text ink chosen per fill. A colour is read
// when it is drawn, so a drawing takes the theme in force then. SVG attributes, inline styles and
// Observable Plot take `var(--color-…)` directly and follow a theme change without a redraw.

/**
 * The light theme's value of every token code reads here: the answer outside a browser (unit
 * tests) and before the stylesheet is in. ui/tokens.test.ts checks each against tokens.css.
 */
export const LIGHT_FALLBACKS = {
  '--color-ink': '#1b2430',
  '--color-accent': '#1f4e8c',
  '--color-data-ink-dark': '#1b2430',
  '--color-data-ink-light': '#ffffff',
  '--color-chain-lane': '#f3f5f8',
  '--color-chain-lane-border': '#d9dde3',
  '--color-chain-lane-title': '#e6eaf0',
  '--color-chain-family-bg': '#ffffff',
  '--color-chain-family-border': '#98a1ad',
  '--color-chain-node': '#ffffff',
  '--color-chain-node-border': '#5b6573',
  '--color-chain-edge': '#8a939f',
  '--color-chain-no-data': '#eeeeec',
  '--color-seq-blue-1': '#dbe9f6',
  '--color-seq-blue-3': '#89bedc',
  '--color-seq-blue-4': '#539ecd',
  '--color-seq-blue-5': '#2b7bba',
  '--color-seq-blue-7': '#08306b',
  '--color-seq-red-1': '#fee5d9',
  '--color-seq-red-2': '#fcae91',
  '--color-seq-red-3': '#fb6a4a',
  '--color-seq-red-4': '#de2d26',
  '--color-seq-red-5': '#a50f15',
  '--color-seq-orange-1': '#feedde',
  '--color-seq-orange-2': '#fdbe85',
  '--color-seq-orange-3': '#fd8d3c',
  '--color-seq-orange-4': '#c54000',
  '--color-chokepoint-no': '#d8e2ee',
  '--color-chokepoint-yes': '#b42318',
  '--color-avail-1': '#67000d',
  '--color-avail-2': '#c81d25',
  '--color-avail-3': '#f4694a',
  '--color-avail-4': '#fcab8f',
  '--color-avail-5': '#fde0d2',
  '--color-avail-6': '#f4f7fb',
} as const;

export type ColourToken = keyof typeof LIGHT_FALLBACKS;

/** The colour of `token` in the theme in force, as tokens.css writes it (#rrggbb). */
export function tokenColour(token: ColourToken): string {
  if (typeof document === 'undefined') return LIGHT_FALLBACKS[token];
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || LIGHT_FALLBACKS[token];
}

/** The categorical colours, distinct and dark enough for white labels (tokens cat-1 … cat-10). */
export const CATEGORY_COLOURS: readonly string[] = [
  'var(--color-cat-1)',
  'var(--color-cat-2)',
  'var(--color-cat-3)',
  'var(--color-cat-4)',
  'var(--color-cat-5)',
  'var(--color-cat-6)',
  'var(--color-cat-7)',
  'var(--color-cat-8)',
  'var(--color-cat-9)',
  'var(--color-cat-10)',
];
