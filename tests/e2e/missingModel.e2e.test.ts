import { FEATURE_SET } from '../../inference/features/featureSet.js';
import { describe, expect, it } from 'vitest';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useTelegram } from '../support/telegramHarness.js';

const { askText: ask } = useTelegram(() => ({
  app: {
    // Tiny models for three timeframes; the 1d one was trained on another feature set and is refused.
    modelsDir: writeModelFolder([
      { file: 'tiny-15m.onnx', metadata: tinyMetadata('15m'), bias: [4, 0, -4] },
      { file: 'tiny-1h.onnx', metadata: tinyMetadata('1h'), bias: [4, 0, -4] },
      { file: 'tiny-4h.onnx', metadata: tinyMetadata('4h'), bias: [-4, 0, 4] },
      { file: 'tiny-1d.onnx', metadata: tinyMetadata('1d', { feature_set: 'ta9@1' }) },
    ]),
  },
}));

describe('a bot with one timeframe\'s model refused', () => {
  it('a user asks for /predict btc and sees "no model" for that timeframe, the others answered', async () => {
    const text = await ask(801, '/predict btc');
    expect(text).toMatch(/^BTC\/USDT · all timeframes\n15m 🟢 LONG \d+%\n1h {2}🟢 LONG \d+%\n4h {2}🔴 SHORT \d+%\n1d {2}— no model\n/);
    expect(text).toContain('\n2 of 3 timeframes lean LONG\n');
  });

  it('a user reads /status and is told the policy model is not loaded', async () => {
    const lines = (await ask(803, '/status')).split('\n');
    expect(lines.slice(4, 7)).toEqual([
      'Policy · BTC/USDT',
      expect.stringMatching(/^Price: [\d,.]+ \(1h close of 2026-11-20 11:00 UTC\)$/),
      'Policy model not loaded yet, so there is no HOLD / BUY / SELL call.',
    ]);
  });

  it('a user subscribes on 1d, whose model was refused, and is told no 1d alerts come until one is loaded', async () => {
    expect(await ask(804, '/subscribe btc 1d')).toContain(
      '\nNo 1d model is loaded, so no 1d alerts come until one is; /model says why.',
    );
    // The tiny 15m card names no threshold and measured no confidence bands: the bar, and nothing made up.
    expect(await ask(805, '/subscribe btc 15m')).toContain("\n15m alerts need the model ≥ 40% sure (the bot's default; its card names none).");
  });

  it('a user reads /model and sees the refused file and why', async () => {
    const text = await ask(802, '/model');
    expect(text).toMatch(/^Models · 3 loaded, 1 refused\n/);
    expect(text).toContain(`\n1h · tiny-1h\npooled · feature set ${FEATURE_SET} · sha256 `);
    expect(text).toContain('\nWalk-forward: hit rate 52.0% of 100 signals\n');
    expect(text).toContain(`\nRefused\n⛔ tiny-1d.onnx (1d): it was trained on feature set ta9@1 but this code computes ${FEATURE_SET}\n`);
  });
});
