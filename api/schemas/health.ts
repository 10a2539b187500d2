import { boolean, integer, number, object, oneOf, orNull, type JsonSchema } from './jsonSchema.js';

export const healthSchema: JsonSchema = object(
  {
    ok: boolean('The exchange (or the replay files) answered the probe'),
    uptimeMs: number(),
    exchange: object(
      { reachable: boolean(), latencyMs: number(), problem: oneOf(['timeout', 'error']) },
      { optional: ['problem'], description: 'One cheap real call to the market source, bypassing the candle cache' },
    ),
    cacheAgeMs: orNull(number('Age of the oldest candle-cache entry in use')),
    answers: orNull(object({ count: integer(), p50Ms: number(), p95Ms: number() }, { description: 'Handling times of recent bot updates' })),
  },
  { description: 'Whether the process is well.' },
);
