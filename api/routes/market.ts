import type { FastifyInstance } from 'fastify';
import { symbolParam, timeframeParam } from '../params.js';
import { integer, object, ref } from '../schemas/jsonSchema.js';
import { statusSchema } from '../schemas/status.js';
import type { RouteDeps } from './deps.js';
import { symbolPath, timeframeField } from './queryFields.js';
import { routeErrors } from './routeErrors.js';

const DEFAULT_CANDLES = 200;
const MAX_CANDLES = 1_000;

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

  server.get<{ Params: { symbol: string }; Querystring: { timeframe?: string; limit: number } }>('/api/candles/:symbol', {
    schema: {
      tags: ['market'],
      summary: 'The latest closed candles of one pair',
      description: 'What the pair page charts: closed candles only, oldest first, from the same cache the predictions read.',
      params: symbolPath,
      querystring: object(
        {
          timeframe: timeframeField(),
          limit: { ...integer(`How many candles, 1 to ${MAX_CANDLES}`), minimum: 1, maximum: MAX_CANDLES, default: DEFAULT_CANDLES },
        },
        { optional: ['timeframe', 'limit'] },
      ),
      response: {
        200: ref('Candles'),
        ...routeErrors('bad_request', 'invalid_symbol', 'unknown_symbol', 'unknown_timeframe', 'market_unavailable'),
      },
    },
    handler: async (request) => {
      const symbol = symbolParam(request.params.symbol);
      const timeframe = timeframeParam(request.query.timeframe);
      return { symbol, timeframe, candles: await services.recentCandles(symbol, timeframe, request.query.limit) };
    },
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
