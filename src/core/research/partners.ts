// Partner suggestions: for a member economy and a field, the candidate economies (the alliance's
// members and partners) ranked by complementarity (their specialisation in the field) and
// untapped collaboration (index below 1, works short of expected), each with its reasons in
// numbers; and, for AI, institutions among NSF's top 100 with the member's existing links and a
// screening slot the service fills.
import type { DecisionValue } from '../screening/screening-decision.ts';
import {
  memberNetwork,
  type CollaborationData,
  type NetworkLink,
  type PairSelection,
} from './collaboration.ts';
import type { AiInstitution, InstitutionPair, ResearchField } from './research.ts';
import type { FieldStrength } from './strengths.ts';

/** RCA at or above which an economy counts as strong (specialised) in a field. */
export const STRONG_RCA = 1;
/** RCA above which more specialisation adds nothing to a candidate's score. */
export const RCA_CAP = 2;

export interface PartnerRequest {
  member: string;
  field: ResearchField;
  /** The alliance's members and partners (ISO3); the member itself is left out. */
  candidates: readonly string[];
  /** Strengths in the field for the year used (from `fieldStrengths`); other rows are ignored. */
  strengths: readonly FieldStrength[];
  collaboration: CollaborationData;
  /** Which pair counts to read (NSF `ai` for AI, NSF or OpenAlex `all` otherwise). */
  pairs: PairSelection;
}

/** One suggested economy, with its explanation in numbers. */
export interface PartnerSuggestion {
  iso3: string;
  /** The candidate's RCA in the field; null without data. */
  rca: number | null;
  /** The candidate's world share in the field (%). */
  sharePct: number | null;
  /** Works the member and the candidate already share (null: the source lists none). */
  works: number | null;
  index: number | null;
  expected: number | null;
  /** max(0, expected − works): the works missing to reach index 1. */
  untappedWorks: number | null;
  /** min(rca, RCA_CAP) × untappedWorks; 0 when either is missing or 0. */
  score: number;
  reasons: string[];
}

export interface PartnerSuggestions {
  member: string;
  field: ResearchField;
  memberRca: number | null;
  memberSharePct: number | null;
  /** Highest score first; equal scores by RCA, then ISO3. */
  suggestions: PartnerSuggestion[];
}

const fmt = (x: number, digits = 2): string => x.toFixed(digits);

/**
 * Ranks the candidates for a member in a field. Score = min(RCA, 2) × max(0, expected − works):
 * strong candidates with much collaboration left untapped first. Candidates without an RCA or an
 * index are listed with score 0 and a reason saying what is missing.
 */
export function suggestPartners(request: PartnerRequest): PartnerSuggestions {
  const { member, field } = request;
  const strength = new Map(
    request.strengths.filter((s) => s.field === field).map((s) => [s.iso3, s] as const),
  );
  const candidates = [...new Set(request.candidates)].filter((c) => c !== member).sort();
  const network = memberNetwork(request.collaboration, [member, ...candidates], request.pairs);
  const links = new Map<string, NetworkLink>();
  for (const l of network.links)
    if (l.a === member || l.b === member) links.set(l.a === member ? l.b : l.a, l);
  const own = strength.get(member);
  const memberRca = own?.rca ?? null;
  const suggestions = candidates.map((iso3): PartnerSuggestion => {
    const s = strength.get(iso3);
    const rca = s?.rca ?? null;
    const link = links.get(iso3);
    const works = link?.works ?? null;
    const expected = link?.expected ?? null;
    const index = link?.index ?? null;
    const untappedWorks =
      expected === null || works === null ? null : Math.max(0, expected - works);
    const score =
      rca === null || untappedWorks === null ? 0 : Math.min(rca, RCA_CAP) * untappedWorks;
    const reasons: string[] = [];
    if (rca === null) reasons.push(`no ${field} output for ${iso3} in the year used`);
    else if (rca >= STRONG_RCA && memberRca !== null && memberRca < STRONG_RCA)
      reasons.push(
        `complements: ${iso3} is specialised in ${field} (RCA ${fmt(rca)}), ${member} is not (RCA ${fmt(memberRca)})`,
      );
    else if (rca >= STRONG_RCA && memberRca !== null)
      reasons.push(
        `shared strength: both specialised in ${field} (RCA ${fmt(rca)} and ${member} ${fmt(memberRca)})`,
      );
    else if (rca >= STRONG_RCA) reasons.push(`specialised in ${field} (RCA ${fmt(rca)})`);
    else reasons.push(`not specialised in ${field} (RCA ${fmt(rca)} < ${STRONG_RCA})`);
    if (s?.sharePct != null) reasons.push(`${fmt(s.sharePct)}% of the world's ${field} articles`);
    if (works === null) reasons.push(`the source lists no co-authored works with ${member}`);
    else if (index === null)
      reasons.push(
        `${works} co-authored works with ${member}; no index (an international total is missing)`,
      );
    else if (index < 1)
      reasons.push(
        `untapped: ${works} co-authored works with ${member}, ${fmt(expected!, 0)} expected (index ${fmt(index)} < 1): ${fmt(untappedWorks!, 0)} more to reach expected`,
      );
    else
      reasons.push(
        `already collaborating: ${works} works, ${fmt(expected!, 0)} expected (index ${fmt(index)} ≥ 1)`,
      );
    return {
      iso3,
      rca,
      sharePct: s?.sharePct ?? null,
      works,
      index,
      expected,
      untappedWorks,
      score,
      reasons,
    };
  });
  suggestions.sort(
    (x, y) => y.score - x.score || (y.rca ?? -1) - (x.rca ?? -1) || x.iso3.localeCompare(y.iso3),
  );
  return { member, field, memberRca, memberSharePct: own?.sharePct ?? null, suggestions };
}

