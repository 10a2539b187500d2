import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../bot/badInput.js';
import { parseRiskArgs } from '../../bot/parseRisk.js';

const HOW = 'Type <code>/risk SYMBOL</code> — for example <code>/risk BTC</code>.';

function failure(args: string): string {
  try {
    parseRiskArgs(args);
  } catch (error) {
    if (error instanceof BadInputError) return error.userMessage;
    throw error;
  }
  throw new Error(`"${args}" was accepted`);
}

describe('parseRiskArgs', () => {
  it.each([
    ['btc', 'BTC/USDT'],
    [' BTCUSDT ', 'BTC/USDT'],
    ['eth-usdt', 'ETH/USDT'],
    ['usdc', 'USDC/USDT'],
    ['$sol/usdt', 'SOL/USDT'],
  ])('reads "%s" as %s', (args, symbol) => {
    expect(parseRiskArgs(args)).toBe(symbol);
  });

  it('tells how to use it when the symbol is missing', () => {
    expect(failure('')).toBe(`Which pair? ${HOW}`);
    expect(failure('   ')).toBe(`Which pair? ${HOW}`);
  });

  it('says risk takes no timeframe, with the user\'s own symbol in the example', () => {
    expect(failure('eth 4h')).toBe('Risk is always read on 1h candles, so it takes no timeframe. Type <code>/risk ETH</code>.');
  });

  it('refuses more than one symbol, echoing the input escaped', () => {
    expect(failure('btc <b>eth</b>')).toBe(`Too many words after /risk: "btc &lt;b&gt;eth&lt;/b&gt;". ${HOW}`);
  });

  it('says why a word is not a symbol', () => {
    expect(failure('b@d')).toBe(
      '"b@d" is not a symbol: only letters, digits and one of / - _ are allowed. ' +
        'Type a coin like BTC or a pair like ETH/USDT — for example <code>/risk BTC</code>.',
    );
  });

  it('answers a very long argument without echoing it', () => {
    const message = failure('A'.repeat(5000));
    expect(message).toBe(`That is too long for a command. ${HOW}`);
  });
});
