import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './apiError.js';
// Declares the `auth` key of a route's config that this hook reads.
import './routeGuards.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The bearer header's token, or `?token=` on a route that allows it (the board's event stream). */
function sentToken(request: FastifyRequest): string | undefined {
  const fromHeader = request.headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (fromHeader !== undefined || request.routeOptions.config.tokenInQuery !== true) return fromHeader;
  const { token } = request.query as { token?: unknown };
  return typeof token === 'string' && token !== '' ? token : undefined;
}

/**
 * With a token, every route needs `Authorization: Bearer <token>` unless its config says `auth: false`.
 * It runs at preParsing: after the rate limit (onRequest), so guessing is throttled too, and before
 * validation, so a stranger learns nothing about the parameters.
 */
export function requireBearerToken(server: FastifyInstance, token: string): void {
  // Hashes have one length, so the comparison takes the same time whatever was sent.
  const expected = digest(token);
  server.addHook('preParsing', async (request) => {
    if (request.routeOptions.config.auth === false) return;
    const sent = sentToken(request);
    if (sent === undefined) {
      throw new ApiError('unauthorized', 'This API needs a token: send the header Authorization: Bearer <API_TOKEN>.');
    }
    if (!timingSafeEqual(digest(sent), expected)) {
      throw new ApiError('unauthorized', 'The bearer token is wrong: send the API_TOKEN this server was started with.');
    }
  });
}
