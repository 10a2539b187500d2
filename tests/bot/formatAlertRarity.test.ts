import { describe, expect, it } from 'vitest';
import type { AlertRarity } from '../../inference/alertRarity.js';
import { alertRarityLines, formatAlertRarity } from '../../bot/alerts/formatAlertRarity.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

const card = (reach: AlertRarity['reach'], threshold = 0.45): AlertRarity => ({ threshold, source: 'alert_threshold', reach });

describe('the line that tells a subscriber how rare alerts are', () => {
  it("gives the card's threshold, the share of walk-forward calls that reached it and their TP1 hit rate", () => {
    // 100 / 82,120 = 0.12%; 55 / 100 = 55%.
    expect(formatAlertRarity('1h', card({ from: 0.45, reached: 100, total: 82_120, hits: 55, stats: null }), EN)).toBe(
      "1h alerts need the model ≥ 45% sure (its card's threshold): in walk-forward tests 0.1% of calls got there " +
        '(100 of 82,120), TP1 hit 55%.',
    );
  });

  it("gives the win rate against break-even and the mean net return of those calls on a card trained under the one trade rule", () => {
    const stats = {
      count: 100, wins: 52, stops: 40, expired: 8, win_rate: 0.5652, breakeven_win_rate: 0.5498,
      mean_net_return: 0.0012, mean_net_return_ci95: [-0.0005, 0.003] as [number, number],
    };
    expect(formatAlertRarity('1h', card({ from: 0.45, reached: 100, total: 82_120, hits: null, stats }), EN)).toBe(
      "1h alerts need the model ≥ 45% sure (its card's threshold): in walk-forward tests 0.1% of calls got there " +
        '(100 of 82,120); win rate 56.5% vs break-even 55.0% · mean net +0.12% (95% CI −0.05%…+0.30%) on 100 calls.',
    );
    const few = { ...stats, count: 7, mean_net_return_ci95: null };
    expect(formatAlertRarity('1h', card({ from: 0.45, reached: 7, total: 82_120, hits: null, stats: few }), EN)).toMatch(
      /; win rate 56\.5% vs break-even 55\.0% · mean net \+0\.12% on 7 calls \(too few calls to rely on\)\.$/,
    );
  });

  it('names ALERT_MIN_CONFIDENCE when the operator set it, and the default when the card names none', () => {
    const reach = { from: 0.4, reached: 704, total: 1_186, hits: 292, stats: null };
    // 704 / 1,186 = 59.4%; 292 / 704 = 41.48%.
    expect(formatAlertRarity('1d', { threshold: 0.4, source: 'ALERT_MIN_CONFIDENCE', reach }, EN)).toBe(
      '1d alerts need the model ≥ 40% sure (ALERT_MIN_CONFIDENCE): in walk-forward tests 59% of calls got there (704 of 1,186), TP1 hit 41%.',
    );
    expect(formatAlertRarity('1d', { threshold: 0.4, source: 'DEFAULT_ALERT_MIN_CONFIDENCE', reach: null }, EN)).toBe(
      "1d alerts need the model ≥ 40% sure (the bot's default; its card names none).",
    );
  });

  it('says which band edge it counted from when the threshold falls inside a band', () => {
    const rarity: AlertRarity = { threshold: 0.425, source: 'ALERT_MIN_CONFIDENCE', reach: { from: 0.45, reached: 960, total: 24_871, hits: 453, stats: null } };
    // 960 / 24,871 = 3.86%; 453 / 960 = 47.19%.
    expect(formatAlertRarity('4h', rarity, EN)).toBe(
      '4h alerts need the model ≥ 42.5% sure (ALERT_MIN_CONFIDENCE): in walk-forward tests 4% of calls reached 45% ' +
        "(960 of 24,871; the card's bands do not split at 42.5%), TP1 hit 47%.",
    );
  });

  it('says when no call got there, and flags a hit rate on too few calls', () => {
    expect(formatAlertRarity('1h', card({ from: 0.5, reached: 0, total: 82_120, hits: 0, stats: null }, 0.5), EN)).toBe(
      "1h alerts need the model ≥ 50% sure (its card's threshold): in walk-forward tests none of 82,120 calls got there.",
    );
    // 7 / 82,963 = 0.008%; 4 / 7 = 57.1%.
    expect(formatAlertRarity('15m', card({ from: 0.55, reached: 7, total: 82_963, hits: 4, stats: null }, 0.55), EN)).toBe(
      "15m alerts need the model ≥ 55% sure (its card's threshold): in walk-forward tests under 0.1% of calls got there " +
        '(7 of 82,963), TP1 hit 57% (too few calls to rely on).',
    );
  });

  it('leaves the hit rate out when the card has none for those calls, and says when no model is loaded', () => {
    expect(formatAlertRarity('4h', card({ from: 0.45, reached: 200, total: 1_000, hits: null, stats: null }), EN)).toBe(
      "4h alerts need the model ≥ 45% sure (its card's threshold): in walk-forward tests 20% of calls got there (200 of 1,000).",
    );
    expect(formatAlertRarity('1d', null, EN)).toBe('No 1d model is loaded, so no 1d alerts come until one is; /model says why.');
  });

  it('gives one line per served timeframe, shortest first', () => {
    const lines = alertRarityLines(['1d', '15m', '1d', '5m'], () => null, EN);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['15m', '1d']);
  });
});
