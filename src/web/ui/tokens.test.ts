// The design tokens hold every colour of the UI: no colour is written in any other stylesheet or
// module of src/web, every token used is defined in both themes, the two dark blocks agree, the
// code's fallbacks are the light theme's values, and text tokens reach WCAG AA on their backgrounds.
/* eslint-disable no-restricted-imports -- a test reads the UI's source files; the UI itself
   reaches the server over HTTP only */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { inkFor } from '../components/chain-colour.ts';
import { LIGHT_FALLBACKS } from './token-colour.ts';

const WEB = resolve(import.meta.dirname, '..');
const TOKENS = join(WEB, 'ui', 'tokens.css');
/** This test: its examples of what it finds are colours. */
const SELF = join(WEB, 'ui', 'tokens.test.ts');

function filesUnder(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [path] : [];
  });
}

const read = (path: string): string => readFileSync(path, 'utf8');
const stripCssComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');
const name = (path: string): string => relative(WEB, path);

/** The CSS named colours (CSS Color 4) and the system colours; `transparent` and `currentColor` are not theme colours. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
    'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
    'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
    'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
    'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen canvas canvastext linktext visitedtext activetext buttonface buttontext ' +
    'buttonborder field fieldtext highlight highlighttext selecteditem selecteditemtext mark ' +
    'marktext graytext accentcolor accentcolortext'
  ).split(' '),
);

const HEX = /(?<![\w&/-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
/** CSS properties that take a colour (alone or in a shorthand). */
const COLOUR_PROPERTY =
  /^(?:color|background(?:-color|-image)?|border(?:-[a-z-]+)?|outline(?:-color)?|fill|stroke|(?:box|text)-shadow|text-decoration(?:-color)?|caret-color|accent-color|column-rule(?:-color)?|stop-color|flood-color|lighting-color|scrollbar-color|text-emphasis(?:-color)?|-webkit-tap-highlight-color)$/;

/** Colour literals in a piece of CSS: hex, colour functions, named colours in colour properties. */
function cssColourLiterals(css: string): string[] {
  const found: string[] = [];
  const text = stripCssComments(css);
  found.push(...(text.match(HEX) ?? []), ...(text.match(COLOUR_FUNCTION) ?? []));
  for (const m of text.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)(?=[;}])/gi)) {
    if (!COLOUR_PROPERTY.test(m[1]!.toLowerCase())) continue;
    const words = m[2]!.replace(/(?:var|url)\([^)]*\)/gi, ' ').match(/[a-z]+/gi) ?? [];
    for (const w of words) if (NAMED.has(w.toLowerCase())) found.push(`${m[1]}: ${w}`);
  }
  return found;
}

/** A named colour handed to a colour option, attribute or inline style in TypeScript. */
const TS_NAMED =
  /(?:fill|stroke|colou?r|background|[a-z]+Colou?r|[a-z-]+-color)['"]?\s*[:,]\s*['"`]([a-z]+)['"`]/gi;

function tsColourLiterals(source: string): string[] {
  const found = [...(source.match(HEX) ?? []), ...(source.match(COLOUR_FUNCTION) ?? [])];
  for (const m of source.matchAll(TS_NAMED)) if (NAMED.has(m[1]!.toLowerCase())) found.push(m[0]);
  // Colours inside inline style strings, e.g. `style: 'background:white'`.
  for (const m of source.matchAll(/['"`]([^'"`\n]*)['"`]/g))
    if (/[a-z-]+\s*:/.test(m[1]!) && !m[1]!.includes('://'))
      for (const lit of cssColourLiterals(`${m[1]!};`)) if (!found.includes(lit)) found.push(lit);
  return found;
}

type Theme = Map<string, string>;

function declarations(block: string): Theme {
  return new Map(
    [...block.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/** The tokens of tokens.css: the light theme (`:root`), and the dark theme twice. */
function themes(): { light: Theme; darkSystem: Theme; darkForced: Theme } {
  const css = stripCssComments(read(TOKENS));
  const light = new Map<string, string>();
  for (const m of css.matchAll(/(?<=^|\})\s*:root\s*\{([^}]*)\}/g))
    for (const [k, v] of declarations(m[1]!)) light.set(k, v);
  const system =
    /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root:not\(\[data-theme='light'\]\)\s*\{([^}]*)\}\s*\}/.exec(
      css,
    );
  const forced = /:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css);
  return {
    light,
    darkSystem: declarations(system?.[1] ?? ''),
    darkForced: declarations(forced?.[1] ?? ''),
  };
}

