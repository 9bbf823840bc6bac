// Prepared names: a normalised name with what the comparator needs of each token (its kind and
// weight, phonetic codes, consonant skeleton), computed once per name, not once per comparison.
import { normaliseName, type NormalisedName } from './normalise-name.ts';
import { GENERIC_ORGANISATION_WORDS, PARTICLES } from './name-vocabulary.ts';
import { consonantSkeleton, metaphoneCodes } from './phonetic-key.ts';

/**
 * What a token is, which sets how much it weighs in a comparison:
 *
 * - `word` — a name word ("vladimir", "gazprom"): weight {@link TOKEN_WEIGHTS}.word, 1;
 * - `generic` — a word common to organisation names ("bank", "group", "international"): ½;
 * - `particle` — a name particle ("al", "bin", "de", "van"): 0.3;
 * - `patronymic` — a Slavic or Baltic patronymic ("Vladimirovich", "Wladimirowitsch"), often left
 *   out of a name: ½ — but a whole word when both names have one and they differ (see
 *   {@link CONFLICT_WEIGHTS});
 * - `initial` — a single letter ("J" of "J. Smith"), which matches a word it begins: ½;
 * - `number` — digits ("44", "2004"), which match only the same digits: ½.
 */
export type TokenKind = 'word' | 'generic' | 'particle' | 'patronymic' | 'initial' | 'number';

/** The weight of each kind of token in the token-overlap feature. */
export const TOKEN_WEIGHTS: Readonly<Record<TokenKind, number>> = {
  word: 1,
  generic: 0.5,
  particle: 0.3,
  patronymic: 0.5,
  initial: 0.5,
  number: 0.5,
};

/**
 * The weight of each kind of token left unpaired on both sides (the token-conflict feature): as
 * in {@link TOKEN_WEIGHTS}, except that two different patronymics are two different fathers.
 */
export const CONFLICT_WEIGHTS: Readonly<Record<TokenKind, number>> = {
  ...TOKEN_WEIGHTS,
  patronymic: 1,
};

// Endings of East Slavic, South Slavic, Polish, Romanian and Baltic patronymics and their
// transliterations (-ovich, -ovych, -owitsch, -owicz, -ovici, -ovna …).
const PATRONYMIC =
  /(?:ov|ev|ew|ow)(?:ich|ych|ic|itch|itsch|itsj|itj|itx|icz|ici|ics|its|na)$|(?:ich|ych)na$/;

/** A patronymic without its ending: "Wladimirowitsch" and "Vladimirovich" → `wladimir`, `vladimir`. */
export const patronymicStem = (text: string): string => text.replace(PATRONYMIC, '');

/** One token of a prepared name. */
export interface PreparedToken {
  text: string;
  kind: TokenKind;
  weight: number;
  /** Weight when left unpaired on both sides (see {@link CONFLICT_WEIGHTS}). */
  conflictWeight: number;
  /** Double Metaphone codes (see `metaphoneCodes`); empty for initials and numbers. */
  codes: string[];
  /** Consonant skeleton (see `consonantSkeleton`). */
  skeleton: string;
  /** Transliterated from an abjad: compare by skeleton rather than letter by letter. */
  unvocalised: boolean;
  /** Syllables of a token from Han or Hangul (see `NormalisedName.syllables`), else null. */
  syllables: string[] | null;
  /** Set on a token made by joining adjacent tokens of a name ("good" + "will" → `goodwill`). */
  joined?: true;
}

/** A name ready for comparison. */
export interface PreparedName {
  name: NormalisedName;
  tokens: PreparedToken[];
  /** Sum of the token weights. */
  totalWeight: number;
}

/** The kind of a normalised token. */
export function tokenKind(text: string): TokenKind {
  if (/^\d+$/.test(text)) return 'number';
  if (text.length === 1) return 'initial';
  if (PARTICLES.has(text)) return 'particle';
  if (text.length >= 7 && PATRONYMIC.test(text)) return 'patronymic';
  if (GENERIC_ORGANISATION_WORDS.has(text)) return 'generic';
  return 'word';
}

/** Prepares one token; a token from Han or Hangul is always a `word`. */
export function prepareToken(
  text: string,
  unvocalised = false,
  syllables: string[] | null = null,
): PreparedToken {
  const kind = syllables ? 'word' : tokenKind(text);
  return {
    text,
    kind,
    weight: TOKEN_WEIGHTS[kind],
    conflictWeight: CONFLICT_WEIGHTS[kind],
    codes:
      kind === 'word' || kind === 'generic' || kind === 'patronymic' ? metaphoneCodes(text) : [],
    skeleton: consonantSkeleton(text),
    unvocalised,
    syllables,
  };
}

/** Normalises a name (see `normaliseName`) and prepares its tokens for comparison. */
export function prepareName(raw: string | NormalisedName): PreparedName {
  const name = typeof raw === 'string' ? normaliseName(raw) : raw;
  const tokens = name.tokens.map((t, i) =>
    prepareToken(t, name.unvocalised[i] ?? false, name.syllables[i] ?? null),
  );
  return { name, tokens, totalWeight: tokens.reduce((s, t) => s + t.weight, 0) };
}
