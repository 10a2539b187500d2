import { TIMEFRAMES } from '../../market/timeframes.js';
import { epochMs, integer, number, object, oneOf, string, type JsonSchema } from './jsonSchema.js';

const kind = (name: string): JsonSchema => oneOf([name], 'Also the SSE event name');
const at = epochMs('When it happened');

/**
 * app/events.ts's AppEvent as /api/events sends it. The stream is not a JSON route, so it stays out of the
 * document's paths; its events are documented here, as a component, and the board's type comes from it.
 */
export const liveEventSchema: JsonSchema = {
  $id: 'LiveEvent',
  description: 'What /api/events sends, one JSON per event: a candle close, a new alert, or an alert\u2019s outcome.',
  oneOf: [
    object({ kind: kind('candle'), timeframe: oneOf(TIMEFRAMES), at }, { description: 'The timeframe\u2019s sweep has run' }),
    object(
      { kind: kind('alert'), symbol: string(), timeframe: oneOf(TIMEFRAMES), direction: string('LONG or SHORT'), confidence: number(), at },
      { description: 'The sweep sent a new alert' },
    ),
    object(
      {
        kind: kind('outcome'),
        symbol: string(),
        timeframe: string(),
        signalId: integer('The alert\u2019s id in /api/signals'),
        outcome: string('TP1, TP2 or TP3 (a win), SL or EXPIRED'),
        netReturn: number('After 0.1% fees per side (0.004 = 0.4%)'),
        at,
      },
      { description: 'An alert\u2019s paper trade closed' },
    ),
  ],
};
