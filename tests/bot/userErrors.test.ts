import { GrammyError, HttpError } from 'grammy';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../bot/badInput.js';
import { langFor } from '../../bot/i18n/chatLocale.js';
import { GENERIC_APOLOGY, loggable, toUserError } from '../../bot/userErrors.js';
import { ModelOutputError, ModelUnavailableError, NotEnoughCandlesError } from '../../inference/errors.js';
import { BadCandlesError, InvalidSymbolError, MarketDataError, UnknownSymbolError, UnsupportedTimeframeError } from '../../market/errors.js';

const EN = langFor('en');
const ID = langFor('id');

describe('toUserError', () => {
  it('renders a bad-input message from its key and variables', () => {
    const error = new BadInputError('input-which-pair', { usage: '<code>/risk SYMBOL</code>', example: '<code>/risk BTC</code>' });
    expect(toUserError(error, EN)).toEqual({
      message: 'Which pair? Type <code>/risk SYMBOL</code> — for example <code>/risk BTC</code>.',
      level: 'info',
    });
  });

  it('offers the closest symbols for an unknown one', () => {
    expect(toUserError(new UnknownSymbolError('BTH/USDT', ['BTC/USDT', 'BCH/USDT']), EN).message).toBe(
      'Unknown symbol <b>BTH/USDT</b>. Did you mean BTC/USDT, BCH/USDT?',
    );
    expect(toUserError(new UnknownSymbolError('NOPE/USDT', []), EN).message).toContain('Check the spelling');
  });

  it('escapes and shortens whatever the user typed', () => {
    const message = toUserError(new InvalidSymbolError(`<script>${'x'.repeat(100)}`, 'odd'), EN).message;
    expect(message).toContain('&lt;script&gt;');
    expect(message).not.toContain('x'.repeat(30));
    expect(toUserError(new UnsupportedTimeframeError('7m', ['1h']), EN).message).toContain('15m, 1h, 4h, 1d');
  });

  it('asks to try again later when market data is unavailable', () => {
    expect(toUserError(new MarketDataError('binance 503: upstream at 10.0.0.3'), EN)).toEqual({
      message: 'Market data is unavailable right now. Please try again in a minute.',
      level: 'warn',
    });
  });

  it('says which candles look wrong, and that there is no signal from them', () => {
    const answer = toUserError(new BadCandlesError('ETH/USDT', '1h', 'the candle of 2026-12-06 09:00 UTC has a high below its low'), EN);
    expect(answer).toEqual({
      message: "The exchange's ETH/USDT 1h candles look wrong right now (the candle of 2026-12-06 09:00 UTC has a high below its low), " +
        'so there is no signal from them. Please try again in a few minutes.',
      level: 'warn',
    });
  });

  it('gives no signal from a model whose probabilities do not add up', () => {
    expect(toUserError(new ModelOutputError('direction-1h.onnx', 'the probabilities sum to 0.7000, not 1'), EN)).toMatchObject({
      message: expect.stringContaining('does not add up'),
      level: 'error',
    });
  });

  it('says when no model serves the timeframe', () => {
    expect(toUserError(new ModelUnavailableError('no model for 1d'), EN).message).toContain('No model is available');
    expect(toUserError(new NotEnoughCandlesError('BTC/USDT', '1d', 10, 64), EN).message).toContain('not enough 1d history');
  });

  it('apologises for anything else without internals', () => {
    for (const error of [new Error('SQLITE_BUSY at /var/data'), 'boom', undefined]) {
      expect(toUserError(error, EN)).toEqual({ message: GENERIC_APOLOGY, level: 'error' });
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

describe('errors in Indonesian', () => {
  it('a user whose Telegram is in Indonesian reads an unknown symbol, its suggestions and the apology in Indonesian', () => {
    expect(toUserError(new UnknownSymbolError('BTH/USDT', ['BTC/USDT', 'BCH/USDT']), ID).message).toBe(
      'Simbol <b>BTH/USDT</b> tidak dikenal. Maksudnya BTC/USDT, BCH/USDT?',
    );
    expect(toUserError(new Error('boom'), ID)).toEqual({ message: 'Maaf, ada masalah di sisi kami. Coba lagi nanti.', level: 'error' });
    expect(toUserError(new MarketDataError('binance 503'), ID).message).toBe('Data pasar sedang tidak tersedia. Coba lagi sebentar lagi.');
  });

  it('a bad input is rendered in the reader’s language, its lists joined in Indonesian', () => {
    const error = new BadInputError('input-one-timeframe-per-command', { typed: ['1h', '4h'], command: 'subscribe', example: '<code>/subscribe BTC ETH 1h</code>' });
    expect(toUserError(error, ID).message).toBe(
      'Satu timeframe per perintah ya: kamu mengetik 1h dan 4h. Kirim /subscribe sekali untuk tiap timeframe — contoh <code>/subscribe BTC ETH 1h</code>.',
    );
    expect(error.userMessage).toMatch(/^One timeframe per command, please: you typed 1h and 4h\./);
  });
});
