import { describe, expect, it, vi } from 'vitest';
import { NEW_PAIR, UNTRAINED_PAIR, replayShapedMarket } from '../support/followedMarket.js';
import { useHttpApi } from '../support/httpApi.js';

let followed: string[] = [];
const api = useHttpApi(async () => {
  const market = await replayShapedMarket();
  followed = market.followed;
  return { app: { candles: market.candles } };
});

const storedRequests = () => api.testApp.app.signals.recent(1000).filter((s) => s.origin === 'request');

describe('GET /api/predictions', () => {
  it('a dashboard asks for every pair on 15m and gets 34 predictions from one batch', async () => {
    const batch = vi.spyOn(api.testApp.app.service, 'predictMany');
    const response = await api.get('/api/predictions?timeframe=15m');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.timeframe).toBe('15m');
    expect(body.predictions).toHaveLength(34);
    expect(body.predictions.map((p: { symbol: string }) => p.symbol)).toEqual(followed);
    expect(body.predictions.every((p: { prediction: unknown; error: unknown }) => p.prediction !== null && p.error === null)).toBe(true);
    expect(body.predictions.map((p: { symbol: string }) => p.symbol)).not.toContain(UNTRAINED_PAIR);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(batch.mock.calls[0]![0]).toHaveLength(34);
    batch.mockRestore();
  });

  it('a dashboard lists pairs however it spells them and gets one item each, a typo failing only its own', async () => {
    const response = await api.get(`/api/predictions?timeframe=1H&symbols=${encodeURIComponent('btcusdt,eth-usdt,BTC,NOPE,$$$,new')}`);
    expect(response.statusCode).toBe(200);
    const { timeframe, predictions } = response.json();
    expect(timeframe).toBe('1h');
    expect(predictions.map((p: { symbol: string }) => p.symbol)).toEqual(['BTC/USDT', 'ETH/USDT', 'NOPE/USDT', '$$$', NEW_PAIR]);
    expect(predictions[0].prediction).toMatchObject({ symbol: 'BTC/USDT', timeframe: '1h' });
    expect(predictions[2].error).toMatchObject({ code: 'unknown_symbol' });
    expect(predictions[3].error).toMatchObject({ code: 'invalid_symbol', message: expect.stringContaining('"$$$" is not a symbol') });
    expect(predictions[4]).toMatchObject({ prediction: null, error: { code: 'not_enough_history' } });
  });

  it('records each prediction in the signal history as a request, as the bot does', async () => {
    const before = storedRequests().filter((s) => s.timeframe === '4h').length;
    await api.get('/api/predictions?timeframe=4h&symbols=BTC,ETH');
    expect(storedRequests().filter((s) => s.timeframe === '4h').length).toBe(before + 2);
  });

  it('an unknown timeframe, an empty list and an unknown parameter are 400s that say what to send', async () => {
    const timeframe = await api.get('/api/predictions?timeframe=7m');
    expect(timeframe.statusCode).toBe(400);
    expect(timeframe.json()).toEqual({ error: { code: 'unknown_timeframe', message: 'Unknown timeframe "7m". Send one of 15m, 1h, 4h, 1d.' } });
    const empty = await api.get('/api/predictions?symbols=,');
    expect(empty.json().error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('BTCUSDT,ETHUSDT') });
    const unknown = await api.get('/api/predictions?tf=1h');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Unknown query parameter "tf"; this route takes timeframe, symbols. See /openapi.json.');
  });
});

describe('GET /api/predictions/:symbol', () => {
  it('a dashboard asks for btc-usdt on 4h and gets the call with its levels', async () => {
    const response = await api.get('/api/predictions/btc-usdt?timeframe=4h');
    expect(response.statusCode).toBe(200);
    const prediction = response.json();
    expect(prediction).toMatchObject({ symbol: 'BTC/USDT', timeframe: '4h', modelVersion: expect.stringMatching(/^direction-4h-/) });
    expect(prediction.confidence).toBeGreaterThan(0);
    expect(Object.keys(prediction.probabilities)).toEqual(['LONG', 'NO_TRADE', 'SHORT']);
  });

  it('without a timeframe it answers on 1h', async () => {
    expect((await api.get('/api/predictions/ETHUSDT')).json()).toMatchObject({ symbol: 'ETH/USDT', timeframe: '1h' });
  });

  it('answers the bot\u2019s errors with stable codes', async () => {
    const unknown = await api.get('/api/predictions/BTCX');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toEqual({
      code: 'unknown_symbol',
      message: 'Unknown symbol BTCX/USDT. Did you mean BTC/USDT, BCH/USDT, ETC/USDT?',
      suggestions: ['BTC/USDT', 'BCH/USDT', 'ETC/USDT'],
    });
    const invalid = await api.get(`/api/predictions/${encodeURIComponent('a/b/c')}`);
    expect([invalid.statusCode, invalid.json().error.code]).toEqual([400, 'invalid_symbol']);
    const young = await api.get(`/api/predictions/${NEW_PAIR.split('/')[0]}?timeframe=1d`);
    expect([young.statusCode, young.json().error.code]).toEqual([422, 'not_enough_history']);
  });

  it('says the market is unavailable when the exchange fails, and serves again once it is back', async () => {
    const { exchange } = api.testApp;
    exchange.fail({ count: Infinity, kind: 422, path: '/api/v3/klines' });
    try {
      const response = await api.get('/api/predictions/SOL?timeframe=1d');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: { code: 'market_unavailable', message: 'Market data is unavailable right now. Try again in a minute.' },
      });
    } finally {
      exchange.recover();
    }
    expect((await api.get('/api/predictions/SOL?timeframe=1d')).statusCode).toBe(200);
  });
});

describe('GET /api/predictions/:symbol/summary', () => {
  it('a dashboard asks for every timeframe of BTC and sees whether they agree', async () => {
    const response = await api.get('/api/predictions/BTC/summary');
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary.symbol).toBe('BTC/USDT');
    expect(summary.calls.map((c: { timeframe: string }) => c.timeframe)).toEqual(['15m', '1h', '4h', '1d']);
    expect(summary.calls.every((c: { prediction: unknown; unavailable: unknown }) => c.prediction !== null && c.unavailable === null)).toBe(true);
    expect(summary.confluence.of).toBe(4);
  });

  it('a pair too young for some timeframes says why for each instead of failing', async () => {
    const summary = (await api.get(`/api/predictions/${NEW_PAIR.split('/')[0]}/summary`)).json();
    expect(summary.calls.map((c: { unavailable: string | null }) => c.unavailable)).toEqual(Array(4).fill('not_enough_history'));
    expect(summary.confluence).toMatchObject({ direction: null, of: 0 });
  });
});
