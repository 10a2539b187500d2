import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../bot/badInput.js';
import { parsePredictArgs } from '../../bot/parsePredict.js';

const HOW = 'Type <code>/predict SYMBOL [timeframe] [why]</code> — for example <code>/predict BTC 1h</code>.';

function failure(args: string): string {
  try {
    parsePredictArgs(args);
  } catch (error) {
    if (error instanceof BadInputError) return error.userMessage;
    throw error;
  }
  throw new Error(`"${args}" was accepted`);
}

describe('parsePredictArgs', () => {
  it.each([
    ['BTCUSDT 4h', 'BTC/USDT', '4h'],
    ['  eth-usdt   1D ', 'ETH/USDT', '1d'],
    ['btc/usdt 15m', 'BTC/USDT', '15m'],
    ['4h sol', 'SOL/USDT', '4h'],
  ])('reads "%s" as %s %s in detail', (args, symbol, timeframe) => {
    expect(parsePredictArgs(args)).toEqual({ kind: 'detail', symbol, timeframe });
  });

  it('reads a symbol alone as a request for the summary of every timeframe', () => {
    expect(parsePredictArgs('btc')).toEqual({ kind: 'summary', symbol: 'BTC/USDT' });
  });

  it.each(['btc 1h why', 'BTC WHY 1h', 'why 1h btc'])('reads "%s" as the 1h answer with its why', (args) => {
    expect(parsePredictArgs(args)).toEqual({ kind: 'why', symbol: 'BTC/USDT', timeframe: '1h' });
  });

  it('asks which timeframe to explain when "why" comes without one', () => {
    expect(failure('eth why')).toBe('Which timeframe should I explain? Type for example <code>/predict ETH 1h why</code>.');
  });

  it('asks for a symbol when there is none', () => {
    expect(failure('')).toBe(`Which pair? ${HOW}`);
    expect(failure('1h')).toContain('Which pair?');
  });

  it('names the timeframes for an unknown one, with the user\'s own symbol in the example', () => {
    expect(failure('BTC 7m')).toBe(
      'Unknown timeframe "7m". Use one of 15m, 1h, 4h, 1d — for example <code>/predict BTC 1h</code>.',
    );
    expect(failure('ethusdt 2w')).toContain('<code>/predict ETH 1h</code>');
  });

  it('refuses more than a symbol, a timeframe and "why"', () => {
    expect(failure('btc 1h 4h')).toBe(`Too many words after /predict: "btc 1h 4h". ${HOW}`);
    expect(failure('btc 1h why why')).toBe(`Too many words after /predict: "btc 1h why why". ${HOW}`);
  });

  it('says what is wrong with a symbol that is not one', () => {
    expect(failure('bt$c 1h')).toMatch(/^"bt\$c" is not a symbol: .+\. Type a coin like BTC/);
    expect(failure('a/b/c')).toContain('more than one separator');
  });

  it('answers overlong text without parsing or echoing it', () => {
    const message = failure('A'.repeat(5000));
    expect(message).toBe(
      `That is too long for a command. ${HOW}`,
    );
  });

  it('echoes at most 30 characters of input, HTML-escaped', () => {
    const message = failure(`<b>x</b> 1h ${'y'.repeat(30)}`);
    expect(message).toContain(`"&lt;b&gt;x&lt;/b&gt; 1h ${'y'.repeat(18)}…"`);
    expect(message).not.toContain('<b>');
  });
});
