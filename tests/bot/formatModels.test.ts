import { describe, expect, it } from 'vitest';
import { formatModels } from '../../bot/formatModels.js';
import { htmlToText } from '../../bot/html.js';
import { cardCalls, walkForwardNumbers, type ModelsReport } from '../../inference/models/modelReport.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

const report: ModelsReport = {
  loaded: [
    {
      file: 'direction-1h.onnx',
      modelVersion: 'direction-1h-20261122-57c529aa',
      timeframe: '1h',
      featureSet: 'ta15@1',
      symbol: null,
      sha256: 'e239520b3d5d50240af7c831c485d0c6f6c4601056fa50163e006fc0c029c6ce',
      metrics: { logLoss: 1.0918, baselineLogLoss: 1.0983, balancedAccuracy: 0.3871, signalHitRate: 0.3604, signalCount: 84281 },
      // A card from before the one trade rule: its hit rate only.
      calls: cardCalls({ metrics: { signal_hit_rate: 0.3604, signal_count: 84281 } }),
    },
    {
      file: 'direction-4h.onnx',
      modelVersion: 'direction-4h-20270101-0a0b0c0d',
      timeframe: '4h',
      featureSet: 'ta15@1',
      symbol: null,
      sha256: 'aa11bb22cc33dd44ee55ff6600112233445566778899aabbccddeeff00112233',
      metrics: { logLoss: 1.08, baselineLogLoss: 1.0981, balancedAccuracy: 0.41, signalHitRate: 0.512, signalCount: 14320 },
      calls: cardCalls({
        alert_threshold: 0.45,
        metrics: {
          signal_hit_rate: 0.512, signal_count: 14320, signal_win_rate: 0.512, signal_breakeven_win_rate: 0.5478,
          signal_mean_net_return: -0.0011, signal_mean_net_return_ci95: [-0.0019, -0.0002],
          overall: {
            by_threshold: [{
              threshold: 0.45, count: 412, wins: 190, stops: 150, expired: 72, win_rate: 0.5588, breakeven_win_rate: 0.5471,
              mean_net_return: 0.0004, mean_net_return_ci95: [-0.0012, 0.0021],
            }],
          },
        },
      }),
    },
    {
      file: 'btc-4h.onnx',
      modelVersion: 'btc-4h',
      timeframe: '4h',
      featureSet: 'ta15@1',
      symbol: 'BTC/USDT',
      sha256: 'c12e53041e786b1b4115e3ad8e0a7da22c47695b82a1d7a9218276a54f9751c9',
      metrics: { logLoss: null, baselineLogLoss: null, balancedAccuracy: null, signalHitRate: null, signalCount: null },
      calls: cardCalls({ metrics: {} }),
    },
  ],
  policies: [
    {
      file: 'policy-1h.onnx',
      modelVersion: 'policy-1h-20261201-4b694113',
      timeframe: '1h',
      featureSet: 'ta15@1',
      sha256: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
      record: {
        from: '2024-03-01T00:00:00Z',
        to: '2024-08-31T22:00:00Z',
        figures: {
          policy: { totalReturn: -0.0669, sharpe: -0.36, maxDrawdown: 0.247, trades: 11278 },
          flat: { totalReturn: 0, sharpe: null, maxDrawdown: 0, trades: 0 },
          buyAndHold: { totalReturn: -0.1712, sharpe: -0.42, maxDrawdown: 0.355, trades: 204 },
          random: { totalReturn: -0.7194, sharpe: -9.1, maxDrawdown: 0.72, trades: 61410 },
        },
        beatsBuyAndHoldRiskAdjusted: true,
        beatsFlat: false,
      },
    },
  ],
  refused: [{ file: 'direction-1d.onnx', timeframe: '1d', reason: 'it was trained on feature set ta9@1 but this code computes ta15@1' }],
};

