import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './apiError.js';

const MINUTE_MS = 60_000;

/**
 * At most `perMinute` requests per client (its IP) per minute on every route registered after it, unless
 * the route's config says `rateLimit: false`; unknown paths count too. The 429 carries Retry-After.
 */
export async function limitRequestRate(server: FastifyInstance, perMinute: number): Promise<void> {
  await server.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: MINUTE_MS,
    errorResponseBuilder: (_request, context) =>
      new ApiError('rate_limited', `Too many requests: at most ${context.max} a minute per client. Retry in ${context.after}.`),
  });
}
