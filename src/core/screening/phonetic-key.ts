// Phonetic keys of a name token: its Double Metaphone codes, and its consonant skeleton for names
// transliterated from scripts that write few vowels.
import { doubleMetaphone } from 'double-metaphone';

/**
 * The Double Metaphone codes of a token (primary, then the alternative when it differs): "Schulze"
 * and "Scholz" both give `XLS`. Empty for tokens of fewer than two letters and for numbers, which
 * have no sound worth comparing.
 */
export function metaphoneCodes(token: string): string[] {
  if (token.length < 2 || /\d/.test(token)) return [];
  const [primary, secondary] = doubleMetaphone(token);
  const codes = primary === '' ? [] : [primary];
  if (secondary !== '' && secondary !== primary) codes.push(secondary);
  return codes;
}

// Soundex's consonant classes, kept for the whole token: lips, throat and hiss, teeth, l, nasals, r.
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  b: 'b',
  f: 'b',
  p: 'b',
  v: 'b',
  c: 'k',
  g: 'k',
  j: 'k',
  k: 'k',
  q: 'k',
  s: 'k',
  x: 'k',
  z: 'k',
  d: 't',
  t: 't',
  l: 'l',
  m: 'm',
  n: 'm',
  r: 'r',
};

/**
 * The consonant skeleton of a token: each consonant by its class (Soundex's groups), vowels and
 * the letters abjads use for vowels (h, w, y; w only after the first letter) dropped, repeats
 * collapsed. Arabic "فرناندو" comes
 * out of transliteration as `frnndw`, which cannot be compared letter by letter with "Fernando";
 * their skeletons are both `brmt`.
 */
export function consonantSkeleton(token: string): string {
  let out = '';
  for (const [i, ch] of [...token].entries()) {
    // An initial w is a consonant (Persian "ولادیمیر" comes out as `wldymyr`, "Vladimir").
    const cls = i === 0 && ch === 'w' ? 'b' : CONSONANT_CLASS[ch];
    if (cls !== undefined && !out.endsWith(cls)) out += cls;
  }
  return out;
}
