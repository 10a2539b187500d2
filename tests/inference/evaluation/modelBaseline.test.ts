import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_MIN_CONFIDENCE } from '../../../inference/alertRule.js';
import { alertThreshold, baselinePrior, labelShares } from '../../../inference/evaluation/modelBaseline.js';
import { parseDirectionMetadata } from '../../../inference/models/modelMetadata.js';
import { tinyMetadata } from '../../support/modelFolder.js';

const metadata = (overrides: Record<string, string> = {}) => parseDirectionMetadata(tinyMetadata('1h', overrides));
/** As the registry hands it over once the export writes these keys (parsed JSON or the raw string). */
const withExtras = (extras: Record<string, unknown>, overrides: Record<string, string> = {}) => ({ ...metadata(overrides), ...extras });

describe('baseline prior and alert threshold from the model metadata', () => {
  it('uses the training class prior when the model carries one, as an object or a JSON string', () => {
    const prior = { LONG: 0.3, NO_TRADE: 0.4, SHORT: 0.3 };
    expect(baselinePrior(withExtras({ class_prior: prior }), [0])).toEqual({ prior: [0.3, 0.4, 0.3], source: 'class_prior' });
    expect(baselinePrior(withExtras({ class_prior: JSON.stringify(prior) }), [0]).source).toBe('class_prior');
  });

  it('falls back to the class shares in metrics, then to the evaluated labels (add-one smoothed)', () => {
    const metrics = JSON.stringify({ class_shares: { LONG: 0.2, NO_TRADE: 0.5, SHORT: 0.3 } });
    expect(baselinePrior(metadata({ metrics }), [0])).toEqual({ prior: [0.2, 0.5, 0.3], source: 'metrics.class_shares' });
    const broken = withExtras({ class_prior: '{"LONG": "a lot"}' });
    // labels 0, 0, 1 → counts 3, 2, 1 of 6
    expect(baselinePrior(broken, [0, 0, 1])).toEqual({ prior: [3 / 6, 2 / 6, 1 / 6], source: 'evaluated data' });
    expect(labelShares([])).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('takes the model’s alert threshold when valid, else the bot’s default', () => {
    expect(alertThreshold(withExtras({ alert_threshold: '0.45' }))).toEqual({ value: 0.45, source: 'alert_threshold' });
    expect(alertThreshold(withExtras({ alert_threshold: 0.5 })).value).toBe(0.5);
    for (const bad of [undefined, 'soon', '1.5', '']) {
      expect(alertThreshold(withExtras({ alert_threshold: bad }))).toEqual({
        value: DEFAULT_ALERT_MIN_CONFIDENCE, source: 'DEFAULT_ALERT_MIN_CONFIDENCE',
      });
    }
  });
});
