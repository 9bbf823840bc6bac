// Parser for Citizen Lab's "Planet Netsweeper" installations (2018): one row per IP address that
// matched the signatures of Netsweeper, a Canadian web-filtering vendor. The rows of one country
// become one censorship case (internet filtering, supplier Netsweeper), with the installations
// counted and the networks named in the evidence.
//
// Rows are installations, not deployments for censorship: many in the ALL file are benign
// (schools and enterprises in Canada, the UK, the US). A file whose name says `subset` is read as
// Citizen Lab's subset of countries "where human rights concerns may be present" (confidence
// medium); any other as the ALL file (confidence low). The warning says which reading was used.
import { basename } from 'node:path';
import type { MisuseCase } from '../../core/misuse/case.ts';
import { supplierMention } from '../../core/misuse/supplier-name.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { parsedMisuse } from './case-set.ts';
import { iso2Resolver } from './misuse-countries.ts';
import { CITIZEN_LAB_NETSWEEPER_2018 } from './misuse-sources.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

export const NETSWEEPER_REQUIRED = ['country', 'as_name', 'ip', 'first_seen', 'last_seen'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Networks named on a case's evidence before "and N more". */
const NETWORKS_NAMED = 5;

interface CountryDraft {
  iso2: string;
  iso3: string;
  lines: number[];
  networks: Set<string>;
  first: string;
  last: string;
}

export function parseNetsweeper(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, NETSWEEPER_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const subset = /subset/i.test(basename(file));
  log.warn(
    subset
      ? `${file}: read as Citizen Lab's SUBSET (countries where human-rights concerns may be present): confidence medium`
      : `${file}: read as the ALL file (every installation found, many benign): confidence low; the SUBSET file names the countries of concern`,
  );
  const resolve = iso2Resolver(options.economies ?? []);
  const names = new Map((options.economies ?? []).map((e) => [e.iso3, e.name]));
  const byCountry = new Map<string, CountryDraft>();
  const ips = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const code = r.country!.trim();
    const country = resolve(code);
    if (country.kind !== 'found')
      log.bad(
        line,
        'country',
        country.kind === 'unknown' ? country.reason : 'not an economy',
        code,
      );
    const ip = r.ip!.trim();
    if (!ip) log.bad(line, 'ip', 'is empty');
    const earlier = ips.get(ip);
    if (ip && earlier !== undefined) log.bad(line, 'ip', `also on line ${earlier}`, ip);
    const first = r.first_seen!.trim();
    const last = r.last_seen!.trim();
    if (!ISO_DATE.test(first)) log.bad(line, 'first_seen', 'is not a date (YYYY-MM-DD)', first);
    if (!ISO_DATE.test(last)) log.bad(line, 'last_seen', 'is not a date (YYYY-MM-DD)', last);
    if (log.isRejected(line) || country.kind !== 'found') continue;
    ips.set(ip, line);
    const d = byCountry.get(country.iso3) ?? {
      iso2: code.toUpperCase(),
      iso3: country.iso3,
      lines: [],
      networks: new Set<string>(),
      first,
      last,
    };
    d.lines.push(line);
    if (r.as_name!.trim()) d.networks.add(r.as_name!.trim());
    if (first < d.first) d.first = first;
    if (last > d.last) d.last = last;
    byCountry.set(country.iso3, d);
  }

  const cases = [...byCountry.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map((d): MisuseCase => {
      const name = names.get(d.iso3) ?? d.iso3;
      const networks = [...d.networks].sort();
      const shown = networks.slice(0, NETWORKS_NAMED).join('; ');
      const more =
        networks.length > NETWORKS_NAMED ? ` and ${networks.length - NETWORKS_NAMED} more` : '';
      return {
        id: `${CITIZEN_LAB_NETSWEEPER_2018.id}:${d.iso3}`,
        kind: 'censorship-blocking',
        title: `Netsweeper filtering installations in ${name} (${d.lines.length})`,
        countries: [d.iso3],
        countryNames: [d.iso2],
        period: { start: d.first, end: d.last },
        countedInYear: null,
        actors: [],
        suppliers: [supplierMention('Netsweeper', 'CAN')],
        supplierAttribution: 'case',
        supplierOrigins: ['CAN'],
        technology: 'internet-filtering',
        technologyDetail: 'Netsweeper web filtering (installations found by network scans)',
        evidence: [
          {
            sourceId: CITIZEN_LAB_NETSWEEPER_2018.id,
            url: CITIZEN_LAB_NETSWEEPER_2018.url,
            reference: `${basename(file)}: country ${d.iso2}, ${d.lines.length} IP addresses`,
            publishedOn: '2018-04',
            confidence: subset ? 'medium' : 'low',
            transcribed: false,
            partial: false,
            derived: false,
            note: `${d.lines.length} installations (IP addresses) in ${networks.length} networks: ${shown}${more}. An installation shows the product is there, not what it blocks.`,
          },
        ],
        status: 'unknown',
      };
    });
  return parsedMisuse(log, csv.records, [CITIZEN_LAB_NETSWEEPER_2018], cases);
}
