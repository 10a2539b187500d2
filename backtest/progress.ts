/** Where progress goes: stderr, so stdout keeps only the report. */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

const BAR_WIDTH = 30;
/** Without a terminal, one line per this share of the work. */
const LINE_EVERY = 0.1;

/**
 * A progress reporter for long runs: a bar redrawn in place on a terminal, else a line every 10%.
 * Returns the callback for runBacktest's onProgress and a `finish` that ends the bar's line.
 */
export function progressReporter(sink: ProgressSink, started = Date.now(), now: () => number = Date.now) {
  let lastStep = -1;
  let drawn = false;
  const onProgress = (done: number, total: number) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const elapsed = (now() - started) / 1000;
    const eta = share > 0 ? (elapsed / share) * (1 - share) : 0;
    const text = `${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} decisions · ${elapsed.toFixed(0)} s, ~${eta.toFixed(0)} s left`;
    if (sink.isTTY) {
      const filled = Math.round(share * BAR_WIDTH);
      sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}`);
      drawn = true;
      return;
    }
    const step = Math.floor(share / LINE_EVERY);
    if (step > lastStep) {
      lastStep = step;
      sink.write(`backtest: ${text}\n`);
    }
  };
  const finish = () => {
    if (drawn) sink.write('\n');
  };
  return { onProgress, finish };
}
