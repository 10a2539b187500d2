import type { FastifyInstance } from 'fastify';
import { symbolParam } from '../params.js';
import { ref } from '../schemas/jsonSchema.js';
import { statusSchema } from '../schemas/status.js';
import type { RouteDeps } from './deps.js';
import { symbolPath } from './queryFields.js';
import { routeErrors } from './routeErrors.js';

/** The market's side: a pair's risk now, and the bot's mood with the policy model's call. */
export function marketRoutes(server: FastifyInstance, { services }: RouteDeps): void {
  server.get<{ Params: { symbol: string } }>('/api/risk/:symbol', {
    schema: {
      tags: ['market'],
      summary: 'How risky one pair is to trade now',
      description: 'A score 0–100 from four weighted factors read on closed 1h candles, each against the reference pairs\u2019 history, and warnings.',
      params: symbolPath,
      response: {
        200: ref('RiskReport'),
        ...routeErrors('bad_request', 'invalid_symbol', 'unknown_symbol', 'not_enough_history', 'market_unavailable', 'risk_unavailable'),
      },
    },
    handler: async (request) => services.risk(symbolParam(request.params.symbol)),
  });

  server.get('/api/status', {
    schema: {
      tags: ['market'],
      summary: 'The bot\u2019s mood and the policy model\u2019s call',
      description: 'As the bot\u2019s /status, for STATUS_PAIR. When the policy model fails, `policyFailed` is true and the mood still answers.',
      response: { 200: statusSchema, ...routeErrors('not_enough_history', 'market_unavailable') },
    },
    handler: async () => services.status(),
  });
}
