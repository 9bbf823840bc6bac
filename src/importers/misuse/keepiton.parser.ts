// Parser for Access Now's #KeepItOn STOP dataset (sheet "Combined (2016-2025)" as CSV): one row
// per shutdown event. Each row becomes one internet-shutdown case, counted in the year Access Now
// counts it (`count_year`, which is not always the start year: a shutdown running since 2019 is
// counted again later). The same parse gives the `internet_shutdowns` indicator per economy and
// year (core/misuse/shutdown-counts.ts).
//
// `country` is where the shutdown happened, not who ordered it (`ordered_by`, `decision_maker`
// say that). A few events name several countries (`Laos; Myanmar`): one case with every country.
// Somaliland is not an ISO 3166 economy: its events are set aside, as other formats do.
import type { CaseStatus, MisuseCase } from '../../core/misuse/case.ts';
import { countShutdowns } from '../../core/misuse/shutdown-counts.ts';
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { misuseCountryResolver, NOT_ISO_REASON } from './misuse-countries.ts';
import { ACCESS_NOW_STOP } from './misuse-sources.ts';
import { parsedMisuse } from './case-set.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

export const KEEPITON_REQUIRED = [
  'start_date',
  'start_date_type',
  'country',
  'area_name',
  'shutdown_type',
  'shutdown_extent',
  'affected_network',
  'ordered_by',
  'decision_maker',
  'actual_cause',
  'info_source_link',
  'shutdown_status',
  'end_date',
  'an_link',
  'count_year',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUS: Readonly<Record<string, CaseStatus>> = {
  ended: 'ended',
  ongoing: 'ongoing',
  unknown: 'unknown',
  '': 'unknown',
};
/** `ordered_by` values that name nobody. */
const NO_ACTOR = new Set(['', 'unknown']);

const isDate = (s: string): boolean =>
  ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * Reads the STOP file. Never throws on a bad row (reported with its line and column); throws a
 * DomainError naming the file when it is missing or lacks a column.
 */
export function parseKeepItOn(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, KEEPITON_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = misuseCountryResolver(options.economies ?? []);
  const cases: MisuseCase[] = [];
  const ids = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const names = r
      .country!.split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0) log.bad(line, 'country', 'is empty');
    const countries: string[] = [];
    let notIso = 0;
    for (const name of names) {
      const c = resolve(name);
      if (c.kind === 'found') countries.push(c.iso3);
      else if (c.kind === 'not-iso') notIso++;
      else log.bad(line, 'country', c.reason, name);
    }
    const start = r.start_date!.trim();
    if (!isDate(start)) log.bad(line, 'start_date', 'is not a date (YYYY-MM-DD)', start);
    const end = r.end_date!.trim();
    if (end && !isDate(end)) log.bad(line, 'end_date', 'is not a date (YYYY-MM-DD)', end);
    const year = Number(r.count_year!.trim());
    if (!Number.isInteger(year) || year < 2016 || year > 2100)
      log.bad(line, 'count_year', 'is not a year of the STOP data (2016 or later)', r.count_year);
    const status = STATUS[r.shutdown_status!.trim().toLowerCase()];
    if (status === undefined)
      log.bad(
        line,
        'shutdown_status',
        'must be Ended, Ongoing, Unknown or empty',
        r.shutdown_status,
      );
    if (log.isRejected(line)) continue;
    if (countries.length === 0 && notIso > 0) {
      log.aside(NOT_ISO_REASON);
      continue;
    }
    if (notIso > 0) log.note('territories outside ISO 3166 left out of a case', r.country!, line);

    const area = r.area_name!.trim();
    const base = `${ACCESS_NOW_STOP.id}:${year}:${start}:${slugOf(countries.join('-'))}:${slugOf(area) || 'area'}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const ordered = r.ordered_by!.trim();
    const decision = r.decision_maker!.trim();
    const type = r.shutdown_type!.trim();
    const estimated = r.start_date_type!.trim().toLowerCase() === 'estimated';
    const links = r.info_source_link!.split(/;\s*|\s+(?=https?:)/).map((s) => s.trim());
    const url = links.find((l) => /^https?:\/\//.test(l)) ?? (r.an_link!.trim() || null);
    const cause = r.actual_cause!.trim();
    cases.push({
      id: n === 1 ? base : `${base}:${n}`,
      kind: 'internet-shutdown',
      title: `${type || 'Shutdown'} in ${area || 'an unnamed area'}, ${names.join('; ')} (${start})`,
      countries,
      countryNames: names,
      period: { start, end: end || null },
      countedInYear: year,
      actors: [
        ...(NO_ACTOR.has(ordered.toLowerCase()) ? [] : [ordered]),
        ...(decision && decision !== ordered ? [decision] : []),
      ],
      suppliers: [],
      supplierAttribution: 'case',
      supplierOrigins: [],
      technology: 'shutdown',
      technologyDetail:
        [type, r.shutdown_extent!.trim(), r.affected_network!.trim()].filter(Boolean).join('; ') ||
        null,
      evidence: [
        {
          sourceId: ACCESS_NOW_STOP.id,
          url,
          reference: `count_year ${year}, row ${line}`,
          publishedOn: null,
          confidence: estimated || type.toLowerCase() === 'unknown' ? 'medium' : 'high',
          transcribed: false,
          partial: false,
          derived: false,
          note:
            [cause && `Cause: ${cause}.`, estimated && 'Start date estimated by Access Now.']
              .filter(Boolean)
              .join(' ') || null,
        },
      ],
      status: status!,
    });
  }
  const counted = countShutdowns(cases, ACCESS_NOW_STOP.id);
  if (counted.multiCountry.length > 0)
    log.warn(
      `${file}: ${counted.multiCountry.length} events name several countries and count for none of them in internet_shutdowns (as in Access Now's per-country figures): ` +
        counted.multiCountry
          .map((c) => `${c.countryNames.join('; ')} ${c.period.start}`)
          .join(', '),
    );
  return parsedMisuse(log, csv.records, [ACCESS_NOW_STOP], cases, counted.values);
}
