import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.js';
import { historyRoutes } from './history.js';
import { marketRoutes } from './market.js';
import { operationRoutes } from './operations.js';
import { predictionRoutes } from './predictions.js';

/** Every route of the HTTP API, registered in one place; the OpenAPI document is built from them. */
export function registerRoutes(server: FastifyInstance, deps: RouteDeps): void {
  predictionRoutes(server, deps);
  marketRoutes(server, deps);
  historyRoutes(server, deps);
  operationRoutes(server, deps);
}
