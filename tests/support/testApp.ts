import { loadConfig } from '../../app/config.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createApp, type App } from '../../app/createApp.js';
import { botDeps, type BotDeps } from '../../bot/deps.js';
import { startFakeExchange, type CandleBook, type FakeExchange } from './fakeExchange.js';
import { MARKET_NOW, syntheticMarket } from './syntheticMarket.js';

export interface TestApp {
  deps: BotDeps;
  app: App;
  exchange: FakeExchange;
  close(): Promise<void>;
}

export interface TestAppOptions {
  modelsDir?: string;
  log?: Logger;
  /** ALLOWED_CHAT_IDS; default: none, a public bot. */
  allowedChatIds?: number[];
  /** ADMIN_USER_IDS; default: none. */
  adminUserIds?: number[];
  /** RATE_LIMIT_REQUESTS; default 0 (off), because the frozen clock would never refill a bucket. */
  rateLimitRequests?: number;
  /** ALERT_MIN_CONFIDENCE; unset, as in the product: each model card's threshold. */
  alertMinConfidence?: number;
  /** DIGEST_HOUR_UTC; default 8. */
  digestHourUtc?: number;
  /** What the fake exchange serves; default syntheticMarket(). */
  candles?: CandleBook;
  /** EXCHANGE_TIMEOUT_MS: how long one exchange request may take; default the product's. */
  exchangeTimeoutMs?: number;
  /** The clock of the app and the exchange; default fixed at MARKET_NOW. */
  now?: () => number;
}

/**
 * The real app for end-to-end tests: real ccxt against a fake Binance on 127.0.0.1 serving synthetic
 * candles, the shipped ONNX models, and a temp SQLite file. The clock is fixed at MARKET_NOW unless given.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const now = options.now ?? (() => MARKET_NOW);
  const exchange = await startFakeExchange({ candles: options.candles ?? syntheticMarket(), now });
  const app = await createApp(
    {
      // The product's defaults, with what a test needs on top.
      ...loadConfig({}),
      EXCHANGE_API_URL: exchange.url,
      ...(options.exchangeTimeoutMs === undefined ? {} : { EXCHANGE_TIMEOUT_MS: options.exchangeTimeoutMs }),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')),
      MODELS_DIR: options.modelsDir ?? 'models',
      RATE_LIMIT_REQUESTS: options.rateLimitRequests ?? 0,
      ALERT_MIN_CONFIDENCE: options.alertMinConfidence,
      DIGEST_HOUR_UTC: options.digestHourUtc ?? 8,
    },
    options.log ?? pino({ level: 'silent' }),
    now,
  );
  return {
    deps: botDeps(app.services, { ALLOWED_CHAT_IDS: options.allowedChatIds ?? [], ADMIN_USER_IDS: options.adminUserIds ?? [] }),
    app,
    exchange,
    async close() {
      await app.close();
      await exchange.close();
    },
  };
}