describe('formatModels', () => {
  it('shows each model with version, timeframe, feature set, sha256 prefix and walk-forward numbers, the policy against its baselines, then the refused', () => {
    const text = htmlToText(formatModels(report, EN));
    expect(text).toContain(
      [
        'Models · 4 loaded, 1 refused',
        '',
        '1h · direction-1h-20261122-57c529aa',
        'pooled · feature set ta15@1 · sha256 e239520b3d5d',
        'Walk-forward: log-loss 1.0918 vs 1.0983 baseline · balanced accuracy 38.7% · hit rate 36.0% of 84,281 signals',
        '',
        '4h · direction-4h-20270101-0a0b0c0d',
        'pooled · feature set ta15@1 · sha256 aa11bb22cc33',
        'Walk-forward: log-loss 1.0800 vs 1.0981 baseline · balanced accuracy 41.0%',
        'All calls: win rate 51.2% vs break-even 54.8% · mean net −0.11% (95% CI −0.19%…−0.02%) on 14,320 calls',
        'At the alert threshold 45.0%: win rate 55.9% vs break-even 54.7% · mean net +0.04% (95% CI −0.12%…+0.21%) on 412 calls',
        '',
        '4h · btc-4h',
        'for BTC/USDT · feature set ta15@1 · sha256 c12e53041e78',
        'Walk-forward: no numbers in its metadata',
        '',
        '1h policy · policy-1h-20261201-4b694113',
        'feature set ta15@1 · sha256 0a1b2c3d4e5f',
        'Own record: on its test block 2024-03-01 → 2024-08-31, after fees: −6.69% (Sharpe −0.36) vs buy-and-hold −17.12% (Sharpe −0.42), always flat +0.00%',
        'On data it never saw, this policy did worse than staying flat (−6.69% vs 0%): treat its call as an experiment.',
        '',
        'Refused',
        '⛔ direction-1d.onnx (1d): it was trained on feature set ta9@1 but this code computes ta15@1',
      ].join('\n'),
    );
    expect(parseTelegramHtml(formatModels(report, EN))).toMatchObject({ ok: true });
  });

  it('escapes a refusal reason, which may quote a file', () => {
    const html = formatModels({ loaded: [], policies: [], refused: [{ file: 'x.onnx', timeframe: null, reason: 'bad <metadata> & more' }] }, EN);
    expect(html).toContain('bad &lt;metadata&gt; &amp; more');
    expect(htmlToText(html)).toContain('No model is loaded, so /predict cannot answer.');
  });
});

describe('walk-forward numbers from model metadata', () => {
  it('reads the pooled figures and falls back to top-level keys', () => {
    expect(walkForwardNumbers({ overall: { log_loss: 1.09, baseline_log_loss: 1.1, balanced_accuracy: 0.38 }, signal_hit_rate: 0.36, signal_count: 10 })).toEqual({
      logLoss: 1.09,
      baselineLogLoss: 1.1,
      balancedAccuracy: 0.38,
      signalHitRate: 0.36,
      signalCount: 10,
    });
    expect(walkForwardNumbers({ overall: 'n/a', log_loss: 'x' })).toMatchObject({ logLoss: null, signalHitRate: null });
  });
});

describe('formatModels in Indonesian', () => {
  it('an admin whose Telegram is in Indonesian reads /model in Indonesian, decimals with a comma', () => {
    const html = formatModels(report, langFor('id'));
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
    const text = htmlToText(html);
    expect(text.split('\n')[0]).toBe('Model · 4 dimuat, 1 ditolak');
    expect(text).toContain('gabungan · feature set ta15@1 · sha256 e239520b3d5d');
    expect(text).toContain('Walk-forward: log-loss 1,0918 vs baseline 1,0983 · balanced accuracy 38,7% · hit rate 36,0% dari 84.281 sinyal');
    expect(text).toContain('untuk BTC/USDT · feature set ta15@1');
    expect(text).toContain('Walk-forward: tidak ada angka di metadatanya');
    expect(text).toContain('Policy 1h · policy-1h-20261201-4b694113');
    expect(text).toContain('Catatan sendiri: pada blok ujinya 2024-03-01 → 2024-08-31, setelah biaya:');
    expect(text).toContain('\nDitolak\n');
  });
});
