import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_SET } from '../../inference/features/featureSet.js';
import { useTelegram } from '../support/telegramHarness.js';

const { testApp, askText: ask } = useTelegram();

describe('/model and /health', () => {
  it("a user reads /model and sees each model's numbers", async () => {
    const text = await ask(701, '/model');
    const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8')) as {
      models: { file: string; sha256: string; timeframe: string; kind: string }[];
    };

    expect(text).toMatch(/^Models · 5 loaded, 0 refused\n/);
    const order = ['15m', '1h', '4h', '1d'].map((tf) => text.indexOf(`\n${tf} · direction-${tf}-`));
    expect(order.every((at, k) => at > 0 && (k === 0 || at > order[k - 1]!))).toBe(true);
    for (const entry of manifest.models) {
      const scope = entry.kind === 'policy' ? '' : 'pooled · ';
      expect(text).toContain(`\n${scope}feature set ${FEATURE_SET} · sha256 ${entry.sha256.slice(0, 12)}\n`);
    }
    expect(text).toMatch(
      /\n1h policy · policy-1h-\d{8}-[0-9a-f]{8}\n[^\n]+\nOwn record: on its test block \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d, after fees: [+−][\d.]+% \(Sharpe [−\d.]+\) vs buy-and-hold [+−][\d.]+% \(Sharpe [−\d.]+\), always flat \+0\.00%\nOn data it never saw, this policy (beat|did worse than) /,
    );
    // A card from before the one trade rule ends its line with its hit rate; a newer one adds a line on all its calls.
    const numbers = text.match(
      /\nWalk-forward: log-loss \d\.\d{4} vs \d\.\d{4} baseline · balanced accuracy \d+\.\d%( · hit rate \d+\.\d% of [\d,]+ signals\n|\nAll calls: win rate \d+\.\d% vs break-even \d+\.\d% · mean net [+−]\d+\.\d\d% \(95% CI [+−]\d+\.\d\d%…[+−]\d+\.\d\d%\) on [\d,]+ calls\n)/g,
    );
    expect(numbers).toHaveLength(4);
  });

  it('a user reads /health', async () => {
    await ask(702, '/predict btc');
    const text = await ask(702, '/health', 2);
    expect(text).toMatch(/^Health\nUptime: \d+(s|m \d+s)\n/);
    expect(text).toMatch(/\n✅ Exchange: reachable, answered in \d+ ms\n/);
    // The app's clock is fixed, so the entries the /predict cached are as old as can be: 0 s.
    expect(text).toContain('\nCandle cache: oldest entry 0s old\n');
    expect(text).toMatch(/\nAnswer times: p50 ≈ \d+ ms · p95 ≈ \d+ ms over \d+ updates since start$/);
  });

  it('a user reads /health while the exchange fails, and is told it is unreachable', async () => {
    testApp.exchange.fail({ count: 1, kind: 422, path: '/api/v3/klines' });
    const text = await ask(703, '/health');
    expect(text).toContain('⚠️ Exchange: unreachable (the request failed)');
    expect(await ask(703, '/health', 2)).toContain('✅ Exchange: reachable');
  });
});
