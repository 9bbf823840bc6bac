// Parses untrusted input with a Zod schema into a DomainError whose issues name each path, so every
// edge (HTTP bodies, JSON files, CLI options) reports bad input the same way.
import type { z } from 'zod';
import { DomainError, type ErrorIssue } from './errors.ts';

/** The issues of a failed parse, each naming its path (`participants.2.code`) or `(body)`. */
export function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => ({
    path:
      i.code === 'unrecognized_keys'
        ? [...i.path, ...i.keys].join('.')
        : i.path.join('.') || '(body)',
    message: i.code === 'unrecognized_keys' ? 'unknown field' : i.message,
  }));
}

/** Parses `input` or throws `validation_failed` ("invalid <what>: path: message; …"). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = issuesOf(r.error);
  throw new DomainError(
    'validation_failed',
    `invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );
}
