// Name normalisation: any name in any script to lower-case Latin tokens, with legal forms, titles
// and filler words set aside, so that spellings of one name compare equal or close.
import anyAscii from 'any-ascii';
import { LEGAL_FORM_PHRASES, ORIGINAL_SCRIPT_LEGAL_FORMS } from './legal-forms.ts';
import {
  ABBREVIATIONS,
  FILLERS,
  NUMBER_WORDS,
  PARTICLES,
  SPLIT_WORDS,
  TITLES,
} from './name-vocabulary.ts';

/**
 * A script other than Latin that a name was written in (and transliterated from):
 *
 * - `cyrillic`, `greek`, `armenian`, `georgian` — alphabets, transliterated letter by letter;
 * - `arabic`, `hebrew` — abjads, which write few vowels ("Владимир" comes back as `vladimir`,
 *   "فلاديمير" as `fldymyr`): their tokens are marked {@link NormalisedName.unvocalised};
 * - `han` — Chinese characters (and Japanese kanji), one syllable each;
 * - `hangul`, `kana` — Korean and Japanese syllabaries;
 * - `other` — any other script (Devanagari, Thai, Khmer, Ge'ez …), left to any-ascii.
 */
export type NameScript =
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'hangul'
  | 'kana'
  | 'other';

/** A name made comparable. */
export interface NormalisedName {
  /** The name as given. */
  original: string;
  /** Lower-case ASCII tokens in the order of the name. Never empty unless the name is. */
  tokens: string[];
  /** The tokens sorted and joined by one space: equal for "SALEK, ABDULHAI" and "Abdulhai Salek". */
  normalised: string;
  /** Per token: true when it was transliterated from an abjad (Arabic, Hebrew), vowels unwritten. */
  unvocalised: boolean[];
  /**
   * Per token: its syllables when it was transliterated from Han or Hangul, one per character of
   * the original (习近平 → `xi`, `jinping` with syllables `jin`, `ping`); null for other tokens.
   */
  syllables: (string[] | null)[];
  /** Legal forms removed, by short form (`LLC`, `JSC` …), in the order met. */
  legalForms: string[];
  /** Titles and filler words removed, as normalised (`mr`, `the` …). */
  removed: string[];
  /**
   * True when the name is nothing but titles, fillers and legal forms ("GmbH", "The Company"):
   * they are then kept as its tokens.
   */
  onlyRemovableWords: boolean;
  /** Scripts other than Latin that the name was written in, sorted. */
  scripts: NameScript[];
}

