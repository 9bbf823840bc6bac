// The numbers a control-list paragraph sets ("a light source wavelength shorter than 193 nm"),
// read from its text and normalised, so that the same paragraph in two lists compares by value.
//
// What is read: a number (thousands with ",", decimals with "."; "2.5 × 10 5", "10.15 x 106" and
// "10-14" as powers of ten, the last two being the forms PDF text gives superscripts), its unit
// (converted to the canonical unit of UNITS below; an unknown unit is kept as printed, value
// unconverted), and the comparator the words around it give ("shorter than", "or more",
// "not exceeding", "≥" …). Ranges ("from 5 to 124 nm", "between 1 and 2 GHz", "1.5 to 60 MPa")
// give two bounds, `>=` and `<=`. A number with no comparator is read only as a specification,
// `=`: after "of" with a unit ("a transfer rate of 2.5 Mbyte/s") or after "=" ("K factor = 0.35").
// A restatement in parentheses right after a bound ("50 W (47 dBm)", "1,922 K (1,649 °C)") is not
// read again.
//
// What is not read: list codes and cross-references ("3.B.1.a.1.", "3A001.b", "Category 5",
// "Note 2", "Part 774", "§ 740.17(b)", "SEMI Standard P37", CAS numbers), years ("since 2015"),
// numbers inside words or chemical names ("1,2,4-triazole"), numbers spelled as words, and bare
// numbers that nothing bounds.
//
// `quantity` is the phrase just before the comparator (or before "of"), cut at punctuation and at
// joining words ("with", "having", "and" …), without parentheses, quotes and leading or trailing
// function words, lower-cased; a bound that follows another with nothing but joining words in
// between ("greater than 5 nm and less than 124 nm") takes the quantity of the first.
//
// Matching two paragraphs (compareParameters): two parameters are the same parameter when their
// quantity (compared on letters and digits only, British spellings folded to American), their
// unit and the direction of their comparator (upper bound `<`/`<=`, lower bound `>`/`>=`, or `=`)
// agree. Parameters are paired first with an identical one (same value and comparator: no
// difference), then in order with the next same parameter (a different threshold); what is left
// on either side is paired with null.
import type { Comparator, ControlParameter } from './control-list.ts';

// ---------------------------------------------------------------------------------------------
// Units

interface UnitDef {
  /** Canonical unit the value is converted to. */
  unit: string;
  factor: number;
  /** Added after multiplying (temperatures in °C and °F to kelvin). */
  offset?: number;
}

const u = (unit: string, factor = 1, offset?: number): UnitDef =>
  offset === undefined ? { unit, factor } : { unit, factor, offset };

/**
 * Symbols, matched case-sensitively ("mW" is not "MW"). Canonical units: length m, area m2,
 * volume m3, frequency Hz, power W, energy J (particle energies stay in eV), time s, data rate
 * bit/s, byte rate byte/s, data bit or byte, sample rate sample/s, temperature K (absolute),
 * pressure Pa, mass kg, current A, voltage V, angle rad, magnetic flux density T, force N,
 * capacitance F, inductance H, resistance ohm, radioactivity Bq, dose Gy, concentration %/ppm;
 * dB, dBm, dBc, dBi and the computing measures (WT, FLOPS, TOPS) as they are.
 */
