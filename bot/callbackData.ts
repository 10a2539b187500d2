import { isTimeframe } from '../market/timeframes.js';
import type { PredictView } from './predictView.js';

/** Telegram's limit for callback_data, in bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

const PREFIX = { summary: 's', detail: 'p', why: 'w' } as const satisfies Record<PredictView['kind'], string>;
const KIND = { s: 'summary', p: 'detail', w: 'why' } as const;

/** Data of a button that opens a /predict view: `s:BTC/USDT`, `p:BTC/USDT:4h`, `w:BTC/USDT:4h`. */
export function predictViewData(view: PredictView): string {
  const data = view.kind === 'summary' ? `s:${view.symbol}` : `${PREFIX[view.kind]}:${view.symbol}:${view.timeframe}`;
  if (Buffer.byteLength(data) > MAX_CALLBACK_DATA_BYTES) {
    throw new Error(`callback data over ${MAX_CALLBACK_DATA_BYTES} bytes for ${view.symbol}`);
  }
  return data;
}

/** Matches every /predict button, including ones from older messages. */
export const PREDICT_CALLBACK = /^[spw]:/;

/** The view a button opens, or null when the data is not ours (old or forged). */
export function parsePredictViewData(data: string): PredictView | null {
  const match = /^([spw]):([A-Z0-9]{1,20}\/[A-Z0-9]{1,20})(?::([0-9a-z]{1,4}))?$/.exec(data);
  const [, prefix, symbol, timeframe] = match ?? [];
  if (prefix === undefined || symbol === undefined) return null;
  const kind = KIND[prefix as keyof typeof KIND];
  if (kind === 'summary') return timeframe === undefined ? { kind, symbol } : null;
  if (timeframe === undefined || !isTimeframe(timeframe)) return null;
  return { kind, symbol, timeframe };
}
