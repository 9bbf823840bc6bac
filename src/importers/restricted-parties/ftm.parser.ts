// Parser for FollowTheMoney (FtM) entities as JSON lines — the format of every OpenSanctions
// dataset export (`entities.ftm.json`): one entity per line, `{id, caption, schema, properties,
// datasets, target, …}`. Thing entities (Person, Organization, Company, LegalEntity, Vessel,
// Airplane, PublicBody) become parties; Sanction, Address and Passport/Identification entities
// are read into the parties they name; relations (Ownership, Family …) are set aside.
import { basename } from 'node:path';
import { isLatinScript } from '../../core/restricted-parties/party-names.ts';
import {
  isPartialIsoDate,
  type Jurisdiction,
  type PartySchema,
  type RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { countryResolver, type CountryResolver } from './party-countries.ts';
import { PartyLog } from './party-log.ts';
import { readListText } from './read-list-file.ts';

export interface FtmOptions extends RestrictedListOptions {
  /** The list's ID; by default `os-<dataset>` when every party is in one dataset, else `ftm-<file>`. */
  listId?: string;
  name?: string;
  jurisdiction?: Jurisdiction;
  publisher?: string;
  licence?: string;
  url?: string | null;
  /**
   * Keep entities marked `target: false` (owners, relatives, companies named only as context).
   * By default only targets — the listed entities — become parties.
   */
  includeNonTargets?: boolean;
}

/** FtM schema → party schema (FtM's `Airplane` is `Aircraft`; a public body is an organisation). */
export const FTM_SCHEMAS: Readonly<Record<string, PartySchema>> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
  PublicBody: 'Organization',
};

/** FtM identifier properties kept as identifiers (scheme = property name). */
export const FTM_IDENTIFIER_PROPS = [
  'registrationNumber',
  'taxNumber',
  'idNumber',
  'passportNumber',
  'innCode',
  'ogrnCode',
  'kppCode',
  'okpoCode',
  'leiCode',
  'swiftBic',
  'imoNumber',
  'mmsi',
  'callSign',
  'dunsCode',
  'vatCode',
  'uniqueEntityId',
  'permId',
  'wikidataId',
  'icijId',
  'bikCode',
  'npiCode',
  'serialNumber',
  'registrationNumber',
] as const;

/** FtM country-typed properties of a party. */
const COUNTRY_PROPS = [
  'country',
  'nationality',
  'citizenship',
  'jurisdiction',
  'mainCountry',
  'flag',
];
const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName', 'abbreviation'];
const DATE_PROPS = ['birthDate'];

interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets: string[];
  target?: boolean;
  last_change?: string;
}

interface Read {
  entity: FtmEntity;
  line: number;
}

/** The first path of a JSON value holding U+FFFD (an invalid UTF-8 sequence), if any. */
function badPath(v: unknown, path: string): string | null {
  if (typeof v === 'string') return v.includes('\uFFFD') ? path : null;
  if (Array.isArray(v)) return v.map((x) => badPath(x, path)).find((p) => p !== null) ?? null;
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      const p = badPath(x, path ? `${path}.${k}` : k);
      if (p) return p;
    }
  return null;
}

/** Checks one line's entity; reports what is wrong and returns null, or the entity. */
function readEntity(text: string, line: number, log: PartyLog): FtmEntity | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    log.bad(line, '(line)', `not valid JSON: ${(e as Error).message}`);
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    log.bad(line, '(line)', 'is not a JSON object (one FtM entity per line)');
    return null;
  }
  const bad = badPath(v, '');
  if (bad) {
    log.bad(line, bad, 'invalid UTF-8 byte sequence (the file must be UTF-8)');
    return null;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id) log.bad(line, 'id', 'is missing or not a string');
  if (typeof o.schema !== 'string' || !o.schema)
    log.bad(line, 'schema', 'is missing or not a string');
  const props = o.properties ?? {};
  const propsOk =
    typeof props === 'object' &&
    !Array.isArray(props) &&
    Object.values(props).every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'));
  if (!propsOk) log.bad(line, 'properties', 'must map each property to a list of strings');
  if (log.isRejected(line)) return null;
  return {
    id: o.id as string,
    schema: o.schema as string,
    ...(typeof o.caption === 'string' && { caption: o.caption }),
    properties: props as Record<string, string[]>,
    datasets: Array.isArray(o.datasets)
      ? o.datasets.filter((d): d is string => typeof d === 'string')
      : [],
    ...(typeof o.target === 'boolean' && { target: o.target }),
    ...(typeof o.last_change === 'string' && { last_change: o.last_change }),
  };
}

