import type { Candle } from '../../market/candle.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';
import {
  directionLabel,
  horizonCandles,
  horizonElapsed,
  tradeLevels,
  walkTrade,
  type BarrierSettings,
  type TradeSide,
} from '../barrier.js';
import { computeFeatures } from '../features/pipeline.js';
import { DIRECTIONS } from '../labels.js';
import { netReturn } from '../tradeReturn.js';

/** One training sample: the decision at the close of candle `end`, labelled by the barrier rule. */
export interface Sample {
  /** Row of the window's last candle in this pair's `rows` (the finite feature rows). */
  row: number;
  time: number;
  label: number;
  labelCandles: number;
  hitLong: number;
  hitShort: number;
  retLong: number;
  retShort: number;
  /** The trade's return after fees (tradeReturn.ts), exactly as outcomes and /performance count it. */
  netLong: number;
  netShort: number;
  /** Net return had the trade exited at TP1 / at the stop: the break-even hit rate follows from these. */
  tp1NetLong: number;
  slNetLong: number;
  tp1NetShort: number;
  slNetShort: number;
  /** Direction of the decision candle itself (sign of close − open): input of the last-candle baselines. */
  lastMove: number;
}

export interface PairSamples {
  /** Row-major finite feature rows, warm-up dropped, so no NaN reaches the training files. */
  rows: Float32Array;
  rowCount: number;
  /** Close of each of those rows' candles: the policy's rewards are the returns between them. */
  closes: Float32Array;
  samples: Sample[];
}

function trade(side: TradeSide, entry: number, atr: number, future: readonly Candle[], settings: BarrierSettings) {
  const levels = tradeLevels(side, entry, atr, settings);
  const walk = walkTrade(levels, future);
  const gross = walk.exitPrice / entry - 1;
  return {
    hit: walk.hit ? 1 : 0,
    ret: side === 'LONG' ? gross : -gross,
    net: netReturn(side, entry, walk.exitPrice),
    tp1Net: netReturn(side, entry, levels.takeProfits[0]),
    slNet: netReturn(side, entry, levels.stopLoss),
  };
}

/**
 * Features and labels of one pair. A candle is a sample when its whole window lies after the warm-up
 * and the data reaches past its horizon (otherwise "no barrier touched" would not be final).
 */
export function pairSamples(
  candles: readonly Candle[],
  timeframe: Timeframe,
  window: number,
  settings: BarrierSettings,
): PairSamples {
  const matrix = computeFeatures(candles);
  const first = matrix.firstValid;
  const rowCount = Math.max(0, matrix.rows - first);
  const rows = matrix.values.slice(first * matrix.width, matrix.rows * matrix.width);
  const closes = Float32Array.from(candles.slice(first), (c) => c.close);
  const last = candles[candles.length - 1];
  if (!last) return { rows, rowCount, closes, samples: [] };
  const dataEnd = last.time + timeframeMs(timeframe);
  const samples: Sample[] = [];
  for (let end = first + window - 1; end < candles.length; end++) {
    const candle = candles[end]!;
    if (!horizonElapsed(candle.time, timeframe, settings.horizon, dataEnd)) break;
    const atr = matrix.atr[end]!;
    if (!(atr > 0)) continue;
    // Candles are sorted and unique in time, so the horizon lies within the next `horizon` of them;
    // slicing first keeps the one rule (horizonCandles) without scanning the whole series each time.
    const nearby = candles.slice(end + 1, end + 1 + settings.horizon);
    const future = horizonCandles(nearby, candle.time, timeframe, settings.horizon);
    const { label, candles: labelCandles } = directionLabel(candle.close, atr, future, settings);
    const long = trade('LONG', candle.close, atr, future, settings);
    const short = trade('SHORT', candle.close, atr, future, settings);
    samples.push({
      row: end - first,
      time: candle.time,
      label: DIRECTIONS.indexOf(label),
      labelCandles: labelCandles ?? -1,
      hitLong: long.hit,
      hitShort: short.hit,
      retLong: long.ret,
      retShort: short.ret,
      netLong: long.net,
      netShort: short.net,
      tp1NetLong: long.tp1Net,
      slNetLong: long.slNet,
      tp1NetShort: short.tp1Net,
      slNetShort: short.slNet,
      lastMove: Math.sign(candle.close - candle.open),
    });
  }
  return { rows, rowCount, closes, samples };
}
