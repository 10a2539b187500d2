import type { Position } from '../inference/labels.js';
import type { PolicyComparison, PolicyRecord } from '../inference/policy/comparison.js';
import type { PolicyCall } from '../inference/policy/policyCall.js';
import { formatPercent } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';

const SIDE: Record<Position, string> = { [-1]: 'short', 0: 'flat', 1: 'long' };

/** What the action does to the position held: "open a long", "close the short", "stay flat", ... */
function actionMeaning(before: Position, after: Position): string {
  if (before === after) return before === 0 ? 'stay flat' : `keep the ${SIDE[before]}`;
  return before === 0 ? `open a ${SIDE[after]}` : `close the ${SIDE[before]}`;
}

/** An annualised Sharpe ratio, two decimals with a true minus: 0.9 → "0.90", −0.4 → "−0.40"; null → "n/a". */
export function formatSharpe(sharpe: number | null): string {
  if (sharpe === null) return 'n/a';
  const text = Math.abs(sharpe).toFixed(2);
  return sharpe < 0 && text !== '0.00' ? `−${text}` : text;
}

/** "−22.70% (Sharpe −0.70) vs buy-and-hold −17.12% (Sharpe −0.42), always flat +0.00%". */
function recordFigures({ policy, buyAndHold, flat }: PolicyComparison): string {
  return (
    `${formatReturn(policy.totalReturn)} (Sharpe ${formatSharpe(policy.sharpe)}) vs buy-and-hold ` +
    `${formatReturn(buyAndHold.totalReturn)} (Sharpe ${formatSharpe(buyAndHold.sharpe)}), always flat ${formatReturn(flat.totalReturn)}`
  );
}

/** The verdict in plain words: did the policy beat holding and staying flat, risk-adjusted, on data it never saw? */
export function recordVerdict(record: PolicyRecord): string {
  const { policy, buyAndHold } = record.figures;
  const sharpes = `Sharpe ${formatSharpe(policy.sharpe)} vs ${formatSharpe(buyAndHold.sharpe)}`;
  if (record.beatsBuyAndHoldRiskAdjusted && record.beatsFlat) {
    return `On data it never saw, this policy beat simply holding (${sharpes}) and staying flat — one test block, so evidence, not proof.`;
  }
  const worse: string[] = [];
  if (!record.beatsBuyAndHoldRiskAdjusted) worse.push(`simply holding (${sharpes})`);
  if (!record.beatsFlat) worse.push(`staying flat (${formatReturn(policy.totalReturn)} vs 0%)`);
  return `On data it never saw, this policy did worse than ${worse.join(' and than ')}: treat its call as an experiment.`;
}

const NO_RECORD =
  'no record of its own on data it never saw (trained before the policy kept a test block apart): treat its call as an experiment.';

/** "on its test block A → B, after fees: …", or why there is no such record; then the verdict, if any. */
function ownRecord(record: PolicyRecord | null): [string, ...string[]] {
  if (!record) return [NO_RECORD];
  const block = `on its test block ${record.from.slice(0, 10)} → ${record.to.slice(0, 10)}`;
  return [`${block}, after fees: ${recordFigures(record.figures)}`, recordVerdict(record)];
}

/** The record and the verdict under the policy in /model: its own test block, never another model's. */
export function recordSummary(record: PolicyRecord | null): string[] {
  const [figures, ...verdict] = ownRecord(record);
  return [`Own record: ${figures}`, ...verdict];
}

/** The model line and the verdict (HTML) in /status: the shipped model's own test-block record, never another model's. */
export function recordLines(modelVersion: string, timeframe: string, record: PolicyRecord | null): string[] {
  const [figures, ...verdict] = ownRecord(record);
  return [`Model <code>${escapeHtml(modelVersion)}</code> (${escapeHtml(timeframe)}) · ${figures}`, ...verdict];
}

/** Layer 2 of /status (HTML): the call with its probability, the position it read, the model and its own record. */
export function policyLines(call: PolicyCall): string[] {
  const others = Object.entries(call.probabilities)
    .filter(([action]) => action !== call.action)
    .map(([action, p]) => `${action} ${formatPercent(p)}`)
    .join(' · ');
  return [
    `Call: <b>${call.action}</b> ${formatPercent(call.probability)} — ${actionMeaning(call.position, call.positionAfter)} ` +
      `(paper position: ${SIDE[call.position]}) · ${others}`,
    ...recordLines(call.modelVersion, call.timeframe, call.record),
  ];
}
