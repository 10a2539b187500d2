import type { Position } from '../inference/labels.js';
import type { PolicyComparison, PolicyRecord } from '../inference/policy/comparison.js';
import type { PolicyCall } from '../inference/policy/policyCall.js';
import { formatPercent } from '../app/formatNumbers.js';
import type { Locale } from '../app/locales.js';
import { formatReturn } from './formatReturn.js';
import { localDecimal } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

const SIDE: Record<Position, string> = { [-1]: 'short', 0: 'flat', 1: 'long' };

function side(position: Position, lang: Lang): string {
  return lang.t(`side-${SIDE[position]}`);
}

/** What the action does to the position held: "open a long", "close the short", "stay flat", ... */
function actionMeaning(before: Position, after: Position, lang: Lang): string {
  if (before === after) return before === 0 ? lang.t('policy-stay-flat') : lang.t('policy-keep', { side: side(before, lang) });
  return before === 0 ? lang.t('policy-open', { side: side(after, lang) }) : lang.t('policy-close', { side: side(before, lang) });
}

/** An annualised Sharpe ratio, two decimals with a true minus: 0.9 → "0.90" ("0,90" in id), −0.4 → "−0.40"; null → "n/a". */
export function formatSharpe(sharpe: number | null, locale: Locale = 'en'): string {
  if (sharpe === null) return 'n/a';
  const text = Math.abs(sharpe).toFixed(2);
  return localDecimal(sharpe < 0 && text !== '0.00' ? `−${text}` : text, locale);
}

/** "−22.70% (Sharpe −0.70) vs buy-and-hold −17.12% (Sharpe −0.42), always flat +0.00%". */
function recordFigures({ policy, buyAndHold, flat }: PolicyComparison, lang: Lang): string {
  return lang.t('policy-figures', {
    policy: formatReturn(policy.totalReturn, lang.locale),
    policySharpe: formatSharpe(policy.sharpe, lang.locale),
    hold: formatReturn(buyAndHold.totalReturn, lang.locale),
    holdSharpe: formatSharpe(buyAndHold.sharpe, lang.locale),
    flat: formatReturn(flat.totalReturn, lang.locale),
  });
}

/** The verdict in plain words: did the policy beat holding and staying flat, risk-adjusted, on data it never saw? */
export function recordVerdict(record: PolicyRecord, lang: Lang): string {
  const { t, locale } = lang;
  const { policy, buyAndHold } = record.figures;
  const sharpes = t('policy-sharpes', { policy: formatSharpe(policy.sharpe, locale), hold: formatSharpe(buyAndHold.sharpe, locale) });
  if (record.beatsBuyAndHoldRiskAdjusted && record.beatsFlat) return t('policy-verdict-beats', { sharpes });
  const worse: string[] = [];
  if (!record.beatsBuyAndHoldRiskAdjusted) worse.push(t('policy-worse-holding', { sharpes }));
  if (!record.beatsFlat) worse.push(t('policy-worse-flat', { return: formatReturn(policy.totalReturn, locale) }));
  const [first = '', second] = worse;
  return second === undefined ? t('policy-verdict-worse', { worse: first }) : t('policy-verdict-worse-both', { first, second });
}

/** "on its test block A → B, after fees: …", or why there is no such record; then the verdict, if any. */
function ownRecord(record: PolicyRecord | null, lang: Lang): [string, ...string[]] {
  if (!record) return [lang.t('policy-no-record')];
  const figures = recordFigures(record.figures, lang);
  return [
    lang.t('policy-test-block', { from: record.from.slice(0, 10), to: record.to.slice(0, 10), figures }),
    recordVerdict(record, lang),
  ];
}

/** The record and the verdict under the policy in /model: its own test block, never another model's. */
export function recordSummary(record: PolicyRecord | null, lang: Lang): string[] {
  const [figures, ...verdict] = ownRecord(record, lang);
  return [lang.t('policy-own-record', { figures }), ...verdict];
}

/** The model line and the verdict (HTML) in /status: the shipped model's own test-block record, never another model's. */
export function recordLines(modelVersion: string, timeframe: string, record: PolicyRecord | null, lang: Lang): string[] {
  const [figures, ...verdict] = ownRecord(record, lang);
  return [lang.t('policy-model-line', { version: escapeHtml(modelVersion), timeframe: escapeHtml(timeframe), figures }), ...verdict];
}

/** Layer 2 of /status (HTML): the call with its probability, the position it read, the model and its own record. */
export function policyLines(call: PolicyCall, lang: Lang): string[] {
  const others = Object.entries(call.probabilities)
    .filter(([action]) => action !== call.action)
    .map(([action, p]) => `${action} ${formatPercent(p, lang.locale)}`)
    .join(' · ');
  return [
    lang.t('policy-call', {
      action: call.action,
      probability: formatPercent(call.probability, lang.locale),
      meaning: actionMeaning(call.position, call.positionAfter, lang),
      position: side(call.position, lang),
      others,
    }),
    ...recordLines(call.modelVersion, call.timeframe, call.record, lang),
  ];
}
