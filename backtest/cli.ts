import { writeFileSync } from 'node:fs';
import { ModelRejectedError } from '../inference/errors.js';
import { MarketDataError } from '../market/errors.js';
import { parseBacktestArgs } from './args.js';
import { renderEquityChart } from './equityChart.js';
import { formatReport } from './formatReport.js';
import { BacktestInputError } from './options.js';
import { progressReporter } from './progress.js';
import { runBacktest } from './runBacktest.js';

/** `npm run backtest -- --data DIR ...`: see backtest/args.ts for the flags and README "Backtest" for the output. */
async function main(): Promise<void> {
  const started = Date.now();
  const command = parseBacktestArgs(process.argv.slice(2));
  const progress = progressReporter(process.stderr, started);
  const report = await runBacktest({ ...command.options, onProgress: progress.onProgress });
  progress.finish();
  console.log(formatReport(report));
  if (command.jsonFile) {
    writeOutput(command.jsonFile, `${JSON.stringify(report, null, 1)}\n`);
    console.log(`\nJSON written to ${command.jsonFile}`);
  }
  if (command.chartFile) {
    const title = `Backtest ${report.period.from.slice(0, 10)} → ${report.period.to.slice(0, 10)}: strategy vs buy & hold`;
    writeOutput(command.chartFile, await renderEquityChart(report.curves, title));
    console.log(`equity chart written to ${command.chartFile}`);
  }
  console.error(`backtest: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Writes an output file; a path that cannot be written (no such folder, no permission) is refused plainly. */
function writeOutput(file: string, data: string | Buffer): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw new BacktestInputError(`cannot write ${file}: ${(error as Error).message}; give --json/--chart a writable path`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof BacktestInputError || error instanceof MarketDataError || error instanceof ModelRejectedError;
  if (!known) throw error;
  console.error(`backtest: ${error.message}`);
  process.exitCode = 1;
});
