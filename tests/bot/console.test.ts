import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useConsole } from '../support/consoleHarness.js';

const logLines: string[] = [];
const { testApp, converse } = useConsole({ log: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }) });

/** The fake exchange answers the next klines requests with an HTTP 422: an exchange error, not retried. */
function breakKlines(count: number): void {
  testApp.exchange.fail({ count, kind: 422, path: '/api/v3/klines' });
}

describe('console mode', () => {
  it('a person types /help and reads the command list as plain text', async () => {
    const printed = await converse('/help');
    expect(printed).toContain('Commands\n/start — What this bot does\n/help — List the commands\n/predict SYMBOL [timeframe]');
    expect(printed).not.toMatch(/<\/?[a-z]+>/);
  });

  it('a person types a bad /predict and is told what to type instead', async () => {
    const printed = await converse('/predict BTC 7m');
    expect(printed).toContain('Unknown timeframe "7m". Use one of 15m, 1h, 4h, 1d — for example /predict BTC 1h.');
  });

  it('a person types /predict btc 1h, reads the prediction with its buttons, and [4h] presses one', async () => {
    const printed = await converse('/predict btc 1h', '[4h]');
    expect(printed).toMatch(/BTC\/USDT · 1h\n.* (LONG|SHORT|NO TRADE) · confidence \d+(\.\d)?%/);
    expect(printed).toContain('[15m] [1h ✓] [4h] [1d]');
    expect(printed).toMatch(/\(edited\)\nBTC\/USDT · 4h/);
    expect(printed).toContain('[15m] [1h] [4h ✓] [1d]');
  });

  it('prints the chart of /predict btc 1h as one line after the text', async () => {
    const printed = await converse('/predict btc 1h');
    expect(printed).toMatch(/\[All timeframes\]\n\n\[chart: BTC-USDT-1h\.png, \d+ KB\]\nBTC\/USDT · 1h · (LONG|SHORT|NO TRADE)/);
  });

  it('an exchange failure gets the user message, and the next command is served', async () => {
    breakKlines(1);
    const printed = await converse('/predict bch 15m', 'hello', '/predict eth 15m');
    expect(printed).toContain('Market data is unavailable right now. Please try again in a minute.');
    expect(printed).toContain('Send a command — for example /predict BTC 1h.');
    expect(printed).toContain('ETH/USDT · 15m');
  });

  it('logs a failure with the update it came from', async () => {
    logLines.length = 0;
    breakKlines(1);
    await converse('/predict usdc 15m');
    const entry = JSON.parse(logLines.find((l) => l.includes('request failed')) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 40, chatId: 1, command: '/predict', err: { type: 'MarketDataError' } });
  });

  it('tells the person when a button press fails, without editing the message', async () => {
    expect(await converse('/predict shib 4h')).toContain('SHIB/USDT · 4h');
    breakKlines(1);
    const failed = await converse('/predict shib 4h', '[15m]');
    expect(failed).toContain('(notice) Market data is unavailable right now. Please try again in a minute.');
    expect(failed).not.toContain('(edited)');
  });
});
