import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import { DEFAULT_ALERT_MIN_CONFIDENCE } from '../../inference/alertRule.js';

describe('ALERT_MIN_CONFIDENCE', () => {
  it('defaults to the documented threshold and takes a share from 0 to 1', () => {
    expect(loadConfig({}).ALERT_MIN_CONFIDENCE).toBe(DEFAULT_ALERT_MIN_CONFIDENCE);
    expect(DEFAULT_ALERT_MIN_CONFIDENCE).toBe(0.4);
    expect(loadConfig({ ALERT_MIN_CONFIDENCE: '' }).ALERT_MIN_CONFIDENCE).toBe(0.4);
    expect(loadConfig({ ALERT_MIN_CONFIDENCE: '0.35' }).ALERT_MIN_CONFIDENCE).toBe(0.35);
    expect(loadConfig({ ALERT_MIN_CONFIDENCE: '1' }).ALERT_MIN_CONFIDENCE).toBe(1);
  });

  it('refuses a percentage or a word and says what to write', () => {
    for (const value of ['40', '40%', 'high', '1.5']) {
      expect(() => loadConfig({ ALERT_MIN_CONFIDENCE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ALERT_MIN_CONFIDENCE: value })).toThrow(/ALERT_MIN_CONFIDENCE must be a number from 0 to 1 such as 0\.4/);
    }
  });
});
