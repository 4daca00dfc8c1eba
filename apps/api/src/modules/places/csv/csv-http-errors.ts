import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../../../graphql/app-error';

const statusOf: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TENANT_SUSPENDED]: 403,
};

/** Plain-HTTP routes answer `{ error }` with a status: expected failures as they are, anything else masked and logged. */
export function answerError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.details.retryAfterSeconds) reply.header('retry-after', error.details.retryAfterSeconds);
    return reply.code(statusOf[error.code]).send({ error: error.message });
  }
  // Fastify's own refusals: body too large, unsupported content type, malformed request.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.code(error.statusCode).send({ error: error.message });
  }
  request.log.error({ err: error }, 'unexpected error');
  return reply.code(500).send({ error: 'Internal server error' });
}
