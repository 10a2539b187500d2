import { describe, expect, it } from 'vitest';
import { DOWN_COLOR, UP_COLOR, chartLevels, spreadLabels } from '../../app/chart/chartLevels.js';
import { CHART_SIZE, chartOption, shownCandles } from '../../app/chart/chartOption.js';
import { renderChart, renderChartSvg } from '../../app/chart/renderChart.js';
import { chartCaption, chartFileName } from '../../bot/chart/sendChart.js';
import type { Prediction } from '../../inference/prediction.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const long = samplePrediction();
const candles = syntheticCandles({ count: 80, timeframe: '1h', end: long.candleTime, startPrice: 43_000, volatility: 0.004 });
const noTrade = samplePrediction({ direction: 'NO_TRADE', confidence: 0.55, stopLoss: null, takeProfits: null, tpEtaMinutes: null });

/** Width and height from the IHDR chunk, which always comes first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('chart renderer', () => {
  it('renders a phone-sized PNG', async () => {
    expect(pngSize(await renderChart(candles, long))).toEqual(CHART_SIZE);
  });

  it('draws rising candles green and falling ones red, the reverse of echarts defaults', () => {
    const svg = renderChartSvg(candles, long);
    expect(candles.some((c) => c.close > c.open) && candles.some((c) => c.close < c.open)).toBe(true);
    expect(svg).toContain(`fill="${UP_COLOR}"`);
    expect(svg).toContain(`fill="${DOWN_COLOR}"`);
  });

  it('titles the chart and labels every level with its price', () => {
    const svg = renderChartSvg(candles, long);
    expect(svg).toContain('BTC/USDT · 1h · LONG 62%');
    for (const label of ['TP3  43,885.5', 'TP2  43,660.5', 'TP1  43,435.5', 'Entry  43,210.5', 'SL  42,985.5']) {
      expect(svg).toContain(label);
    }
  });

  it('draws a NO_TRADE with the candles and the last close only', async () => {
    const svg = renderChartSvg(candles, noTrade);
    expect(svg).toContain('BTC/USDT · 1h · NO TRADE 55%');
    expect(svg).toContain('Last  43,210.5');
    expect(svg).not.toMatch(/TP1|SL /);
    expect(pngSize(await renderChart(candles, noTrade))).toEqual(CHART_SIZE);
  });

  it('stretches the price axis to every level, even far outside the candles', () => {
    const far: Prediction = { ...long, stopLoss: 30_000, takeProfits: { tp1: 50_000, tp2: 55_000, tp3: 60_000 } };
    const axis = chartOption(candles, far).yAxis as { min: number; max: number };
    for (const level of chartLevels(far)) {
      expect(level.price).toBeGreaterThan(axis.min);
      expect(level.price).toBeLessThan(axis.max);
    }
  });

  it('leaves out candles newer than the one the prediction used', () => {
    const earlier = { ...long, candleTime: candles[59]!.time };
    expect(shownCandles(candles, earlier)).toHaveLength(60);
  });
});

describe('level labels', () => {
  it('pushes labels of close levels apart, keeping their order and the plot bounds', () => {
    const placed = spreadLabels([300, 100, 305, 302, 600], 40, 50, 620);
    expect(placed).toEqual([300, 100, 380, 340, 600]);
  });

  it('moves labels up when the lowest would fall off the bottom', () => {
    expect(spreadLabels([598, 600, 599], 40, 50, 600)).toEqual([520, 600, 560]);
  });
});

describe('chart message', () => {
  it('names the file after the pair and timeframe, with a short caption', () => {
    expect(chartFileName(long)).toBe('BTC-USDT-1h.png');
    expect(chartCaption(long, langFor('en'))).toMatch(/^BTC\/USDT · 1h · LONG 62% · .*not financial advice$/);
    expect(chartCaption(long, langFor('en')).length).toBeLessThanOrEqual(1024);
  });
});