const SYMBOLS: Record<string, UnitDef> = {
  // length
  pm: u('m', 1e-12),
  nm: u('m', 1e-9),
  µm: u('m', 1e-6),
  um: u('m', 1e-6),
  mm: u('m', 1e-3),
  cm: u('m', 1e-2),
  m: u('m'),
  km: u('m', 1e3),
  // area and volume
  nm2: u('m2', 1e-18),
  µm2: u('m2', 1e-12),
  um2: u('m2', 1e-12),
  mm2: u('m2', 1e-6),
  cm2: u('m2', 1e-4),
  m2: u('m2'),
  mm3: u('m3', 1e-9),
  cm3: u('m3', 1e-6),
  m3: u('m3'),
  ml: u('m3', 1e-6),
  mL: u('m3', 1e-6),
  l: u('m3', 1e-3),
  L: u('m3', 1e-3),
  cc: u('m3', 1e-6),
  // frequency
  Hz: u('Hz'),
  kHz: u('Hz', 1e3),
  MHz: u('Hz', 1e6),
  GHz: u('Hz', 1e9),
  THz: u('Hz', 1e12),
  // power
  pW: u('W', 1e-12),
  nW: u('W', 1e-9),
  µW: u('W', 1e-6),
  uW: u('W', 1e-6),
  mW: u('W', 1e-3),
  W: u('W'),
  kW: u('W', 1e3),
  MW: u('W', 1e6),
  GW: u('W', 1e9),
  TW: u('W', 1e12),
  // energy
  µJ: u('J', 1e-6),
  mJ: u('J', 1e-3),
  J: u('J'),
  kJ: u('J', 1e3),
  MJ: u('J', 1e6),
  Wh: u('J', 3600),
  kWh: u('J', 3.6e6),
  eV: u('eV'),
  keV: u('eV', 1e3),
  MeV: u('eV', 1e6),
  GeV: u('eV', 1e9),
  // time
  fs: u('s', 1e-15),
  ps: u('s', 1e-12),
  ns: u('s', 1e-9),
  µs: u('s', 1e-6),
  us: u('s', 1e-6),
  ms: u('s', 1e-3),
  s: u('s'),
  min: u('s', 60),
  h: u('s', 3600),
  hr: u('s', 3600),
  // data rates and data
  'bit/s': u('bit/s'),
  bps: u('bit/s'),
  'kbit/s': u('bit/s', 1e3),
  kbps: u('bit/s', 1e3),
  'kb/s': u('bit/s', 1e3),
  'Mbit/s': u('bit/s', 1e6),
  Mbps: u('bit/s', 1e6),
  'Mb/s': u('bit/s', 1e6),
  'Gbit/s': u('bit/s', 1e9),
  Gbps: u('bit/s', 1e9),
  'Gb/s': u('bit/s', 1e9),
  'Tbit/s': u('bit/s', 1e12),
  Tbps: u('bit/s', 1e12),
  'Tb/s': u('bit/s', 1e12),
  'byte/s': u('byte/s'),
  'kbyte/s': u('byte/s', 1e3),
  'Mbyte/s': u('byte/s', 1e6),
  'MB/s': u('byte/s', 1e6),
  'Gbyte/s': u('byte/s', 1e9),
  'GB/s': u('byte/s', 1e9),
  'Tbyte/s': u('byte/s', 1e12),
  'TB/s': u('byte/s', 1e12),
  bit: u('bit'),
  kbit: u('bit', 1e3),
  Mbit: u('bit', 1e6),
  Gbit: u('bit', 1e9),
  byte: u('byte'),
  kbyte: u('byte', 1e3),
  Mbyte: u('byte', 1e6),
  Gbyte: u('byte', 1e9),
  Tbyte: u('byte', 1e12),
  kB: u('byte', 1e3),
  MB: u('byte', 1e6),
  GB: u('byte', 1e9),
  TB: u('byte', 1e12),
  SPS: u('sample/s'),
  kSPS: u('sample/s', 1e3),
  MSPS: u('sample/s', 1e6),
  GSPS: u('sample/s', 1e9),
  // computing
  WT: u('WT'),
  FLOPS: u('FLOPS'),
  GFLOPS: u('FLOPS', 1e9),
  TFLOPS: u('FLOPS', 1e12),
  TOPS: u('TOPS'),
  // temperature (absolute)
  K: u('K'),
  '°C': u('K', 1, 273.15),
  '°F': u('K', 5 / 9, 273.15 - (32 * 5) / 9),
  // pressure
  mPa: u('Pa', 1e-3),
  Pa: u('Pa'),
  kPa: u('Pa', 1e3),
  MPa: u('Pa', 1e6),
  GPa: u('Pa', 1e9),
  mbar: u('Pa', 100),
  bar: u('Pa', 1e5),
  Torr: u('Pa', 133.322368),
  mTorr: u('Pa', 0.133322368),
  atm: u('Pa', 101325),
  psi: u('Pa', 6894.757),
  // mass
  mg: u('kg', 1e-6),
  g: u('kg', 1e-3),
  kg: u('kg'),
  t: u('kg', 1e3),
  lb: u('kg', 0.45359237),
  // current and voltage
  nA: u('A', 1e-9),
  µA: u('A', 1e-6),
  uA: u('A', 1e-6),
  mA: u('A', 1e-3),
  A: u('A'),
  kA: u('A', 1e3),
  µV: u('V', 1e-6),
  mV: u('V', 1e-3),
  V: u('V'),
  kV: u('V', 1e3),
  MV: u('V', 1e6),
  // angle
  rad: u('rad'),
  mrad: u('rad', 1e-3),
  µrad: u('rad', 1e-6),
  urad: u('rad', 1e-6),
  '°': u('rad', Math.PI / 180),
  // magnetic flux density, force, circuit values, radiation
  nT: u('T', 1e-9),
  µT: u('T', 1e-6),
  mT: u('T', 1e-3),
  T: u('T'),
  N: u('N'),
  kN: u('N', 1e3),
  pF: u('F', 1e-12),
  nF: u('F', 1e-9),
  µF: u('F', 1e-6),
  uF: u('F', 1e-6),
  F: u('F'),
  nH: u('H', 1e-9),
  µH: u('H', 1e-6),
  mH: u('H', 1e-3),
  Ω: u('ohm'),
  ohm: u('ohm'),
  Bq: u('Bq'),
  kBq: u('Bq', 1e3),
  MBq: u('Bq', 1e6),
  GBq: u('Bq', 1e9),
  TBq: u('Bq', 1e12),
  Ci: u('Bq', 3.7e10),
  mCi: u('Bq', 3.7e7),
  Gy: u('Gy'),
  lm: u('lm'),
  // gravimetry: gal = 1 cm/s2
  Gal: u('m/s2', 1e-2),
  mGal: u('m/s2', 1e-5),
  µGal: u('m/s2', 1e-8),
  // ratios and levels
  '%': u('%'),
  ppm: u('ppm'),
  dB: u('dB'),
  dBm: u('dBm'),
  dBc: u('dBc'),
  dBi: u('dBi'),
  Db: u('dB'),
};

