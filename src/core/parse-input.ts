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

/** A Zod path as people write it: `questions[2].options[1].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * Parses a JSON document (a criteria set, a proposal, a consultation …) or throws
 * `validation_failed` ("invalid <what>: questions[2].id: …; …") listing every problem, each
 * path written as {@link formatPath} does (`(root)` for the document itself).
 */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: ErrorIssue[] = parsed.error.issues.map((i) => ({
    path: formatPath(i.path),
    message: i.message,
  }));
  throw new DomainError(
    'validation_failed',
    `invalid ${what}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    issues,
  );
}
