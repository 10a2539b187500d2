import { describe, expect, it } from 'vitest';
import { useConsole } from '../support/consoleHarness.js';

const { converse } = useConsole();

describe('the summary, why, /model and /health in console mode', () => {
  it('a person reads the summary, opens 4h with [4h], then [Why?], then goes back with [All timeframes]', async () => {
    const printed = await converse('/predict btc', '[4h]', '[Why?]', '[All timeframes]');
    expect(printed).toMatch(/BTC\/USDT · all timeframes\n15m .+\n1h {2}.+\n4h {2}.+\n1d {2}.+\n\n.+\n/);
    expect(printed).toContain('[15m] [1h] [4h] [1d]\n');
    expect(printed).toMatch(/\(edited\)\nBTC\/USDT · 4h\n[^]*\[15m\] \[1h\] \[4h ✓\] \[1d\]\n\[Why\?\] \[All timeframes\]/);
    expect(printed).toMatch(/\(edited\)\nBTC\/USDT · 4h\n[^]*\nWhy (LONG|SHORT|NO TRADE) on BTC\/USDT · 4h\?\n.+\n• RSI \d+ /);
    expect(printed).toMatch(/\(edited\)\nBTC\/USDT · all timeframes\n/);
    expect(printed).not.toMatch(/<\/?[a-z]+>/);
  });

  it('a person types /predict eth 1h why and gets the call, its reasons and the chart', async () => {
    const printed = await converse('/predict eth 1h why');
    expect(printed).toMatch(/ETH\/USDT · 1h\n[^]*\nWhy .+ on ETH\/USDT · 1h\?\n[^]*\[All timeframes\]\n\n\[chart: ETH-USDT-1h\.png, \d+ KB\]/);
  });

  it('a person types /model and /health and reads them as plain text', async () => {
    const printed = await converse('/model', '/health');
    expect(printed).toMatch(/Models · 5 loaded, 0 refused\n\n15m · direction-15m-\S+\npooled · feature set ctx34@2 · sha256 [0-9a-f]{12}\n/);
    expect(printed).toMatch(/Health\nUptime: .+\n✅ Exchange: reachable, answered in \d+ ms\nCandle cache: .+\nAnswer times: p50 ≈ \d+ ms/);
  });
});
