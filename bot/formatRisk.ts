import type { FactorName } from '../inference/risk/factors.js';
import type { FactorReading, RiskReport, RiskWarning } from '../inference/risk/riskReport.js';
import type { RiskLevel } from '../inference/risk/score.js';
import { formatUtc, localDecimal } from '../app/formatNumbers.js';
import { INTL_LOCALE, LOCALES, type Locale } from '../app/locales.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

const LEVEL_MARK: Record<RiskLevel, string> = { low: '🟢', medium: '🟡', high: '🟠', extreme: '🔴' };

/** A reply's risk level in the reader's words. */
export function riskLevelText(level: RiskLevel, lang: Lang): string {
  return lang.t(`risk-level-${level}`);
}

/** A /risk reply (HTML): score and level, each factor with value and sub-score, warnings, what it is measured against. */
export function formatRisk(report: RiskReport, lang: Lang): string {
  const { t, locale } = lang;
  const days = report.history.days;
  const lines = [
    t('risk-title', {
      mark: LEVEL_MARK[report.level],
      symbol: escapeHtml(report.symbol),
      score: String(Math.round(report.score)),
      level: riskLevelText(report.level, lang),
    }),
    '',
    ...report.factors.map((f) => factorLine(f, days, lang)),
  ];
  if (report.warnings.length > 0) lines.push('', ...report.warnings.map((w) => warningLine(w, lang)));
  const { pairs, from, to } = report.reference;
  lines.push(
    '',
    t('risk-footer', {
      pairs: String(pairs),
      timeframe: escapeHtml(report.timeframe),
      from: escapeHtml(from.slice(0, 10)),
      to: escapeHtml(to.slice(0, 10)),
      time: formatUtc(report.candleTime, locale),
    }),
  );
  return lines.join('\n');
}

function factorLabel(name: FactorName, lang: Lang): string {
  return lang.t(`risk-factor-${name}`);
}

function factorLine(f: FactorReading, days: number, lang: Lang): string {
  return lang.t('risk-factor-line', {
    label: escapeHtml(factorLabel(f.name, lang)),
    value: lang.t(`risk-value-${f.name}`, { value: formatFactorValue(f, lang.locale) }),
    subScore: String(Math.round(f.subScore)),
    weight: String(Math.round(f.weight * 100)),
    // Floored, so "95th" always comes with the top-5% warning and "94th" never does.
    percentile: percentileText(Math.floor(f.ownPercentile), lang),
    period: dayCount(days, lang),
  });
}

/** ADX 31.4 → "31"; shares as percentages, fewer decimals the larger they are: 23%, 2.3%, 0.03% (2,3% in id). */
export function formatFactorValue(f: Pick<FactorReading, 'unit' | 'value'>, locale: Locale): string {
  if (f.unit === 'index') return f.value.toFixed(0);
  const percent = f.value * 100;
  return localDecimal(`${percent.toFixed(percent >= 10 ? 0 : percent >= 1 ? 1 : 2)}%`, locale);
}

function warningLine(w: RiskWarning, lang: Lang): string {
  if (w.kind === 'unusual') {
    return lang.t('risk-warning-unusual', {
      label: escapeHtml(factorLabel(w.factor, lang)),
      top: String(w.topPercent),
      period: dayCount(w.days, lang),
    });
  }
  return lang.t('risk-warning-short-history', { period: dayCount(w.days, lang) });
}

/** "30 days", "1 day" ("30 hari" in id). */
export function dayCount(days: number, lang: Lang): string {
  return lang.t('days-period', { count: days, n: String(days) });
}

const ORDINAL_RULES = Object.fromEntries(
  LOCALES.map((locale) => [locale, new Intl.PluralRules(INTL_LOCALE[locale], { type: 'ordinal' })]),
) as Record<Locale, Intl.PluralRules>;

/** "95th percentile" (en), "persentil ke-95" (id). */
export function percentileText(rank: number, lang: Lang): string {
  return lang.t('percentile-rank', { kind: ORDINAL_RULES[lang.locale].select(rank), n: String(rank) });
}
