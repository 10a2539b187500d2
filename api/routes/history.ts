import type { FastifyInstance } from 'fastify';
import { optionalTimeframeParam, sinceParam, symbolParam } from '../params.js';
import { integer, object, ref, type JsonSchema } from '../schemas/jsonSchema.js';
import { signalPageSchema } from '../schemas/signals.js';
import type { RouteDeps } from './deps.js';
import { symbolField, timeframeField } from './queryFields.js';
import { routeErrors } from './routeErrors.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

const signalQuery: JsonSchema = object(
  {
    symbol: { ...symbolField, description: `${String(symbolField.description)} Absent: every pair.` },
    timeframe: timeframeField('every timeframe'),
    since: {
      type: 'string',
      maxLength: 40,
      description: 'Only signals whose candle opened at or after this time: ISO 8601 (2021-06-01T00:00:00Z, UTC unless zoned) or epoch milliseconds.',
      examples: ['2021-06-01T00:00:00Z'],
    },
    before: { ...integer('The `nextBefore` of the previous page'), minimum: 1 },
    limit: { ...integer(`Page size, 1 to ${MAX_PAGE}`), minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE },
  },
  { optional: ['symbol', 'timeframe', 'since', 'before', 'limit'] },
);

interface SignalQuery {
  symbol?: string;
  timeframe?: string;
  since?: string;
  before?: number;
  limit: number;
}

/** What happened: the stored signal history, and the alert signals' outcomes. */
export function historyRoutes(server: FastifyInstance, { services }: RouteDeps): void {
  server.get<{ Querystring: SignalQuery }>('/api/signals', {
    schema: {
      tags: ['history'],
      summary: 'The stored signal history, newest first',
      description: 'Every prediction asked for (bot or HTTP, origin `request`) and every alert (origin `alert`), one page at a time.',
      querystring: signalQuery,
      response: { 200: signalPageSchema, ...routeErrors('bad_request', 'invalid_symbol', 'unknown_timeframe') },
    },
    handler: async (request) => {
      const { query } = request;
      const page = services.signalHistory({
        symbol: query.symbol === undefined ? undefined : symbolParam(query.symbol),
        timeframe: optionalTimeframeParam(query.timeframe) ?? undefined,
        since: sinceParam(query.since),
        beforeId: query.before,
        limit: query.limit + 1,
      });
      const signals = page.slice(0, query.limit);
      return { signals, nextBefore: page.length > query.limit ? signals.at(-1)!.id : null };
    },
  });

  server.get<{ Querystring: { symbol?: string; timeframe?: string } }>('/api/alerts', {
    schema: {
      tags: ['history'],
      summary: 'The alerts of the last 90 days with their outcomes, oldest first',
      description: 'Each alert signal with how it ended (TP1–3, SL, EXPIRED) and its net return after fees: the pair page’s history and the equity curve.',
      querystring: object(
        { symbol: { ...symbolField, description: `${String(symbolField.description)} Absent: every pair.` }, timeframe: timeframeField('every timeframe') },
        { optional: ['symbol', 'timeframe'] },
      ),
      response: { 200: ref('AlertHistory'), ...routeErrors('bad_request', 'invalid_symbol', 'unknown_timeframe') },
    },
    handler: async (request) => ({
      alerts: services.alertHistory({
        symbol: request.query.symbol === undefined ? undefined : symbolParam(request.query.symbol),
        timeframe: optionalTimeframeParam(request.query.timeframe) ?? undefined,
      }),
    }),
  });

  server.get<{ Querystring: { timeframe?: string } }>('/api/performance', {
    schema: {
      tags: ['history'],
      summary: 'How the alerts did over the last 7, 30 and 90 days',
      description: 'As the bot\u2019s /performance: wins, stops, win rate against break-even and net returns, by timeframe and confidence band.',
      querystring: object({ timeframe: timeframeField('every timeframe') }, { optional: ['timeframe'] }),
      response: { 200: ref('PerformanceReport'), ...routeErrors('bad_request', 'unknown_timeframe') },
    },
    handler: async (request) => services.performance(optionalTimeframeParam(request.query.timeframe)),
  });
}
