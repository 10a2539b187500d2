import { describe, expect, it } from 'vitest';
import { faultyMarket } from '../support/faultyMarket.js';
import { useHttpApi } from '../support/httpApi.js';

const api = useHttpApi({ app: { candles: faultyMarket() } });

describe('the HTTP API on candles that cannot be right', () => {
  it('a dashboard asks for ETH on 1h while its feed holds a high below the low, and gets 502 bad_market_data naming the candle', async () => {
    const response = await api.get('/api/predictions/ETH?timeframe=1h');
    expect(response.statusCode).toBe(502);
    expect(response.json().error).toMatchObject({ code: 'bad_market_data', message: expect.stringMatching(/ETH\/USDT 1h candles look wrong .* high below its low/) });
  });

  it('a batch over every pair answers the stale BCH feed in its own item and serves the others', async () => {
    const body = (await api.get('/api/predictions?timeframe=1h&symbols=BTC,BCH')).json();
    expect(body.predictions.map((p: { symbol: string; error: { code: string } | null }) => [p.symbol, p.error?.code ?? 'ok'])).toEqual([
      ['BTC/USDT', 'ok'],
      ['BCH/USDT', 'bad_market_data'],
    ]);
  });
});
