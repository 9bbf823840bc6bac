// A registry value (a type, a bindingness) with a visible mark when a language model assigned it
// rather than an official source; the mark's meaning is in its title and in words for screen readers.
import { useT } from '../../i18n/i18n.tsx';

/** A value with the model mark when a model assigned it. */
export function ModelCoded({ value, model }: { value: string; model: boolean }) {
  const t = useT();
  if (!model) return <>{value}</>;
  return (
    <span className="model-coded" title={t('policies.modelCoded', { value })}>
      {value}
      <span className="model-mark" aria-hidden="true">
        {t('policies.modelMark')}
      </span>
      <span className="visually-hidden">{t('policies.modelCoded', { value: '' })}</span>
    </span>
  );
}
