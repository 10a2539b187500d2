import { describe, expect, it } from 'vitest';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useTelegram } from '../support/telegramHarness.js';

// Tiny models and no risk-reference.json: a models folder whose reference went missing.
const { askText: ask } = useTelegram(() => ({
  app: { modelsDir: writeModelFolder(TIMEFRAMES.map((tf) => ({ file: `tiny-${tf}.onnx`, metadata: tinyMetadata(tf) }))) },
}));

describe('a bot whose risk reference is missing', () => {
  it('still answers /predict, and /risk says risk is unavailable', async () => {
    expect(await ask(301, '/predict btc')).toContain('BTC/USDT · all timeframes');
    expect(await ask(302, '/risk btc')).toBe('Risk scores are unavailable right now. /predict still works.');
  });
});
