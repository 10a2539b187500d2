/** Direction labels. A model's own output order is read from its metadata, never assumed from this list. */
export const DIRECTIONS = ['LONG', 'NO_TRADE', 'SHORT'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Actions of the trading policy model. */
export const POLICY_ACTIONS = ['HOLD', 'BUY', 'SELL'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}
