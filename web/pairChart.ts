import { CandlestickSeries, createChart, LineStyle, type IChartApi, type UTCTimestamp } from 'lightweight-charts';
import type { Candle, Prediction } from './types.js';

const seconds = (ms: number) => (ms / 1000) as UTCTimestamp;

/** The trade's levels as the chart draws them: colour and dash say which side of the entry each is. */
function levels(call: Prediction): { title: string; price: number; color: string; dashed: boolean }[] {
  const lines = [{ title: 'entry', price: call.entry, color: '#8a94a6', dashed: false }];
  if (call.stopLoss !== null) lines.push({ title: 'stop', price: call.stopLoss, color: '#e5484d', dashed: true });
  if (call.takeProfits) {
    const { tp1, tp2, tp3 } = call.takeProfits;
    lines.push(...[tp1, tp2, tp3].map((price, k) => ({ title: `TP${k + 1}`, price, color: '#30a46c', dashed: k > 0 })));
  }
  return lines;
}

/** A candlestick chart of the pair with the call's entry, stop and TP1–3 as price lines. */
export function drawPairChart(container: HTMLElement, candles: Candle[], call: Prediction | null): IChartApi {
  const chart = createChart(container, {
    autoSize: true,
    layout: { background: { color: 'transparent' }, textColor: '#c9d1d9' },
    grid: { vertLines: { color: '#222a35' }, horzLines: { color: '#222a35' } },
    timeScale: { timeVisible: true },
  });
  const series = chart.addSeries(CandlestickSeries, {
    upColor: '#30a46c', downColor: '#e5484d', borderVisible: false, wickUpColor: '#30a46c', wickDownColor: '#e5484d',
  });
  series.setData(candles.map((c) => ({ time: seconds(c.time), open: c.open, high: c.high, low: c.low, close: c.close })));
  for (const level of call ? levels(call) : []) {
    series.createPriceLine({
      price: level.price, color: level.color, title: level.title, lineWidth: 1, axisLabelVisible: true,
      lineStyle: level.dashed ? LineStyle.Dashed : LineStyle.Solid,
    });
  }
  chart.timeScale().fitContent();
  return chart;
}
