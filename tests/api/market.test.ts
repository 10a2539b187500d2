import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/httpApi.js';

const api = useHttpApi();

describe('GET /api/risk/:symbol', () => {
  it('a dashboard asks how risky eth is and gets a 0–100 score from four weighted factors', async () => {
    const response = await api.get('/api/risk/eth');
    expect(response.statusCode).toBe(200);
    const risk = response.json();
    expect(risk).toMatchObject({ symbol: 'ETH/USDT', timeframe: '1h', level: expect.any(String) });
    expect(risk.score).toBeGreaterThanOrEqual(0);
    expect(risk.score).toBeLessThanOrEqual(100);
    expect(risk.factors.map((f: { name: string }) => f.name)).toEqual(['volatility', 'swings', 'volume_volatility', 'trend_strength']);
    expect(risk.factors.reduce((sum: number, f: { weight: number }) => sum + f.weight, 0)).toBeCloseTo(1);
    expect(Array.isArray(risk.warnings)).toBe(true);
  });

  it('answers an unknown pair with suggestions and a non-symbol with a 400', async () => {
    const unknown = await api.get('/api/risk/ETX');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'unknown_symbol']);
    expect(unknown.json().error.suggestions).toContain('ETH/USDT');
    const invalid = await api.get(`/api/risk/${'x'.repeat(30)}`);
    expect(invalid.json().error).toMatchObject({ code: 'invalid_symbol', message: expect.stringContaining('longer than 20 characters') });
  });
});

describe('GET /api/status', () => {
  it('a dashboard reads the mood and the policy model\u2019s call for BTC/USDT', async () => {
    const response = await api.get('/api/status');
    expect(response.statusCode).toBe(200);
    const status = response.json();
    expect(status.mood.score).toBeGreaterThanOrEqual(0);
    expect(status.market).toMatchObject({ symbol: 'BTC/USDT', timeframe: '1h' });
    expect(status.record).toMatchObject({ closedTrades: 0 });
    expect(status.policyFailed).toBe(false);
    expect(status.policy).toMatchObject({ symbol: 'BTC/USDT', action: expect.stringMatching(/^(HOLD|BUY|SELL)$/) });
  });
});
