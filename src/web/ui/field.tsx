// A labelled form field with its hint and error wired for assistive technology: the control is
// described by the hint and the error, and marked invalid while the error shows. The one field
// helper of the UI.
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

export interface FieldProps {
  label: ReactNode;
  /** The control: an input, select or textarea (it gets id, aria-describedby and aria-invalid). */
  children: ReactElement<Record<string, unknown>>;
  hint?: ReactNode;
  /** The error to show under the control (from errorText or a field issue), or nothing. */
  error?: string | null;
  /** The control's id (default: generated). */
  id?: string;
  className?: string;
}

export function Field({ label, children, hint, error, id, className }: FieldProps) {
  const generated = useId();
  const controlId = id ?? (children.props.id as string | undefined) ?? `${generated}-control`;
  const hintId = hint ? `${controlId}-hint` : null;
  const errorId = error ? `${controlId}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={controlId}>{label}</label>
      {cloneElement(children, {
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {hint && (
        <span id={hintId!} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId!} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * Field errors of a failed write, by field path, from the API's issues — for `Field`'s `error`:
 * `fieldErrors(error)['votingWindow.closesAt']`.
 */
export function fieldErrors(
  issues: readonly { path: string; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] = out[i.path] ? `${out[i.path]}; ${i.message}` : i.message;
  return out;
}
