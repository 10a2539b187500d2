import { describe, expect, it } from 'vitest';
import { FEATURE_SET } from '../../inference/features/featureSet.js';
import { positionOnlyPolicy, tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useTelegram } from '../support/telegramHarness.js';

const ADMIN = 950;

const { replyText: ask } = useTelegram(() => ({
  app: {
    adminUserIds: [ADMIN],
    modelsDir: writeModelFolder([
      // Confidently LONG, so a sweep alerts on BTC/USDT and opens a long paper trade.
      { file: 'tiny-1h.onnx', metadata: tinyMetadata('1h'), bias: [4, 0, -4] },
      // Reads only the position: BUY when flat, HOLD when long.
      positionOnlyPolicy('1h'),
    ]),
  },
}));

const policyPart = (text: string) => text.split('\n').slice(4);

describe("/status shows the policy's call", () => {
  it("a user reads /status and sees the policy's call for BTC/USDT, its own test record and that it lost to holding", async () => {
    expect(policyPart(await ask(951, '/status'))).toEqual([
      'Policy · BTC/USDT',
      expect.stringMatching(/^Price: [\d,.]+ \(1h close of 2026-11-20 11:00 UTC\)$/),
      'Call: BUY 58% — open a long (paper position: flat) · HOLD 21% · SELL 21%',
      'Model tiny-policy-1h (1h) · on its test block 2024-03-01 → 2024-08-31, after fees: ' +
        '+4.20% (Sharpe 0.08) vs buy-and-hold +18.70% (Sharpe 0.37), always flat +0.00%',
      'On data it never saw, this policy did worse than simply holding (Sharpe 0.08 vs 0.37): treat its call as an experiment.',
      '',
      'Paper-trading signals, not financial advice.',
    ]);
  });

  it('a user reads /status while a long paper trade on BTC/USDT is open, and the policy is told it holds it', async () => {
    expect(await ask(ADMIN, '/subscribe btc 1h')).toContain('BTC/USDT');
    expect(await ask(ADMIN, '/sweep 1h')).toContain('1h: 1 pairs · 1 new alerts · 0 failed');
    const lines = policyPart(await ask(952, '/status'));
    expect(lines[2]).toBe('Call: HOLD 67% — keep the long (paper position: long) · BUY 24% · SELL 9%');
  });

  it('a user reads /model and sees the policy with its own test-block record and the verdict', async () => {
    const text = await ask(953, '/model');
    expect(text).toMatch(/^Models · 2 loaded, 0 refused\n/);
    expect(text).toContain(`\n1h policy · tiny-policy-1h\nfeature set ${FEATURE_SET} · sha256 `);
    expect(text).toContain(
      '\nOwn record: on its test block 2024-03-01 → 2024-08-31, after fees: +4.20% (Sharpe 0.08) vs buy-and-hold +18.70% ' +
        '(Sharpe 0.37), always flat +0.00%\nOn data it never saw, this policy did worse than simply holding',
    );
  });
});
