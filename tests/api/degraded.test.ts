import { describe, expect, it } from 'vitest';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { useHttpApi } from '../support/httpApi.js';

// Tiny models, the 1d one refused (another feature set), and no risk-reference.json.
const api = useHttpApi({
  app: {
    modelsDir: writeModelFolder([
      { file: 'tiny-15m.onnx', metadata: tinyMetadata('15m') },
      { file: 'tiny-1h.onnx', metadata: tinyMetadata('1h') },
      { file: 'tiny-4h.onnx', metadata: tinyMetadata('4h') },
      { file: 'tiny-1d.onnx', metadata: tinyMetadata('1d', { feature_set: 'ta9@1' }) },
    ]),
  },
});

describe('an API whose 1d model was refused and whose risk reference is missing', () => {
  it('a dashboard asks for 1d and is told no model serves it, 503', async () => {
    const response = await api.get('/api/predictions/BTC?timeframe=1d');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toEqual({
      code: 'model_unavailable',
      message: 'No model is available for this timeframe right now. Try another timeframe.',
    });
    expect((await api.get('/api/predictions/BTC?timeframe=1h')).statusCode).toBe(200);
  });

  it('every pair on 1d carries model_unavailable in its own item', async () => {
    const { predictions } = (await api.get('/api/predictions?timeframe=1d&symbols=BTC,ETH')).json();
    expect(predictions.map((p: { error: { code: string } }) => p.error.code)).toEqual(['model_unavailable', 'model_unavailable']);
  });

  it('the summary says "no model" for 1d and serves the rest', async () => {
    const summary = (await api.get('/api/predictions/BTC/summary')).json();
    expect(summary.calls.map((c: { unavailable: string | null }) => c.unavailable)).toEqual([null, null, null, 'no_model']);
  });

  it('risk answers risk_unavailable, 503', async () => {
    const response = await api.get('/api/risk/BTC');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toEqual({ code: 'risk_unavailable', message: 'Risk scores are unavailable right now; predictions still work.' });
  });

  it('the models route lists the refused file and why', async () => {
    const { refused } = (await api.get('/api/models')).json();
    expect(refused).toEqual([{ file: 'tiny-1d.onnx', timeframe: '1d', reason: expect.stringContaining('feature set ta9@1') }]);
  });
});
