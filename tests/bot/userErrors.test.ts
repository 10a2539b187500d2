import { GrammyError, HttpError } from 'grammy';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../bot/badInput.js';
import { GENERIC_APOLOGY, loggable, toUserError } from '../../bot/userErrors.js';
import { ModelOutputError, ModelUnavailableError, NotEnoughCandlesError } from '../../inference/errors.js';
import { BadCandlesError, InvalidSymbolError, MarketDataError, UnknownSymbolError, UnsupportedTimeframeError } from '../../market/errors.js';

describe('toUserError', () => {
  it('passes a bad-input message through', () => {
    expect(toUserError(new BadInputError('Which pair?'))).toEqual({ message: 'Which pair?', level: 'info' });
  });

  it('offers the closest symbols for an unknown one', () => {
    expect(toUserError(new UnknownSymbolError('BTH/USDT', ['BTC/USDT', 'BCH/USDT'])).message).toBe(
      'Unknown symbol <b>BTH/USDT</b>. Did you mean BTC/USDT, BCH/USDT?',
    );
    expect(toUserError(new UnknownSymbolError('NOPE/USDT', [])).message).toContain('Check the spelling');
  });

  it('escapes and shortens whatever the user typed', () => {
    const message = toUserError(new InvalidSymbolError(`<script>${'x'.repeat(100)}`, 'odd')).message;
    expect(message).toContain('&lt;script&gt;');
    expect(message).not.toContain('x'.repeat(30));
    expect(toUserError(new UnsupportedTimeframeError('7m', ['1h'])).message).toContain('15m, 1h, 4h, 1d');
  });

  it('asks to try again later when market data is unavailable', () => {
    expect(toUserError(new MarketDataError('binance 503: upstream at 10.0.0.3'))).toEqual({
      message: 'Market data is unavailable right now. Please try again in a minute.',
      level: 'warn',
    });
  });

  it('says which candles look wrong, and that there is no signal from them', () => {
    const answer = toUserError(new BadCandlesError('ETH/USDT', '1h', 'the candle of 2026-12-06 09:00 UTC has a high below its low'));
    expect(answer).toEqual({
      message: "The exchange's ETH/USDT 1h candles look wrong right now (the candle of 2026-12-06 09:00 UTC has a high below its low), " +
        'so there is no signal from them. Please try again in a few minutes.',
      level: 'warn',
    });
  });

  it('gives no signal from a model whose probabilities do not add up', () => {
    expect(toUserError(new ModelOutputError('direction-1h.onnx', 'the probabilities sum to 0.7000, not 1'))).toMatchObject({
      message: expect.stringContaining('does not add up'),
      level: 'error',
    });
  });

  it('says when no model serves the timeframe', () => {
    expect(toUserError(new ModelUnavailableError('no model for 1d')).message).toContain('No model is available');
    expect(toUserError(new NotEnoughCandlesError('BTC/USDT', '1d', 10, 64)).message).toContain('not enough 1d history');
  });

  it('apologises for anything else without internals', () => {
    for (const error of [new Error('SQLITE_BUSY at /var/data'), 'boom', undefined]) {
      expect(toUserError(error)).toEqual({ message: GENERIC_APOLOGY, level: 'error' });
    }
  });
});

describe('loggable', () => {
  it('drops the wrapped fetch error of an HttpError, which carries the URL with the token', () => {
    const secret = '123:SECRET';
    const cause = new Error(`request to https://x/bot${secret}/sendMessage failed`);
    const error = new HttpError("Network request for 'sendMessage' failed!", cause);
    const lines: string[] = [];
    const log = pino({}, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
    log.error({ err: loggable(error) }, 'failed');
    expect(lines.join('')).toContain('Network request');
    expect(lines.join('')).not.toContain(secret);
  });

  it('keeps other errors whole', () => {
    const error = new GrammyError('x', { ok: false, error_code: 400, description: 'Bad Request' }, 'sendMessage', {});
    expect(loggable(error)).toBe(error);
  });
});