/** Unit words, matched lower-cased, singular and plural. */
const WORDS: Record<string, UnitDef> = {
  nanometer: SYMBOLS.nm!,
  nanometre: SYMBOLS.nm!,
  micrometer: SYMBOLS.µm!,
  micrometre: SYMBOLS.µm!,
  micron: SYMBOLS.µm!,
  millimeter: SYMBOLS.mm!,
  millimetre: SYMBOLS.mm!,
  centimeter: SYMBOLS.cm!,
  centimetre: SYMBOLS.cm!,
  meter: SYMBOLS.m!,
  metre: SYMBOLS.m!,
  kilometer: SYMBOLS.km!,
  kilometre: SYMBOLS.km!,
  knot: u('m/s', 0.514444),
  inch: u('m', 0.0254),
  inches: u('m', 0.0254),
  foot: u('m', 0.3048),
  feet: u('m', 0.3048),
  liter: SYMBOLS.l!,
  litre: SYMBOLS.l!,
  gallon: u('m3', 0.003785411784),
  hertz: SYMBOLS.Hz!,
  watt: SYMBOLS.W!,
  kilowatt: SYMBOLS.kW!,
  megawatt: SYMBOLS.MW!,
  joule: SYMBOLS.J!,
  picosecond: SYMBOLS.ps!,
  nanosecond: SYMBOLS.ns!,
  microsecond: SYMBOLS.µs!,
  millisecond: SYMBOLS.ms!,
  second: SYMBOLS.s!,
  sec: SYMBOLS.s!,
  minute: SYMBOLS.min!,
  hour: SYMBOLS.h!,
  day: u('s', 86400),
  year: u('s', 31557600),
  bit: SYMBOLS.bit!,
  byte: SYMBOLS.byte!,
  kilobyte: SYMBOLS.kbyte!,
  megabyte: SYMBOLS.Mbyte!,
  gigabyte: SYMBOLS.Gbyte!,
  terabyte: SYMBOLS.Tbyte!,
  kelvin: SYMBOLS.K!,
  pascal: SYMBOLS.Pa!,
  atmosphere: SYMBOLS.atm!,
  torr: SYMBOLS.Torr!,
  millitorr: SYMBOLS.mTorr!,
  gram: SYMBOLS.g!,
  kilogram: SYMBOLS.kg!,
  tonne: SYMBOLS.t!,
  pound: SYMBOLS.lb!,
  ampere: SYMBOLS.A!,
  amp: SYMBOLS.A!,
  volt: SYMBOLS.V!,
  kilovolt: SYMBOLS.kV!,
  degree: SYMBOLS['°']!,
  radian: SYMBOLS.rad!,
  milliradian: SYMBOLS.mrad!,
  microradian: SYMBOLS.µrad!,
  tesla: SYMBOLS.T!,
  newton: SYMBOLS.N!,
  curie: SYMBOLS.Ci!,
  millicurie: SYMBOLS.mCi!,
  gray: SYMBOLS.Gy!,
  percent: SYMBOLS['%']!,
  operation: u('operation'),
  op: u('operation'),
  flop: u('operation'),
};

/** Multi-word units, tried before single words (lower-cased, spaces collapsed). */
const PHRASES: [RegExp, UnitDef][] = [
  [/^(?:degrees?|°)\s*(?:c|celsius|centigrade)\b/i, SYMBOLS['°C']!],
  [/^(?:degrees?|°)\s*(?:f|fahrenheit)\b/i, SYMBOLS['°F']!],
  [/^degrees?\s+kelvin\b/i, SYMBOLS.K!],
  [/^per\s*cent\b/i, SYMBOLS['%']!],
  [/^parts\s+per\s+million\b/i, SYMBOLS.ppm!],
  [/^weighted\s+teraflops\b(?:\s*\(wt\))?/i, SYMBOLS.WT!],
  [/^(?:giga\s?samples?|gsamples?)\s+per\s+second\b(?:\s*\(gsps\))?/i, SYMBOLS.GSPS!],
  [/^(?:mega\s?samples?|msamples?)\s+per\s+second\b(?:\s*\(msps\))?/i, SYMBOLS.MSPS!],
  [/^(?:weight|wt\.?)\s*(?:percent|%)/i, SYMBOLS['%']!],
  [/^(?:bits?|b)\s+per\s+second\b/i, SYMBOLS['bit/s']!],
  [/^(?:gigabits?|gbit)\s+per\s+second\b/i, SYMBOLS['Gbit/s']!],
  [/^(?:megabits?|mbit)\s+per\s+second\b/i, SYMBOLS['Mbit/s']!],
  [/^operations\s+per\s+second\b/i, u('operation/s')],
  [/^ohm[\s-]?cm\b/i, u('ohm m', 0.01)],
  [/^ohm[\s-]?m\b/i, u('ohm m')],
];

// ---------------------------------------------------------------------------------------------
// Comparators

