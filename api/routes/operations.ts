import type { FastifyInstance } from 'fastify';
import { healthSchema } from '../schemas/health.js';
import { PUBLIC_ROUTE } from '../routeGuards.js';
import { errorResponses } from '../schemas/error.js';
import { ref } from '../schemas/jsonSchema.js';
import type { RouteDeps } from './deps.js';
import { routeErrors } from './routeErrors.js';

/** What an operator watches: health (open to probes), the models serving, and Prometheus metrics. */
export function operationRoutes(server: FastifyInstance, { services, metrics }: RouteDeps): void {
  server.get('/api/health', {
    config: PUBLIC_ROUTE,
    schema: {
      tags: ['operations'],
      summary: 'Whether the process is well (no token needed)',
      description: 'Always 200 while the process serves; `ok` is false when the market source does not answer a probe within 5 s.',
      security: [],
      response: { 200: healthSchema, ...errorResponses(['rate_limited', 'internal']) },
    },
    handler: async () => {
      const health = await services.health();
      const { reachable, latencyMs } = health.exchange;
      const problem = health.exchange.reachable ? {} : { problem: health.exchange.problem };
      return {
        ok: reachable,
        uptimeMs: health.uptimeMs,
        exchange: { reachable, latencyMs, ...problem },
        cacheAgeMs: health.cacheAgeMs,
        answers: health.answers,
      };
    },
  });

  server.get('/api/models', {
    schema: {
      tags: ['operations'],
      summary: 'The models serving now, their walk-forward figures, and refused files',
      response: { 200: ref('ModelsReport'), ...routeErrors() },
    },
    handler: async () => services.models(),
  });

  server.get('/metrics', {
    schema: {
      tags: ['operations'],
      summary: 'Prometheus metrics',
      description: 'Request latency by door and route, model call time, sweeps, outbox depth, deliveries, 429s seen, candle cache, process.',
      response: {
        200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
        ...routeErrors(),
      },
    },
    handler: async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.text()),
  });
}
