import { describe, expect, it } from 'vitest';
import { InvalidSymbolError, UnknownSymbolError, UnsupportedTimeframeError } from '../../market/errors.js';
import { editDistance, normalizeSymbol, parseTimeframe, resolveSymbol, suggestSymbols, timeframeOfWord } from '../../market/symbols.js';

describe('normalizeSymbol', () => {
  it.each([
    ['btc', 'BTC/USDT'],
    ['BTC', 'BTC/USDT'],
    ['btcusdt', 'BTC/USDT'],
    ['BTC-USDT', 'BTC/USDT'],
    ['btc_usdt', 'BTC/USDT'],
    ['btc/usdt', 'BTC/USDT'],
    ['$btc', 'BTC/USDT'],
    ['  eth  ', 'ETH/USDT'],
    ['ethbtc', 'ETH/BTC'],
    ['SOLUSDC', 'SOL/USDC'],
    ['bnbfdusd', 'BNB/FDUSD'],
    ['usdcusdt', 'USDC/USDT'],
    ['1000SATSUSDT', '1000SATS/USDT'],
    ['eth/eur', 'ETH/EUR'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSymbol(input)).toBe(expected);
  });

  it('uses the default quote when none is given', () => {
    expect(normalizeSymbol('eth', 'usdc')).toBe('ETH/USDC');
  });

  it('keeps a short ticker whole rather than splitting off a quote', () => {
    expect(normalizeSymbol('wbtc')).toBe('WBTC/USDT');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['$', 'empty'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'longer than 20'],
    ['btc usdt', 'only letters'],
    ['btc!', 'only letters'],
    ['<b>btc</b>', 'only letters'],
    ['btc/usdt/eth', 'more than one separator'],
    ['/usdt', 'missing'],
    ['btc-', 'missing'],
  ])('rejects %j (%s)', (input, reason) => {
    const error = captureError(() => normalizeSymbol(input));
    expect(error).toBeInstanceOf(InvalidSymbolError);
    expect((error as InvalidSymbolError).reason).toContain(reason);
  });
});

describe('resolveSymbol', () => {
  const listed = ['BTC/USDT', 'ETH/USDT', 'ETH/BTC', 'BCH/USDT', 'SOL/USDT', 'SAND/USDT', 'BTC/EUR'];

  it('returns a listed symbol', () => {
    expect(resolveSymbol('ETH/BTC', listed)).toBe('ETH/BTC');
  });

  it('suggests the closest bases, same quote first', () => {
    const error = captureError(() => resolveSymbol('BTX/USDT', listed));
    expect(error).toBeInstanceOf(UnknownSymbolError);
    expect((error as UnknownSymbolError).suggestions).toEqual(['BTC/USDT', 'BTC/EUR']);
  });

  it('suggests the same base under another quote', () => {
    expect(suggestSymbols('SOL/BTC', listed)[0]).toBe('SOL/USDT');
  });

  it('gives at most three suggestions and none for something far away', () => {
    expect(suggestSymbols('ETC/USDT', listed).length).toBeLessThanOrEqual(3);
    expect(suggestSymbols('DOGECOIN/USDT', listed)).toEqual([]);
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('BTC', 'BTC')).toBe(0);
  });
});

describe('parseTimeframe', () => {
  it.each([
    ['15m', '15m'],
    ['15M', '15m'],
    ['1h', '1h'],
    ['1H', '1h'],
    ['60m', '1h'],
    ['4h', '4h'],
    ['240m', '4h'],
    ['1d', '1d'],
    ['D', '1d'],
    ['24h', '1d'],
    [' 1D ', '1d'],
  ])('%s → %s', (input, expected) => {
    expect(parseTimeframe(input)).toBe(expected);
  });

  it.each(['5m', '2h', '1w', '', 'hourly', 'constructor', '__proto__'])('rejects %j and lists the supported ones', (input) => {
    const error = captureError(() => parseTimeframe(input));
    expect(error).toBeInstanceOf(UnsupportedTimeframeError);
    expect((error as UnsupportedTimeframeError).supported).toEqual(['15m', '1h', '4h', '1d']);
  });

  it('tells a word that names a timeframe from one that does not, without throwing', () => {
    expect(timeframeOfWord(' D ')).toBe('1d');
    expect(timeframeOfWord('eth')).toBeNull();
    expect(timeframeOfWord('constructor')).toBeNull();
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
