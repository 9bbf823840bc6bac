// Parses untrusted input with a Zod schema into a DomainError whose issues name each path, so every
// edge (HTTP bodies, parameters, JSON files, CLI options) reports bad input the same way: one
// notation for paths, dots between keys and list items by number (`questions.2.options.1.id`).
import type { z } from 'zod';
import { DomainError, type ErrorIssue } from './errors.ts';

/** A path as the API and the CLI write it: `questions.2.options.1.id` (empty: the input itself). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** How issues name what the input is, for issues about the whole of it and keys it should not have. */
export interface IssueNames {
  /** The path of an issue about the whole input; default `(body)`. */
  whole?: string;
  /** The message of a key the schema does not know; default `unknown field`. */
  unknownKey?: string;
}

/**
 * The issues of a failed parse, each naming its path ({@link formatPath}), or `names.whole` for the
 * input itself; a key the schema does not know is an issue of its own, named by its path.
 */
export function issuesOf(error: z.ZodError, names: IssueNames = {}): ErrorIssue[] {
  const at = (path: readonly PropertyKey[]): string =>
    formatPath(path) || (names.whole ?? '(body)');
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({
          path: at([...i.path, k]),
          message: names.unknownKey ?? 'unknown field',
        }))
      : [{ path: at(i.path), message: i.message }],
  );
}

/** Parses `input` or throws `validation_failed` ("invalid <what>: path: message; …"). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  names: IssueNames = {},
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = issuesOf(r.error, names);
  throw new DomainError(
    'validation_failed',
    `invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );
}

/**
 * Parses a JSON document (a criteria set, a proposal, a consultation …) as {@link parseInput}
 * does, listing every problem; `(root)` names the document itself.
 */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  return parseInput(schema, input, what, { whole: '(root)' });
}
