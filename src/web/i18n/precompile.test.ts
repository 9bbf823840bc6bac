// The compiled catalogues the production build ships: every message, English and French, formats
// from its syntax tree exactly as from its string, and the emitted module gives those trees back.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { fr } from './messages.fr.ts';
import { compileCatalogue, compiledModule } from './precompile.ts';

/** Values for a message's arguments: numbers where it counts or formats them, text elsewhere. */
const sampleValues = (
  elements: MessageFormatElement[],
  n: number,
  into: Record<string, string | number> = {},
): Record<string, string | number> => {
  for (const e of elements) {
    if (e.type === TYPE.argument) into[e.value] ??= `«${e.value}»`;
    if (e.type === TYPE.number || e.type === TYPE.plural) into[e.value] = n;
    if (e.type === TYPE.date) into[e.value] = Date.UTC(2024, 4, 17);
    if (e.type === TYPE.select) into[e.value] ??= Object.keys(e.options)[0]!;
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) sampleValues(option.value, n, into);
    if (e.type === TYPE.tag) sampleValues(e.children, n, into);
  }
  return into;
};

describe('the compiled message catalogues', () => {
  for (const [locale, catalogue] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`format every ${locale} message as its string does`, () => {
      const compiled = compileCatalogue(catalogue);
      expect(Object.keys(compiled).sort()).toEqual(Object.keys(catalogue).sort());
      const differ: string[] = [];
      for (const [id, message] of Object.entries(catalogue)) {
        const ast = compiled[id]!;
        // 1 and 5 take different plural branches; tags become plain wrappers.
        for (const n of [1, 5]) {
          const values = { ...sampleValues(ast, n) };
          for (const e of ast) if (e.type === TYPE.tag) values[e.value] = '';
          const fromString = new IntlMessageFormat(message, locale).format(values);
          const fromAst = new IntlMessageFormat(ast, locale).format(values);
          if (JSON.stringify(fromString) !== JSON.stringify(fromAst))
            differ.push(`${id} (${n}): ${String(fromString)} ≠ ${String(fromAst)}`);
        }
      }
      expect(differ).toEqual([]);
      // Not a vacuous comparison: messages with arguments and plurals were among them.
      expect(Object.values(compiled).some((ast) => ast.some((e) => e.type === TYPE.plural))).toBe(
        true,
      );
    });
  }

  it('emits a module whose exports are the compiled catalogues, no message left as a string', async () => {
    const code = compiledModule({ en });
    const url = `data:text/javascript,${encodeURIComponent(code)}`;
    const module = (await import(/* @vite-ignore */ url)) as {
      en: Record<string, MessageFormatElement[]>;
    };
    expect(module.en).toEqual(compileCatalogue(en));
    expect(Object.values(module.en).every(Array.isArray)).toBe(true);
  });

  it('names the message that is not valid ICU MessageFormat', () => {
    expect(() => compileCatalogue({ 'x.ok': 'Fine', 'x.broken': 'Hello {name' })).toThrow(
      /x\.broken/,
    );
  });
});