/** Comparator phrases that end right before the number, longest first within each group. */
const PREFIX: [RegExp, Comparator][] = [
  [
    /(?:greater|more|higher|larger|longer|wider)\s*(?:\([^()]{0,20}\)\s*)?than\s+or\s+equal(?:\s+to)?\s*$|above\s+or\s+equal\s+to\s*$|equal\s+to\s+or\s+(?:(?:greater|more|higher|larger|longer|wider)\s*(?:\([^()]{0,20}\)\s*)?(?:than)?|exceeding|above)\s*$|(?:not|no)\s+less\s+than\s*$|at\s+least\s*$|(?:a\s+)?minimum\s+of\s*$|(?:≥|>=|⩾)\s*$/i,
    '>=',
  ],
  [
    /(?:less|smaller|lower|shorter|fewer|narrower|thinner)\s*(?:\([^()]{0,20}\)\s*)?than\s+or\s+equal(?:\s+to)?\s*$|below\s+or\s+equal\s+to\s*$|equal\s+to\s+or\s+(?:(?:less|smaller|lower|shorter|fewer|narrower|thinner)\s*(?:\([^()]{0,20}\)\s*)?(?:than)?|below|under)\s*$|(?:not|no)\s+(?:more|greater|higher)\s+than\s*$|not\s+exceeding\s*$|not\s+to\s+exceed\s*$|up\s+to(?:\s+and\s+including)?\s*$|(?:a\s+)?maximum\s+of\s*$|(?:≤|<=|⩽)\s*$/i,
    '<=',
  ],
  [
    /(?:less|smaller|lower|shorter|fewer|narrower|thinner|finer)\s*(?:\([^()]{0,20}\)\s*)?than\s*$|better\s*\(\s*(?:less|lower|smaller)\s*\)\s*than\s*$|\b(?:below|under)\s*$|<\s*$/i,
    '<',
  ],
  [
    /(?:greater|more|higher|larger|longer|wider)\s*(?:\([^()]{0,20}\)\s*)?than\s*$|\bexceed(?:ing|s)?\s*$|in\s+excess\s+of\s*$|\b(?:above|over|greater)\s*$|>\s*$/i,
    '>',
  ],
  [/(?<![<>≤≥])=\s*$/, '='],
];

/** Comparator phrases right after the number and its unit. */
const POSTFIX: [RegExp, Comparator][] = [
  [/^\s*,?\s*or\s+(?:more|greater|higher|larger|longer|wider|above|over)\b/i, '>='],
  [/^\s*,?\s*or\s+(?:less|smaller|lower|shorter|fewer|narrower|thinner|below|under)\b/i, '<='],
];

// ---------------------------------------------------------------------------------------------
// What is not a number the paragraph sets

/** Spans blanked before reading: codes, cross-references, chemical numbers. */
const MASKS: RegExp[] = [
  // ECCNs and their paragraphs: 3A001.b.1, 4D001.b.2
  /\b\d[A-E]\d{3}[a-z]?(?:\.[a-z0-9]{1,3})*\.?/g,
  // Wassenaar codes: 3.B.1.a.1., 1.C.10.c., ML22.a
  /\b\d{1,2}\s?\.\s?[A-E]\s?\.\s?\d{1,3}\.?(?:[a-z0-9]{1,3}\.?)*/g,
  /\bML\s?\d{1,2}(?:\.[a-z0-9]{1,3})*\.?/g,
  // section signs and numbered references with their lists: § 740.17(b), Part 774, Note 2
  /§+\s*\d+(?:\.\d+)*(?:\([a-z0-9]+\))*/g,
  /\b(?:categor(?:y|ies)|notes?|parts?|supplements?(?:\s+no\.?)?|no\.|column|groups?|standards?|schedules?|chapters?|articles?|annex(?:es)?|sections?|tables?|items?|cfr|eccns?|race|biovar|phase|tier|figures?|steps?|lists?|regulations?|decisions?|volumes?|editions?|appendix|paragraphs?|subparagraphs?|revision|version|series|iso|iec|astm|jedec|ieee|since|model|types?|classes?|levels?)\s+(?:[A-Z]{0,3}[-:]?\d+[a-z0-9.:/-]*)(?:\s*(?:,|and|or|through|to)\s*[A-Z]{0,3}\d+[a-z0-9.]*)*/gi,
  // CAS registry numbers: 762-04-9
  /\b\d{2,7}[-\s]\d{2}[-\s]\d\b/g,
  // chemical locants: 1,2,4-triazole, 3,5 dinitro
  /\b\d{1,2}(?:,\d{1,2})+(?!\d)['′]?/g,
  // formulas in square brackets: [P sat >505.62 W*GHz 2 /f GHz 2 ]
  /\[[^\]]*\]/g,
];

const BLANK = (m: string): string => ' '.repeat(m.length);

// ---------------------------------------------------------------------------------------------
// Quantity phrases

/** Words that end a quantity phrase when read backwards from the comparator. */
const BOUNDARY = new Set(
  'and or but nor with having has have for into than that which where when while whose using is are be being been by in on at within per if as not so such other than via through across during after before upon refers refer means mean include includes including capable designed specified rated used able suitable limited over under above below along'.split(
    ' ',
  ),
);
/** Words trimmed from either end of a quantity phrase. */
const STOP = new Set(
  'a an the of to from any all entire its their each one some only this these those it maintaining having containing providing producing supporting exhibiting employing achieving rated designed capable specified total'.split(
    ' ',
  ),
);
const MAX_QUANTITY_WORDS = 6;