const colourNames = (t: Theme): string[] => [...t.keys()].filter((k) => k.startsWith('--color-'));

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not #rrggbb: ${hex}`);
  const lin = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text tokens and the backgrounds styles.css and the charts set them on. */
const TEXT_ON: Record<string, readonly string[]> = {
  ink: [
    'bg',
    'surface',
    'surface-sunken',
    'surface-alt',
    'surface-muted',
    'surface-hover',
    'row-hover',
    'accent-subtle',
    'info-bg',
    'neutral-bg',
    'warning-bg',
    'error-bg',
    'success-bg',
    'diff-added-word',
    'diff-removed-word',
  ],
  muted: ['bg', 'surface', 'surface-sunken', 'surface-alt', 'surface-muted', 'row-hover'],
  accent: ['bg', 'surface', 'surface-sunken', 'surface-alt', 'accent-subtle', 'surface-hover'],
  'accent-ink': ['surface', 'info-bg', 'surface-hover'],
  'on-accent': ['accent'],
  'header-ink': ['header-bg'],
  'header-muted': ['header-bg'],
  'info-text': ['info-bg'],
  'success-text': ['success-bg', 'surface'],
  'warning-text': ['warning-bg', 'surface', 'caution-bg'],
  'caution-text': ['caution-bg', 'surface'],
  'error-text': ['error-bg', 'surface', 'bg'],
  'error-line': ['surface', 'bg'],
  'neutral-text': ['neutral-bg'],
  'deliberation-text': ['deliberation-bg'],
  'on-danger': ['danger', 'danger-hover'],
  'chart-text': ['surface', 'bg'],
  'cat-label': Array.from({ length: 10 }, (_, i) => `cat-${i + 1}`),
};

