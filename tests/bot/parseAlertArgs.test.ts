import { describe, expect, it } from 'vitest';
import { parseSubscribeArgs, parseUnsubscribeArgs } from '../../bot/alerts/parseAlertArgs.js';
import { BadInputError } from '../../bot/badInput.js';

function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof BadInputError) return error.userMessage;
    throw error;
  }
  throw new Error('expected a BadInputError');
}

describe('/subscribe and /unsubscribe arguments', () => {
  it('takes several symbols in any spelling, with or without a timeframe, in any order', () => {
    expect(parseSubscribeArgs('btc ETHUSDT, sol/usdt 4H', '1h')).toEqual({
      symbols: ['BTC/USDT', 'ETH/USDT', 'SOL/USDT'],
      timeframe: '4h',
    });
    expect(parseSubscribeArgs('15m btc btc-usdt', '1h')).toEqual({ symbols: ['BTC/USDT'], timeframe: '15m' });
    expect(parseSubscribeArgs('eth', '4h')).toEqual({ symbols: ['ETH/USDT'], timeframe: '4h' });
    // Among symbols, a bare letter is a coin, not the 'h' shorthand for 1h.
    expect(parseSubscribeArgs('h btc', '1h')).toEqual({ symbols: ['H/USDT', 'BTC/USDT'], timeframe: '1h' });
  });

  it('unsubscribes from every timeframe unless one is named, or from all', () => {
    expect(parseUnsubscribeArgs('btc eth')).toEqual({ all: false, symbols: ['BTC/USDT', 'ETH/USDT'] });
    expect(parseUnsubscribeArgs('btc 1d')).toEqual({ all: false, symbols: ['BTC/USDT'], timeframe: '1d' });
    expect(parseUnsubscribeArgs(' ALL ')).toEqual({ all: true });
  });

  it('says what to type instead of bad input', () => {
    expect(refusal(() => parseSubscribeArgs('', '1h'))).toMatch(/^Which pairs\? Type <code>\/subscribe SYMBOL/);
    expect(refusal(() => parseSubscribeArgs('btc 5m', '1h'))).toMatch(/^Unknown timeframe "5m"\. Use one of 15m, 1h, 4h, 1d/);
    expect(refusal(() => parseSubscribeArgs('btc 1h 4h', '1h'))).toMatch(/^One timeframe per command, please: you typed 1h and 4h/);
    expect(refusal(() => parseSubscribeArgs('btc <b>', '1h'))).toMatch(/^"&lt;b&gt;" is not a symbol/);
    expect(refusal(() => parseSubscribeArgs('btc eth sol bnb xrp ada doge trx link dot ltc', '1h'))).toMatch(/^Up to 10 pairs per command/);
    expect(refusal(() => parseSubscribeArgs('x '.repeat(150), '1h'))).toMatch(/^That is too long/);
    expect(refusal(() => parseUnsubscribeArgs('btc all'))).toMatch(/<code>\/unsubscribe all<\/code> on its own/);
  });
});
