import { describe, expect, it } from 'vitest';
import { histogramQuantile } from '../../app/histogramQuantile.js';
import { Metrics } from '../../app/metrics.js';
import { formatElapsed, formatHealth } from '../../bot/formatHealth.js';
import { htmlToText } from '../../bot/html.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

describe('answer times from the request histogram', () => {
  it('has no figures before the first request', async () => {
    expect(await new Metrics().requestTimes('telegram')).toBeNull();
  });

  it('estimates p50 and p95 of one door across its routes, as histogram_quantile would', async () => {
    const metrics = new Metrics();
    // 60 fast /predict answers (in the 10–25 ms bucket) and 40 slow /risk ones (in the 250–500 ms bucket).
    for (let k = 0; k < 60; k++) metrics.requestSeconds.observe({ door: 'telegram', route: '/predict' }, 0.02);
    for (let k = 0; k < 40; k++) metrics.requestSeconds.observe({ door: 'telegram', route: '/risk' }, 0.3);
    metrics.requestSeconds.observe({ door: 'http', route: '/api/health' }, 9);
    const times = await metrics.requestTimes('telegram');
    expect(times?.count).toBe(100);
    // Rank 50 of 60 in (10, 25] ms; rank 95 is the 35th of 40 in (250, 500] ms.
    expect(times?.p50Ms).toBeCloseTo(10 + (15 * 50) / 60, 6);
    expect(times?.p95Ms).toBeCloseTo(250 + (250 * 35) / 40, 6);
  });

  it('gives a rank beyond the last finite bucket that bucket bound, as Prometheus does', () => {
    const buckets = [{ le: 1, count: 1 }, { le: 2, count: 2 }, { le: Infinity, count: 10 }];
    expect(histogramQuantile(0.95, buckets)).toBe(2);
    expect(histogramQuantile(0.1, buckets)).toBe(1);
    expect(histogramQuantile(0.5, [{ le: Infinity, count: 0 }])).toBeNull();
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
      }, EN),
    );
    expect(text).toBe(
      [
        'Health',
        'Uptime: 2h 13m',
        '✅ Exchange: reachable, answered in 231 ms',
        'Candle cache: oldest entry 4m 10s old',
        'Answer times: p50 ≈ 120 ms · p95 ≈ 850 ms over 57 updates since start',
      ].join('\n'),
    );
  });

  it('says when the exchange does not answer and nothing is cached or timed yet', () => {
    const text = htmlToText(
      formatHealth({ uptimeMs: 1_000, exchange: { reachable: false, latencyMs: 5_001, problem: 'timeout' }, cacheAgeMs: null, answers: null }, EN),
    );
    expect(text).toContain('⚠️ Exchange: unreachable (no answer within 5001 ms)');
    expect(text).toContain('Candle cache: empty');
    expect(text).toContain('Answer times: none recorded yet');
  });

  it('reads durations', () => {
    expect([45_000, 7_980_000, 277_200_000].map((ms) => formatElapsed(ms, EN))).toEqual(['45s', '2h 13m', '3d 5h']);
  });
});

describe('formatHealth in Indonesian', () => {
  it('a user whose Telegram is in Indonesian reads /health in Indonesian', () => {
    const ID = langFor('id');
    const text = htmlToText(
      formatHealth({ uptimeMs: 277_200_000, exchange: { reachable: false, latencyMs: 5_001, problem: 'timeout' }, cacheAgeMs: 250_000, answers: null }, ID),
    );
    expect(text.split('\n')).toEqual([
      'Kesehatan',
      'Uptime: 3 hari 5 jam',
      '⚠️ Bursa: tidak terhubung (tidak ada jawaban dalam 5001 ms)',
      'Cache candle: entri tertua berumur 4 mnt 10 dtk',
      'Waktu respons: belum ada yang tercatat',
    ]);
  });
});
