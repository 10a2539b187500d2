import { describe, expect, it } from 'vitest';
import { useTelegram } from '../support/telegramHarness.js';

/** The shipped models, with the operator's ALERT_MIN_CONFIDENCE above the 1h card's own alert threshold. */
const { askText: ask } = useTelegram(() => ({ app: { alertMinConfidence: 0.6 } }));

describe('an operator who set ALERT_MIN_CONFIDENCE', () => {
  it("a user subscribes to btc on 1h and is told how rarely the model's calls reached the operator's bar, and how they did", async () => {
    expect(await ask(901, '/subscribe btc 1h')).toMatch(
      /\n1h alerts need the model ≥ 60% sure \(ALERT_MIN_CONFIDENCE\): in walk-forward tests [\d.]+% of calls got there \([\d,]+ of [\d,]+\); win rate [\d.]+% vs break-even [\d.]+% · mean net [+−][\d.]+% \(95% CI [+−][\d.]+%…[+−][\d.]+%\) on [\d,]+ calls\.$/,
    );
  });
});
