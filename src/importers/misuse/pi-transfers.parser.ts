// Parser for the PARTIAL, TRANSCRIBED extract of Privacy International's Surveillance Industry
// Index transfer records (the first 121 of about 600, copied by hand): one row per reported
// export of surveillance technology, each one technology-transfer case from the supplier to the
// recipient country's end user. Every case's evidence is flagged `transcribed` and `partial`:
// re-check a record by its `unique_id`, and never count totals from this file.
import type { MisuseCase, TechnologyCategory } from '../../core/misuse/case.ts';
import { supplierMention } from '../../core/misuse/supplier-name.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { parsedMisuse } from './case-set.ts';
import { misuseCountryResolver, NOT_ISO_REASON } from './misuse-countries.ts';
import { PI_SII_TRANSFERS_PARTIAL } from './misuse-sources.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

export const PI_TRANSFERS_REQUIRED = [
  'unique_id',
  'supplier_company',
  'supplier_company_hq',
  'recipient_country',
  'enduser',
  'goods',
  'transfer_to_enduser_reported_as_complete',
  'order_year',
  'first_source_link',
  'source_note',
] as const;

/**
 * The index's goods, with the category each stands for, in the order a record with several goods
 * is classified by (the most specific controlled technology first).
 */
export const SII_GOODS: readonly (readonly [goods: string, TechnologyCategory])[] = [
  ['intrusion software', 'intrusion-software'],
  ['monitoring centre', 'monitoring-centre'],
  ['lawful interception', 'ip-network-surveillance'],
  ['deep packet inspection', 'ip-network-surveillance'],
  ['fibre taps / probes', 'ip-network-surveillance'],
  ['off the air interception', 'ip-network-surveillance'],
  ['biometrics', 'other'],
  ['network infrastructure and services', 'other'],
];

const GOODS = new Map(SII_GOODS.map(([g, c], i) => [g, { category: c, rank: i }]));

/** The category of a record's `;`-joined goods; null when one of them is not an index good. */
export function goodsCategory(cell: string): { category: TechnologyCategory; unknown: string[] } {
  const parts = cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => !GOODS.has(p.toLowerCase()));
  const known = parts.map((p) => GOODS.get(p.toLowerCase())).filter((g) => g !== undefined);
  known.sort((a, b) => a.rank - b.rank);
  return { category: known[0]?.category ?? 'other', unknown };
}

export function parsePiTransfers(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, PI_TRANSFERS_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  log.warn(
    `${file}: a PARTIAL, TRANSCRIBED extract (the first records of the Surveillance Industry Index, copied by hand): every case is flagged; do not count totals from it`,
  );
  const resolve = misuseCountryResolver(options.economies ?? []);
  const cases: MisuseCase[] = [];
  const ids = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const key = r.unique_id!.trim();
    if (!key) log.bad(line, 'unique_id', 'is empty');
    const earlier = ids.get(key);
    if (key && earlier !== undefined) log.bad(line, 'unique_id', `also on line ${earlier}`, key);
    const recipient = r.recipient_country!.trim();
    const country = recipient ? resolve(recipient) : null;
    if (!country) log.bad(line, 'recipient_country', 'is empty');
    else if (country.kind === 'unknown')
      log.bad(line, 'recipient_country', country.reason, recipient);
    const yearCell = r.order_year!.trim();
    const year = Number(yearCell);
    if (yearCell && (!Number.isInteger(year) || year < 1900 || year > 2100))
      log.bad(line, 'order_year', 'is not a year (1900–2100)', yearCell);
    const goods = goodsCategory(r.goods!);
    if (goods.unknown.length > 0)
      log.bad(line, 'goods', `not goods of the index: ${goods.unknown.join('; ')}`, r.goods);
    if (log.isRejected(line) || !country) continue;
    if (country.kind === 'not-iso') {
      log.aside(NOT_ISO_REASON);
      continue;
    }
    if (country.kind !== 'found') continue;
    ids.set(key, line);

    const origins: string[] = [];
    for (const hq of r
      .supplier_company_hq!.split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const o = resolve(hq);
      if (o.kind === 'found') origins.push(o.iso3);
      else log.note('supplier_company_hq names no economy (left out of the origins)', hq, line);
    }
    const supplier = r.supplier_company!.trim();
    if (!supplier) log.note('records without a supplier', key, line);
    const enduser = r.enduser!.trim();
    const link = /https?:\/\/\S+/.exec(r.first_source_link!)?.[0] ?? null;
    const complete = r.transfer_to_enduser_reported_as_complete!.trim();
    const note = [
      complete && `Transfer reported as complete: ${complete}.`,
      r.source_note!.trim() && `Source: ${r.source_note!.trim()}`,
    ]
      .filter(Boolean)
      .join(' ');
    cases.push({
      id: `${PI_SII_TRANSFERS_PARTIAL.id}:${key}`,
      kind: 'technology-transfer',
      title: `${supplier || 'Unnamed supplier'} → ${recipient}${enduser ? ` (${enduser})` : ''}: ${r.goods!.trim()}`,
      countries: [country.iso3],
      countryNames: [recipient],
      period: { start: yearCell || null, end: null },
      countedInYear: null,
      actors: enduser ? [enduser] : [],
      suppliers: supplier
        ? [supplierMention(supplier, origins.length === 1 ? origins[0]! : null)]
        : [],
      supplierAttribution: 'case',
      supplierOrigins: [...new Set(origins)].sort(),
      technology: goods.category,
      technologyDetail: r.goods!.trim() || null,
      evidence: [
        {
          sourceId: PI_SII_TRANSFERS_PARTIAL.id,
          url: link,
          reference: `unique_id ${key}`,
          publishedOn: null,
          confidence: link ? 'medium' : 'low',
          transcribed: true,
          partial: true,
          derived: false,
          note: note || null,
        },
      ],
      status: 'unknown',
    });
  }
  return parsedMisuse(log, csv.records, [PI_SII_TRANSFERS_PARTIAL], cases);
}
