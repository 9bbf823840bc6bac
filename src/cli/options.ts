// Checks of command-line option values the commands share: the error names the option and says
// what it takes, like every other bad input.
import { DomainError } from '../core/errors.ts';

/** An option that must be one of a closed list; the error names the option and the choices. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError(
    'validation_failed',
    `${option}: '${value}' is not one of ${allowed.join(', ')}`,
    [{ path: option, message: `one of ${allowed.join(', ')}` }],
  );
}

/** `--from 2010`: a year, or an error naming the option. */
export function yearOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2100)
    throw new DomainError('validation_failed', `${option}: '${value}' is not a year`, [
      { path: option, message: 'a year between 1900 and 2100' },
    ]);
  return Number(value);
}

/** `--limit 50`: a whole number within bounds, or an error naming the option. */
export function wholeOption(
  value: string | undefined,
  option: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new DomainError(
      'validation_failed',
      `${option}: '${value}' is not a number from ${min} to ${max}`,
      [{ path: option, message: `a whole number from ${min} to ${max}` }],
    );
  return n;
}
