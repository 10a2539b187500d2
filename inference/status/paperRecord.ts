/** How far back the paper-trading record behind the mood looks. */
export const RECORD_DAYS = 7;

/**
 * The paper-trading record the mood reads: the trades alerts opened (one unit of notional each) and that
 * outcomes closed in the last RECORD_DAYS days, with their P&L after fees, and the trades opened in the
 * last hour.
 */
export interface PaperRecord {
  closedTrades: number;
  /** Closed trades with a positive P&L after fees. */
  wins: number;
  /** Sum of the closed trades' P&L after fees, in units of one trade's notional (0.012 = 1.2% of one trade). */
  pnl: number;
  /** Trades opened in the last hour. */
  tradesLastHour: number;
}
