// The message catalogues compiled when the UI is built: each ICU message parsed into the syntax tree
// react-intl formats, so the production bundle needs no ICU parser (vite.config.ts points the parser
// at its `no-parser` build) and the browser parses no message. Dev (`vite`) and the tests keep the
// source strings of the catalogue files and parse them at run time.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { runnerImport, type Plugin } from 'vite';

/**
 * The catalogue modules the build replaces: each part the app loads (messages/shell.en.ts,
 * messages/governance.fr.ts, …) and the whole catalogues (messages.en.ts, messages.fr.ts).
 */
const CATALOGUE = /[\\/]src[\\/]web[\\/]i18n[\\/]messages(?:[\\/][a-z-]+)?\.[a-z]{2}\.ts$/;

export type CompiledCatalogue = Record<string, MessageFormatElement[]>;

/**
 * Every message parsed as react-intl's run-time parse does (tags read as tags, number and date
 * skeletons expanded), so a compiled message formats exactly as its string would.
 */
export function compileCatalogue(messages: Readonly<Record<string, string>>): CompiledCatalogue {
  const out: CompiledCatalogue = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      out[id] = parse(message);
    } catch (e) {
      throw new Error(`message ${id} is not valid ICU MessageFormat: ${(e as Error).message}`);
    }
  }
  return out;
}

/**
 * The JavaScript that stands for one catalogue module: each exported catalogue as its compiled
 * messages, given to JSON.parse (a large object literal is slower to parse than the same JSON).
 */
export function compiledModule(exports: Readonly<Record<string, unknown>>): string {
  return Object.entries(exports)
    .map(([name, value]) => {
      if (typeof value !== 'object' || value === null)
        throw new Error(`export ${name} of a message catalogue is not a catalogue`);
      const json = JSON.stringify(compileCatalogue(value as Record<string, string>));
      return `export const ${name} = JSON.parse(${JSON.stringify(json)});\n`;
    })
    .join('');
}

/**
 * Vite plugin (production builds only): loads each catalogue module (with any files it spreads
 * in), emits its compiled form in its place, and swaps the ICU parser for its `no-parser`
 * build (the same exports; `parse` throws).
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'techalliance:precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    // No message reaches the browser as a string, so its parser can stay out of the bundle.
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    load: {
      // Only the catalogues reach the hook (the bundler checks the id itself).
      filter: { id: CATALOGUE },
      async handler(id) {
        const file = id.split('?')[0]!;
        if (!CATALOGUE.test(file)) return null;
        const { module, dependencies } = await runnerImport<Record<string, unknown>>(file);
        for (const dependency of dependencies) this.addWatchFile(dependency);
        return compiledModule(module);
      },
    },
  };
}
