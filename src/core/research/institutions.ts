// The institution resolver: a name, acronym or ROR id as a person or a source writes it, resolved
// to the organisation of the Research Organization Registry it stands for — only through what ROR
// (or NSF's crosswalk) records, never by guessing a variant — with how it matched, or the
// candidates when it could be several.
import { normaliseName } from '../screening/normalise-name.ts';
import type { ResearchOrganisation } from './research.ts';

/**
 * How a query matched, strongest first: `ror-id` (the id, with or without `https://ror.org/`),
 * `name` (ROR's display name), `alias` (a ROR alias), `label` (a ROR name in another language),
 * `crosswalk` (NSF's name of a top-100 AI institution, through the derived crosswalk), `acronym`
 * (a ROR acronym). Names are compared after the screening normalisation (case, diacritics,
 * punctuation, transliteration, "of"/"the"/"and" and legal forms dropped) with their words in
 * order: "Tokyo University" is not "University of Tokyo" unless ROR records both.
 */
export type InstitutionMatch = 'ror-id' | 'name' | 'alias' | 'label' | 'crosswalk' | 'acronym';

/** A link from a source's name of an institution to a ROR id (NSF's top-100 AI crosswalk). */
export interface CrosswalkEntry {
  name: string;
  rorId: string | null;
}

export interface InstitutionCandidate {
  organisation: ResearchOrganisation;
  /** How the query matched, e.g. `['alias', 'acronym']` for "Beijing … Astronautics (BUAA)". */
  matchedBy: InstitutionMatch[];
}

export type InstitutionResolution =
  | ({ kind: 'found'; notes: string[] } & InstitutionCandidate)
  | { kind: 'ambiguous'; candidates: InstitutionCandidate[] }
  | { kind: 'unknown'; reason: string };

export interface ResolveOptions {
  /** Only organisations of this economy (ISO3). */
  country?: string;
}

const ROR_ID = /^(?:https?:\/\/)?(?:ror\.org\/)?(0[a-hj-km-np-tv-z0-9]{6}[0-9]{2})\/?$/i;
/** "Beijing University of Aeronautics and Astronautics (BUAA)": a name and what follows it. */
const PARENTHESISED = /^(.+?)\s*\(([^()]+)\)\s*$/;

/** A name's words in order after the screening normalisation; '' when nothing is left. */
export const institutionKey = (name: string): string => normaliseName(name).tokens.join(' ');

/** An acronym without case, dots, spaces or diacritics: `B.U.A.A.` and `buaa` read `buaa`. */
export const acronymKey = (acronym: string): string =>
  acronym
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The 9-character ROR id in a query (`https://ror.org/00wk2mp56`), or null. */
export function rorIdOf(text: string): string | null {
  const m = ROR_ID.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

type Tier = Exclude<InstitutionMatch, 'ror-id'>;
const TIERS: readonly Tier[] = ['name', 'alias', 'label', 'crosswalk', 'acronym'];

const push = (index: Map<string, Set<string>>, key: string, id: string): void => {
  if (key === '') return;
  const ids = index.get(key) ?? new Set<string>();
  ids.add(id);
  index.set(key, ids);
};

export interface InstitutionResolver {
  byId(rorId: string): ResearchOrganisation | undefined;
  resolve(query: string, options?: ResolveOptions): InstitutionResolution;
  readonly size: number;
}

/**
 * Builds the resolver over ROR records and, optionally, a crosswalk of a source's names. The
 * first tier that matches decides: one organisation is `found`, several are `ambiguous`. A query
 * ending in a parenthesised part ("… (BUAA)") is also read as a name and a qualifier: the
 * organisations both match are found (matched by both); when only one part matches, that part
 * decides and a note says the other did not match.
 */
export function institutionResolver(
  organisations: readonly ResearchOrganisation[],
  crosswalk: readonly CrosswalkEntry[] = [],
): InstitutionResolver {
  const byId = new Map(organisations.map((o) => [o.rorId, o]));
  const indexes: Record<Tier, Map<string, Set<string>>> = {
    name: new Map(),
    alias: new Map(),
    label: new Map(),
    crosswalk: new Map(),
    acronym: new Map(),
  };
  for (const o of organisations) {
    push(indexes.name, institutionKey(o.name), o.rorId);
    for (const a of o.aliases) push(indexes.alias, institutionKey(a), o.rorId);
    for (const l of o.labels) push(indexes.label, institutionKey(l.name), o.rorId);
    for (const a of o.acronyms) push(indexes.acronym, acronymKey(a), o.rorId);
  }
  for (const c of crosswalk)
    if (c.rorId !== null && byId.has(c.rorId))
      push(indexes.crosswalk, institutionKey(c.name), c.rorId);

  /** The first tier's matches of one text (no parenthesis handling). */
  const match = (text: string, country: string | undefined): InstitutionCandidate[] => {
    const keys: Record<Tier, string> = {
      name: institutionKey(text),
      alias: '',
      label: '',
      crosswalk: '',
      acronym: acronymKey(text),
    };
    keys.alias = keys.label = keys.crosswalk = keys.name;
    for (const tier of TIERS) {
      const ids = indexes[tier].get(keys[tier]);
      if (!ids) continue;
      const found = [...ids]
        .map((id) => byId.get(id)!)
        .filter((o) => country === undefined || o.country === country);
      if (found.length > 0)
        return found
          .sort((x, y) => x.name.localeCompare(y.name) || x.rorId.localeCompare(y.rorId))
          .map((organisation) => ({ organisation, matchedBy: [tier] }));
    }
    return [];
  };

  const decide = (candidates: InstitutionCandidate[], notes: string[]): InstitutionResolution =>
    candidates.length === 1
      ? { kind: 'found', ...candidates[0]!, notes }
      : { kind: 'ambiguous', candidates };

  const resolve = (query: string, options: ResolveOptions = {}): InstitutionResolution => {
    const text = query.trim();
    if (text === '') return { kind: 'unknown', reason: 'the query is empty' };
    const id = rorIdOf(text);
    if (id !== null) {
      const o = byId.get(id);
      if (!o) return { kind: 'unknown', reason: `ROR id '${id}' is not in the registry read` };
      if (options.country !== undefined && o.country !== options.country)
        return { kind: 'unknown', reason: `ROR id '${id}' is an organisation of ${o.country}` };
      return { kind: 'found', organisation: o, matchedBy: ['ror-id'], notes: [] };
    }
    const whole = match(text, options.country);
    if (whole.length > 0) return decide(whole, []);
    const parts = PARENTHESISED.exec(text);
    if (!parts)
      return { kind: 'unknown', reason: `no organisation of the registry is named '${text}'` };
    const [base, qualifier] = [parts[1]!.trim(), parts[2]!.trim()];
    const outer = match(base, options.country);
    const inner = match(qualifier, options.country);
    const innerBy = new Map(inner.map((c) => [c.organisation.rorId, c.matchedBy]));
    const both = outer
      .filter((c) => innerBy.has(c.organisation.rorId))
      .map((c) => ({
        organisation: c.organisation,
        matchedBy: [...c.matchedBy, ...innerBy.get(c.organisation.rorId)!],
      }));
    if (both.length > 0) return decide(both, []);
    if (outer.length > 0)
      return decide(outer, [`'(${qualifier})' does not match the organisation found by '${base}'`]);
    if (inner.length > 0)
      return decide(inner, [`'${base}' matches no organisation; '${qualifier}' does`]);
    return { kind: 'unknown', reason: `no organisation of the registry is named '${text}'` };
  };

  return { byId: (rorId) => byId.get(rorIdOf(rorId) ?? rorId), resolve, size: byId.size };
}
