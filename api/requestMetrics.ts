import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../app/metrics.js';

/** The label of requests no route matched: one series for every unknown path. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Every answer's time into the request histogram, labelled by route pattern so the series stay few. */
export function recordRequestTimes(server: FastifyInstance, metrics: Metrics): void {
  server.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.requestSeconds.labels('http', route).observe(reply.elapsedTime / 1000);
  });
}