const prop = (e: FtmEntity, name: string): string[] => e.properties[name] ?? [];

/** An FtM date (`2023-02-24`, `2023-02`, `1971`, or a timestamp) as a partial ISO date. */
function ftmDate(s: string): string | null {
  const d = s.trim().slice(0, 10);
  return isPartialIsoDate(d) ? d : null;
}

/** The primary name: the caption when it is Latin, else the first Latin `name`, else the caption. */
function primaryName(e: FtmEntity): string {
  const caption = e.caption ?? prop(e, 'name')[0] ?? '';
  if (isLatinScript(caption)) return caption;
  return prop(e, 'name').find(isLatinScript) ?? caption;
}

/** `eu_fsf` → `EU`, `us_ofac_sdn` → `US`, `un_sc_sanctions` → `UN`; INT otherwise. */
export function datasetJurisdiction(dataset: string): Jurisdiction {
  const m = /^([a-z]{2})_/.exec(dataset);
  return m ? m[1]!.toUpperCase() : 'INT';
}

function makeList(file: string, targets: readonly Read[], options: FtmOptions): RestrictedList {
  const datasets = new Set(targets.flatMap((t) => t.entity.datasets));
  const single = datasets.size === 1 ? [...datasets][0]! : null;
  const stem = basename(file).replace(/\.(ftm\.)?jsonl?$|\.json$/i, '');
  const changes = targets.map((t) => ftmDate(t.entity.last_change ?? '')).filter((d) => d !== null);
  return {
    id:
      options.listId ??
      (single
        ? `os-${single.replace(/_/g, '-')}`
        : `ftm-${stem.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`),
    name:
      options.name ??
      (single ? `OpenSanctions dataset ${single}` : `FollowTheMoney entities (${basename(file)})`),
    jurisdiction: options.jurisdiction ?? (single ? datasetJurisdiction(single) : 'INT'),
    publisher: options.publisher ?? 'OpenSanctions',
    licence:
      options.licence ??
      'CC BY-NC 4.0 (OpenSanctions data); the underlying lists are official publications',
    date: options.date ?? changes.sort().at(-1) ?? null,
    url:
      options.url !== undefined
        ? options.url
        : single
          ? `https://www.opensanctions.org/datasets/${single}/`
          : null,
  };
}

