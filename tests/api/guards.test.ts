import { describe, expect, it } from 'vitest';
import { UNGUARDED_ROUTE } from '../../api/routeGuards.js';
import { startHttpApi, useHttpApi } from '../support/httpApi.js';

const TOKEN = 'test-token-0123456789abcdef';

describe('with API_TOKEN set', () => {
  const api = useHttpApi({ token: TOKEN });

  it('a client without the token gets 401 that says which header to send', async () => {
    const response = await api.get('/api/models');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'unauthorized', message: 'This API needs a token: send the header Authorization: Bearer <API_TOKEN>.' },
    });
  });

  it('a wrong token, or another scheme, is refused too', async () => {
    expect((await api.get('/api/models', { authorization: `Bearer ${TOKEN}x` })).json().error.code).toBe('unauthorized');
    expect((await api.get('/api/models', { authorization: 'Bearer short' })).statusCode).toBe(401);
    expect((await api.get('/api/models', { authorization: `Basic ${TOKEN}` })).statusCode).toBe(401);
    expect((await api.get('/metrics')).statusCode).toBe(401);
  });

  it('the right token is served, before any parameter is checked', async () => {
    expect((await api.get('/api/models', { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(200);
    expect((await api.get('/api/signals?limit=0')).statusCode).toBe(401);
  });

  it('a load balancer probes /api/health without a token', async () => {
    expect((await api.get('/api/health')).statusCode).toBe(200);
  });

  it('a route registered with UNGUARDED_ROUTE (the webhook) skips the token and the rate limit', async () => {
    const guarded = await startHttpApi({ token: TOKEN, ratePerMinute: 1 });
    guarded.server.post('/telegram/test-hook', { config: UNGUARDED_ROUTE }, async () => ({ ok: true }));
    try {
      for (let i = 0; i < 3; i++) {
        expect((await guarded.server.inject({ method: 'POST', url: '/telegram/test-hook' })).statusCode).toBe(200);
      }
    } finally {
      await guarded.close();
    }
  });
});

describe('with API_RATE_LIMIT_PER_MINUTE set', () => {
  const api = useHttpApi({ ratePerMinute: 3 });

  it('a client over the limit gets 429 with Retry-After, unknown paths counted too', async () => {
    expect((await api.get('/api/models')).statusCode).toBe(200);
    expect((await api.get('/api/health')).statusCode).toBe(200);
    expect((await api.get('/not/a/route')).statusCode).toBe(404);
    const limited = await api.get('/api/models');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error).toEqual({
      code: 'rate_limited',
      message: expect.stringMatching(/^Too many requests: at most 3 a minute per client\. Retry in \d+ (seconds|minute)\.$/),
    });
  });

  it('another client is counted apart', async () => {
    const other = await api.server.inject({ method: 'GET', url: '/api/models', remoteAddress: '10.0.0.7' });
    expect(other.statusCode).toBe(200);
  });
});
