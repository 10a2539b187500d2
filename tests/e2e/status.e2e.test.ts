import { describe, expect, it } from 'vitest';
import { useTelegram } from '../support/telegramHarness.js';

const { testApp, reply: ask } = useTelegram();

const MODEL = String.raw`Model policy-1h-\d{8}-[0-9a-f]{8} \(1h\)`;
const RETURN = String.raw`[+−][\d.]+%`;
const SHARPE = String.raw`(−?[\d.]+|n/a)`;

/**
 * The shipped policy's own record: its test block against buy-and-hold and always-flat, then the verdict in words;
 * or, for a model trained before the record was kept, one line that says so. Never a chain of other models' figures.
 */
function shippedRecord(lines: string[]): unknown[] {
  if (lines.length === 1) {
    return [expect.stringMatching(new RegExp(`^${MODEL} · no record of its own on data it never saw .*: treat its call as an experiment\\.$`))];
  }
  return [
    expect.stringMatching(
      new RegExp(
        `^${MODEL} · on its test block \\d{4}-\\d{2}-\\d{2} → \\d{4}-\\d{2}-\\d{2}, after fees: ` +
          `${RETURN} \\(Sharpe ${SHARPE}\\) vs buy-and-hold ${RETURN} \\(Sharpe ${SHARPE}\\), always flat \\+0\\.00%$`,
      ),
    ),
    expect.stringMatching(/^On data it never saw, this policy (beat simply holding .* — one test block, so evidence, not proof|did worse than .*: treat its call as an experiment)\.$/),
  ];
}

describe('/status through Telegram', () => {
  // First, while no candles are cached: the exchange fails the candle request.
  it('a user reads /status while the exchange is down and is told to try again', async () => {
    testApp.exchange.fail({ count: 1, kind: 422, path: '/api/v3/klines' });
    expect((await ask(601, '/status')).plainText).toBe('Market data is unavailable right now. Please try again in a minute.');
  });

  it("a user reads /status and sees the mood, the policy's call for BTC/USDT and the disclaimer", async () => {
    const reply = await ask(602, '/status');
    expect(reply.parse_mode).toBe('HTML');
    const lines = reply.plainText.split('\n');
    expect(lines[0]).toMatch(/^(😟|🤔|🙂|😄) Mood: \d{1,3}\/100 · (tense|cautious|steady|upbeat)$/);
    expect(lines[1]).toMatch(
      /^BTC\/USDT is (calm|moving as usual|turbulent) \(volatility [\d.]+% a day, \d+(st|nd|rd|th) percentile of its last 7 days\) on (thin|usual|heavy) volume \([\d.]+[KMB]? USDT in 24h, \d+(st|nd|rd|th) percentile\)\.$/,
    );
    expect(lines[2]).toBe(
      'Paper-trading record: not started yet — alerts will fill it (P&L, win rate, trades in the last hour). ' +
        'Until then the mood reads the market only.',
    );
    expect(lines.slice(4)).toEqual([
      'Policy · BTC/USDT',
      expect.stringMatching(/^Price: [\d,.]+ \(1h close of 2026-11-20 11:00 UTC\)$/),
      expect.stringMatching(
        /^Call: (HOLD|BUY|SELL) \d+% — (stay flat|open a long|open a short) \(paper position: flat\) · (HOLD|BUY|SELL) [\d.]+% · (HOLD|BUY|SELL) [\d.]+%$/,
      ),
      ...shippedRecord(lines.slice(7, -2)),
      '',
      'Paper-trading signals, not financial advice.',
    ]);
  });

  it('a user who types words after /status is told to send it alone', async () => {
    expect((await ask(603, '/status eth')).plainText).toBe(
      '/status takes nothing after it — type /status alone. For one pair, type /predict SYMBOL or /risk SYMBOL.',
    );
  });

  it('a user reads /help and finds /status but no admin command', async () => {
    const help = (await ask(604, '/help')).plainText;
    expect(help).toContain("/status — The bot's mood, the market and the policy's call");
    expect(help).not.toContain('/reload');
  });
});
