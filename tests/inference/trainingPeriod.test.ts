import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../inference/models/registry.js';
import { inTraining, trainingPeriod } from '../../inference/models/trainingPeriod.js';

describe('in-sample decisions', () => {
  let registry: ModelRegistry;
  beforeAll(async () => {
    registry = await ModelRegistry.load('models');
  });
  afterAll(() => registry.close());

  it('reads the training period from the model and ends it where the last label stopped looking ahead', () => {
    const model = registry.directionModel('BTC/USDT', '1h');
    const period = trainingPeriod(model.metadata)!;
    expect(period).toEqual({
      from: model.metadata.trained_on.from,
      to: model.metadata.trained_on.to,
      outOfSampleFrom: expect.any(String),
    });
    const hour = 3_600_000;
    const to = Date.parse(period.to);
    // The last training sample's label walked 12 candles past it: the 13th candle after is the first unseen.
    expect(Date.parse(period.outOfSampleFrom)).toBe(to + 14 * hour);
    expect(inTraining(period, to + 12 * hour, '1h')).toBe(true);
    expect(inTraining(period, to + 13 * hour, '1h')).toBe(false);
    expect(inTraining(period, Date.parse(period.from) - hour, '1h')).toBe(false);
    expect(inTraining(null, to, '1h')).toBe(false);
  });
});
