import type { FastifyInstance } from 'fastify';
import type { TimeframeCall } from '../../inference/summary.js';
import { listedItems, pairItem, symbolsOf } from '../pairItems.js';
import { symbolListParam, symbolParam, timeframeParam } from '../params.js';
import { object, ref } from '../schemas/jsonSchema.js';
import { summarySchema } from '../schemas/summary.js';
import type { RouteDeps } from './deps.js';
import { symbolPath, symbolsField, timeframeField } from './queryFields.js';
import { routeErrors } from './routeErrors.js';

const FOLLOWED_PAIRS =
  'The followed pairs are those the loaded direction models were trained on (their metadata `trained_on.pairs`) that the market lists now.';

/** One pair on one timeframe (a call, or a call and why): the same question, so the same query and errors. */
const onePairQuery = object({ timeframe: timeframeField() }, { optional: ['timeframe'] });
const onePairErrors = routeErrors(
  'bad_request', 'invalid_symbol', 'unknown_timeframe', 'unknown_symbol', 'not_enough_history', 'market_unavailable', 'model_unavailable',
);

const summaryCall = (call: TimeframeCall) => ({
  timeframe: call.timeframe,
  prediction: 'prediction' in call ? call.prediction : null,
  unavailable: 'unavailable' in call ? call.unavailable : null,
});

/** The predictions: many pairs in one batch, one pair on one timeframe, and one pair on every timeframe. */
export function predictionRoutes(server: FastifyInstance, { services }: RouteDeps): void {
  server.get<{ Querystring: { timeframe?: string; symbols?: string } }>('/api/predictions', {
    schema: {
      tags: ['predictions'],
      summary: 'Every followed pair, or the listed ones, on one timeframe',
      description:
        `${FOLLOWED_PAIRS} All pairs go through one batched model call. A pair that fails (unknown, not enough ` +
        'history) carries its error in its own item; the others are served. Each prediction is stored in the signal history.',
      querystring: object({ timeframe: timeframeField(), symbols: symbolsField }, { optional: ['timeframe', 'symbols'] }),
      response: { 200: ref('PairPredictions'), ...routeErrors('bad_request', 'unknown_timeframe', 'market_unavailable') },
    },
    handler: async (request) => {
      const timeframe = timeframeParam(request.query.timeframe);
      const listed = request.query.symbols === undefined ? null : symbolListParam(request.query.symbols);
      const { pairs } = await services.predictPairs(timeframe, listed && symbolsOf(listed));
      const predictions = listed ? listedItems(listed, pairs, request.log) : pairs.map((pair) => pairItem(pair, request.log));
      return { timeframe, predictions };
    },
  });

  server.get<{ Params: { symbol: string }; Querystring: { timeframe?: string } }>('/api/predictions/:symbol', {
    schema: {
      tags: ['predictions'],
      summary: 'One pair on one timeframe',
      description: 'The call, its confidence and trade levels, as the bot\u2019s /predict SYMBOL TIMEFRAME. Stored in the signal history.',
      params: symbolPath,
      querystring: onePairQuery,
      response: { 200: ref('Prediction'), ...onePairErrors },
    },
    handler: async (request) => services.predict(symbolParam(request.params.symbol), timeframeParam(request.query.timeframe)),
  });

  server.get<{ Params: { symbol: string }; Querystring: { timeframe?: string } }>('/api/predictions/:symbol/why', {
    schema: {
      tags: ['predictions'],
      summary: 'One pair on one timeframe, and why',
      description: 'As the bot\u2019s Why? button: the call, the indicator readings the model saw, and how much each indicator moved the call. Stored in the signal history.',
      params: symbolPath,
      querystring: onePairQuery,
      response: { 200: ref('Explanation'), ...onePairErrors },
    },
    handler: async (request) => services.explain(symbolParam(request.params.symbol), timeframeParam(request.query.timeframe)),
  });

  server.get<{ Params: { symbol: string } }>('/api/predictions/:symbol/summary', {
    schema: {
      tags: ['predictions'],
      summary: 'One pair on every timeframe, and whether they agree',
      description: 'As the bot\u2019s /predict SYMBOL: a timeframe without a model or enough history says why instead. Stored in the signal history.',
      params: symbolPath,
      response: { 200: summarySchema, ...routeErrors('bad_request', 'invalid_symbol', 'unknown_symbol', 'market_unavailable') },
    },
    handler: async (request) => {
      const summary = await services.predictAll(symbolParam(request.params.symbol));
      return { symbol: summary.symbol, calls: summary.calls.map(summaryCall), confluence: summary.confluence };
    },
  });
}
