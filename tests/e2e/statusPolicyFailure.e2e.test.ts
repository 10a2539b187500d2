import { describe, expect, it } from 'vitest';
import { tinyMetadata, tinyPolicyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useTelegram } from '../support/telegramHarness.js';

const { replyText } = useTelegram(() => ({
  app: {
    modelsDir: writeModelFolder([
      { file: 'tiny-1h.onnx', metadata: tinyMetadata('1h') },
      // A window longer than the exchange's whole history: the policy cannot run, the mood still can.
      { file: 'policy-1h.onnx', metadata: tinyPolicyMetadata('1h', { window: '20000' }) },
    ]),
  },
}));

describe('/status when the policy cannot run', () => {
  it('a user still reads the mood, and is told the policy call is missing for now', async () => {
    const text = await replyText(961, '/status');
    expect(text).toMatch(/^.+ Mood: \d+\/100 · \w+\n/);
    expect(text).toContain(
      '\nThe policy could not read the market just now, so there is no HOLD / BUY / SELL call; try again shortly.\n',
    );
    expect(text).toContain('Paper-trading signals, not financial advice.');
  });
});
