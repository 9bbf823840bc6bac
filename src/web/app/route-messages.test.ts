// The catalogue comes in parts (i18n.tsx): the shell's messages load with the app, and each area's
// with the pages that name it in routes.tsx. These tests read the source: every message id a page's
// modules name (as a string or the start of a template) must be in the shell or in an area its
// route loads, and the shell itself must name only shell messages. A page that forgot an area
// would show message ids instead of words.
/* eslint-disable no-restricted-imports -- a test reads the UI's source files; the UI itself
   reaches the server over HTTP only */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS, type MessageArea } from '../i18n/i18n.tsx';
import { shellEn } from '../i18n/messages/shell.en.ts';

const WEB = resolve(import.meta.dirname, '..');
const ROUTES = resolve(WEB, 'app/routes.tsx');
const MESSAGES_DIR = resolve(WEB, 'i18n/messages');

/** Each id prefix (the part before the first dot) and the part of the catalogue that holds it. */
async function prefixOwners(): Promise<Map<string, MessageArea | 'shell'>> {
  const owners = new Map<string, MessageArea | 'shell'>();
  const claim = (ids: string[], owner: MessageArea | 'shell') => {
    for (const id of ids) {
      const prefix = id.slice(0, id.indexOf('.'));
      const before = owners.get(prefix);
      if (before !== undefined && before !== owner)
        throw new Error(`the id prefix ${prefix}. is in both ${before} and ${owner}`);
      owners.set(prefix, owner);
    }
  };
  claim(Object.keys(shellEn), 'shell');
  for (const area of MESSAGE_AREAS) {
    const module = (await import(`${MESSAGES_DIR}/${area}.en.ts`)) as Record<string, object>;
    claim(Object.keys(Object.values(module)[0]!), area);
  }
  return owners;
}

const IMPORT = /^\s*import\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'(\.[^']+)'/gm;
const EXPORT_FROM = /^\s*export\s+(?!type\b)[^'";]*?\s+from\s+'(\.[^']+)'/gm;
const DYNAMIC = /import\(\s*'(\.[^']+)'\s*\)/g;

/** The modules of src/web a module imports (values, not types), optionally its dynamic imports. */
function importsOf(file: string, dynamic: boolean): string[] {
  const source = readFileSync(file, 'utf8');
  const patterns = dynamic ? [IMPORT, EXPORT_FROM, DYNAMIC] : [IMPORT, EXPORT_FROM];
  const out: string[] = [];
  for (const pattern of patterns)
    for (const m of source.matchAll(pattern)) {
      const target = resolve(dirname(file), m[1]!);
      if (/\.(tsx?)$/.test(target) && existsSync(target)) out.push(target);
    }
  return out;
}

/**
 * Every module reached from `entry` through value imports (and dynamic ones when asked), leaving
 * out the catalogue's own files (they define ids; they do not show them).
 */
function moduleGraph(entry: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || file.startsWith(`${WEB}/i18n/messages`)) continue;
    seen.add(file);
    todo.push(...importsOf(file, dynamic));
  }
  return [...seen];
}

/** The catalogue parts the message ids named in `files` belong to, with an example id of each. */
function partsNamed(
  files: string[],
  owners: Map<string, MessageArea | 'shell'>,
): Map<MessageArea | 'shell', string> {
  const parts = new Map<MessageArea | 'shell', string>();
  // A string or template starting with `<prefix>.` and an id character: 'gov.title', `gov.${x}`.
  const literal = /['"`]([a-zA-Z]+)\.(?=[a-zA-Z$])([a-zA-Z0-9_.{}$]*)/g;
  for (const file of files) {
    // Comments left out: they may quote ids as examples.
    const source = readFileSync(file, 'utf8')
      .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(literal)) {
      const owner = owners.get(m[1]!);
      if (owner !== undefined && !parts.has(owner))
        parts.set(owner, `${m[1]}.${m[2]} in ${relative(WEB, file)}`);
    }
  }
  return parts;
}

/** Each page route of routes.tsx: the page module and the areas the route loads with it. */
function pageRoutes(): { page: string; areas: string[] }[] {
  const source = readFileSync(ROUTES, 'utf8');
  const calls = [
    ...source.matchAll(/page\(\s*\(\) => import\('([^']+)'\),\s*'\w+',\s*\[([^\]]*)\]/g),
  ];
  const imports = [...source.matchAll(/import\('\.\.\/pages\//g)].length;
  expect(calls.length, 'every page of routes.tsx is loaded through page(…, [areas])').toBe(imports);
  return calls.map((m) => ({
    page: resolve(dirname(ROUTES), m[1]!),
    areas: [...m[2]!.matchAll(/'([^']+)'/g)].map((a) => a[1]!),
  }));
}

describe('the message areas each page loads', () => {
  it('give every id prefix to one part of the catalogue', async () => {
    const owners = await prefixOwners();
    expect(owners.get('nav')).toBe('shell');
    expect(owners.get('gov')).toBe('governance');
  });

  it('name, for every page route, exactly the areas whose messages its modules use', async () => {
    const owners = await prefixOwners();
    const wrong: string[] = [];
    const routes = pageRoutes();
    expect(routes.length).toBeGreaterThan(40);
    for (const { page, areas } of routes) {
      const used = partsNamed(moduleGraph(page, true), owners);
      used.delete('shell');
      for (const [area, example] of used)
        if (!areas.includes(area))
          wrong.push(`${relative(WEB, page)}: missing '${area}' (${example})`);
      for (const area of areas)
        if (!used.has(area as MessageArea))
          wrong.push(`${relative(WEB, page)}: '${area}' is loaded but none of its messages used`);
    }
    expect(wrong).toEqual([]);
  });

  it('leave the shell (the entry, the layout, the router) to the shell’s messages', async () => {
    const owners = await prefixOwners();
    const shell = moduleGraph(resolve(WEB, 'main.tsx'), false);
    expect(shell).toContain(ROUTES);
    expect(shell.some((f) => f.includes('/pages/') && f.endsWith('-page.tsx'))).toBe(false);
    const used = partsNamed(shell, owners);
    used.delete('shell');
    expect(Object.fromEntries(used)).toEqual({});
  });
});
