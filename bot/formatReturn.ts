/** A return or P&L as a share of notional, signed, two decimals: 0.01234 → "+1.23%", −0.004 → "−0.40%". */
export function formatReturn(share: number): string {
  const percent = (share * 100).toFixed(2);
  return share < 0 ? `−${percent.slice(1)}%` : `+${percent}%`;
}
