import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../backtest/progress.js';

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('backtest progress on stderr', () => {
  it('redraws one bar in place on a terminal and ends its line', () => {
    const out = sink(true);
    let now = 0;
    const { onProgress, finish } = progressReporter(out, 0, () => now);
    now = 10_000;
    onProgress(250, 1000);
    now = 40_000;
    onProgress(1000, 1000);
    finish();
    expect(out.written).toEqual([
      `\r[${'#'.repeat(8)}${'.'.repeat(22)}]  25% 250/1000 decisions · 10 s, ~30 s left`,
      `\r[${'#'.repeat(30)}] 100% 1000/1000 decisions · 40 s, ~0 s left`,
      '\n',
    ]);
  });

  it('writes a line per tenth of the work when stderr is not a terminal', () => {
    const out = sink(false);
    const { onProgress, finish } = progressReporter(out, 0, () => 0);
    for (let done = 10; done <= 1000; done += 10) onProgress(done, 1000);
    finish();
    expect(out.written).toHaveLength(11);
    expect(out.written[0]).toBe('backtest:   1% 10/1000 decisions · 0 s, ~0 s left\n');
    expect(out.written[10]).toBe('backtest: 100% 1000/1000 decisions · 0 s, ~0 s left\n');
  });
});
