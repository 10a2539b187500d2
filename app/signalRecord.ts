import type { Prediction } from '../inference/prediction.js';
import type { SignalRecord } from '../storage/signalsRepository.js';

/** The stored form of a prediction: the bot is where inference's and storage's shapes meet. */
export function toSignalRecord(p: Prediction, origin: SignalRecord['origin']): SignalRecord {
  return {
    origin,
    symbol: p.symbol,
    timeframe: p.timeframe,
    candleTime: p.candleTime,
    modelVersion: p.modelVersion,
    direction: p.direction,
    confidence: p.confidence,
    pLong: p.probabilities.LONG,
    pNoTrade: p.probabilities.NO_TRADE,
    pShort: p.probabilities.SHORT,
    entry: p.entry,
    atr: p.atr,
    stopLoss: p.stopLoss,
    tp1: p.takeProfits?.tp1 ?? null,
    tp2: p.takeProfits?.tp2 ?? null,
    tp3: p.takeProfits?.tp3 ?? null,
    tpEtaMinutes: p.tpEtaMinutes,
    validUntil: p.validUntil,
  };
}
