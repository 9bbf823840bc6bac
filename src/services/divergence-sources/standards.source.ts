// The standards source of the divergence register: active committees in a strategic technology
// area whose secretariat a concern economy holds, where members of the watched coalition do not
// take part (`absent-from-strategic-committee`). The coalition and the concern economies are the
// standards watch's (the setting the snapshot alerts use). Kinds, keys, severity and measures:
// docs/analytics/standards.md and docs/analytics/divergences.md.
import type { DetectedDivergence } from '../../core/divergences/divergence.ts';
import { STANDARDS_WORKSTREAM, type StandardsService } from '../standards.service.ts';
import {
  joinWords,
  memberName,
  share,
  sortedMembers,
  type DivergenceSource,
  type SourceNames,
} from './source.ts';

export const STANDARDS_SOURCE = 'standards';

/** The address of a committee's page, and of its API answer. */
const committeeHref = (reference: string): string =>
  `#/standards/committee?ref=${encodeURIComponent(reference)}`;
const committeeApi = (reference: string): string =>
  `/api/v1/standards/committee?ref=${encodeURIComponent(reference)}`;

/**
 * The standards source. A committee counts when it is active, carries at least one strategic tag
 * (its own or its parent's) and its secretariat is held by one of the watch's concern economies; a
 * coalition member is absent when it is neither the secretariat nor a participating (P) member
 * (an observer is absent: it does not vote). A committee whose data lists no member but its
 * secretariat is left out (absence unknown). Nothing is found when the watch's coalition names no
 * economy or no committee is loaded.
 */
export function standardsSource(
  standards: StandardsService,
  options: SourceNames = {},
): DivergenceSource {
  async function detect(): Promise<DetectedDivergence[]> {
    const watch = await standards.watch();
    const coalition = [...new Set(watch.members)];
    if (coalition.length === 0 || watch.concern.length === 0) return [];
    const { items } = await standards.committees({ status: 'active' });
    const candidates = items.filter(
      (c) => c.tags.length > 0 && c.secretariat !== null && watch.concern.includes(c.secretariat),
    );
    const tags = new Map((await standards.tags()).map((t) => [t.code, t.label]));
    const out: DetectedDivergence[] = [];
    for (const summary of candidates) {
      const c = await standards.committee(summary.reference);
      // A committee another body administers may list only its secretariat (ISO/IEC JTC 1/SC 43
      // in ISO's file): who is absent is then unknown, not everyone.
      if (c.members.every((m) => m.role === 'secretariat' || m.iso3 === c.secretariat)) continue;
      const roles = new Map<string, string>();
      for (const m of c.members)
        if (m.iso3 !== null && (m.role !== 'O' || !roles.has(m.iso3))) roles.set(m.iso3, m.role);
      const present = coalition.filter(
        (m) => roles.get(m) === 'P' || roles.get(m) === 'secretariat',
      );
      const absent = coalition.filter((m) => !present.includes(m));
      if (absent.length === 0) continue;
      const observers = absent.filter((m) => roles.get(m) === 'O');
      const names = (codes: readonly string[]): string =>
        codes.length === 0 ? 'none' : joinWords(codes.map((m) => options.names?.get(m) ?? m));
      const secretariat =
        c.secretariatName ?? (c.secretariat ? memberName(c.secretariat, options.names) : '');
      const tagLabels = c.tags.map((t) => tags.get(t) ?? t);
      out.push({
        source: STANDARDS_SOURCE,
        key: `absent:${c.reference}`,
        kind: 'absent-from-strategic-committee',
        workstream: STANDARDS_WORKSTREAM,
        title: `${c.reference} (${c.title}): ${absent.length} of ${coalition.length} ${watch.coalition} members absent; ${secretariat} holds the secretariat`,
        summary:
          `${secretariat} holds the secretariat of ${c.reference} (${c.title}; ${joinWords(tagLabels)}), ` +
          `where ${names(absent)} ${absent.length > 1 ? 'do' : 'does'} not participate` +
          (observers.length > 0
            ? ` (${names(observers)} only observe${observers.length > 1 ? '' : 's'})`
            : '') +
          `; ${present.length} of the ${watch.coalition} members do.`,
        members: sortedMembers(absent),
        severity: share(absent.length, coalition.length),
        measure: absent.length,
        evidence: [
          {
            label: 'Secretariat',
            detail: `${secretariat}${c.secretariatBody ? ` (${c.secretariatBody})` : ''}`,
            link: committeeHref(c.reference),
          },
          {
            label: 'Strategic areas',
            detail: `${joinWords(tagLabels)}${c.inheritedTags.length > 0 ? ` (from the parent committee: ${c.inheritedTags.join(', ')})` : ''}`,
            link: '#/standards/tags',
          },
          {
            label: `${watch.coalition} members participating`,
            detail: names(present),
            link: null,
          },
          { label: `${watch.coalition} members absent`, detail: names(absent), link: null },
          ...(observers.length > 0
            ? [{ label: 'Observing only', detail: names(observers), link: null }]
            : []),
        ],
        link: committeeHref(c.reference),
        apiLink: committeeApi(c.reference),
        confidentiality: 'public',
      });
    }
    return out;
  }

  return {
    id: STANDARDS_SOURCE,
    label: 'Standards committees',
    description:
      'Strategic standards committees led by a concern economy where members of the watched coalition do not take part',
    detect,
  };
}
