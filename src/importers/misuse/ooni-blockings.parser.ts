// Parser for Sinar Project's iMAP confirmed blockings (OONI measurements, 1 January–30 June 2022,
// 8 Asian countries): one row per blocked domain and blocking method. The rows of one country
// become one censorship case (internet filtering), with the domains counted — all of them, and
// those of political, news and human-rights categories — in the evidence.
import type { MisuseCase } from '../../core/misuse/case.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { parsedMisuse } from './case-set.ts';
import { iso2Resolver } from './misuse-countries.ts';
import { SINAR_OONI_2022H1 } from './misuse-sources.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

export const OONI_BLOCKINGS_REQUIRED = [
  'country_code',
  'domain',
  'blocking_type',
  'category_code',
  'confirmed.ooni',
] as const;

/** Citizen Lab test-list categories counted as political, news and human rights. */
export const POLITICAL_CATEGORIES: ReadonlySet<string> = new Set(['POLR', 'NEWS', 'HUMR']);

const PERIOD = { start: '2022-01-01', end: '2022-06-30' };
const BLOCKING_TYPES = new Set(['dns.confirmed', 'http.confirmed', '']);

interface CountryDraft {
  iso2: string;
  iso3: string;
  rows: number;
  domains: Set<string>;
  political: Set<string>;
  byType: Map<string, number>;
  /** Rows confirmed by OONI itself (not only by Sinar's heuristics). */
  byOoni: number;
}

export function parseOoniBlockings(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, OONI_BLOCKINGS_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = iso2Resolver(options.economies ?? []);
  const names = new Map((options.economies ?? []).map((e) => [e.iso3, e.name]));
  const byCountry = new Map<string, CountryDraft>();

  for (const { line, record: r } of csv.rows) {
    const code = r.country_code!.trim();
    const country = resolve(code);
    if (country.kind !== 'found')
      log.bad(
        line,
        'country_code',
        country.kind === 'unknown' ? country.reason : 'not an economy',
        code,
      );
    const domain = r.domain!.trim().toLowerCase();
    if (!domain) log.bad(line, 'domain', 'is empty');
    const type = r.blocking_type!.trim();
    if (!BLOCKING_TYPES.has(type))
      log.bad(line, 'blocking_type', 'must be dns.confirmed, http.confirmed or empty', type);
    if (log.isRejected(line) || country.kind !== 'found') continue;
    const d = byCountry.get(country.iso3) ?? {
      iso2: code.toUpperCase(),
      iso3: country.iso3,
      rows: 0,
      domains: new Set<string>(),
      political: new Set<string>(),
      byType: new Map<string, number>(),
      byOoni: 0,
    };
    d.rows++;
    d.domains.add(domain);
    if (POLITICAL_CATEGORIES.has(r.category_code!.trim())) d.political.add(domain);
    const t = type || 'unstated';
    d.byType.set(t, (d.byType.get(t) ?? 0) + 1);
    if (r['confirmed.ooni']!.trim() === '1') d.byOoni++;
    byCountry.set(country.iso3, d);
  }

  const cases = [...byCountry.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map((d): MisuseCase => {
      const name = names.get(d.iso3) ?? d.iso3;
      const types = [...d.byType]
        .sort()
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      return {
        id: `${SINAR_OONI_2022H1.id}:${d.iso3}`,
        kind: 'censorship-blocking',
        title: `Confirmed blocking of ${d.domains.size} domains in ${name}, first half of 2022`,
        countries: [d.iso3],
        countryNames: [d.iso2],
        period: PERIOD,
        countedInYear: 2022,
        actors: [],
        suppliers: [],
        supplierAttribution: 'case',
        supplierOrigins: [],
        technology: 'internet-filtering',
        technologyDetail: `domain blocking (${types})`,
        evidence: [
          {
            sourceId: SINAR_OONI_2022H1.id,
            url: SINAR_OONI_2022H1.url,
            reference: `country_code ${d.iso2}: ${d.rows} rows`,
            publishedOn: '2022-12',
            confidence: d.byOoni === d.rows ? 'high' : 'medium',
            transcribed: false,
            partial: false,
            derived: false,
            note: `${d.domains.size} distinct domains blocked (${d.rows} rows, one per domain and method), ${d.political.size} in political, news or human-rights categories; ${d.byOoni} rows confirmed by OONI, the others by Sinar's heuristics only.`,
          },
        ],
        status: 'unknown',
      };
    });
  return parsedMisuse(log, csv.records, [SINAR_OONI_2022H1], cases);
}
