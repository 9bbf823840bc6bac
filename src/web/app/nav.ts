// The navigation, grouped by what the alliance does. Each entry's `nav` key marks the current
// entry on every route that declares it (a route's staticData.nav).
import type { MessageId } from '../i18n/messages.en.ts';

export interface NavEntry {
  nav: string;
  href: string;
  label: MessageId;
}

export interface NavGroup {
  label: MessageId;
  entries: NavEntry[];
}

export const NAV_GROUPS: readonly NavGroup[] = [
  {
    label: 'nav.facts',
    entries: [
      { nav: 'map', href: '#/map', label: 'nav.map' },
      { nav: 'economies', href: '#/economies', label: 'nav.economies' },
      { nav: 'groups', href: '#/groups', label: 'nav.groups' },
    ],
  },
  {
    label: 'nav.alliance',
    entries: [
      { nav: 'coalitions', href: '#/coalitions', label: 'nav.coalitions' },
      { nav: 'criteria', href: '#/criteria', label: 'nav.criteria' },
      { nav: 'power', href: '#/power', label: 'nav.power' },
    ],
  },
  {
    label: 'nav.workstreams',
    entries: [
      { nav: 'chains', href: '#/chains', label: 'nav.chains' },
      { nav: 'controls', href: '#/controls', label: 'nav.controls' },
      { nav: 'control-lists', href: '#/control-lists', label: 'nav.controlLists' },
      { nav: 'standards', href: '#/standards', label: 'nav.standards' },
      { nav: 'misuse', href: '#/misuse', label: 'nav.misuse' },
      { nav: 'research', href: '#/research', label: 'nav.research' },
      { nav: 'policies', href: '#/policies', label: 'nav.policies' },
      { nav: 'screening', href: '#/screening', label: 'nav.screening' },
    ],
  },
  {
    label: 'nav.decisions',
    entries: [
      { nav: 'proposals', href: '#/proposals', label: 'nav.proposals' },
      { nav: 'conversations', href: '#/conversations', label: 'nav.conversations' },
      { nav: 'workstreams', href: '#/workstreams', label: 'nav.workstreamsPage' },
      { nav: 'commitments', href: '#/commitments', label: 'nav.commitments' },
      { nav: 'positions', href: '#/positions', label: 'nav.positions' },
      { nav: 'matrix', href: '#/positions/matrix', label: 'nav.matrix' },
      { nav: 'divergences', href: '#/divergences', label: 'nav.divergences' },
      { nav: 'alerts', href: '#/alerts', label: 'nav.alerts' },
    ],
  },
  {
    label: 'nav.record',
    entries: [{ nav: 'audit', href: '#/audit', label: 'nav.audit' }],
  },
];

/** The group and entry of a nav key, for breadcrumbs. */
export function navTrail(nav: string): { group: NavGroup; entry: NavEntry } | null {
  for (const group of NAV_GROUPS)
    for (const entry of group.entries) if (entry.nav === nav) return { group, entry };
  return null;
}
