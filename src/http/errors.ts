// One table from error code to HTTP status, and one handler that turns every error into JSON.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../core/errors.ts';
import { BUSY_RETRY_AFTER_SECONDS } from '../services/worker-pool.ts';

/** Exhaustive: a new ErrorCode without a status fails to compile. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_file: 400,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  conflict: 409,
  import_rejected: 422,
  configuration: 500,
  busy: 503,
  unavailable: 503,
};

export interface ErrorBody {
  code: ErrorCode | 'internal_error';
  message: string;
  issues?: { path: string; message: string }[];
}

export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DomainError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.issues.length > 0)
      body.issues = error.issues.map(({ path, message }) => ({ path, message }));
    const retryAfter =
      error.retryAfterSeconds ?? (error.code === 'busy' ? BUSY_RETRY_AFTER_SECONDS : undefined);
    if (retryAfter !== undefined) reply.header('retry-after', String(Math.ceil(retryAfter)));
    return reply.status(STATUS_BY_CODE[error.code]).send(body);
  }
  const fe = error as FastifyError;
  // Errors Fastify raises itself on malformed requests (bad JSON, wrong content type, too large).
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply
      .status(fe.statusCode)
      .send({ code: 'validation_failed', message: fe.message } satisfies ErrorBody);
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    code: 'internal_error',
    message: 'internal error; the server log has details',
  } satisfies ErrorBody);
}
