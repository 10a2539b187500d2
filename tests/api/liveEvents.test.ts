import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrayOf, ref } from '../../api/schemas/jsonSchema.js';
import { SHARED_SCHEMAS } from '../../api/schemas/shared.js';
import type { AppEvent } from '../../app/events.js';
import type { components } from '../../web/apiTypes.js';
import { MARKET_NOW, TEST_PAIRS } from '../support/syntheticMarket.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

// Low enough that the synthetic market's calls pass the alert rule, as in tests/e2e/sweep.e2e.test.ts.
const MIN_CONFIDENCE = 0.36;

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ alertMinConfidence: MIN_CONFIDENCE });
  testApp.app.subscriptions.subscribe(601, Object.keys(TEST_PAIRS).map((symbol) => ({ symbol, timeframe: '1h' })), 50);
});

afterAll(() => testApp?.close());

/** What the server's own validator (Fastify's Ajv, without type coercion) says of these as LiveEvents: '' when they fit. */
async function liveEventErrors(events: unknown[]): Promise<string> {
  const server = Fastify({ ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } } });
  for (const schema of SHARED_SCHEMAS) server.addSchema(schema);
  server.post('/', { schema: { body: arrayOf(ref('LiveEvent')) } }, async () => '');
  const response = await server.inject({ method: 'POST', url: '/', payload: events });
  await server.close();
  return response.statusCode === 200 ? '' : (response.json() as { message: string }).message;
}

describe('the LiveEvent schema', () => {
  it('fits the events a real sweep sends down the event stream', async () => {
    const heard: AppEvent[] = [];
    const stop = testApp.app.events.subscribe((event) => heard.push(event));
    await testApp.app.jobs.sweep('1h', MARKET_NOW);
    stop();
    expect(new Set(heard.map((event) => event.kind))).toEqual(new Set(['candle', 'alert']));
    // The compiler holds every kind of AppEvent to the documented type; the validator holds the ones sent.
    const documented: components['schemas']['LiveEvent'][] = heard;
    expect(await liveEventErrors(documented)).toBe('');
  });

  it('refuses an event the stream never sends', async () => {
    expect(await liveEventErrors([{ kind: 'candle', timeframe: '2h', at: MARKET_NOW }])).toContain('body/0/timeframe');
    expect(await liveEventErrors([{ kind: 'alert', symbol: 'BTC/USDT', timeframe: '1h', at: MARKET_NOW }])).toContain("'direction'");
  });
});
