// The restricted-party source of the divergence register: the parties one member's list names and
// another member's lists do not (`listed-by-one`), from the screening service's reconciliation
// (the matching engine at its default threshold, on the worker threads, cached per data
// version). Kinds, keys, severity and measures: docs/analytics/divergences.md.
import type { DetectedDivergence } from '../../core/divergences/divergence.ts';
import type { StoredList } from '../../core/restricted-parties/restricted-party.ts';
import { countryIso3 } from '../../core/screening/country-code.ts';
import { DEFAULT_CONCERN } from '../../core/supply-chains/economy-group.ts';
import type { ScreeningService } from '../screening.service.ts';
import {
  joinWords,
  memberName,
  share,
  sortedMembers,
  type DivergenceSource,
  type SourceNames,
} from './source.ts';

export const RESTRICTED_PARTIES_SOURCE = 'restricted-parties';
const WORKSTREAM = 'export_controls';
/** Parties named in a divergence's evidence. */
export const PARTIES_IN_EVIDENCE = 10;

export interface RestrictedPartySourceOptions extends SourceNames {
  /** Economies (ISO3) whose lists are never compared: default CHN, IRN, PRK, RUS. */
  concern?: readonly string[];
}

/**
 * The member a list's jurisdiction stands for: `EU` for the EU, the ISO3 code of a country's
 * two-letter code (`US` → `USA`); null for a jurisdiction that is not a member's — a country of
 * concern (China's countersanctions and export-control lists), the UN, or `INT` (a mixed file).
 */
export function listMember(jurisdiction: string, concern: readonly string[]): string | null {
  if (jurisdiction === 'EU') return 'EU';
  const iso3 = countryIso3(jurisdiction);
  if (iso3 === null || concern.includes(iso3)) return null;
  return iso3;
}

/**
 * The restricted-party source: each loaded list of a member's jurisdiction reconciled with the
 * lists of every other member's jurisdiction (`a` the one list, `b` the other jurisdiction), one
 * divergence per pair when the list names parties the other jurisdiction does not.
 */
export function restrictedPartySource(
  screening: ScreeningService,
  options: RestrictedPartySourceOptions = {},
): DivergenceSource {
  const concern = options.concern ?? DEFAULT_CONCERN.economies;
  const name = (code: string): string => memberName(code, options.names);

  async function detect(): Promise<DetectedDivergence[]> {
    const lists = (await screening.lists()).filter(
      (l) => l.parties > 0 && listMember(l.jurisdiction, concern) !== null,
    );
    const jurisdictions = [...new Set(lists.map((l) => l.jurisdiction))].sort();
    const pairs: [StoredList, string][] = [];
    for (const l of [...lists].sort((a, b) => a.id.localeCompare(b.id)))
      for (const j of jurisdictions) if (j !== l.jurisdiction) pairs.push([l, j]);
    // One pair at a time: each reconciliation already runs on a worker thread, and the service
    // keeps a few list sets' parties, which a burst of every pair at once would push out.
    const out: DetectedDivergence[] = [];
    for (const [list, other] of pairs) {
      const r = await screening.reconcile({ a: [list.id], b: [other], limit: PARTIES_IN_EVIDENCE });
      const only = r.onlyA.count;
      if (only === 0) continue;
      const member = listMember(list.jurisdiction, concern)!;
      const otherMember = listMember(other, concern)!;
      const otherLists = r.b.lists.map((l) => l.id);
      const query = `a=${encodeURIComponent(list.id)}&b=${encodeURIComponent(other)}`;
      const named = r.onlyA.parties.map((p) => p.name);
      const countries = r.onlyA.byCountry
        .filter((c) => c.country !== null)
        .slice(0, 3)
        .map((c) => `${c.country} ${c.count}`);
      out.push({
        source: RESTRICTED_PARTIES_SOURCE,
        key: `listed:${list.id}:${other}`,
        kind: 'listed-by-one',
        workstream: WORKSTREAM,
        title: `${only} of ${list.parties} parties of ${list.id} not listed by ${name(otherMember)}`,
        summary:
          `${list.name} (${name(member)}) names ${only} of its ${r.a.parties} parties that no list of ${name(otherMember)} ` +
          `(${joinWords(otherLists)}) names` +
          (named.length > 0 ? `, among them ${joinWords(named.slice(0, 3))}.` : '.'),
        members: sortedMembers([member, otherMember]),
        severity: share(only, r.a.parties),
        measure: only,
        evidence: [
          {
            label: 'Listed by one side only',
            detail:
              `${only} of ${r.a.parties} parties of ${list.id} match no party of ${joinWords(otherLists)} ` +
              `(threshold ${r.threshold}; ${r.sameAs.count} matched pairs)` +
              (countries.length > 0 ? `; most by country: ${countries.join(', ')}` : ''),
            link: `#/screening/reconcile?${query}`,
          },
          ...r.onlyA.parties.map((p) => ({
            label: p.name,
            detail: `${p.listId}${p.countries.length > 0 ? `; ${p.countries.join(', ')}` : ''}${p.listingDate ? `; listed ${p.listingDate}` : ''}`,
            link: p.sourceUrl !== null && /^https?:\/\//.test(p.sourceUrl) ? p.sourceUrl : null,
          })),
        ],
        link: `#/screening/reconcile?${query}`,
        apiLink: `/api/v1/screening/reconcile?${query}`,
        confidentiality: 'public',
      });
    }
    return out;
  }

  return {
    id: RESTRICTED_PARTIES_SOURCE,
    label: 'Restricted-party lists',
    description:
      "Parties one member's restricted-party list names and another member's lists do not, matched with the screening engine",
    detect,
  };
}
