import type { TradeSide } from './barrier.js';

/** Exchange fee per side (taker, 0.1%): paid on the entry notional and again on the exit notional. */
export const FEE_RATE = 0.001;

/**
 * Realised return of one paper trade as a share of its entry notional, after fees: the one return rule
 * that outcomes, the paper-trading record and /performance all use.
 *
 * Buying (or selling short) notional N at `entry` holds N/entry units; closing them at `exit` is worth
 * N·exit/entry. The price move gives ±(exit − entry)/entry, and the fees are FEE_RATE on the entry notional
 * plus FEE_RATE on the exit notional: net = ±(exit − entry)/entry − FEE_RATE·(1 + exit/entry).
 */
export function netReturn(side: TradeSide, entry: number, exit: number): number {
  const move = (exit - entry) / entry;
  return (side === 'LONG' ? move : -move) - FEE_RATE * (1 + exit / entry);
}

/** Every paper trade is one unit of notional (1 USDT on a USDT pair), so its P&L equals its net return. */
export const PAPER_NOTIONAL = 1;
