// The words of the standards pages for the API's codes (committee types, statuses, member roles,
// change kinds, confidentiality) and the economy names the answers leave as ISO3.
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { useEconomyNames } from '../chains/chain-hooks.ts';
import type {
  CommitteeRole,
  CommitteeSummary,
  Confidentiality,
  StandardsChange,
} from './queries.ts';

export type ChangeKind = StandardsChange['kind'];

export function useStandardsLabels() {
  const t = useT();
  return {
    type: (type: CommitteeSummary['type']) => t(`standards.type.${type}`),
    status: (status: CommitteeSummary['status']) => t(`standards.status.${status}`),
    role: (role: CommitteeRole) => t(`standards.role.${role}`),
    kind: (kind: ChangeKind) => t(`standards.kind.${kind}`),
    confidentiality: (c: Confidentiality) => t(`standards.confidentiality.${c}`),
  };
}

/** ISO3 → "Name (ISO3)"-ready name, from the answer's names first, then the economies list. */
export function useNameOf(extra?: Readonly<Record<string, string>>): (iso3: string) => string {
  const names = useEconomyNames();
  return useMemo(() => (iso3: string) => extra?.[iso3] ?? names.get(iso3) ?? iso3, [names, extra]);
}

/** "2024-05-13" in the reader's locale (a date without a time, read in UTC). */
export function useDay(): (iso: string | null) => string {
  const intl = useIntl();
  return (iso) =>
    iso === null || iso === ''
      ? '—'
      : intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
}
