import { describe, expect, it } from 'vitest';
import type { Direction } from '../../inference/labels.js';
import { confluence, type TimeframeCall } from '../../inference/summary.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { samplePrediction } from '../support/samplePrediction.js';

/** Calls for 15m, 1h, 4h, 1d in order; null is a timeframe without a model. */
function calls(...directions: (Direction | null)[]): TimeframeCall[] {
  return directions.map((direction, k) => {
    const timeframe = TIMEFRAMES[k]!;
    return direction === null
      ? { timeframe, unavailable: 'no_model' }
      : { timeframe, prediction: samplePrediction({ timeframe, direction }) };
  });
}

describe('confluence of the timeframes', () => {
  it('names the direction more than half of the calls share', () => {
    expect(confluence(calls('LONG', 'LONG', 'SHORT', 'LONG'))).toMatchObject({ direction: 'LONG', agreeing: 3, of: 4 });
    expect(confluence(calls('SHORT', 'SHORT', 'SHORT', 'SHORT'))).toMatchObject({ direction: 'SHORT', agreeing: 4, of: 4 });
    expect(confluence(calls('NO_TRADE', 'NO_TRADE', 'NO_TRADE', 'LONG'))).toMatchObject({ direction: 'NO_TRADE', agreeing: 3 });
  });

  it('is mixed when no direction has a majority, a two-two split included', () => {
    expect(confluence(calls('LONG', 'LONG', 'SHORT', 'SHORT'))).toMatchObject({ direction: null, agreeing: 2, of: 4 });
    expect(confluence(calls('LONG', 'NO_TRADE', 'SHORT', 'LONG'))).toMatchObject({
      direction: null,
      counts: { LONG: 2, NO_TRADE: 1, SHORT: 1 },
    });
  });

  it('counts only the timeframes that have a call', () => {
    expect(confluence(calls('LONG', 'LONG', 'SHORT', null))).toMatchObject({ direction: 'LONG', agreeing: 2, of: 3 });
    expect(confluence(calls(null, null, null, null))).toMatchObject({ direction: null, agreeing: 0, of: 0 });
  });
});