describe('design tokens', () => {
  const { light, darkSystem, darkForced } = themes();

  it('defines every colour in both themes, the dark one identically for the system and when forced', () => {
    expect(colourNames(light).length).toBeGreaterThan(100);
    expect(colourNames(darkSystem).sort()).toEqual(colourNames(light).sort());
    expect(Object.fromEntries(darkForced)).toEqual(Object.fromEntries(darkSystem));
  });

  it('imports tokens.css at the top of styles.css', () => {
    const styles = stripCssComments(read(join(WEB, 'styles.css'))).trimStart();
    expect(styles.startsWith("@import './ui/tokens.css';")).toBe(true);
  });

  it('writes no colour in any stylesheet but tokens.css', () => {
    const found = filesUnder(WEB, ['.css'])
      .filter((f) => f !== TOKENS)
      .flatMap((f) => cssColourLiterals(read(f)).map((lit) => `${name(f)}: ${lit}`));
    expect(found).toEqual([]);
  });

  it('writes no colour in any module but the fallbacks of token-colour.ts (and this test)', () => {
    const found = filesUnder(WEB, ['.ts', '.tsx'])
      .filter((f) => !/\.gen\.tsx?$/.test(f) && f !== SELF)
      .flatMap((f) => {
        let source = read(f);
        if (f.endsWith(join('ui', 'token-colour.ts')))
          source = source.replace(/export const LIGHT_FALLBACKS = \{[^}]*\} as const;/, '');
        return tsColourLiterals(source).map((lit) => `${name(f)}: ${lit}`);
      });
    expect(found).toEqual([]);
  });

  it('finds the colours it looks for', () => {
    expect(cssColourLiterals('a { color: #fff; border: 1px solid rgb(0 0 0 / 0.1) }')).toEqual([
      '#fff',
      'rgb(',
    ]);
    expect(cssColourLiterals('a { background: white; color: var(--color-ink); }')).toEqual([
      'background: white',
    ]);
    expect(cssColourLiterals('a { border: 1px solid transparent; white-space: nowrap }')).toEqual(
      [],
    );
    expect(tsColourLiterals("Plot.text(d, { fill: 'white', stroke: '#1b2430' })")).toEqual([
      '#1b2430',
      "fill: 'white'",
    ]);
    expect(tsColourLiterals("h('span', { style: `background:red` })")).toEqual(['background: red']);
    expect(tsColourLiterals("h('a', { href: '#/economies', fill: 'var(--color-ink)' })")).toEqual(
      [],
    );
  });

  it('defines every colour token the stylesheets and modules use, in both themes', () => {
    const used = new Set<string>();
    for (const f of filesUnder(WEB, ['.css', '.ts', '.tsx']))
      for (const m of read(f).matchAll(/--color-[a-z0-9-]*[a-z0-9]/g)) used.add(m[0]);
    const missing = [...used].filter((t) => !light.has(t) || !darkSystem.has(t));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });

  it('defines every custom property a stylesheet reads without a fallback', () => {
    const css = filesUnder(WEB, ['.css']).map((f) => stripCssComments(read(f)));
    const defined = new Set(
      css.flatMap((c) => [...c.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
    );
    const missing = css.flatMap((c) =>
      [...c.matchAll(/var\((--[a-z0-9-]+)\s*\)/g)].map((m) => m[1]!).filter((v) => !defined.has(v)),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it("keeps token-colour.ts's fallbacks at the light theme's values, #rrggbb in both themes", () => {
    for (const [token, value] of Object.entries(LIGHT_FALLBACKS)) {
      expect(light.get(token), token).toBe(value);
      expect(darkSystem.get(token), token).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  for (const [theme, tokens] of [
    ['light', light],
    ['dark', darkSystem],
  ] as const) {
    const colour = (t: string): string => tokens.get(`--color-${t}`) ?? `missing --color-${t}`;

    it(`gives text at least 4.5:1 on its backgrounds in the ${theme} theme`, () => {
      const low = Object.entries(TEXT_ON).flatMap(([text, backgrounds]) =>
        backgrounds
          .map((bg) => ({ text, bg, ratio: contrast(colour(text), colour(bg)) }))
          .filter((p) => p.ratio < 4.5),
      );
      expect(low).toEqual([]);
    });

    it(`keeps the focus ring at 3:1 and data labels at 4.5:1 in the ${theme} theme`, () => {
      for (const bg of ['bg', 'surface'])
        expect(contrast(colour('focus'), colour(bg))).toBeGreaterThanOrEqual(3);
      // The ink on a data fill is the same in both themes (inkFor reads it once per fill).
      expect(colour('data-ink-dark')).toBe(light.get('--color-data-ink-dark'));
      expect(colour('data-ink-light')).toBe(light.get('--color-data-ink-light'));
      const fills = Object.keys(LIGHT_FALLBACKS).filter((t) =>
        /^--color-(seq-|avail-|chokepoint-|chain-no-data|chain-node$)/.test(t),
      );
      const low = fills
        .map((t) => ({ t, ratio: contrast(tokens.get(t)!, inkFor(tokens.get(t)!)) }))
        .filter((p) => p.ratio < 4.5);
      expect(low).toEqual([]);
    });

    it(`orders each sequential palette by lightness in the ${theme} theme`, () => {
      for (const ramp of ['seq-blue', 'seq-red', 'seq-orange', 'avail']) {
        const lum = colourNames(tokens)
          .filter((t) => t.startsWith(`--color-${ramp}-`))
          .sort((a, b) => Number(a.split('-').pop()) - Number(b.split('-').pop()))
          .map((t) => luminance(tokens.get(t)!));
        const steps = lum.slice(1).map((l, i) => Math.sign(l - lum[i]!));
        expect(lum.length, ramp).toBeGreaterThanOrEqual(4);
        expect(new Set(steps).size, ramp).toBe(1);
      }
    });
  }
});
