import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBotProcess } from '../acceptance/botProcess.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { procMemoryMb } from './procMemory.js';

export interface MemoryWalk {
  pairs: number;
  /** Resident memory after each walk, in MiB. */
  rssAfterWalkMb: number[];
  /** The process's peak resident memory over all walks (VmHWM), in MiB. */
  peakRssMb: number;
}

/** What console mode prints for /help: the end of a walk. */
const HELP_HEADING = '\nCommands\n';
const WALK_TIMEOUT_MS = 300_000;

/**
 * The real process in console mode on the replay folder, walking every pair through `/risk` and `/predict`
 * on each timeframe (a chart each), `walks` times: memory that levels off after the first walk is bounded
 * (the candle cache has a cap); memory that keeps climbing is a leak.
 */
export async function benchMemoryWalk(folder: string, pairs: readonly string[], walks = 3): Promise<MemoryWalk> {
  const bot = startBotProcess(
    // No rate limit: one person walks 170 commands in a row.
    { TELEGRAM_BOT_TOKEN: '', RATE_LIMIT_REQUESTS: '0', REPLAY_DATA_DIR: folder, DATA_DIR: mkdtempSync(join(tmpdir(), 'memory-walk-')), LOG_LEVEL: 'warn' },
    { stdin: 'pipe', stdout: 'pipe', stderr: 'pipe' },
  );
  let output = '';
  bot.child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const walk = async () => {
    const seen = output.split(HELP_HEADING).length;
    const commands = pairs.flatMap((pair) => [`/risk ${pair}`, ...TIMEFRAMES.map((tf) => `/predict ${pair} ${tf}`)]);
    for (const command of [...commands, '/help']) bot.child.stdin!.write(`${command}\n`);
    const deadline = Date.now() + WALK_TIMEOUT_MS;
    while (output.split(HELP_HEADING).length === seen) {
      if (Date.now() > deadline) throw new Error('the walk did not finish in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return procMemoryMb(bot.child.pid!);
  };
  try {
    const rssAfterWalkMb: number[] = [];
    for (let k = 0; k < walks; k++) rssAfterWalkMb.push(await walk());
    return { pairs: pairs.length, rssAfterWalkMb, peakRssMb: procMemoryMb(bot.child.pid!, 'VmHWM') };
  } finally {
    await bot.stop();
  }
}
