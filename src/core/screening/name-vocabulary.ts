// Name vocabulary: the words of a name that are not the name itself (titles, fillers), the ones
// that say little (particles, generic company words), and the spellings that are one word.

/**
 * Titles and honorifics, removed where they open a name or a comma-separated part of it: "Mr.
 * Recep Tayyip Erdoğan", "Dr. Rami Makhlouf", "Shaikh Isa Bin Tarif Al Bin Ali", "Präsident Putin"
 * in the languages of the sanctions lists, the religious titles of Afghan and Pakistani listings
 * ("NOORZAI, Mullah Ahmed Shah", "Haji"), and the vessel prefixes MV and MT. Spellings as after
 * normalisation (lower-case ASCII).
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'hon',
  'honourable',
  'excellency',
  'rev',
  'monsieur',
  'madame',
  'mme',
  'mlle',
  'herr',
  'frau',
  'senor',
  'senora',
  'sheikh',
  'shaikh',
  'shaykh',
  'sheik',
  'president',
  'presidente',
  'prasident',
  'prezident',
  'prezydent',
  'presiden',
  'presedintele',
  'predsjednik',
  'elnok',
  'mullah',
  'mulla',
  'haji',
  'hajji',
  'mawlawi',
  'maulvi',
  'molawi',
  'mufti',
  'mv',
  'mt',
]);

/** Connecting words removed from names: "The Coca-Cola Company", "Bank of China", "AT&T". */
export const FILLERS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'for', 'und', 'et']);

/**
 * Name particles (Arabic al/bin/abu, Romance and Germanic de/van/von …): kept, since "Bashar
 * al-Assad" and "Assad" are not quite the same name, but weighed lightly, so that "Usama bin
 * Ladin" against "Osama bin Laden" rests on the names around them. Turkic "oglu", "kyzy" ("son
 * of", "daughter of") are particles too. Spellings of one particle are
 * read as one: `el` as `al`, `ibn` and `ben` as `bin`.
 */
export const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['al', 'al'],
  ['el', 'al'],
  ['bin', 'bin'],
  ['ibn', 'bin'],
  ['ben', 'bin'],
  ['bint', 'bint'],
  ['binti', 'bint'],
  ['abu', 'abu'],
  ['abou', 'abu'],
  ['umm', 'umm'],
  ['de', 'de'],
  ['da', 'da'],
  ['do', 'do'],
  ['dos', 'dos'],
  ['das', 'das'],
  ['del', 'del'],
  ['della', 'della'],
  ['di', 'di'],
  ['du', 'du'],
  ['la', 'la'],
  ['van', 'van'],
  ['von', 'von'],
  ['der', 'der'],
  ['den', 'den'],
  ['ter', 'ter'],
  ['zu', 'zu'],
  ['oglu', 'oglu'],
  ['ogly', 'oglu'],
  ['uulu', 'uulu'],
  ['kyzy', 'kyzy'],
  ['qizi', 'kyzy'],
]);

/**
 * Arabic compound names written as one word that lists also write as two: "Abdul Aziz" and
 * "'Abd al-Aziz" both read `abd al aziz`.
 */
export const SPLIT_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['abdul', ['abd', 'al']],
  ['abdel', ['abd', 'al']],
  ['abdal', ['abd', 'al']],
  ['abdoul', ['abd', 'al']],
  ['abdoel', ['abd', 'al']],
]);

/**
 * Abbreviations read as the words they stand for: "First Bank Int'l", "U.S. Department of State".
 */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['intl', ['international']],
  ['natl', ['national']],
  ['univ', ['university']],
  ['dept', ['department']],
  ['mfg', ['manufacturing']],
  ['bros', ['brothers']],
  ['us', ['united', 'states']],
  ['usa', ['united', 'states']],
  ['uk', ['united', 'kingdom']],
  ['uae', ['united', 'arab', 'emirates']],
]);

/**
 * Words common to many company and organisation names ("Sparkles Business Corporation" and
 * "Sporks Business Corporation" share only them): weighed at half a word, so that a match rests
 * on the distinctive part of the name.
 */
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'group',
  'holding',
  'holdings',
  'international',
  'industries',
  'industry',
  'industrial',
  'bank',
  'banking',
  'trust',
  'fund',
  'capital',
  'partners',
  'management',
  'solutions',
  'services',
  'service',
  'systems',
  'global',
  'trading',
  'trade',
  'enterprises',
  'enterprise',
  'technology',
  'technologies',
  'investment',
  'investments',
  'business',
  'organisation',
  'organization',
  'association',
  'foundation',
  'institute',
  'national',
  'development',
  'resources',
  'energy',
  'center',
  'centre',
  'government',
  'ministry',
  'republic',
  'department',
  'agency',
  'office',
  'society',
  'shipping',
  'logistics',
  'import',
  'export',
  'engineering',
  'construction',
  'finance',
  'financial',
  'securities',
]);

/** Number words read as digits: "First International Bank" = "1st International Bank". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['first', 1],
  ['two', 2],
  ['second', 2],
  ['three', 3],
  ['third', 3],
  ['four', 4],
  ['fourth', 4],
  ['five', 5],
  ['fifth', 5],
  ['six', 6],
  ['sixth', 6],
  ['seven', 7],
  ['seventh', 7],
  ['eight', 8],
  ['eighth', 8],
  ['nine', 9],
  ['ninth', 9],
  ['ten', 10],
  ['tenth', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
