import { renderChart, renderChartSvg } from '../../app/chart/renderChart.js';
import { CHART_CANDLES } from '../../bot/chart/sendChart.js';
import { BARRIERS, tradeLevels } from '../../inference/barrier.js';
import type { Prediction } from '../../inference/prediction.js';
import type { Candle } from '../../market/candle.js';
import { time, type Timing } from './measure.js';

/**
 * The /predict chart from the last CHART_CANDLES of `candles` with a LONG's five levels: echarts to SVG
 * alone, and the whole SVG → PNG render that the bot sends.
 */
export async function benchChart(candles: readonly Candle[]): Promise<{ svg: Timing; png: Timing }> {
  const shown = candles.slice(-CHART_CANDLES);
  const last = shown.at(-1);
  if (!last) throw new Error('chart benchmark needs candles');
  // Mean range of the last 14 candles: close enough to ATR(14) to place realistic levels.
  const atr = shown.slice(-14).reduce((sum, c) => sum + c.high - c.low, 0) / Math.min(14, shown.length);
  const levels = tradeLevels('LONG', last.close, atr, BARRIERS['1h']);
  const prediction: Prediction = {
    symbol: 'BTC/USDT',
    timeframe: '1h',
    direction: 'LONG',
    confidence: 0.62,
    probabilities: { LONG: 0.62, NO_TRADE: 0.25, SHORT: 0.13 },
    entry: last.close,
    atr,
    stopLoss: levels.stopLoss,
    takeProfits: { tp1: levels.takeProfits[0], tp2: levels.takeProfits[1], tp3: levels.takeProfits[2] },
    tpEtaMinutes: 180,
    candleTime: last.time,
    validUntil: last.time + 2 * 3_600_000,
    modelVersion: 'bench',
    modelHitRate: null,
    alertThreshold: null,
  };
  return {
    svg: await time(() => renderChartSvg(shown, prediction), { runs: 50, warmup: 5 }),
    png: await time(() => renderChart(shown, prediction), { runs: 50, warmup: 5 }),
  };
}
