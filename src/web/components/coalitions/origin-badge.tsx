// A coalition's origin as a badge: custom (built here), grouping (reference data) or ad hoc.
import { useT } from '../../i18n/i18n.tsx';
import type { CoalitionSummary } from './coalition-data.ts';
import './coalitions.css';

export function OriginBadge({ origin }: { origin: CoalitionSummary['origin'] }) {
  const t = useT();
  return <span className={`badge badge-${origin}`}>{t(`coalitions.origin.${origin}`)}</span>;
}
