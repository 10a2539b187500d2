import { join } from 'node:path';
import { ModelRegistry } from '../inference/models/registry.js';
import { SignalService } from '../inference/signalService.js';
import { CachedMarketSource, CandleCache } from '../market/candleCache.js';
import { CcxtMarketSource } from '../market/ccxtSource.js';
import { ReplayMarketSource } from '../market/replaySource.js';
import type { MarketSource } from '../market/source.js';
import { openDatabase, type SqliteDatabase } from '../storage/database.js';
import { SignalsRepository } from '../storage/signalsRepository.js';
import type { Config } from './config.js';
import type { BotDeps } from './deps.js';
import type { Logger } from './logger.js';
import { loadRisk } from './riskDeps.js';
import { toSignalRecord } from './signalRecord.js';

/** Everything the process runs on, built once from the config; the bot and the console share it. */
export interface App {
  deps: BotDeps;
  service: SignalService;
  market: CachedMarketSource;
  db: SqliteDatabase;
  signals: SignalsRepository;
  close(): Promise<void>;
}

type AppConfig = Pick<Config, 'EXCHANGE_ID' | 'EXCHANGE_API_URL' | 'REPLAY_DATA_DIR' | 'DATA_DIR' | 'MODELS_DIR'>;

function marketSource(config: AppConfig, now: () => number): MarketSource {
  if (config.REPLAY_DATA_DIR) return new ReplayMarketSource({ dir: config.REPLAY_DATA_DIR, now });
  return new CcxtMarketSource({ exchangeId: config.EXCHANGE_ID, apiUrl: config.EXCHANGE_API_URL, now });
}

export async function createApp(config: AppConfig, log: Logger, now: () => number = Date.now): Promise<App> {
  const registry = await ModelRegistry.load(config.MODELS_DIR);
  for (const refusal of registry.rejected) log.error({ file: refusal.file }, refusal.message);
  log.info({ models: registry.models.map((m) => m.metadata.model_version) }, 'models loaded');
  const market = new CachedMarketSource(marketSource(config, now), new CandleCache(now));
  const service = new SignalService({ market, registry, now });
  const risk = await loadRisk(config.MODELS_DIR, market, log);
  const db = openDatabase(join(config.DATA_DIR, 'signals.sqlite'));
  const signals = new SignalsRepository(db, now);
  const deps: BotDeps = {
    log,
    risk,
    async predict(symbol, timeframe) {
      const prediction = await service.predict(symbol, timeframe);
      signals.record(toSignalRecord(prediction, 'request'));
      return prediction;
    },
    recentCandles: (symbol, timeframe, count) => service.recentCandles(symbol, timeframe, count),
  };
  return {
    deps,
    service,
    market,
    db,
    signals,
    async close() {
      await registry.close();
      db.close();
    },
  };
}
