// Words for the control lists' closed sets of values (statuses, paragraph kinds, lag states), as
// message ids.
import type { MessageId } from '../../i18n/messages.en.ts';
import type { Paragraph, SearchHit } from './queries.ts';

export const STATUS_LABELS: Record<Paragraph['status'], MessageId> = {
  controlled: 'controlLists.status.controlled',
  'not-used': 'controlLists.status.not-used',
  reserved: 'controlLists.status.reserved',
};

export const KIND_LABELS: Record<SearchHit['kind'], MessageId> = {
  item: 'controlLists.kind.item',
  note: 'controlLists.kind.note',
  'technical-note': 'controlLists.kind.technical-note',
  definition: 'controlLists.kind.definition',
  text: 'controlLists.kind.text',
  heading: 'controlLists.kind.heading',
};

export const LAG_STATES: Record<'missing' | 'not-used', MessageId> = {
  missing: 'controlLists.lag.state.missing',
  'not-used': 'controlLists.lag.state.not-used',
};