function addParty(
  { entity: e, line }: Read,
  book: PartyBook,
  byId: ReadonlyMap<string, Read>,
  sanctions: ReadonlyMap<string, FtmEntity[]>,
  idDocs: ReadonlyMap<string, FtmEntity[]>,
  resolve: CountryResolver,
  log: PartyLog,
): void {
  for (const p of DATE_PROPS)
    for (const d of prop(e, p))
      if (!ftmDate(d))
        log.bad(line, `properties.${p}`, 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', d);
  if (!primaryName(e).trim()) log.bad(line, 'caption', 'the entity has no caption and no name');
  if (log.isRejected(line)) return;
  const d = book.draft(e.id, FTM_SCHEMAS[e.schema]!, line);
  d.name(primaryName(e), ...NAME_PROPS.flatMap((p) => prop(e, p)));
  for (const scheme of new Set(FTM_IDENTIFIER_PROPS))
    for (const value of prop(e, scheme)) d.identifier({ scheme, value });
  for (const doc of idDocs.get(e.id) ?? [])
    for (const value of prop(doc, 'number'))
      d.identifier({ scheme: doc.schema === 'Passport' ? 'passportNumber' : 'idNumber', value });
  for (const p of COUNTRY_PROPS)
    for (const c of prop(e, p)) {
      const iso3 = resolve(c);
      if (iso3) d.country(iso3);
      else log.note('country codes that name no economy the platform knows (left out)', c, line);
    }
  d.address(...prop(e, 'address'));
  for (const ref of prop(e, 'addressEntity')) {
    const a = byId.get(ref)?.entity;
    if (a) d.address(...prop(a, 'full'));
  }
  d.birthDate(...prop(e, 'birthDate').map((x) => ftmDate(x)!));
  prop(e, 'birthPlace').forEach((p) => d.birthPlace(p));
  d.program(...prop(e, 'programId'));
  const own = sanctions.get(e.id) ?? [];
  for (const s of own) {
    d.program(...prop(s, 'programId'), ...(prop(s, 'programId').length ? [] : prop(s, 'program')));
    const start = [...prop(s, 'listingDate'), ...prop(s, 'startDate')]
      .map(ftmDate)
      .filter((x) => x !== null)
      .sort()[0];
    const end = prop(s, 'endDate')
      .map(ftmDate)
      .filter((x) => x !== null)
      .sort()
      .at(-1);
    d.listing(start ?? null, end ?? null);
    prop(s, 'sourceUrl').forEach((u) => d.source(u));
  }
  if (own.length === 0) d.listing(null, null);
  prop(e, 'sourceUrl').forEach((u) => d.source(u));
  prop(e, 'position').forEach((p) => d.note(`Position: ${p}`));
  prop(e, 'notes').forEach((n) => d.note(n));
  if (e.datasets.length > 0) d.note(`Datasets: ${e.datasets.join(', ')}`);
}

/**
 * Reads FtM JSON lines into one list (see {@link FtmOptions} for its ID and jurisdiction). Never
 * throws on a bad line (reported with its line and the field: `(line)` for bad JSON, a property
 * path for an invalid byte or a bad date); throws a DomainError naming the file when it is
 * missing or empty.
 */
export function parseFtm(file: string, options: FtmOptions = {}): ParsedRestrictedList {
  const log = new PartyLog(file);
  const { text } = readListText(file);
  const reads: Read[] = [];
  let rows = 0;
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    rows++;
    const entity = readEntity(t, i + 1, log);
    if (entity) reads.push({ entity, line: i + 1 });
  });
  const byId = new Map(reads.map((r) => [r.entity.id, r]));
  const sanctions = new Map<string, FtmEntity[]>();
  const idDocs = new Map<string, FtmEntity[]>();
  for (const { entity: e } of reads) {
    const into =
      e.schema === 'Sanction'
        ? sanctions
        : /^(Passport|Identification)$/.test(e.schema)
          ? idDocs
          : null;
    if (!into) continue;
    for (const target of prop(e, e.schema === 'Sanction' ? 'entity' : 'holder'))
      into.set(target, [...(into.get(target) ?? []), e]);
  }
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  const targets: Read[] = [];
  for (const r of reads) {
    const { schema, target } = r.entity;
    if (!(schema in FTM_SCHEMAS)) {
      log.aside(
        `${schema}: not a party${/^(Sanction|Address|Passport|Identification)$/.test(schema) ? ' (read into the party it names)' : ''}`,
      );
      continue;
    }
    if (target === false && !options.includeNonTargets) {
      log.aside(`${schema}, not a target (named as context: owner, relative, related company)`);
      continue;
    }
    targets.push(r);
    addParty(r, book, byId, sanctions, idDocs, resolve, log);
  }
  return book.finish(makeList(file, targets, options), rows);
}
