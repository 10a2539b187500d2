import type { MarketProbe } from '../market/probe.js';
import type { HealthReport } from '../app/healthCheck.js';

/** 45_000 → "45s", 7_980_000 → "2h 13m", 277_200_000 → "3d 5h". */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${minutes % 60}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

function exchangeLine(probe: MarketProbe): string {
  if (probe.reachable) return `✅ Exchange: reachable, answered in ${probe.latencyMs} ms`;
  const why = probe.problem === 'timeout' ? `no answer within ${probe.latencyMs} ms` : 'the request failed';
  return `⚠️ Exchange: unreachable (${why})`;
}

/** The /health reply (HTML). */
export function formatHealth(h: HealthReport): string {
  const answers = h.answers
    ? `p50 ≈ ${Math.round(h.answers.p50Ms)} ms · p95 ≈ ${Math.round(h.answers.p95Ms)} ms over ${h.answers.count} updates since start`
    : 'none recorded yet';
  return [
    '<b>Health</b>',
    `Uptime: ${formatElapsed(h.uptimeMs)}`,
    exchangeLine(h.exchange),
    `Candle cache: ${h.cacheAgeMs === null ? 'empty' : `oldest entry ${formatElapsed(h.cacheAgeMs)} old`}`,
    `Answer times: ${answers}`,
  ].join('\n');
}
