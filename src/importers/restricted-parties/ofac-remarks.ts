// Reads the `Remarks` cell of OFAC's legacy SDN CSV: `; `-separated facts such as
// `a.k.a. 'BNC'`, `DOB 10 Dec 1948`, `POB Giza, Egypt`, `nationality Egypt`,
// `Passport 1084010 (Egypt)`, `Tax ID No. 5443005705 (Russia)`, `Vessel Registration
// Identification IMO 7406784`. A leading `alt.` (an alternative value) is read like the first.
import { isoFromOfacDob } from './party-dates.ts';

export interface RemarkIdentifier {
  scheme: string;
  value: string;
  /** OFAC's label, e.g. `Cedula No.`, kept when it says more than the scheme. */
  label: string;
  /** The issuing country as OFAC names it (`Egypt`), if given. */
  countryName?: string;
}

export interface ParsedRemarks {
  /** a.k.a. and n.k.a. names. */
  aliases: string[];
  /** f.k.a. names (FtM `previousName`): kept as aliases too, screening needs them. */
  formerNames: string[];
  birthDates: string[];
  birthPlaces: string[];
  /** `nationality X` and `citizen X`, as OFAC names the country. */
  nationalities: string[];
  identifiers: RemarkIdentifier[];
  /** DOB remarks that are no date (reported as warnings). */
  unreadDates: string[];
  /** An a.k.a. cut off by OFAC's 1,000-character limit on the cell (left out, warned). */
  cutAlias: string | null;
}

/** Facts that are not identifiers although they end in a number. */
const NOT_IDENTIFIER =
  /\b(Date|Phone|Fax|Website|Email|Model|Operator|Tonnage|Gender|Established|Type|Section|Directive|Executive Order|Listing|Effective|Linked|CAATSA|Sanctions|Regulations?)\b/i;

/** OFAC label → FtM property, first match wins. */
const SCHEMES: readonly [RegExp, string][] = [
  [/passport/i, 'passportNumber'],
  [/\bIMO\b/, 'imoNumber'],
  [/^MMSI$/, 'mmsi'],
  [/SWIFT|BIC/, 'swiftBic'],
  [/Legal Entity Number|\bLEI\b/i, 'leiCode'],
  [/D-U-N-S/, 'dunsCode'],
  [/V\.A\.T\./, 'vatCode'],
  [/Serial Number|Construction Number/i, 'serialNumber'],
  [/Tax|R\.F\.C\.|C\.U\.I\.T\.|\bNIT\b|\bRUC\b|\bRTN\b/i, 'taxNumber'],
  [
    /Regist|Company|Chamber|Commercial|Business|Enterprise|Gazette|Credit Code|Mercantil|C\.R\. No|License|Licence|Incorporation|Charity|Certificate of|Economic/i,
    'registrationNumber',
  ],
  [
    /\bID\b|Identification|Cedula|D\.N\.I\.|Identity|C\.U\.R\.P\.|Birth Certificate|Residency|Personal|Electoral|Social Security|\bNIE\b|\bCURP\b|Refugee/i,
    'idNumber',
  ],
];

/**
 * `LABEL VALUE (Country) issued …`: a label without digits, a value token holding a digit, an
 * optional issuing country in parentheses and optional issue/expiry dates (dropped).
 */
const LABELLED =
  /^([A-Za-z][^\d]*?)\s+(#?\s?(?=\S*\d)[A-Za-z0-9][\w.\-/:]*)(?:\s+\(([^()]+)\))?(?:\s*,?\s*(?:issued|expires|Issue Date|Expiration Date)\b.*)?$/;

/** Capital words that belong to a label, not to the number after it. */
const LABEL_WORDS = new Set([
  'ID',
  'IMO',
  'LEI',
  'MSN',
  'NIT',
  'RUC',
  'RTN',
  'CBLS',
  'USCC',
  'USCCC',
  'NIE',
  'CURP',
  'BIC',
  'MMSI',
  'NO',
]);

const DIGITAL_CURRENCY = /^Digital Currency Address - (\w+) (\S+)$/;
const SWIFT = /^SWIFT\/BIC ([A-Z0-9]{8,11})$/;

function identifierOf(part: string): RemarkIdentifier | null {
  const dc = DIGITAL_CURRENCY.exec(part);
  if (dc)
    return { scheme: 'cryptoWallet', value: dc[2]!, label: `Digital Currency Address - ${dc[1]}` };
  const swift = SWIFT.exec(part);
  if (swift) return { scheme: 'swiftBic', value: swift[1]!, label: 'SWIFT/BIC' };
  const m = LABELLED.exec(part);
  if (!m) return null;
  let label = m[1]!.trim().replace(/\s*#$/, '');
  let value = m[2]!.replace(/^#\s?/, '').replace(/[.,]$/, '');
  if (NOT_IDENTIFIER.test(label)) return null;
  // A short capital prefix before the number is part of it: `V.A.T. Number BG 121024920`,
  // `Registration Number HE 123`, `Registration ID HRB 1234`.
  const prefix = /^(.*\S)\s+([A-Z]{1,4})$/.exec(label);
  if (prefix && !LABEL_WORDS.has(prefix[2]!)) {
    label = prefix[1]!;
    value = `${prefix[2]} ${value}`;
  }
  const scheme = SCHEMES.find(([re]) => re.test(label))?.[1];
  if (!scheme) return null;
  return {
    scheme,
    value,
    label,
    ...(m[3] !== undefined && { countryName: m[3] }),
  };
}

/** The name in `a.k.a. 'NAME'`: between the first and the last quote (names hold apostrophes). */
function quoted(s: string): { name: string; cut: boolean } {
  const t = s.trim();
  if (!t.startsWith("'")) return { name: t, cut: false };
  if (t.length < 2 || !t.endsWith("'")) return { name: t.slice(1), cut: true };
  return { name: t.slice(1, -1), cut: false };
}

/** Reads one Remarks cell (`-0-` or empty gives nothing). Never throws. */
export function parseRemarks(remarks: string): ParsedRemarks {
  const out: ParsedRemarks = {
    aliases: [],
    formerNames: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    identifiers: [],
    unreadDates: [],
    cutAlias: null,
  };
  const text = remarks.trim();
  if (text === '' || text === '-0-') return out;
  const parts = text.replace(/\.$/, '').split(/;\s+/);
  parts.forEach((raw, i) => {
    const part = raw.trim().replace(/^alt\.\s+/, '');
    const last = i === parts.length - 1;
    let m = /^([afn])\.k\.a\.,?\s*(.*)$/.exec(part);
    if (m) {
      const { name, cut } = quoted(m[2]!);
      if (cut && last) out.cutAlias = name;
      else if (name) (m[1] === 'f' ? out.formerNames : out.aliases).push(name);
      return;
    }
    m = /^DOB\s+(.+)$/.exec(part);
    if (m) {
      const dates = isoFromOfacDob(m[1]!);
      if (dates) out.birthDates.push(...dates);
      else out.unreadDates.push(m[1]!);
      return;
    }
    m = /^POB\s+(.+)$/.exec(part);
    if (m) {
      out.birthPlaces.push(m[1]!.trim());
      return;
    }
    m = /^(?:nationality|citizen)\s+(.+)$/.exec(part);
    if (m) {
      out.nationalities.push(m[1]!.trim());
      return;
    }
    const id = identifierOf(part);
    if (id) out.identifiers.push(id);
  });
  return out;
}
