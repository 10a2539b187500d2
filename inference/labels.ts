/** Direction labels. A model's own output order is read from its metadata, never assumed from this list. */
export const DIRECTIONS = ['LONG', 'NO_TRADE', 'SHORT'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Actions of the trading policy model. */
export const POLICY_ACTIONS = ['HOLD', 'BUY', 'SELL'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** A position in one unit of notional: short, flat or long. */
export type Position = -1 | 0 | 1;

/**
 * What each action does to the position: HOLD keeps it, BUY buys one unit (flat → long, short → flat),
 * SELL sells one unit (flat → short, long → flat). The training environment reads this from meta.json.
 */
export const POLICY_ACTION_STEP: Record<PolicyAction, Position> = { HOLD: 0, BUY: 1, SELL: -1 };

export function positionAfter(position: Position, action: PolicyAction): Position {
  return Math.max(-1, Math.min(1, position + POLICY_ACTION_STEP[action])) as Position;
}
