import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createApp, type App } from '../../bot/app.js';
import type { BotDeps } from '../../bot/deps.js';
import { startFakeExchange, type FakeExchange } from './fakeExchange.js';
import { MARKET_NOW, syntheticMarket } from './syntheticMarket.js';

export interface TestApp {
  deps: BotDeps;
  app: App;
  exchange: FakeExchange;
  close(): Promise<void>;
}

/**
 * The real app for end-to-end tests: real ccxt against a fake Binance on 127.0.0.1 serving synthetic
 * candles, the shipped ONNX models, and a temp SQLite file. The clock is fixed at MARKET_NOW.
 */
export async function startTestApp(options: { modelsDir?: string; log?: Logger } = {}): Promise<TestApp> {
  const now = () => MARKET_NOW;
  const exchange = await startFakeExchange({ candles: syntheticMarket(), now });
  const app = await createApp(
    {
      EXCHANGE_ID: 'binance',
      EXCHANGE_API_URL: exchange.url,
      REPLAY_DATA_DIR: undefined,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')),
      MODELS_DIR: options.modelsDir ?? 'models',
    },
    options.log ?? pino({ level: 'silent' }),
    now,
  );
  return {
    deps: app.deps,
    app,
    exchange,
    async close() {
      await app.close();
      await exchange.close();
    },
  };
}