/**
 * What screening an institution against the restricted-party lists found (filled by the
 * service; `unscreened` until then):
 * - `listed` — a hit an analyst decided is a match, or one scoring at the list's match level;
 * - `review` — hits above the threshold not yet decided;
 * - `clear` — screened, no hit (or every hit decided `no_match`);
 * - `unscreened` — not screened (no list imported, or not yet run).
 */
export interface InstitutionScreening {
  status: 'listed' | 'clear' | 'review' | 'unscreened';
  hits: InstitutionScreeningHit[];
}

/** One restricted-party entry an institution matched, with why. */
export interface InstitutionScreeningHit {
  listId: string;
  entityId: string;
  /** The entry's name as the list gives it. */
  name: string;
  /** In [0, 1]. */
  score: number;
  /** The match explained in words (names compared, country, aliases). */
  why: string[];
  /** An analyst's recorded decision on this hit for this name; null when none. */
  decision: DecisionValue | null;
}

export const UNSCREENED: InstitutionScreening = { status: 'unscreened', hits: [] };

export type { InstitutionPair } from './research.ts';

/** A suggested AI institution with its numbers and its screening slot. */
export interface InstitutionSuggestion {
  /** NSF's rank among AI-producing institutions (1 = most articles, whole count). */
  nsfRank: number;
  name: string;
  rorId: string | null;
  country: string;
  articles: AiInstitution['articles'];
  /** 100 × international / whole: how open the institution already is to foreign co-authors. */
  internationalSharePct: number | null;
  /** Its co-authored AI articles with the member's top-100 institutions (NSF lists ≥ 50 only). */
  linksWithMember: { name: string; works: number }[];
  worksWithMember: number;
  reasons: string[];
  screening: InstitutionScreening;
}

/**
 * AI institutions to suggest to a member: NSF's top-100 institutions of the candidate economies
 * (not the member's own), by NSF rank, each with its existing links to the member's top-100
 * institutions. Institutions without a country (no ROR link) cannot be placed and are left out.
 */
export function suggestAiInstitutions(
  member: string,
  candidates: readonly string[],
  institutions: readonly AiInstitution[],
  pairs: readonly InstitutionPair[],
  /**
   * The suggestions are for one institution rather than the whole member: its NSF names (none
   * when it is not among NSF's top 100); links are counted with it alone, and it is never
   * suggested to itself.
   */
  forInstitution?: readonly string[],
): InstitutionSuggestion[] {
  const allowed = new Set(candidates.filter((c) => c !== member));
  const own = new Set(
    forInstitution ?? institutions.filter((i) => i.country === member).map((i) => i.name),
  );
  const withWhom =
    forInstitution === undefined
      ? `${member}'s top-100 institutions`
      : forInstitution.length > 0
        ? forInstitution.join(' / ')
        : 'the institution (not among NSF’s top 100: no link is listed)';
  return institutions
    .filter((i) => i.country !== null && allowed.has(i.country) && !own.has(i.name))
    .sort((x, y) => x.rank - y.rank)
    .map((i) => {
      const links = pairs
        .flatMap((p) =>
          p.a === i.name && own.has(p.b)
            ? [{ name: p.b, works: p.works }]
            : p.b === i.name && own.has(p.a)
              ? [{ name: p.a, works: p.works }]
              : [],
        )
        .sort((x, y) => y.works - x.works || x.name.localeCompare(y.name));
      const worksWithMember = links.reduce((s, l) => s + l.works, 0);
      const share =
        i.articles.whole === 0 ? null : (100 * i.articles.international) / i.articles.whole;
      const reasons = [
        `rank ${i.rank} of NSF's top-100 AI institutions: ${i.articles.whole} AI articles 2003–2022 (${fmt(i.articles.fractional, 1)} fractional)`,
        share === null ? 'no articles' : `${fmt(share, 1)}% of its AI articles are international`,
        links.length === 0
          ? `no link of ≥ 50 co-authored AI articles with ${withWhom}`
          : `${worksWithMember} co-authored AI articles with ${withWhom} (${links.map((l) => `${l.name} ${l.works}`).join(', ')})`,
      ];
      return {
        nsfRank: i.rank,
        name: i.name,
        rorId: i.rorId,
        country: i.country!,
        articles: i.articles,
        internationalSharePct: share,
        linksWithMember: links,
        worksWithMember,
        reasons,
        screening: UNSCREENED,
      };
    });
}
