import type { AlertRarity } from '../../inference/alertRarity.js';
import { MIN_BAND_SIGNALS } from '../../inference/measuredHitRate.js';
import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import { formatCallStats } from '../formatCallStats.js';
import { formatCount, formatPercent } from '../../app/formatNumbers.js';

const SOURCE_TEXT: Record<AlertRarity['source'], string> = {
  alert_threshold: "its card's threshold",
  ALERT_MIN_CONFIDENCE: 'ALERT_MIN_CONFIDENCE',
  DEFAULT_ALERT_MIN_CONFIDENCE: "the bot's default; its card names none",
};

/** A threshold keeps one decimal when it has one (ALERT_MIN_CONFIDENCE=0.425 → "42.5%"), so it is never rounded up or down. */
const thresholdPercent = (value: number) => `${Number((value * 100).toFixed(1))}%`;

/** A share of calls; a tiny non-zero one reads "under 0.1%", never "0.0%". */
const sharePercent = (share: number) => (share > 0 && share < 0.001 ? 'under 0.1%' : formatPercent(share));

/**
 * "1h alerts need the model ≥ 45% sure (its card's threshold): in walk-forward tests 0.1% of calls got there
 * (100 of 82,120); win rate 54.0% vs break-even 52.4% · mean net +0.12% (95% CI −0.05%…+0.30%) on 100 calls."
 * — so a subscriber knows why alerts may be rare and what they earned. A card from before the one trade rule
 * gives its TP1 hit rate instead ("TP1 hit 55%"). `rarity` null: no model serves `timeframe`.
 */
export function formatAlertRarity(timeframe: Timeframe, rarity: AlertRarity | null): string {
  if (rarity === null) return `No ${timeframe} model is loaded, so no ${timeframe} alerts come until one is; /model says why.`;
  const bar = `${timeframe} alerts need the model ≥ ${thresholdPercent(rarity.threshold)} sure (${SOURCE_TEXT[rarity.source]})`;
  const { reach } = rarity;
  if (reach === null) return `${bar}.`;
  const exact = reach.from === rarity.threshold;
  const got = exact ? 'got there' : `reached ${thresholdPercent(reach.from)}`;
  const unsplit = exact ? '' : `the card's bands do not split at ${thresholdPercent(rarity.threshold)}`;
  if (reach.reached === 0) {
    return `${bar}: in walk-forward tests none of ${formatCount(reach.total)} calls ${got}${unsplit ? ` (${unsplit})` : ''}.`;
  }
  const counts = [`${formatCount(reach.reached)} of ${formatCount(reach.total)}`, ...(unsplit ? [unsplit] : [])].join('; ');
  const share = `${sharePercent(reach.reached / reach.total)} of calls ${got} (${counts})`;
  const few = reach.reached < MIN_BAND_SIGNALS ? ' (too few calls to rely on)' : '';
  if (reach.stats) return `${bar}: in walk-forward tests ${share}; ${formatCallStats(reach.stats)}${few}.`;
  const hit = reach.hits === null ? '' : `, TP1 hit ${formatPercent(reach.hits / reach.reached)}${few}`;
  return `${bar}: in walk-forward tests ${share}${hit}.`;
}

/** One line per served timeframe among `timeframes` (as stored with subscriptions), shortest first. */
export function alertRarityLines(timeframes: readonly string[], rarityOf: (timeframe: Timeframe) => AlertRarity | null): string[] {
  return TIMEFRAMES.filter((t) => timeframes.includes(t)).map((t) => formatAlertRarity(t, rarityOf(t)));
}
