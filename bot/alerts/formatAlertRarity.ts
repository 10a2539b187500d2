import type { AlertRarity } from '../../inference/alertRarity.js';
import { MIN_BAND_SIGNALS } from '../../inference/measuredHitRate.js';
import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import { formatCallStats } from '../formatCallStats.js';
import { formatFixed } from '../../app/formatNumbers.js';
import type { Lang } from '../i18n/chatLocale.js';
import { formatCount, formatPercent } from '../../app/formatNumbers.js';
import type { Locale } from '../../app/locales.js';


const SOURCE_TEXT: Record<AlertRarity['source'], (lang: Lang) => string> = {
  alert_threshold: ({ t }) => t('rarity-source-card'),
  ALERT_MIN_CONFIDENCE: () => 'ALERT_MIN_CONFIDENCE',
  DEFAULT_ALERT_MIN_CONFIDENCE: ({ t }) => t('rarity-source-default'),
};

/** A threshold keeps one decimal when it has one (ALERT_MIN_CONFIDENCE=0.425 → "42.5%"), so it is never rounded up or down. */
function thresholdPercent(value: number, locale: Locale): string {
  const percent = Number((value * 100).toFixed(1));
  return `${formatFixed(percent, Number.isInteger(percent) ? 0 : 1, locale)}%`;
}

/** A share of calls; a tiny non-zero one reads "under 0.1%", never "0.0%". */
function sharePercent(share: number, { t, locale }: Lang): string {
  return share > 0 && share < 0.001 ? t('rarity-share-tiny', { min: formatPercent(0.001, locale) }) : formatPercent(share, locale);
}

/**
 * "1h alerts need the model ≥ 45% sure (its card's threshold): in walk-forward tests 0.1% of calls got there
 * (100 of 82,120); win rate 54.0% vs break-even 52.4% · mean net +0.12% (95% CI −0.05%…+0.30%) on 100 calls."
 * — so a subscriber knows why alerts may be rare and what they earned. A card from before the one trade rule
 * gives its TP1 hit rate instead ("TP1 hit 55%"). `rarity` null: no model serves `timeframe`.
 * In the reader's language (English when left out).
 */
export function formatAlertRarity(timeframe: Timeframe, rarity: AlertRarity | null, lang: Lang): string {
  const { t, locale } = lang;
  if (rarity === null) return t('rarity-no-model', { timeframe });
  const bar = t('rarity-bar', { timeframe, threshold: thresholdPercent(rarity.threshold, locale), source: SOURCE_TEXT[rarity.source](lang) });
  const { reach } = rarity;
  if (reach === null) return t('rarity-bar-only', { bar });
  const exact = reach.from === rarity.threshold;
  const got = exact ? t('rarity-got-there') : t('rarity-reached', { from: thresholdPercent(reach.from, locale) });
  const unsplit = exact ? '' : t('rarity-unsplit', { threshold: thresholdPercent(rarity.threshold, locale) });
  const total = formatCount(reach.total, locale);
  if (reach.reached === 0) return t('rarity-none-reached', { bar, total, got, unsplit: unsplit ? ` (${unsplit})` : '' });
  const counts = [t('rarity-counts', { reached: formatCount(reach.reached, locale), total }), ...(unsplit ? [unsplit] : [])].join('; ');
  const share = t('rarity-share', { share: sharePercent(reach.reached / reach.total, lang), got, counts });
  const few = reach.reached < MIN_BAND_SIGNALS ? ` (${t('rarity-too-few')})` : '';
  if (reach.stats) return t('rarity-with-stats', { bar, share, stats: formatCallStats(reach.stats, lang), few });
  const hit = reach.hits === null ? '' : `, ${t('rarity-tp1-hit', { rate: formatPercent(reach.hits / reach.reached, locale) })}${few}`;
  return t('rarity-with-hits', { bar, share, hit });
}

/** One line per served timeframe among `timeframes` (as stored with subscriptions), shortest first. */
export function alertRarityLines(
  timeframes: readonly string[],
  rarityOf: (timeframe: Timeframe) => AlertRarity | null,
  lang: Lang,
): string[] {
  return TIMEFRAMES.filter((t) => timeframes.includes(t)).map((t) => formatAlertRarity(t, rarityOf(t), lang));
}
