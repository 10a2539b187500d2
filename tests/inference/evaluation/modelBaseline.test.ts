import { describe, expect, it } from 'vitest';
import { alertThreshold, DEFAULT_ALERT_MIN_CONFIDENCE } from '../../../inference/alertRule.js';
import { baselinePrior, labelShares } from '../../../inference/evaluation/modelBaseline.js';
import { parseDirectionMetadata } from '../../../inference/models/modelMetadata.js';
import { tinyMetadata } from '../../support/modelFolder.js';

/** Metadata as the registry parses it from an ONNX file with these keys. */
const metadata = (overrides: Record<string, string> = {}) => parseDirectionMetadata(tinyMetadata('1h', overrides));

describe('baseline prior and alert threshold from the model metadata', () => {
  it('uses the training class prior when the model carries one', () => {
    const classPrior = JSON.stringify({ LONG: 0.3, NO_TRADE: 0.4, SHORT: 0.3 });
    expect(baselinePrior(metadata({ class_prior: classPrior }), [0])).toEqual({ prior: [0.3, 0.4, 0.3], source: 'class_prior' });
  });

  it('falls back to the class shares in metrics, then to the evaluated labels (add-one smoothed)', () => {
    const metrics = JSON.stringify({ class_shares: { LONG: 0.2, NO_TRADE: 0.5, SHORT: 0.3 } });
    expect(baselinePrior(metadata({ metrics }), [0])).toEqual({ prior: [0.2, 0.5, 0.3], source: 'metrics.class_shares' });
    // labels 0, 0, 1 → counts 3, 2, 1 of 6
    expect(baselinePrior(metadata(), [0, 0, 1])).toEqual({ prior: [3 / 6, 2 / 6, 1 / 6], source: 'evaluated data' });
    expect(labelShares([])).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('takes the model’s alert threshold when it has one, else the bot’s default', () => {
    const withCard = metadata({ alert_threshold: '0.45' }).alert_threshold;
    expect(alertThreshold(withCard, undefined)).toEqual({ value: 0.45, source: 'alert_threshold' });
    expect(alertThreshold(metadata().alert_threshold, undefined)).toEqual({ value: DEFAULT_ALERT_MIN_CONFIDENCE, source: 'DEFAULT_ALERT_MIN_CONFIDENCE' });
  });
});
