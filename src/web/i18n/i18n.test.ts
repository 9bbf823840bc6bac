// The message catalogue: every message parses as ICU MessageFormat, and each translation uses the
// same arguments as the English message (a missing id fails the type check of messages.fr.ts).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './messages.en.ts';
import { fr } from './messages.fr.ts';

const argumentsOf = (elements: MessageFormatElement[], into = new Set<string>()): Set<string> => {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date)
      into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
};

describe('the message catalogue', () => {
  const ids = Object.keys(en) as MessageId[];

  it('has French for every English message and no French message without an English one', () => {
    expect(Object.keys(fr).sort()).toEqual([...ids].sort());
    expect(ids.filter((id) => fr[id].trim() === '')).toEqual([]);
  });

  it('parses every message, and each French message takes the English one’s arguments', () => {
    const mismatched: string[] = [];
    for (const id of ids) {
      const a = [...argumentsOf(parse(en[id]))].sort().join(',');
      const b = [...argumentsOf(parse(fr[id]))].sort().join(',');
      if (a !== b) mismatched.push(`${id}: en {${a}} fr {${b}}`);
    }
    expect(mismatched).toEqual([]);
  });
});
