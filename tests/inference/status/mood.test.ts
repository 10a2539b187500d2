import { describe, expect, it } from 'vitest';
import { mood } from '../../../inference/status/mood.js';
import type { PaperRecord } from '../../../inference/status/paperRecord.js';

const EMPTY_RECORD: PaperRecord = { closedTrades: 0, wins: 0, pnl: 0, tradesLastHour: 0 };
const EVEN_MARKET = { volatilityPercentile: 50, volumePercentile: 50 };

describe('the mood with the paper-trading record', () => {
  it('is the market mood while there is no trade', () => {
    expect(mood(EVEN_MARKET, EMPTY_RECORD)).toEqual({ score: 50, label: 'steady' });
  });

  it('rises with a winning record and falls with a losing one, more as the record grows', () => {
    const winning = (n: number) => ({ closedTrades: n, wins: n, pnl: 0.02 * n, tradesLastHour: 0 });
    const losing = (n: number) => ({ closedTrades: n, wins: 0, pnl: -0.02 * n, tradesLastHour: 0 });
    expect(mood(EVEN_MARKET, winning(20)).score).toBe(75);
    expect(mood(EVEN_MARKET, losing(20)).score).toBe(25);
    expect(mood(EVEN_MARKET, losing(20)).label).toBe('tense');
    // Two trades say little: a tenth of the weight of twenty.
    expect(mood(EVEN_MARKET, winning(2)).score).toBe(52);
    expect(mood(EVEN_MARKET, winning(200)).score).toBe(75);
  });

  it('lifts a little with each trade opened in the last hour, up to a cap', () => {
    expect(mood(EVEN_MARKET, { ...EMPTY_RECORD, tradesLastHour: 2 }).score).toBe(54);
    expect(mood(EVEN_MARKET, { ...EMPTY_RECORD, tradesLastHour: 40 }).score).toBe(60);
  });
});
