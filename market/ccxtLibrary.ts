import { createRequire } from 'node:module';
import type ccxtModule from 'ccxt';

export type Ccxt = typeof ccxtModule;

let library: Ccxt | undefined;

/**
 * ccxt, loaded on first use from its CommonJS build (the package's `require` entry). Under tsx, as the
 * bot runs, its ES-module build is hundreds of files that cost about 3 s of CPU and 110 MB more than the
 * CommonJS one's 1 s (npm run bench, cold start): too much to pay before the bot answers anything. On
 * first use, so a bot serving candle files never loads it; bot/main.ts warms it once the bot polls.
 */
export function ccxt(): Ccxt {
  library ??= createRequire(import.meta.url)('ccxt') as Ccxt;
  return library;
}
