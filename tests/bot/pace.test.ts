import { describe, expect, it } from 'vitest';
import { Pace } from '../../bot/delivery/pace.js';

describe('the global send pace', () => {
  it('spaces sends evenly, so no second ever holds more than the limit', () => {
    let now = 0;
    const pace = new Pace(30, () => now);
    const sends: number[] = [];
    while (now < 5_000) {
      if (pace.waitMs() === 0) {
        pace.take();
        sends.push(now);
      }
      now += 1;
    }
    const maxInOneSecond = Math.max(...sends.map((t) => sends.filter((s) => s >= t && s < t + 1000).length));
    expect(maxInOneSecond).toBe(30);
    expect(sends[1]).toBe(34);
  });

  it('keeps its pace when sends leave a little late, and still never exceeds the limit in any second', () => {
    let now = 0;
    const pace = new Pace(30, () => now);
    const sends: number[] = [];
    let seed = 7;
    while (sends.length < 1000) {
      now += pace.waitMs();
      // A timer that fires 0–4 ms late, as timers do.
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      now += seed % 5;
      pace.take();
      sends.push(now);
    }
    const maxInOneSecond = Math.max(...sends.map((t) => sends.filter((s) => s >= t && s < t + 1000).length));
    expect(maxInOneSecond).toBeLessThanOrEqual(30);
    // The lateness is absorbed: 999 × 34 ms plus the first and last sends' own, where adding it up gives about 36 s.
    expect(sends.at(-1)!).toBeLessThan(999 * 34 + 10);
  });

  it('holds every send back until a pause is over, then resumes at the pace', () => {
    let now = 1_000;
    const pace = new Pace(30, () => now);
    pace.take();
    pace.pauseUntil(4_000);
    now = 3_999;
    expect(pace.waitMs()).toBe(1);
    now = 4_000;
    expect(pace.waitMs()).toBe(0);
    pace.take();
    expect(pace.waitMs()).toBe(34);
  });
});
