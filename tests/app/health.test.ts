import { describe, expect, it } from 'vitest';
import { AnswerTimes } from '../../app/answerTimes.js';
import { formatElapsed, formatHealth } from '../../bot/formatHealth.js';
import { htmlToText } from '../../bot/html.js';

describe('answer times', () => {
  it('has no figures before the first update', () => {
    expect(new AnswerTimes().stats()).toBeNull();
  });

  it('gives nearest-rank p50 and p95 over the last `capacity` updates only', () => {
    const times = new AnswerTimes(100);
    for (let ms = 1; ms <= 100; ms++) times.record(ms);
    expect(times.stats()).toEqual({ count: 100, p50Ms: 50, p95Ms: 95 });
    for (let k = 0; k < 100; k++) times.record(1000 + k);
    expect(times.stats()).toEqual({ count: 100, p50Ms: 1049, p95Ms: 1094 });
  });
});

describe('formatHealth', () => {
  it('shows uptime, the exchange, the cache age and the answer times', () => {
    const text = htmlToText(
      formatHealth({
        uptimeMs: 7_980_000,
        exchange: { reachable: true, latencyMs: 231 },
        cacheAgeMs: 250_000,
        answers: { count: 57, p50Ms: 120.4, p95Ms: 849.6 },
      }),
    );
    expect(text).toBe(
      [
        'Health',
        'Uptime: 2h 13m',
        '✅ Exchange: reachable, answered in 231 ms',
        'Candle cache: oldest entry 4m 10s old',
        'Answer times: p50 120 ms · p95 850 ms over the last 57 updates',
      ].join('\n'),
    );
  });

  it('says when the exchange does not answer and nothing is cached or timed yet', () => {
    const text = htmlToText(
      formatHealth({ uptimeMs: 1_000, exchange: { reachable: false, latencyMs: 5_001, problem: 'timeout' }, cacheAgeMs: null, answers: null }),
    );
    expect(text).toContain('⚠️ Exchange: unreachable (no answer within 5001 ms)');
    expect(text).toContain('Candle cache: empty');
    expect(text).toContain('Answer times: none recorded yet');
  });

  it('reads durations', () => {
    expect([45_000, 7_980_000, 277_200_000].map(formatElapsed)).toEqual(['45s', '2h 13m', '3d 5h']);
  });
});
