import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/httpApi.js';

const api = useHttpApi();

describe('operator routes', () => {
  it('a probe reads /api/health and sees the exchange answer', async () => {
    const response = await api.get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, exchange: { reachable: true, latencyMs: expect.any(Number) } });
  });

  it('health says not ok, still 200, while the exchange fails', async () => {
    api.testApp.exchange.fail({ count: 1, kind: 422, path: '/api/v3/klines' });
    const health = (await api.get('/api/health')).json();
    expect(health).toMatchObject({ ok: false, exchange: { reachable: false, problem: 'error' } });
  });

  it('an operator lists the models serving and their walk-forward figures', async () => {
    const models = (await api.get('/api/models')).json();
    expect(models.loaded.map((m: { timeframe: string }) => m.timeframe)).toEqual(['15m', '1h', '4h', '1d']);
    expect(models.loaded[0]).toMatchObject({ symbol: null, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(models.policies).toHaveLength(1);
    expect(models.refused).toEqual([]);
  });

  it('Prometheus scrapes /metrics and sees each request timed under its route pattern, unknown paths under one label', async () => {
    await api.get('/api/predictions/BTC?timeframe=1h');
    await api.get('/api/predictions/ETH?timeframe=1h');
    await api.get('/no/such/path');
    await api.get('/another/unknown');
    const response = await api.get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(api.testApp.app.metrics.registry.contentType);
    const text = response.body;
    expect(text).toMatch(/signals_request_duration_seconds_count\{door="http",route="\/api\/predictions\/:symbol"\} 2\n/);
    expect(text).toMatch(/signals_request_duration_seconds_count\{door="http",route="unmatched"\} 2\n/);
    expect(text).not.toContain('route="/no/such/path"');
    expect(text).toContain('signals_process_resident_memory_bytes');
  });

  it('an unknown path gets the same JSON error shape', async () => {
    const response = await api.get('/api/nothing-here?x=1');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'No route GET /api/nothing-here. The routes are listed at /api/docs and /openapi.json.' },
    });
  });

  it('an internal failure is a 500 that names nothing inside', async () => {
    const { services } = api.testApp.app;
    const models = services.models;
    services.models = () => {
      throw new Error('SQLITE_CORRUPT at /secret/path');
    };
    try {
      const response = await api.get('/api/models');
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side. Try again later.' } });
      expect(response.body).not.toContain('secret');
    } finally {
      services.models = models;
    }
  });
});
