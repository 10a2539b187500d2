import type { CommandMiddleware, Context } from 'grammy';
import { UnknownSymbolError } from '../../market/errors.js';
import type { SubscribeResult } from '../../storage/subscriptionsRepository.js';
import type { BotDeps } from '../deps.js';
import { escapeHtml } from '../html.js';
import { langOf, type Lang } from '../i18n/chatLocale.js';
import { formatCount } from '../../app/formatNumbers.js';
import { localeOfLanguageCode } from '../../app/locales.js';
import { replyHtml } from '../send.js';
import type { AlertDeps } from '../../app/alertDeps.js';
import { alertRarityLines } from './formatAlertRarity.js';
import { formatSubscriptionList } from './formatSubscriptions.js';
import { parseSubscribeArgs, parseUnsubscribeArgs } from './parseAlertArgs.js';

/** Subscriptions one chat may hold (pair × timeframe). */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 50;

/**
 * `/subscribe SYMBOL [SYMBOL ...] [TIMEFRAME]`: each symbol is checked against the market's list; the
 * listed ones are subscribed, a typo gets the closest listed symbols.
 */
export function subscribeCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const { subscriptions, defaultTimeframe } = deps.alerts;
    const { symbols, timeframe } = parseSubscribeArgs(ctx.match, defaultTimeframe);
    // Alerts and digests reach the chat in its subscriber's language, unless the chat chose one (/language).
    if (ctx.from) subscriptions.setLanguage(ctx.chat.id, localeOfLanguageCode(ctx.from.language_code), { onlyIfUnset: true });
    const { listed, unknown } = await resolveAll(deps.alerts, symbols);
    const wanted = listed.map((symbol) => ({ symbol, timeframe }));
    const result = subscriptions.subscribe(ctx.chat.id, wanted, MAX_SUBSCRIPTIONS_PER_CHAT);
    const signalsMuted = subscriptions.mutes(ctx.chat.id).signals;
    const lang = langOf(ctx);
    const rarity = alertRarityLines(result.added.map((s) => s.timeframe), (t) => deps.alerts.alertRarity(t), lang);
    await replyHtml(ctx, [subscribedText(result, unknown, signalsMuted, lang), ...rarity].join('\n'));
  };
}

/** `/unsubscribe SYMBOL [SYMBOL ...] [TIMEFRAME]` (every timeframe when none is named) or `/unsubscribe all`. */
export function unsubscribeCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const { subscriptions } = deps.alerts;
    const { t, locale } = langOf(ctx);
    const request = parseUnsubscribeArgs(ctx.match);
    if (request.all) {
      const removed = subscriptions.unsubscribeAll(ctx.chat.id);
      await replyHtml(ctx, removed ? t('unsubscribe-all', { count: formatCount(removed, locale) }) : t('unsubscribe-none'));
      return;
    }
    const removed = request.symbols.flatMap((symbol) => subscriptions.unsubscribe(ctx.chat.id, symbol, request.timeframe));
    const missed = request.symbols.filter((symbol) => !removed.some((s) => s.symbol === symbol));
    const symbols = missed.map((s) => escapeHtml(s)).join(', ');
    const lines = [
      ...(removed.length ? [t('unsubscribe-removed', { list: formatSubscriptionList(removed) })] : []),
      ...(missed.length
        ? [request.timeframe ? t('unsubscribe-missed-on', { symbols, timeframe: request.timeframe }) : t('unsubscribe-missed', { symbols })]
        : []),
    ];
    await replyHtml(ctx, lines.join('\n'));
  };
}

async function resolveAll(alerts: AlertDeps, symbols: string[]): Promise<{ listed: string[]; unknown: UnknownSymbolError[] }> {
  const listed: string[] = [];
  const unknown: UnknownSymbolError[] = [];
  for (const symbol of symbols) {
    try {
      listed.push(await alerts.resolveSymbol(symbol));
    } catch (error) {
      if (!(error instanceof UnknownSymbolError)) throw error;
      unknown.push(error);
    }
  }
  return { listed, unknown };
}

function subscribedText(result: SubscribeResult, unknown: UnknownSymbolError[], signalsMuted: boolean, { t, locale }: Lang): string {
  const lines: string[] = [];
  if (result.added.length) lines.push(t('subscribe-added', { list: formatSubscriptionList(result.added) }));
  if (result.already.length) lines.push(t('subscribe-already', { list: formatSubscriptionList(result.already) }));
  if (result.overLimit.length) {
    lines.push(
      t('subscribe-over-limit', { max: formatCount(MAX_SUBSCRIPTIONS_PER_CHAT, locale), list: formatSubscriptionList(result.overLimit) }),
    );
  }
  for (const error of unknown) {
    const symbol = escapeHtml(error.symbol);
    lines.push(
      error.suggestions.length
        ? t('subscribe-unknown-suggest', { symbol, suggestions: error.suggestions.map((s) => escapeHtml(s)).join(', ') })
        : t('subscribe-unknown', { symbol }),
    );
  }
  if (result.added.length) lines.push(t(signalsMuted ? 'subscribe-signals-muted' : 'subscribe-will-notify'));
  return lines.join('\n');
}
