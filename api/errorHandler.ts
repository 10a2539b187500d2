import type { FastifyError, FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { ApiError } from './apiError.js';
import { toErrorReply } from './errorReply.js';
import { validationMessage } from './validationMessage.js';

/** Fastify's own client errors (a schema failure, a malformed request) as ours, with a message that says what to send. */
function asApiError(error: unknown, request: FastifyRequest): unknown {
  const fastifyError = error as Partial<FastifyError> & { validation?: unknown; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    const part = (fastifyError.validationContext ?? 'querystring') as Parameters<typeof validationMessage>[1];
    return new ApiError('bad_request', `${validationMessage(request, part, fastifyError.validation)} See /openapi.json.`);
  }
  const status = fastifyError.statusCode;
  if (!(error instanceof ApiError) && status !== undefined && status >= 400 && status < 500 && fastifyError.message) {
    return new ApiError('bad_request', fastifyError.message);
  }
  return error;
}

/**
 * Every error becomes `{ error: { code, message } }` with the status of its code (api/errorCodes.ts); an
 * unexpected one is logged with its stack and answered as `internal`, naming nothing inside.
 */
export function answerErrorsAsJson(server: FastifyInstance, notFoundOptions: RouteShorthandOptions): void {
  server.setErrorHandler((error, request, reply) => {
    const answer = toErrorReply(asApiError(error, request));
    request.log[answer.level]({ err: error, method: request.method, route: request.routeOptions.url }, `http ${answer.body.error.code}`);
    return reply.status(answer.status).send(answer.body);
  });
  server.setNotFoundHandler(notFoundOptions, async (request) => {
    throw new ApiError('not_found', `No route ${request.method} ${request.url.split('?')[0]!.slice(0, 100)}. The routes are listed at /api/docs and /openapi.json.`);
  });
}
