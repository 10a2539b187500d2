import { createChart, LineSeries, type UTCTimestamp } from 'lightweight-charts';
import type { AlertResult } from './types.js';

/**
 * The running sum of the resolved alerts' net returns (one unit of notional each), at each alert's candle.
 * The chart needs one point per time, so alerts on the same candle are added together.
 */
export function equityPoints(alerts: AlertResult[]): { time: UTCTimestamp; value: number }[] {
  const byTime = new Map<number, number>();
  for (const alert of alerts) {
    if (alert.netReturn !== null) byTime.set(alert.candleTime, (byTime.get(alert.candleTime) ?? 0) + alert.netReturn);
  }
  let total = 0;
  return [...byTime].sort(([a], [b]) => a - b).map(([time, sum]) => {
    total += sum;
    return { time: (time / 1000) as UTCTimestamp, value: total * 100 };
  });
}

/** A line of the cumulative P&L in percent of one trade's notional. */
export function drawEquityCurve(container: HTMLElement, alerts: AlertResult[]): void {
  const chart = createChart(container, {
    autoSize: true,
    layout: { background: { color: 'transparent' }, textColor: '#c9d1d9' },
    grid: { vertLines: { color: '#222a35' }, horzLines: { color: '#222a35' } },
    timeScale: { timeVisible: true },
  });
  const line = chart.addSeries(LineSeries, { color: '#4c9aff', lineWidth: 2, priceFormat: { type: 'custom', formatter: (v: number) => `${v.toFixed(2)}%` } });
  line.setData(equityPoints(alerts));
  chart.timeScale().fitContent();
}
