import { shouldAlert, type LastAlert } from '../inference/alertRule.js';
import { BARRIERS, type TradeLevels, type TradeSide } from '../inference/barrier.js';
import { resolveTrade, type ResolvedTrade } from '../inference/outcome.js';
import type { Prediction } from '../inference/prediction.js';
import type { MarketSource } from '../market/source.js';
import { timeframeMs, type Timeframe } from '../market/timeframes.js';
import type { ReplayClock } from './decisions.js';

/** An alert the live sweep would have sent, and its paper trade of one unit of notional. */
export interface BacktestTrade {
  symbol: string;
  timeframe: Timeframe;
  direction: TradeSide;
  confidence: number;
  /** Open time of the candle the decision was taken on; the trade enters at its close price. */
  candleTime: number;
  levels: TradeLevels;
  /** By the outcome job's rule (inference/outcome.ts); null while still open at the end of the period. */
  result: ResolvedTrade | null;
}

/**
 * The sweep's alert rule and dedupe (inference/alertRule.ts), with the last alert per pair and timeframe
 * kept in memory where the live bot reads it from SQLite.
 */
export class AlertBook {
  private readonly last = new Map<string, LastAlert>();

  /** `minConfidence` is --min-confidence; unset, each prediction's model card threshold applies, as live. */
  constructor(private readonly minConfidence: number | undefined) {}

  /** The trade this prediction opens, or null when the live sweep would stay quiet. */
  consider(p: Prediction): BacktestTrade | null {
    const key = `${p.symbol} ${p.timeframe}`;
    if (!shouldAlert(p, this.minConfidence, this.last.get(key))) return null;
    this.last.set(key, { direction: p.direction, candleTime: p.candleTime });
    if (p.stopLoss === null || p.takeProfits === null) return null;
    const { tp1, tp2, tp3 } = p.takeProfits;
    return {
      symbol: p.symbol,
      timeframe: p.timeframe,
      direction: p.direction as TradeSide,
      confidence: p.confidence,
      candleTime: p.candleTime,
      levels: { side: p.direction as TradeSide, entry: p.entry, stopLoss: p.stopLoss, takeProfits: [tp1, tp2, tp3] },
      result: null,
    };
  }
}

/**
 * Resolves a trade as the outcome job would once its horizon has passed (or at `periodEnd`, if sooner): the
 * clock stands there, the candles since the entry come from the market source, and resolveTrade applies the
 * barrier rule. Only candles after the entry candle count.
 */
export async function resolveBacktestTrade(
  market: MarketSource,
  clock: ReplayClock,
  trade: BacktestTrade,
  periodEnd: number,
): Promise<ResolvedTrade | null> {
  const span = timeframeMs(trade.timeframe);
  const now = Math.min(trade.candleTime + span * (BARRIERS[trade.timeframe].horizon + 1), periodEnd);
  clock.now = now;
  const count = Math.floor((now - trade.candleTime) / span) + 1;
  const candles = await market.fetchClosedCandles(trade.symbol, trade.timeframe, count);
  return resolveTrade(trade.levels, trade.timeframe, trade.candleTime, candles, now);
}
