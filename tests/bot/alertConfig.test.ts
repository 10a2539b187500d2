import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.js';
import { alertThreshold, DEFAULT_ALERT_MIN_CONFIDENCE } from '../../inference/alertRule.js';

describe('the alert threshold', () => {
  it("is ALERT_MIN_CONFIDENCE when set, else the model card's, else the documented fallback", () => {
    expect(alertThreshold(0.45, 0.3)).toEqual({ value: 0.3, source: 'ALERT_MIN_CONFIDENCE' });
    expect(alertThreshold(0.45, undefined)).toEqual({ value: 0.45, source: 'alert_threshold' });
    expect(alertThreshold(null, undefined)).toEqual({ value: DEFAULT_ALERT_MIN_CONFIDENCE, source: 'DEFAULT_ALERT_MIN_CONFIDENCE' });
    expect(alertThreshold(undefined, undefined).value).toBe(0.4);
  });
});

describe('ALERT_MIN_CONFIDENCE', () => {
  it("is unset by default, so each model card's threshold applies, and takes a share from 0 to 1", () => {
    expect(loadConfig({}).ALERT_MIN_CONFIDENCE).toBeUndefined();
    expect(loadConfig({ ALERT_MIN_CONFIDENCE: '' }).ALERT_MIN_CONFIDENCE).toBeUndefined();
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

describe('DIGEST_HOUR_UTC', () => {
  it('defaults to 08:00 UTC and takes an hour from 0 to 23', () => {
    expect(loadConfig({}).DIGEST_HOUR_UTC).toBe(8);
    expect(loadConfig({ DIGEST_HOUR_UTC: ' ' }).DIGEST_HOUR_UTC).toBe(8);
    expect(loadConfig({ DIGEST_HOUR_UTC: '0' }).DIGEST_HOUR_UTC).toBe(0);
    expect(loadConfig({ DIGEST_HOUR_UTC: '23' }).DIGEST_HOUR_UTC).toBe(23);
  });

  it('refuses a time of day or an hour past 23 and says what to write', () => {
    for (const value of ['24', '8:00', '8am', '-1']) {
      expect(() => loadConfig({ DIGEST_HOUR_UTC: value })).toThrow(
        /DIGEST_HOUR_UTC must be a whole number from 0 to 23 \(the UTC hour at which the daily digest goes out, e\.g\. 8 for 08:00 UTC\)/,
      );
    }
  });
});
