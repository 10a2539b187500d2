import { describe, expect, it } from 'vitest';
import { scoreModel } from '../../../inference/evaluation/report.js';
import type { Predictions } from '../../../inference/evaluation/predictions.js';
import type { TradeCall } from '../../../inference/evaluation/signals.js';
import { formatEvaluation } from '../../../inference/evaluation/table.js';
import { parseDirectionMetadata } from '../../../inference/models/modelMetadata.js';
import { tinyMetadata } from '../../support/modelFolder.js';

const metadata = parseDirectionMetadata(tinyMetadata('1h', { alert_threshold: '0.5', class_prior: JSON.stringify({ LONG: 0.3, NO_TRADE: 0.4, SHORT: 0.3 }) }));

/** Samples on two days of 2023 and two of 2024: always LONG, confidence rising, wins at the high end. */
function predictions(): Predictions {
  const times = [Date.UTC(2023, 11, 30), Date.UTC(2023, 11, 31), Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)].flatMap((day) =>
    [0, 1, 2, 3, 4].map((h) => day + h * 3_600_000));
  const probs: number[] = [];
  const calls: TradeCall[] = [];
  times.forEach((time, i) => {
    const confidence = 0.4 + (i % 5) * 0.05;
    probs.push(confidence, 1 - confidence - 0.1, 0.1);
    const result = i % 5 >= 3 ? 'win' : i % 5 === 2 ? 'expired' : 'stop';
    const net = result === 'win' ? 0.018 : result === 'stop' ? -0.022 : 0.001;
    calls.push({ confidence, result, hit: result === 'win', netReturn: net, tp1NetReturn: 0.018, stopNetReturn: -0.022, time });
  });
  return {
    probs: Float64Array.from(probs),
    labels: Int8Array.from(times, (_, i) => (i % 5 >= 3 ? 0 : i % 5 === 2 ? 1 : 2)),
    times: Float64Array.from(times),
    calls,
    pairs: ['BTC/USDT'],
    firstTime: times[0]!,
    lastTime: times.at(-1)!,
  };
}

describe('the evaluation of a model', () => {
  const evaluation = scoreModel(metadata, predictions());

  it('names the shipped alert threshold and marks the signal rows at it', () => {
    expect(evaluation.alert_threshold).toBe(0.5);
    expect(evaluation.signals.map((s) => [s.rule, s.threshold.toFixed(2), s.alert])).toEqual([
      ['fixed', '0.40', false], ['fixed', '0.50', true], ['fixed', '0.60', false], ['top_decile', '0.60', false], ['alert', '0.50', true],
    ]);
    // Calls at 0.5 or more: confidence 0.5 expired, 0.55 and 0.6 won, on each of the 4 days.
    expect(evaluation.signals[4]).toMatchObject({ count: 12, wins: 8, stops: 0, expired: 4, win_rate: 1, hit_rate: 1 });
  });

  it('breaks the numbers down by calendar year', () => {
    expect(evaluation.by_year.map((y) => [y.year, y.samples, y.from, y.alert_signals.count])).toEqual([
      [2023, 10, '2023-12-30T00:00:00.000Z', 6],
      [2024, 10, '2024-01-01T00:00:00.000Z', 6],
    ]);
    for (const year of evaluation.by_year) {
      expect(year.alert_signals.threshold).toBe(0.5);
      expect(year.balanced_accuracy).toBeGreaterThan(0);
      expect(year.log_loss).toBeGreaterThan(0);
      expect(year.baseline_log_loss).toBeGreaterThan(0);
    }
  });

  it('prints the statistics and the years', () => {
    const text = formatEvaluation(evaluation, 1.2);
    expect(text).toMatch(/^ {2}alert p ≥ 0\.5000 +12 +8 +0 +4 +1\.0000 +0\.5500 +1\.233% {3}1\.233% … 1\.233%$/m);
    expect(text).toContain('alert threshold 0.5 from alert_threshold');
    expect(text).toMatch(/^ {2}2023 +10 samples {2}log-loss/m);
    expect(evaluation.by_year.length).toBe(2);
  });
});
