import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/httpApi.js';

const api = useHttpApi();

describe('GET /api/signals', () => {
  it('a dashboard pages through the stored history, newest first', async () => {
    await api.get('/api/predictions?timeframe=1h&symbols=BTC,ETH,BCH');
    await api.get('/api/predictions/BTC?timeframe=4h');
    const first = (await api.get('/api/signals?limit=3')).json();
    expect(first.signals.map((s: { symbol: string; timeframe: string }) => `${s.symbol} ${s.timeframe}`)).toEqual([
      'BTC/USDT 4h', 'BCH/USDT 1h', 'ETH/USDT 1h',
    ]);
    expect(first.signals[0]).toMatchObject({ origin: 'request', requests: 1, direction: expect.any(String) });
    const second = (await api.get(`/api/signals?limit=3&before=${first.nextBefore}`)).json();
    expect(second.signals.map((s: { symbol: string }) => s.symbol)).toEqual(['BTC/USDT']);
    expect(second.nextBefore).toBeNull();
  });

  it('filters by a forgiving symbol, a timeframe and since as ISO time or epoch ms', async () => {
    const btc = (await api.get('/api/signals?symbol=btcusdt&timeframe=1H')).json();
    expect(btc.signals.map((s: { symbol: string; timeframe: string }) => `${s.symbol} ${s.timeframe}`)).toEqual(['BTC/USDT 1h']);
    const { candleTime } = btc.signals[0];
    const iso = new Date(candleTime + 1).toISOString();
    expect((await api.get(`/api/signals?since=${iso}&timeframe=1h`)).json().signals).toEqual([]);
    expect((await api.get(`/api/signals?since=${candleTime}&timeframe=1h`)).json().signals).toHaveLength(3);
    expect((await api.get('/api/signals?since=2020-01-01')).json().signals).toHaveLength(4);
  });

  it('answers a since that is not a time, and a page too big, with what to send', async () => {
    const since = await api.get('/api/signals?since=last%20week');
    expect(since.statusCode).toBe(400);
    expect(since.json().error).toEqual({
      code: 'bad_request',
      message: 'since "last week" is not a time: send an ISO time such as 2021-06-01T00:00:00Z or epoch milliseconds such as 1622505600000.',
    });
    const limit = await api.get('/api/signals?limit=5000');
    expect(limit.json().error).toEqual({ code: 'bad_request', message: 'Query parameter limit must be <= 500. See /openapi.json.' });
    const symbol = await api.get('/api/signals?symbol=%24%24');
    expect(symbol.json().error.code).toBe('invalid_symbol');
  });
});

describe('GET /api/performance', () => {
  it('a dashboard reads how the alerts did over 7, 30 and 90 days, for one timeframe or all', async () => {
    const all = (await api.get('/api/performance')).json();
    expect(all.timeframe).toBeNull();
    expect(all.windows.map((w: { days: number }) => w.days)).toEqual([7, 30, 90]);
    expect(all.windows[0].total).toMatchObject({ signals: 0, stats: { count: 0, win_rate: null } });
    expect((await api.get('/api/performance?timeframe=4h')).json().timeframe).toBe('4h');
    const wrong = await api.get('/api/performance?timeframe=2h');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'unknown_timeframe']);
  });
});
