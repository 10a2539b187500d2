import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createHttpServer } from '../../api/createHttpServer.js';
import { loadConfig } from '../../app/config.js';
import { createApp } from '../../app/createApp.js';
import type { Timeframe } from '../../market/timeframes.js';
import { time, type Timing } from './measure.js';

export interface ApiBench {
  /** GET /api/predictions?timeframe= for every followed pair. */
  all: Timing;
  /** GET /api/predictions/BTCUSDT?timeframe=. */
  one: Timing;
  pairs: number;
  /** Every other route, by its URL as asked. */
  routes: Map<string, Timing>;
}

/** One request to each of the other routes, as a dashboard would ask them. */
const OTHER_ROUTES = [
  '/api/predictions/BTCUSDT/summary',
  '/api/risk/BTCUSDT',
  '/api/status',
  '/api/models',
  '/api/health',
  '/api/signals?symbol=BTCUSDT&limit=100',
  '/api/performance',
  '/metrics',
];

/**
 * The HTTP door end to end over a real socket on an ephemeral port: fetch, Fastify, the schemas, the app
 * (replay source on `folder` under a clock frozen at `end`, so the candle cache stays warm after the
 * warm-up), the models, and the signal history in SQLite. Fails loudly if any pair cannot be predicted.
 */
export async function benchApi(
  { folder, end, modelsDir, timeframe = '1h' }: { folder: string; end: number; modelsDir: string; timeframe?: Timeframe },
): Promise<ApiBench> {
  const log = pino({ level: 'silent' });
  const app = await createApp(
    loadConfig({ REPLAY_DATA_DIR: folder, DATA_DIR: mkdtempSync(join(tmpdir(), 'api-bench-')), MODELS_DIR: modelsDir, RATE_LIMIT_REQUESTS: '0' }),
    log,
    () => end,
  );
  const server = await createHttpServer({ app, config: { API_TOKEN: undefined, API_RATE_LIMIT_PER_MINUTE: 0 }, log });
  try {
    const base = await server.listen({ host: '127.0.0.1', port: 0 });
    let pairs = 0;
    const all = await time(
      async () => {
        const body = (await (await fetch(`${base}/api/predictions?timeframe=${timeframe}`)).json()) as {
          predictions: { symbol: string; error: unknown }[];
        };
        const failed = body.predictions.find((p) => p.error !== null);
        if (failed) throw new Error(`api benchmark: ${failed.symbol} failed: ${JSON.stringify(failed.error)}`);
        pairs = body.predictions.length;
      },
      { runs: 30, warmup: 3 },
    );
    const one = await time(async () => {
      const response = await fetch(`${base}/api/predictions/BTCUSDT?timeframe=${timeframe}`);
      if (!response.ok) throw new Error(`api benchmark: one pair answered ${response.status}: ${await response.text()}`);
      await response.json();
    });
    const routes = new Map<string, Timing>();
    for (const route of OTHER_ROUTES) {
      routes.set(
        route,
        await time(async () => {
          const response = await fetch(`${base}${route}`);
          if (!response.ok) throw new Error(`api benchmark: ${route} answered ${response.status}: ${await response.text()}`);
          await response.arrayBuffer();
        }),
      );
    }
    return { all, one, pairs, routes };
  } finally {
    await server.close();
    await app.close();
  }
}
