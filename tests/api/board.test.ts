import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/httpApi.js';

const TOKEN = 'board-api-token-0123456789';
const api = useHttpApi({ token: TOKEN });
const auth = { authorization: `Bearer ${TOKEN}` };

describe('the routes the web board reads', () => {
  it('a chart asks for the last candles of a pair and gets closed candles, oldest first', async () => {
    const response = await api.get('/api/candles/btc?timeframe=1h&limit=50', auth);
    expect(response.statusCode).toBe(200);
    const { symbol, timeframe, candles } = response.json() as { symbol: string; timeframe: string; candles: { time: number }[] };
    expect([symbol, timeframe, candles.length]).toEqual(['BTC/USDT', '1h', 50]);
    const times = candles.map((c) => c.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await api.get('/api/candles/btc?limit=5000', auth)).json().error.code).toBe('bad_request');
  });

  it('a page asks why a call was made and gets the readings with each indicator\u2019s pull', async () => {
    const why = (await api.get('/api/predictions/eth/why?timeframe=4h', auth)).json();
    expect(why.prediction).toMatchObject({ symbol: 'ETH/USDT', timeframe: '4h' });
    expect(Object.keys(why.readings).sort()).toEqual(['macd', 'market', 'rsi', 'volatility', 'volume']);
    expect(why.pushes.length).toBe(5);
  });

  it('the alert history starts empty and names its fields', async () => {
    expect((await api.get('/api/alerts?symbol=BTCUSDT', auth)).json()).toEqual({ alerts: [] });
  });

  it('a token in the query opens only the event stream, never a data route', async () => {
    const response = await api.get(`/api/predictions?timeframe=1h&token=${TOKEN}`);
    expect(response.statusCode).toBe(401);
    expect((await api.get('/api/events?token=wrong-token-0123456789')).statusCode).toBe(401);
  });

  it('the page shell and its bundle need no token, and carry the timeframes', async () => {
    const page = await api.get('/pair/BTCUSDT');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-timeframes="15m,1h,4h,1d"');
    expect((await api.get('/web/nothing.js')).statusCode).toBe(404);
  });
});
