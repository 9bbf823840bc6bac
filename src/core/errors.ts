// The one error type of the domain: a closed set of codes, each mapped to an HTTP status at the edge.

/** Every failure the platform reports on purpose. Adding a code forces a status in http/errors.ts. */
export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'conflict'
  | 'import_rejected'
  | 'bad_file'
  | 'configuration'
  /** The worker pool's queue is full: retry later (503 with Retry-After). */
  | 'busy'
  /** The server cannot do this as configured (e.g. no audit signing key): 503, says why. */
  | 'unavailable';

/** One problem with one field of the input (a query parameter, a CSV cell, an option). */
export interface ErrorIssue {
  /** Where the problem is: a field or parameter name, e.g. `year` or `Value`. */
  path: string;
  message: string;
  /** Line number in a file (1-based, header is line 1), when the input was a file. */
  line?: number;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly ErrorIssue[];
  /** When to try again, in seconds (`rate_limited`, `busy`): HTTP sends it as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    issues: readonly ErrorIssue[] = [],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string, key: string): DomainError =>
  new DomainError('not_found', `${what} '${key}' not found`);
