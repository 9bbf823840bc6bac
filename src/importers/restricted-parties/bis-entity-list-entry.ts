// The text of one BIS Entity List entry (15 CFR 744 Supp. 4) as the Federal Register prints it:
// "Name, a.k.a., the following two aliases: —A; and —B. Address; and Address." or "Name,
// Address." This module splits it into name, aliases and addresses.
import { NUMBER_WORDS } from './number-words.ts';

export interface EntityListEntry {
  name: string;
  aliases: string[];
  addresses: string[];
  /** The number of aliases the text announces, when it says one. */
  announced: number | null;
  /** True when no `. ` separates the last alias from the address and the split was guessed. */
  guessed: boolean;
}

const INTRO =
  /,?\s*(?:a\.k\.a\.?,?\s*)?(?:and\s+)?the\s+following\s+(\w+)\s+alias(?:es)?[^:—]*:\s*/i;

/** Where an address starts in text with no `. ` before it: a house number then a capital. */
const ADDRESS_START = /\s(?=(?:No\.\s*)?\d+[A-Za-z]?,?\s+[A-Z])/;

const cleanAlias = (s: string): string =>
  s
    .trim()
    .replace(/[;,]?\s*(?:and)?\s*$/, '')
    .replace(/[;,]$/, '')
    .trim();

/** Splits addresses at `;`, `; and` and ` and No. `; drops BIS cross-references (`(See …)`). */
export function entityListAddresses(text: string): string[] {
  return text
    .replace(/\(See [^)]*\)\.?/gi, '')
    .split(/;\s*(?:and\s+)?|\s+and\s+(?=No\.\s*\d)/)
    .map((a) => a.trim().replace(/\.$/, '').trim())
    .filter((a) => a !== '' && a !== 'and');
}

/** Words before a `. ` that do not end an alias: `No. 31`, `Co. Ltd`, initials (`P. I.`). */
const NOT_AN_END = /^(?:No|Co|Ltd|Inc|Corp|St|Rd|Ave|Bldg|[A-Z])$/;

/**
 * The last alias and the address after it: at the first `. ` before a capital, digit or `#`
 * that does not follow `No`, `Co`, `Ltd` or an initial; failing that, before the first house
 * number followed by a capital (`12th Institute 51 Yong Ding Road`: guessed).
 */
function lastAliasAndAddress(item: string): { alias: string; address: string; guessed: boolean } {
  const re = /\.\s+(?=[A-Z0-9#(])/g;
  for (let m = re.exec(item); m; m = re.exec(item)) {
    const word = /(\S+)$/.exec(item.slice(0, m.index))?.[1] ?? '';
    if (NOT_AN_END.test(word)) continue;
    return {
      alias: item.slice(0, m.index),
      address: item.slice(m.index + m[0].length),
      guessed: false,
    };
  }
  if (/\.\s*$/.test(item) || !/\d/.test(item))
    return { alias: item.replace(/\.\s*$/, ''), address: '', guessed: false };
  const at = ADDRESS_START.exec(item);
  if (!at) return { alias: item, address: '', guessed: true };
  return { alias: item.slice(0, at.index), address: item.slice(at.index + 1), guessed: true };
}

/**
 * Subordinate institutions listed inside an entry ("… Academy. Subordinate institution Second
 * Design Department, a.k.a., the following two aliases: —…") become items of the alias list, and
 * BIS's "(all of preceding located in …)" remarks are dropped.
 */
const flattenSubordinates = (text: string): string =>
  text
    .replace(
      /\.\s+Subordinate institution\s+(.+?),\s*a\.k\.a\.?,?\s*the following \w+ alias(?:es)?:\s*/gi,
      '; —$1; ',
    )
    .replace(/;?\s*\((?:all|each) of (?:the )?preceding[^)]*\)\s*/gi, '; ');

/**
 * Reads an entry. `listedName` is the name the extract gives beside the text: used when the text
 * has no alias list (the name is then the text's start, the address what follows its comma).
 */
export function parseEntityListEntry(raw: string, listedName: string): EntityListEntry {
  const text = raw.replace(/\s+/g, ' ').trim();
  const intro = INTRO.exec(text);
  if (!intro) {
    const name = listedName && text.startsWith(listedName) ? listedName : text.split(',')[0]!;
    const rest = text.slice(name.length).replace(/^[,\s]+/, '');
    return {
      name: name.trim(),
      aliases: [],
      addresses: entityListAddresses(rest),
      announced: null,
      guessed: false,
    };
  }
  const name = text.slice(0, intro.index).trim();
  const items = flattenSubordinates(text.slice(intro.index + intro[0].length))
    .split(/\s*—\s*/)
    .filter((s) => s.trim() !== '');
  const last = lastAliasAndAddress(items.pop() ?? '');
  const aliases = [...items, last.alias].map(cleanAlias).filter(Boolean);
  const word = intro[1]!.toLowerCase();
  return {
    name,
    aliases,
    addresses: entityListAddresses(last.address),
    announced: NUMBER_WORDS[word] ?? (Number(word) || null),
    guessed: last.guessed,
  };
}
