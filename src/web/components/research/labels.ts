// Labels of the research pages: fields in the reader's language, economy names, the screening
// status's words, and number formats.
import { useIntl } from 'react-intl';
import {
  isResearchField,
  RESEARCH_FIELDS,
  type ResearchField,
} from '../../../core/research/research.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageId } from '../../i18n/messages.en.ts';
import type { ScreeningStatus } from './queries.ts';

/** NSF's 14 fields (the heat map's columns), without AI. */
export const NSF_FIELD_CODES: readonly ResearchField[] = RESEARCH_FIELDS.filter(
  (f) => f.nsfColumn !== null,
).map((f) => f.code);

export const ALL_FIELD_CODES: readonly ResearchField[] = RESEARCH_FIELDS.map((f) => f.code);

/** A field's message (a field added to the model without one fails to compile). */
const fieldMessage = (field: ResearchField): MessageId => `research.field.${field}`;

export function useFieldLabel(): (field: string) => string {
  const t = useT();
  return (field) => (isResearchField(field) ? t(fieldMessage(field)) : field);
}

export function useStatusLabel(): (status: ScreeningStatus) => string {
  const t = useT();
  return (status) => t(`research.status.${status}`);
}

/** Number formats in the reader's locale; a missing value shows as an en dash. */
export function useNumbers() {
  const intl = useIntl();
  const fmt = (v: number | null | undefined, digits: number) =>
    v === null || v === undefined
      ? '–'
      : intl.formatNumber(v, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return {
    count: (v: number | null | undefined) =>
      fmt(v === null || v === undefined ? v : Math.round(v), 0),
    pct: (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${fmt(v, 2)} %`),
    ratio: (v: number | null | undefined) => fmt(v, 2),
  };
}