const SCRIPT_TESTS: readonly [NameScript, RegExp][] = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['arabic', /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const ABJAD = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hebrew}]/u;
// Separators between words, in any script: spaces, brackets, quotes, slashes, middle dots.
const WORD_BREAK = /[\s,;:()[\]{}"“”„«»‹›/\\|·・•]+/u;
// Separators between the parts of a name ("PUTIN, Vladimir"), where a title may open a part.
const SEGMENT_BREAK = /[,;]/;
const APOSTROPHES = /['’‘`´ʼʻʿʾ]/g;
const DOTTED_INITIALISM = /(?<![a-z0-9])[a-z](?:\.[a-z])+\.?(?![a-z0-9])/g;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/** Scripts other than Latin in a text, sorted. */
function scriptsOf(text: string): NameScript[] {
  if (!NON_LATIN_LETTER.test(text)) return [];
  const found: NameScript[] = SCRIPT_TESTS.filter(([, re]) => re.test(text)).map(([s]) => s);
  const known = SCRIPT_TESTS.map(([, re]) => re);
  const rest = [...text].some(
    (ch) => NON_LATIN_LETTER.test(ch) && !known.some((re) => re.test(ch)),
  );
  if (rest) found.push('other');
  return found.sort();
}

const SYLLABIC_RUN = /(\p{Script=Han}+|\p{Script=Hangul}+)/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * A run of Han or Hangul characters as tokens of syllables. any-ascii gives Chinese as
 * run-together syllables ("习近平" → `XiJinPing`). When the name writes its parts apart ("伊藤
 * 裕美子", "건우 민준 김"), each run is one part: one token. Written as one run, a Han run of two
 * or three characters is the shape of a Chinese personal name: the first syllable stands alone as
 * the family name and the others join into the given name (`xi jinping`, as the name is written
 * in Latin); longer runs — organisation names — keep one token per syllable. Korean writes words
 * with spaces, so a Hangul run is one word, except that a lone run of three syllables is the
 * shape of a Korean personal name (김정은 → `gim jeongeun`).
 */
function syllabicTokens(run: string, spaced: boolean): string[][] {
  const syllables = [...run].map((ch) => anyAscii(ch).toLowerCase());
  if (spaced) return [syllables];
  const personal = HANGUL.test(run)
    ? syllables.length === 3
    : syllables.length === 2 || syllables.length === 3;
  if (personal) return [syllables.slice(0, 1), syllables.slice(1)];
  return HANGUL.test(run) ? [syllables] : syllables.map((x) => [x]);
}

/** One word of the name (no Han or Hangul) to lower-case ASCII, still with digits, dots, hyphens. */
function transliterateWord(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(DOTTED_INITIALISM, (m) => m.replace(/\./g, ''));
}

/** "ig0r" → `igor`: a digit between two letters is a letter typed as a digit. */
function unLeet(token: string): string {
  if (!/[a-z]\d+[a-z]/.test(token)) return token;
  return token.replace(/(?<=[a-z])\d+(?=[a-z])/g, (digits) =>
    [...digits].map((d) => LEET[d] ?? d).join(''),
  );
}

interface RawToken {
  text: string;
  unvocalised: boolean;
  /** Set for tokens from Han or Hangul, which no word list applies to. */
  syllables: string[] | null;
  /** Which comma-separated part of the name the token is in ("PUTIN, Vladimir" has two). */
  segment: number;
}

/** Number words to digits, "forty four" and "forty 4" to `44`, "1st" to `1`. */
function readNumbers(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    if (t.syllables) {
      out.push(t);
      continue;
    }
    const ordinal = ORDINAL.exec(t.text);
    const value = ordinal
      ? Number(ordinal[1])
      : /^\d$/.test(t.text)
        ? Number(t.text)
        : NUMBER_WORDS.get(t.text);
    if (value === undefined) {
      out.push(t);
      continue;
    }
    const previous = out[out.length - 1];
    const tens = previous && /^[2-9]0$/.test(previous.text) ? Number(previous.text) : null;
    if (tens !== null && value >= 1 && value <= 9) previous!.text = String(tens + value);
    else out.push({ ...t, text: String(value) });
  }
  return out;
}

/**
 * The titles that open a part of the name ("Mr. Recep Tayyip Erdoğan", "NOORZAI, Mullah Ahmed
 * Shah"): only there is a title a title — "Elshafee el Sheikh" keeps its Sheikh.
 */
function leadingTitles(tokens: readonly RawToken[]): Set<RawToken> {
  const titles = new Set<RawToken>();
  let segment = -1;
  let leading = false;
  for (const t of tokens) {
    if (t.segment !== segment) [segment, leading] = [t.segment, true];
    leading = leading && !t.syllables && TITLES.has(t.text);
    if (leading) titles.add(t);
  }
  return titles;
}

/** Drops legal-form phrases, recording their short forms. */
function dropLegalForms(tokens: RawToken[], forms: string[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length;) {
    const phrases = tokens[i]!.syllables ? [] : (LEGAL_FORM_PHRASES.get(tokens[i]!.text) ?? []);
    const hit = phrases.find((p) =>
      p.tokens.every((w, k) => tokens[i + k]?.text === w && !tokens[i + k]?.syllables),
    );
    if (hit) {
      forms.push(hit.form.form);
      i += hit.tokens.length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

/**
 * Normalises a name for comparison: folds case and diacritics; transliterates Cyrillic, Arabic,
 * Chinese and every other script to Latin (any-ascii); joins dotted initialisms ("J.P." → `jp`,
 * "L.L.C." → `llc`); drops apostrophes and punctuation; reads number words and "1st" as digits and
 * a digit between letters as the letter it stands for ("Ig0r"); splits "Abdul" into `abd al` and
 * expands "Int'l", "U.S."; reads one spelling for each particle (`el` → `al`, `ibn` → `bin`); and
 * removes titles (Mr, Dr, President …), fillers (the, and, of …) and legal forms (LLC, OOO, GmbH,
 * 有限公司 … — see `LEGAL_FORMS`) unless nothing else would be left. Initials stay tokens.
 */
export function normaliseName(raw: string): NormalisedName {
  const legalForms: string[] = [];
  let text = raw.normalize('NFKC');
  for (const { text: form, form: short } of ORIGINAL_SCRIPT_LEGAL_FORMS)
    if (text.includes(form) && text.replace(form, '').trim() !== '') {
      text = text.replace(form, ' ');
      legalForms.push(short);
    }

  let tokens: RawToken[] = [];
  const spaced = text.split(WORD_BREAK).filter((w) => SYLLABIC_RUN.test(w)).length > 1;
  text.split(SEGMENT_BREAK).forEach((part, segment) => {
    for (const word of part.split(WORD_BREAK)) {
      if (word === '') continue;
      const unvocalised = ABJAD.test(word);
      word.split(SYLLABIC_RUN).forEach((piece, k) => {
        if (k % 2 === 1)
          for (const syllables of syllabicTokens(piece, spaced))
            tokens.push({ text: syllables.join(''), unvocalised: false, syllables, segment });
        else
          for (const latin of transliterateWord(piece).split(/[^a-z0-9]+/))
            if (latin !== '')
              tokens.push({ text: unLeet(latin), unvocalised, syllables: null, segment });
      });
    }
  });
  tokens = readNumbers(tokens).flatMap((t) => {
    const parts = t.syllables ? null : (SPLIT_WORDS.get(t.text) ?? ABBREVIATIONS.get(t.text));
    return parts ? parts.map((text) => ({ ...t, text })) : [t];
  });
  for (const t of tokens) if (!t.syllables) t.text = PARTICLES.get(t.text) ?? t.text;

  const isFiller = (t: RawToken): boolean => !t.syllables && FILLERS.has(t.text);
  const withoutFillers = tokens.filter((t) => !isFiller(t));
  const latinForms: string[] = [];
  const withoutForms = dropLegalForms(withoutFillers, latinForms);
  const titles = leadingTitles(withoutForms);
  const isTitle = (t: RawToken): boolean => titles.has(t);
  const core = withoutForms.filter((t) => !isTitle(t));
  let kept = core;
  let removed = [...tokens.filter(isFiller), ...withoutForms.filter(isTitle)];
  if (core.length === 0) {
    // "GmbH", "The Company": a name that is nothing but removable words stays what it is.
    kept = withoutFillers.length > 0 ? withoutFillers : tokens;
    removed = withoutFillers.length > 0 ? tokens.filter(isFiller) : [];
  } else legalForms.push(...latinForms);
  const words = kept.map((t) => t.text);
  return {
    original: raw,
    tokens: words,
    normalised: [...words].sort().join(' '),
    unvocalised: kept.map((t) => t.unvocalised),
    syllables: kept.map((t) => t.syllables),
    legalForms,
    removed: removed.map((t) => t.text),
    onlyRemovableWords: core.length === 0 && tokens.length > 0,
    scripts: scriptsOf(raw),
  };
}
