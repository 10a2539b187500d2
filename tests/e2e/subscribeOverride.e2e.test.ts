import { describe, expect, it } from 'vitest';
import { useTelegram } from '../support/telegramHarness.js';

/** The shipped models, with the operator's ALERT_MIN_CONFIDENCE above every 1h walk-forward call. */
const { askText: ask } = useTelegram(() => ({ app: { alertMinConfidence: 0.5 } }));

describe('an operator who set ALERT_MIN_CONFIDENCE', () => {
  it('a user subscribes to btc on 1h and is told that no walk-forward 1h call reached the operator\'s bar', async () => {
    expect(await ask(901, '/subscribe btc 1h')).toMatch(
      /\n1h alerts need the model ≥ 50% sure \(ALERT_MIN_CONFIDENCE\): in walk-forward tests none of [\d,]+ calls got there\.$/,
    );
  });
});