function quantityBefore(pre: string): string {
  const cleaned = pre
    .replace(/\([^()]*\)/g, ' ')
    .replace(/["“”‘’`]|'(?=\s|$)|(?<=\s|^)'/g, ' ')
    .replace(/\s+/g, ' ');
  // Cut at the last punctuation that ends a clause.
  const cut = Math.max(
    cleaned.lastIndexOf(';'),
    cleaned.lastIndexOf(':'),
    cleaned.lastIndexOf(','),
    cleaned.lastIndexOf('('),
    cleaned.lastIndexOf(')'),
    cleaned.search(/\.\s[^.]*$/),
  );
  const words = cleaned
    .slice(cut + 1)
    .split(' ')
    .map((w) => w.trim())
    .filter((w) => w !== '' && /[\p{L}\p{N}]/u.test(w));
  const lower = (w: string): string => w.toLowerCase();
  while (words.length > 0 && (STOP.has(lower(words.at(-1)!)) || BOUNDARY.has(lower(words.at(-1)!))))
    words.pop();
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_QUANTITY_WORDS; i--) {
    const w = words[i]!;
    if (BOUNDARY.has(lower(w))) break;
    out.unshift(w);
  }
  while (out.length > 0 && STOP.has(lower(out[0]!))) out.shift();
  return out.join(' ').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Numbers and units

interface NumberToken {
  start: number;
  end: number;
  value: number;
}

const NUMBER = /(?:±\s?)?(?:[−–-](?=\d))?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/y;
const EXPONENT_AFTER_TIMES = /\s?[x×]\s?10\s?(?:\^\s?)?([−–-]?\s?\d{1,2})(?![\d.,])/y;
const BARE_POWER =
  /10\s?\^\s?([−–-]?\s?\d{1,2})(?![\d.,])|10([−–-]\d{1,2})(?![\d.,])|10\s([−–-]\s?\d{1,2})(?![\d.,])/y;
const SPACED_POWER = /10\s(\d{1,2})(?![\d.,])/y;

const toNumber = (s: string): number => Number(s.replace(/[±\s,]/g, '').replace(/[−–]/g, '-'));

/** Reads a number at `i` of the masked text, or null when there is none to read there. */
function readNumber(s: string, i: number, afterComparator: boolean): NumberToken | null {
  const before = i > 0 ? s[i - 1]! : ' ';
  if (/[\p{L}\p{N}.,/#:_\-−–]/u.test(before) && !/[±(]/.test(before)) {
    // A hyphen is a sign only after a space; a digit glued to letters belongs to a word or code.
    return null;
  }
  BARE_POWER.lastIndex = i;
  let m = BARE_POWER.exec(s);
  if (m) {
    const exp = (m[1] ?? m[2] ?? m[3])!;
    return { start: i, end: i + m[0].length, value: 10 ** toNumber(exp) };
  }
  if (afterComparator) {
    SPACED_POWER.lastIndex = i;
    m = SPACED_POWER.exec(s);
    if (m && /^\s*(?:[A-Za-zµ%°]|$)/.test(s.slice(i + m[0].length))) {
      return { start: i, end: i + m[0].length, value: 10 ** Number(m[1]) };
    }
  }
  NUMBER.lastIndex = i;
  m = NUMBER.exec(s);
  if (!m) return null;
  let end = i + m[0].length;
  let value = toNumber(m[0]);
  EXPONENT_AFTER_TIMES.lastIndex = end;
  const e = EXPONENT_AFTER_TIMES.exec(s);
  if (e && toNumber(e[1]!) !== 0) {
    value *= 10 ** toNumber(e[1]!);
    end += e[0].length;
  }
  const after = s.slice(end, end + 2);
  // "1,3" or "2.5.1": part of a list of locants or a code, not a quantity.
  if (/^[,.]\d/.test(after) || /^\d/.test(after)) return null;
  return { start: i, end, value };
}

interface UnitToken {
  end: number;
  def: UnitDef | null;
  printed: string;
}

const ATOM = /(?:°\s?[CF]\b|°|%|Ω|[A-Za-zµμ][A-Za-zµμΩ]*)(?:\s?(?:[23]|[−-]1)(?![\d.,]))?/y;
const EXPONENT_BASES = new Set(['m', 'mm', 'cm', 'µm', 'um', 'nm', 'km', 's', 'K', 'Hz']);
const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

function readAtom(s: string, i: number, denominator = false): { end: number; text: string } | null {
  ATOM.lastIndex = i;
  const m = ATOM.exec(s);
  if (!m) return null;
  let text = m[0].replace(/μ/g, 'µ').replace(/\s/g, '');
  let end = i + m[0].length;
  const exp = /(?:[23]|[−-]1)$/.exec(text);
  if (exp) {
    const base = text.slice(0, -exp[0].length);
    if (!EXPONENT_BASES.has(base) && !denominator) {
      // Not a unit that takes a power: the digit belongs to what follows.
      text = base;
      end = i + m[0].indexOf(base.slice(-1)) + 1;
    }
  }
  return { end, text: text.replace(/−/g, '-') };
}

function lookupAtom(text: string): UnitDef | null {
  const sym = SYMBOLS[text];
  if (sym) return sym;
  if (/^[kMGT]?(?:bit|byte)s$/.test(text)) return SYMBOLS[text.slice(0, -1)] ?? null;
  const lower = text.toLowerCase();
  const word = WORDS[lower] ?? WORDS[lower.replace(/e?s$/, '')] ?? WORDS[lower.replace(/s$/, '')];
  return word ?? null;
}

/** Words after a number that are never its unit. */
const NOT_UNITS = new Set('or and but in at for of to from x mean'.split(' '));

/** Reads the unit after a number ending at `i` ("nm", "8T", "64-bit", "A/mm 2"), or null. */
function readUnit(s: string, i: number): UnitToken | null {
  const space = /^[ \t]?-?/.exec(s.slice(i))![0];
  let j = i + space.length;
  const rest = s.slice(j);
  for (const [re, def] of PHRASES) {
    const m = re.exec(rest);
    if (m) return { end: j + m[0].length, def, printed: m[0] };
  }
  const first = readAtom(s, j);
  if (!first) return null;
  const parts = [first.text];
  j = first.end;
  // Compound units: W/kg, A/mm 2, m 3 /h, microns per minute.
  for (;;) {
    const slash = /^\s?\/\s?|^\s+per\s+(?:(square|cubic)\s+)?/i.exec(s.slice(j));
    if (!slash) break;
    const next = readAtom(s, j + slash[0].length, true);
    if (!next) break;
    const power = slash[1] ? (slash[1].toLowerCase() === 'square' ? '2' : '3') : '';
    parts.push(next.text + power);
    j = next.end;
  }
  const printed = s
    .slice(i + space.length, j)
    .replace(/\s+/g, ' ')
    .replace(/\s?\/\s?/g, '/')
    .replace(/([A-Za-zµ]) ([23]|-1)\b/g, '$1$2');
  if (parts.length > 1) {
    // The longest known leading part converts; the rest is kept as printed: "Mbit/s per port"
    // is bit/s/port ×1e6, "mW/kg" W/kg ×1e-3, "atoms/cm 3" stays as it is.
    for (let k = parts.length; k >= 1; k--) {
      const head = parts
        .slice(0, k)
        .join('/')
        .replace(/\/seconds?$/, '/s');
      const known = SYMBOLS[head] ?? (k === 1 ? lookupAtom(head) : null);
      if (!known || known.offset !== undefined) continue;
      const rest = parts.slice(k).join('/');
      return {
        end: j,
        def: rest ? { unit: `${known.unit}/${rest}`, factor: known.factor } : known,
        printed,
      };
    }
    return { end: j, def: null, printed };
  }
  const def = lookupAtom(first.text);
  if (def) return { end: j, def, printed };
  if (space.endsWith('-')) return null;
  const lower = first.text.toLowerCase();
  if (STOP.has(lower) || BOUNDARY.has(lower) || NOT_UNITS.has(lower)) return null;
  // An unknown word is a unit only when it counts things ("terminals", "pixels", "octave").
  if (!/^[a-z]+s$|^octaves?$/i.test(first.text) || first.text.length > 25) return null;
  if (/^[-‐]/.test(s.slice(j))) return null;
  return { end: j, def: null, printed };
}

// ---------------------------------------------------------------------------------------------
// The reader

interface Bound {
  /** Where the number starts and where its unit ends. */
  start: number;
  end: number;
  /** The number as printed (with its multiplier and power of ten), before unit conversion. */
  raw: number;
  def: UnitDef | null;
  value: number;
  unit: string;
  comparator: Comparator | null;
  /** Where the comparator words start (the number's start when there are none). */
  comparatorStart: number;
  /** "from" or "between" right before the number: the start of a range. */
  rangeWord: 'from' | 'between' | null;
}

/** Standard gravity (m/s2), for accelerations given in g. */
const STANDARD_GRAVITY = 9.80665;

const round = (v: number): number => Number(v.toPrecision(12));

/** The comparator whose words end `pre`, and where they start in it. */
function prefixComparator(pre: string): { comparator: Comparator; index: number } | null {
  for (const [re, comparator] of PREFIX) {
    const m = re.exec(pre);
    if (m) return { comparator, index: m.index };
  }
  return null;
}

const convert = (raw: number, def: UnitDef | null): number =>
  round(def ? raw * def.factor + (def.offset ?? 0) : raw);

/** Reads a number with its unit at `i` (`pre`: the text since the last bound), or null. */
function readBound(s: string, i: number, pre: string): Bound | null {
  const bare = pre.replace(/±\s?$/, '');
  const prefix = prefixComparator(bare);
  const num = readNumber(s, i, prefix !== null);
  if (!num) return null;
  let raw = num.value;
  let end = num.end;
  const mult = /^\s(thousand|million|billion|trillion)\b/i.exec(s.slice(end));
  if (mult) {
    raw *= MULTIPLIERS[mult[1]!.toLowerCase()]!;
    end += mult[0].length;
  }
  let unit = '';
  let def: UnitDef | null = null;
  // Ratios: 5:1, 1:1.8
  const ratio = /^:(\d+(?:\.\d+)?)(?![\d.])/.exec(s.slice(end));
  if (ratio) {
    raw /= Number(ratio[1]);
    end += ratio[0].length;
    unit = 'ratio';
  } else {
    const unitToken = readUnit(s, end);
    if (unitToken) {
      def = unitToken.def;
      unit = def ? def.unit : unitToken.printed;
      end = unitToken.end;
      const qualifier = /^\s+by\s+(?:weight|volume|mass)\b/i.exec(s.slice(end));
      if (qualifier && unit === '%') end += qualifier[0].length;
    }
  }
  const rangeWord = /\bfrom\s*$/i.test(pre)
    ? 'from'
    : /\bbetween\s*$/i.test(pre)
      ? 'between'
      : null;
  return {
    start: num.start,
    end,
    raw,
    def,
    value: convert(raw, def),
    unit,
    comparator: prefix?.comparator ?? null,
    comparatorStart: prefix ? i - pre.length + prefix.index : i,
    rangeWord,
  };
}

const RANGE_JOIN =
  /^(?:\s*\([^()]*\))?\s*(?:to|through|–|up\s+to(?:\s+and\s+including)?)\s+(?=[−–-]?\d)/i;
const BETWEEN_JOIN = /^\s*and\s+(?=[−–-]?\d)/i;
/** What may stand between two bounds of one quantity ("… 5 nm and less than …"). */
const CONNECTORS = /^(?:\s|,|\band\b|\bbut\b|\bor\b|\bto\b|\bfrom\b|\bat\b|\bwithin\b)*$/i;
const RESTATEMENT = /^\s*\(\s*[±~]?\s*[−–+-]{0,2}\d[^()]*\)/;

/**
 * How a list prints numbers: `en` (the Wassenaar and US texts) groups thousands with "," and
 * marks decimals with "."; `eu` (EU Annex I–style texts such as Norway's) groups thousands with a
 * space and marks decimals with "," ("3 500 MSPS", "0,254 mm").
 */
export type NumberStyle = 'en' | 'eu';

/** An `eu`-style text with its numbers rewritten in the `en` style the reader expects. */
export function toEnglishNumbers(text: string): string {
  return (
    text
      // Decimal commas: a comma between digits with no digit run of three after it that ends
      // the number ("0,254" is a decimal; "1,500" would be ambiguous and does not occur).
      .replace(/(\d),(\d)/g, '$1.$2')
      // Thousands grouped by spaces: "3 500", "1 000 000" (not "10 26", a flattened power).
      .replace(
        /(?<![\d.])(\d{1,3})((?:[ \u00a0]\d{3})+)(?![\d.,]|\s?\d)/g,
        (_m, head: string, rest: string) =>
          head === '10' && rest.length === 4 ? _m : head + rest.replace(/[ \u00a0]/g, ''),
      )
  );
}

/** Reads every bounded quantity from a paragraph's text. Never throws. */
export function extractParameters(text: string, style: NumberStyle = 'en'): ControlParameter[] {
  try {
    if (typeof text !== 'string' || !/\d/.test(text)) return [];
    return extract(style === 'eu' ? toEnglishNumbers(text) : text);
  } catch {
    return [];
  }
}

function extract(text: string): ControlParameter[] {
  let s = text;
  for (const mask of MASKS) s = s.replace(mask, BLANK);
  const out: ControlParameter[] = [];
  /** Where reading resumes: the end of the last bound (and its restatement). */
  let lastEnd = 0;
  let last: { quantity: string; unit: string } | null = null;

  /** The quantity of a bound whose words start at `from`; a second bound of the same unit
   * that follows the last with only joining words between takes the last one's quantity. */
  const quantityFor = (from: number, unit: string): string => {
    const pre = s.slice(lastEnd, from);
    const quantity = quantityBefore(pre);
    if (
      last !== null &&
      quantity === '' &&
      last.unit === unit &&
      CONNECTORS.test(pre.replace(/\([^()]*\)/g, ' '))
    )
      return last.quantity;
    return quantity;
  };
  const emit = (
    quantity: string,
    comparator: Comparator,
    value: number,
    unit: string,
    from: number,
    to: number,
  ): void => {
    out.push({
      quantity,
      comparator,
      value,
      unit,
      text: text.slice(from, to).replace(/\s+/g, ' ').trim(),
    });
  };
  const finish = (end: number, quantity: string, unit: string): void => {
    const m = RESTATEMENT.exec(s.slice(end));
    lastEnd = m ? end + m[0].length : end;
    last = { quantity, unit };
  };

  const numberStart = /(?:±\s?)?[−–-]?\d/g;
  for (let guard = 0; guard < 10000; guard++) {
    numberStart.lastIndex = lastEnd;
    const found = numberStart.exec(s);
    if (!found) break;
    const i = found.index;
    const bound = readBound(s, i, s.slice(lastEnd, i));
    if (!bound) {
      // Skip the rest of this run of digits and word characters (a code, a chemical name).
      const skip = /^[\p{L}\p{N}.,±−–-]+/u.exec(s.slice(i));
      lastEnd = i + Math.max(1, skip ? skip[0].length : 1);
      continue;
    }
    const isYear =
      bound.unit === '' && /^(?:19|20)\d\d$/.test(s.slice(bound.start, bound.end).trim());

    // Ranges: "from 5 to 124 nm", "between 1 and 2 GHz", "1.5 to 60 MPa".
    if (!bound.comparator && !isYear) {
      const join = (bound.rangeWord === 'between' ? BETWEEN_JOIN : RANGE_JOIN).exec(
        s.slice(bound.end),
      );
      const j = join ? bound.end + join[0].length : -1;
      const upper = join ? readBound(s, j, '') : null;
      if (
        upper &&
        (bound.unit === '' || bound.unit === upper.unit) &&
        (bound.rangeWord !== null || upper.unit !== '')
      ) {
        const lowerValue = bound.unit === '' ? convert(bound.raw, upper.def) : bound.value;
        const from = bound.rangeWord
          ? i - (/\b(?:from|between)\s*$/i.exec(s.slice(0, i))?.[0].length ?? 0)
          : i;
        const quantity = quantityFor(from, upper.unit);
        emit(quantity, '>=', lowerValue, upper.unit, from, upper.end);
        emit(quantity, '<=', upper.value, upper.unit, from, upper.end);
        finish(upper.end, quantity, upper.unit);
        continue;
      }
    }

    let comparator = bound.comparator;
    let end = bound.end;
    if (!comparator) {
      // A trailing comparator, possibly after a restatement: "239 K (−34 °C) or less".
      const restated = RESTATEMENT.exec(s.slice(bound.end))?.[0].length ?? 0;
      for (const [re, c] of POSTFIX) {
        const m = re.exec(s.slice(bound.end + restated));
        if (m) {
          comparator = c;
          end = bound.end + restated + m[0].length;
          break;
        }
      }
    }
    // A specification without comparator: "a transfer rate of 2.5 Mbyte/s"; one word may stand
    // between it and a trailing comparator ("fuels of 85% purity or higher").
    if (!comparator && !isYear && bound.unit !== '' && /\bof\s*$/i.test(s.slice(lastEnd, i))) {
      comparator = '=';
      const late = /^\s+[a-z]+(?=\s*,?\s*or\s)/.exec(s.slice(bound.end));
      for (const [re, c] of late ? POSTFIX : []) {
        const m = re.exec(s.slice(bound.end + late![0].length));
        if (m) {
          comparator = c;
          end = bound.end + late![0].length + m[0].length;
          break;
        }
      }
    }
    if (!comparator || (isYear && !bound.comparator)) {
      lastEnd = bound.end;
      continue;
    }
    const quantity = quantityFor(bound.comparatorStart, bound.unit);
    let { value, unit } = bound;
    // "100 g" of an acceleration is standard gravity, not grams.
    if (bound.def === SYMBOLS.g && /accelerat|shock|vibrat/.test(quantity)) {
      value = round(bound.raw * STANDARD_GRAVITY);
      unit = 'm/s2';
    }
    emit(quantity, comparator, value, unit, bound.comparatorStart, end);
    finish(end, quantity, unit);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparing two paragraphs' parameters

type Direction = 'upper' | 'lower' | 'equal';

const direction = (c: Comparator): Direction =>
  c === '<' || c === '<=' ? 'upper' : c === '>' || c === '>=' ? 'lower' : 'equal';

/** The quantity as compared: letters and digits only, British spellings folded to American. */
const quantityKey = (q: string): string =>
  q
    .toLowerCase()
    .replace(/(?<=[tb])re\b/g, 'er')
    .replace(/our\b/g, 'or')
    .replace(/is(e|ed|ing|ation)\b/g, 'iz$1')
    .replace(/aluminium/g, 'aluminum')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Same quantity, same unit and the same direction of bound (below, above, equal). */
export function sameParameter(a: ControlParameter, b: ControlParameter): boolean {
  return (
    quantityKey(a.quantity) === quantityKey(b.quantity) &&
    a.unit === b.unit &&
    direction(a.comparator) === direction(b.comparator)
  );
}

const sameValue = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * The parameters of two paragraphs that differ: pairs of the same parameter with a different
 * value or comparator, and parameters of one side with no counterpart on the other (paired with
 * null). Identical parameters are left out; see the module comment for the matching rule.
 */
export function compareParameters(
  as: ControlParameter[],
  bs: ControlParameter[],
): { a: ControlParameter | null; b: ControlParameter | null }[] {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const identical = (a: ControlParameter, b: ControlParameter): boolean =>
    sameParameter(a, b) && a.comparator === b.comparator && sameValue(a.value, b.value);
  as.forEach((a, i) => {
    const j = bs.findIndex((b, k) => !usedB.has(k) && identical(a, b));
    if (j >= 0) {
      usedA.add(i);
      usedB.add(j);
    }
  });
  const pairs: { a: ControlParameter | null; b: ControlParameter | null }[] = [];
  as.forEach((a, i) => {
    if (usedA.has(i)) return;
    const j = bs.findIndex((b, k) => !usedB.has(k) && sameParameter(a, b));
    if (j >= 0) usedB.add(j);
    pairs.push({ a, b: j >= 0 ? bs[j]! : null });
  });
  bs.forEach((b, k) => {
    if (!usedB.has(k)) pairs.push({ a: null, b });
  });
  return pairs;
}
