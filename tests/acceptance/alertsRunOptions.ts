import type { CandleBook } from '../support/fakeExchange.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** History the features need before the first sweep: more than the longest model window on 1h. */
const HISTORY_BEFORE_MS = 30 * DAY;
/** Candles needed after the first sweep: past the 1h horizon (12 candles), with room to spare. */
const FUTURE_AFTER_MS = 14 * HOUR;
/**
 * A moment in ../shared/data/binance where the shipped 1h model alerts on 18 of the 34 pairs at its card's
 * threshold (found with `npm run backtest -- --timeframes 1h`); other data or models need --at.
 */
const DEFAULT_AT = '2021-06-14T09:00:10Z';

export interface AlertsRunOptions {
  chats: number;
  /** Where the shared clock starts: 10 s after a candle close, so the sweeps see that candle closed. */
  at: number;
  /** ALERT_MIN_CONFIDENCE for the bot; undefined leaves it unset, so each model card's threshold applies. */
  minConfidence: number | undefined;
}

/** Checks the command line of alertsRun.ts against the data; exits with a message saying what to write instead. */
export function runOptions(
  values: { chats?: string; at?: string; 'min-confidence'?: string },
  book: CandleBook,
  end: number,
): AlertsRunOptions {
  const start = Math.min(...[...book.values()].flatMap((series) => [...series.values()].map((c) => c[0]?.time ?? Infinity)));
  const earliest = start + HISTORY_BEFORE_MS;
  const latest = end - FUTURE_AFTER_MS;
  const chats = Number(values.chats);
  if (!/^\d+$/.test(values.chats ?? '') || chats < 1 || chats > 10_000) fail(`--chats must be a whole number from 1 to 10000, not "${values.chats}"`);
  const given = values['min-confidence'];
  const minConfidence = given === undefined ? undefined : Number(given);
  if (given !== undefined && !/^(0(\.\d+)?|1(\.0+)?)$/.test(given)) {
    fail(`--min-confidence must be a number from 0 to 1 such as 0.4, not "${values['min-confidence']}"`);
  }
  const at = Date.parse(values.at ?? DEFAULT_AT);
  if (Number.isNaN(at) || at < earliest || at > latest) {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
    fail(`--at must be a UTC time such as ${iso(latest - DAY)} from ${iso(earliest)} to ${iso(latest)} (the data, with 30 days before and 14 h after), not "${values.at ?? DEFAULT_AT}"`);
  }
  return { chats, at, minConfidence };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
