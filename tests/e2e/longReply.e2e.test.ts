import { describe, expect, it } from 'vitest';
import { TEXT_LIMIT } from '../../bot/send.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const PER_SYMBOL_MODELS = 48;

const { emulator } = useTelegram(() => ({
  app: {
    // So many per-symbol models that /model no longer fits one Telegram message.
    modelsDir: writeModelFolder(
      Array.from({ length: PER_SYMBOL_MODELS }, (_, k) => ({
        file: `pair${k}-1h.onnx`,
        metadata: tinyMetadata('1h', { model_version: `pair${k}-1h`, symbol: `PAIR${k}/USDT` }),
      })),
    ),
  },
}));

describe('a reply longer than one message', () => {
  it('a user reads /model with many models and gets it in parts that Telegram accepts, nothing lost', async () => {
    emulator.userSends(901, '/model');
    const parts = await emulator.waitForBotMessages(901, (m) => m.at(-1)?.plainText.includes('Walk-forward: tested') ?? false, WAIT_MS);

    expect(parts.length).toBeGreaterThan(1);
    expect(emulator.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 901).map((c) => c.status)).toEqual(
      parts.map(() => 200),
    );
    for (const part of parts) {
      expect(part.text?.length).toBeLessThanOrEqual(TEXT_LIMIT);
      expect(part.parse_mode).toBe('HTML');
    }
    const all = parts.map((p) => p.plainText).join('\n');
    expect(all).toMatch(new RegExp(`^Models · ${PER_SYMBOL_MODELS} loaded, 0 refused\\n`));
    for (let k = 0; k < PER_SYMBOL_MODELS; k++) expect(all).toContain(`\n1h · pair${k}-1h\nfor PAIR${k}/USDT · `);
  });
});
