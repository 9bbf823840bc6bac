// The coalition picker: a select of the saved coalitions (code — name), fetched once and cached.
// The one way pages choose a coalition to analyse or compare.
import { useQuery } from '@tanstack/react-query';
import { coalitionsQuery } from '../components/coalitions/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { Field } from './field.tsx';

export function useCoalitions() {
  return useQuery({ ...coalitionsQuery, staleTime: 60_000 });
}

export function CoalitionPicker({
  id,
  label,
  value,
  onChange,
  noneLabel,
  hint,
  error,
}: {
  id: string;
  label: string;
  /** The chosen coalition's code, '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** When given, an empty choice with this label comes first. */
  noneLabel?: string;
  hint?: string;
  error?: string | null;
}) {
  const t = useT();
  const coalitions = useCoalitions();
  const items = coalitions.data?.items ?? [];
  return (
    <Field label={label} hint={hint} error={error ?? null}>
      <select
        id={id}
        value={value}
        disabled={coalitions.isPending}
        aria-busy={coalitions.isPending || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {coalitions.isPending && value && <option value={value}>{value}</option>}
        {items.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} — {c.name}
          </option>
        ))}
        {coalitions.isError && <option disabled>{t('error.network')}</option>}
      </select>
    </Field>
  );
}
