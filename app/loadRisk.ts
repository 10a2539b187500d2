import { loadRiskReference, RiskReferenceError } from '../inference/risk/reference.js';
import { RiskService } from '../inference/risk/riskService.js';
import type { MarketSource } from '../market/source.js';
import type { AppServices } from './services.js';
import type { Logger } from './logger.js';

/**
 * /risk's dependency, built at start-up: a RiskService on the reference shipped in `modelsDir`. When that
 * file is missing or malformed the error is logged (it names the file) and /risk answers that risk is
 * unavailable, while the rest of the bot starts as usual.
 */
export async function loadRisk(modelsDir: string, market: MarketSource, log: Logger): Promise<AppServices['risk']> {
  try {
    const reference = await loadRiskReference(modelsDir);
    const service = new RiskService({ market, reference });
    log.info({ pairs: reference.built_from.pairs.length, readings: reference.built_from.readings }, 'risk reference loaded');
    return (symbol) => service.assess(symbol);
  } catch (error) {
    if (!(error instanceof RiskReferenceError)) throw error;
    log.error({ file: error.file }, `${error.message}; /risk is disabled`);
    return () => Promise.reject(error);
  }
}
