import type { MarketProbe } from '../market/probe.js';
import type { HealthReport } from '../app/healthCheck.js';
import type { Lang } from './i18n/chatLocale.js';

/** 45_000 → "45s", 7_980_000 → "2h 13m", 277_200_000 → "3d 5h" (in id "45 dtk", "2 jam 13 mnt", "3 hari 5 jam"). */
export function formatElapsed(ms: number, lang: Lang): string {
  const { t } = lang;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return t('elapsed-seconds', { s: String(seconds) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('elapsed-minutes', { m: String(minutes), s: String(seconds % 60) });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('elapsed-hours', { h: String(hours), m: String(minutes % 60) });
  return t('elapsed-days', { d: String(Math.floor(hours / 24)), h: String(hours % 24) });
}

function exchangeLine(probe: MarketProbe, { t }: Lang): string {
  if (probe.reachable) return t('health-exchange-reachable', { ms: String(probe.latencyMs) });
  const why = probe.problem === 'timeout' ? t('health-exchange-timeout', { ms: String(probe.latencyMs) }) : t('health-exchange-failed');
  return t('health-exchange-unreachable', { why });
}

/** The /health reply (HTML). */
export function formatHealth(h: HealthReport, lang: Lang): string {
  const { t } = lang;
  return [
    t('health-title'),
    t('health-uptime', { elapsed: formatElapsed(h.uptimeMs, lang) }),
    exchangeLine(h.exchange, lang),
    h.cacheAgeMs === null ? t('health-cache-empty') : t('health-cache', { age: formatElapsed(h.cacheAgeMs, lang) }),
    h.answers
      ? t('health-answers', {
          p50: String(Math.round(h.answers.p50Ms)),
          p95: String(Math.round(h.answers.p95Ms)),
          count: String(h.answers.count),
        })
      : t('health-answers-none'),
  ].join('\n');
}
