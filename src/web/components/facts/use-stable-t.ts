// useT with a stable identity (it changes with the locale only), for effects and memoised
// computations that translate: the shell's useT returns a new function on every render.
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/messages.en.ts';

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

export function useStableT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}
