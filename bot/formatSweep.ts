import { formatPercent } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';
import type { SweepNowReport } from '../app/jobs/jobs.js';
import type { PairFailure } from '../app/jobs/pairFailure.js';

/** The /sweep reply for an admin: per timeframe the pairs, new alerts and failures, then the outcomes. */
export function formatSweep({ sweeps, outcomes }: SweepNowReport): string {
  const lines = ['🧹 <b>Sweep done</b>'];
  for (const s of sweeps) {
    lines.push(`<b>${s.timeframe}</b>: ${s.pairs} pairs · ${s.alerts.length} new alerts · ${s.failures.length} failed`);
    for (const a of s.alerts) {
      lines.push(`• ${escapeHtml(a.symbol)} ${a.direction} ${formatPercent(a.confidence)} → ${a.queued} chats`);
    }
    lines.push(...s.failures.map(failure));
  }
  lines.push(
    `<b>Outcomes</b>: ${outcomes.resolved.length} resolved · ${outcomes.open} still open · ${outcomes.failures.length} failed`,
  );
  for (const r of outcomes.resolved) {
    lines.push(`• ${escapeHtml(r.symbol)} ${escapeHtml(r.timeframe)} ${r.trade.outcome} ${formatReturn(r.trade.netReturn)}`);
  }
  lines.push(...outcomes.failures.map(failure));
  return lines.join('\n');
}

function failure(f: PairFailure): string {
  return `⚠️ ${escapeHtml(f.symbol)} ${escapeHtml(f.timeframe)}: ${escapeHtml(f.reason)}`;
}
