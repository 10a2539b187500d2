import pino from 'pino';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../bot/console.js';
import { CONSOLE_BOT_INFO } from '../../bot/consoleTransport.js';
import { createBot } from '../../bot/createBot.js';
import type { BotDeps } from '../../bot/deps.js';
import { MarketDataError } from '../../market/errors.js';
import { syntheticCandles } from '../support/syntheticCandles.js';
import { samplePrediction } from './samplePrediction.js';

const logLines: string[] = [];
const deps: BotDeps = {
  log: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
  async predict(symbol, timeframe) {
    if (symbol === 'DOWN/USDT' || timeframe === '1d') throw new MarketDataError('exchange down');
    return samplePrediction({ symbol, timeframe });
  },
  risk: () => Promise.reject(new MarketDataError('not used here')),
  recentCandles: async (_symbol, timeframe, count) =>
    syntheticCandles({ count, timeframe, end: samplePrediction().candleTime, startPrice: 43_000, volatility: 0.003 }),
};

/** Feeds lines through console mode and returns everything it printed. */
async function converse(...lines: string[]): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const bot = createBot('console-no-network', deps, { botInfo: CONSOLE_BOT_INFO });
  await runConsole({ bot, input: Readable.from(lines.map((l) => `${l}\n`)), output });
  return chunks.join('');
}

describe('console mode', () => {
  it('answers /help with the command list, as plain text', async () => {
    const printed = await converse('/help');
    expect(printed).toContain(
      'Commands\n/start — What this bot does\n/help — List the commands\n/predict SYMBOL [timeframe]',
    );
    expect(printed).not.toMatch(/<\/?[a-z]+>/);
  });

  it('explains a bad /predict', async () => {
    const printed = await converse('/predict BTC 7m');
    expect(printed).toContain('Unknown timeframe "7m". Use one of 15m, 1h, 4h, 1d — for example /predict BTC 1h.');
  });

  it('prints a prediction with its buttons, and a typed [4h] presses one', async () => {
    const printed = await converse('/predict btc 1h', '[4h]');
    expect(printed).toContain('BTC/USDT · 1h\n🟢 LONG · confidence 62%');
    expect(printed).toContain('[15m] [1h ✓] [4h] [1d]');
    expect(printed).toContain('(edited)\nBTC/USDT · 4h');
    expect(printed).toContain('[15m] [1h] [4h ✓] [1d]');
  });

  it('prints the chart of /predict btc 1h as one line after the text', async () => {
    const printed = await converse('/predict btc 1h');
    expect(printed).toMatch(/\[1d\]\n\n\[chart: BTC-USDT-1h\.png, \d+ KB\]\nBTC\/USDT · 1h · LONG 62%/);
  });

  it('maps failures to the user message and keeps going', async () => {
    const printed = await converse('/predict down', 'hello', '/predict eth');
    expect(printed).toContain('Market data is unavailable right now. Please try again in a minute.');
    expect(printed).toContain('Send a command — for example /predict BTC 1h.');
    expect(printed).toContain('ETH/USDT · 1h');
  });

  it('logs a failure with the update it came from', async () => {
    logLines.length = 0;
    await converse('/predict down 4h');
    const entry = JSON.parse(logLines.find((l) => l.includes('request failed')) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 40, chatId: 1, command: '/predict', err: { type: 'MarketDataError' } });
  });

  it('tells the user when a button press fails, without editing the message', async () => {
    const printed = await converse('/predict btc 1h', '[1d]');
    expect(printed).toContain('(notice) Market data is unavailable right now. Please try again in a minute.');
    expect(printed).not.toContain('(edited)');
  });
});
