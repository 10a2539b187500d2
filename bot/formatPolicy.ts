import type { Position } from '../inference/labels.js';
import type { PolicyComparison } from '../inference/policy/comparison.js';
import type { PolicyCall } from '../inference/policy/policyCall.js';
import { formatPercent } from './formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';

const SIDE: Record<Position, string> = { [-1]: 'short', 0: 'flat', 1: 'long' };

/** What the action does to the position held: "open a long", "close the short", "stay flat", ... */
function actionMeaning(before: Position, after: Position): string {
  if (before === after) return before === 0 ? 'stay flat' : `keep the ${SIDE[before]}`;
  return before === 0 ? `open a ${SIDE[after]}` : `close the ${SIDE[before]}`;
}

/** "+4.10% vs buy-and-hold +180.20%, always flat 0%, random −71.94%" (pooled walk-forward, after fees). */
export function formatComparison(c: PolicyComparison): string {
  return (
    `${formatReturn(c.policy.totalReturn)} vs buy-and-hold ${formatReturn(c.buyAndHold.totalReturn)}, ` +
    `always flat ${formatReturn(c.flat.totalReturn)}, random ${formatReturn(c.random.totalReturn)}`
  );
}

/** Layer 2 of /status (HTML): the call with its probability, the position it read, the model and its record. */
export function policyLines(call: PolicyCall): string[] {
  const others = Object.entries(call.probabilities)
    .filter(([action]) => action !== call.action)
    .map(([action, p]) => `${action} ${formatPercent(p)}`)
    .join(' · ');
  return [
    `Call: <b>${call.action}</b> ${formatPercent(call.probability)} — ${actionMeaning(call.position, call.positionAfter)} ` +
      `(paper position: ${SIDE[call.position]}) · ${others}`,
    `Model <code>${escapeHtml(call.modelVersion)}</code> (${call.timeframe}) · walk-forward after fees: ` +
      formatComparison(call.walkForward),
  ];
}
