import { describe, expect, it } from 'vitest';
import { useTelegram } from '../support/telegramHarness.js';

const { askText: ask } = useTelegram();

describe('/risk through Telegram', () => {
  it('a user asks for /risk on a calm pair and on a wild pair and sees different levels', async () => {
    const calm = await ask(201, '/risk usdc');
    const wild = await ask(202, '/risk SHIBUSDT');
    expect(calm).toMatch(/^🟢 USDC\/USDT · risk \d+\/100 · low\n/);
    expect(wild).toMatch(/^(🟠|🔴) SHIB\/USDT · risk \d+\/100 · (high|extreme)\n/);
    for (const reply of [calm, wild]) {
      for (const factor of ['Volatility', 'Price swings', 'Volume volatility', 'Trend strength']) {
        expect(reply).toMatch(new RegExp(`${factor}: .+ · sub-score \\d+/100 · weight \\d+% · \\d+(st|nd|rd|th) percentile of its last \\d+ days?`));
      }
      expect(reply).toContain('of history for this pair, so its own percentiles are rough.');
      expect(reply).toContain('Not financial advice.');
    }
  });

  it('/risk with no symbol is told how to use it', async () => {
    expect(await ask(203, '/risk')).toBe('Which pair? Type /risk SYMBOL — for example /risk BTC.');
  });

  it('/risk on a pair the market does not list is offered close ones', async () => {
    expect(await ask(204, '/risk BTH')).toMatch(/^Unknown symbol BTH\/USDT\. Did you mean .*BTC\/USDT/);
  });

  it('/help lists /risk', async () => {
    expect(await ask(205, '/help')).toContain('/risk SYMBOL — Risk score 0–100 for a pair');
  });
});
