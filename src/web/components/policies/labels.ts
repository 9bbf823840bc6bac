// Words for the registry's codes (types, statuses, bindingness, sources, confidentiality) in the
// reader's language; a code the catalogue does not know shows as itself.
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageId } from '../../i18n/messages.en.ts';

export function usePolicyLabels() {
  const t = useT();
  const { messages } = useIntl();
  const has = (id: string): id is MessageId => Object.hasOwn(messages, id);
  const label = (prefix: string) => (code: string | null) => {
    const id = `${prefix}${code ?? 'none'}`;
    return has(id) ? t(id) : (code ?? '');
  };
  return {
    type: label('policies.type.'),
    status: label('policies.statusValue.'),
    binding: label('policies.bindingValue.'),
    source: label('policies.sourceValue.'),
    confidentiality: label('policies.conf.'),
  };
}
