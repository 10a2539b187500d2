import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import {
  directionLabel,
  horizonCandles,
  tradeLevels,
  walkTrade,
  RESULT_CODE,
  type BarrierSettings,
  type TradeSide,
} from '../barrier.js';
import type { MarketContext } from '../features/marketContext.js';
import { computeFeatures, featureWindow } from '../features/pipeline.js';
import { DIRECTIONS } from '../labels.js';
import { netReturn } from '../tradeReturn.js';

/** One training sample: the decision at the close of candle `end`, labelled by the barrier rule. */
export interface Sample {
  /** Row of the window's last candle in this pair's `rows` (the finite feature rows). */
  row: number;
  time: number;
  label: number;
  labelCandles: number;
  /** 1 when the call of that side wins (TP1 before the stop), else 0. */
  hitLong: number;
  hitShort: number;
  /** The call's result by the one trade rule (barrier.ts walkTrade): 1 win, −1 stop, 0 expired. */
  resultLong: number;
  resultShort: number;
  /** Price move to the trade's exit (TP1, the stop, or the horizon's last close), signed for the side, before fees. */
  retLong: number;
  retShort: number;
  /** The trade's return after fees (tradeReturn.ts) at that exit, exactly as outcomes and /performance count it. */
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
  /** Open time of each row's candle: a jump of more than one candle between rows is a gap. */
  times: Float64Array;
  samples: Sample[];
}

function trade(side: TradeSide, entry: number, atr: number, future: readonly Candle[], settings: BarrierSettings) {
  const levels = tradeLevels(side, entry, atr, settings);
  const walk = walkTrade(levels, future);
  const gross = walk.exitPrice / entry - 1;
  return {
    hit: walk.hit ? 1 : 0,
    result: RESULT_CODE[walk.result],
    ret: side === 'LONG' ? gross : -gross,
    net: netReturn(side, entry, walk.exitPrice),
    tp1Net: netReturn(side, entry, levels.takeProfits[0]),
    slNet: netReturn(side, entry, levels.stopLoss),
  };
}

/**
 * Features and labels of one pair. A candle is a sample when its whole window is finite (past the warm-up
 * of its gap-free run, with market context) and all `horizon` candles after it exist: a gap in the data
 * would otherwise turn a missing price into "no barrier touched".
 */
export function pairSamples(
  candles: readonly Candle[],
  timeframe: Timeframe,
  window: number,
  settings: BarrierSettings,
  context: MarketContext,
): PairSamples {
  const matrix = computeFeatures(candles, timeframe, context);
  // Only finite rows are written; rowOf maps a candle to its row among them.
  const rowOf = new Int32Array(candles.length).fill(-1);
  let rowCount = 0;
  matrix.finite.forEach((finite, i) => {
    if (finite) rowOf[i] = rowCount++;
  });
  const rows = new Float32Array(rowCount * matrix.width);
  const closes = new Float32Array(rowCount);
  const times = new Float64Array(rowCount);
  candles.forEach((candle, i) => {
    const row = rowOf[i]!;
    if (row < 0) return;
    rows.set(matrix.values.subarray(i * matrix.width, (i + 1) * matrix.width), row * matrix.width);
    closes[row] = candle.close;
    times[row] = candle.time;
  });
  const samples: Sample[] = [];
  for (let end = window - 1; end < candles.length; end++) {
    if (!featureWindow(matrix, end, window)) continue;
    const candle = candles[end]!;
    const atr = matrix.atr[end]!;
    if (!(atr > 0)) continue;
    // Candles are sorted and unique in time, so the horizon lies within the next `horizon` of them;
    // slicing first keeps the one rule (horizonCandles) without scanning the whole series each time.
    const nearby = candles.slice(end + 1, end + 1 + settings.horizon);
    const future = horizonCandles(nearby, candle.time, timeframe, settings.horizon);
    if (future.length < settings.horizon) continue;
    const { label, candles: labelCandles } = directionLabel(candle.close, atr, future, settings);
    const long = trade('LONG', candle.close, atr, future, settings);
    const short = trade('SHORT', candle.close, atr, future, settings);
    samples.push({
      row: rowOf[end]!,
      time: candle.time,
      label: DIRECTIONS.indexOf(label),
      labelCandles: labelCandles ?? -1,
      hitLong: long.hit,
      hitShort: short.hit,
      resultLong: long.result,
      resultShort: short.result,
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
  return { rows, rowCount, closes, times, samples };
}
