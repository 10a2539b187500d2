import type { CommandMiddleware, Context } from 'grammy';
import { UnknownSymbolError } from '../../market/errors.js';
import type { SubscribeResult } from '../../storage/subscriptionsRepository.js';
import type { BotDeps } from '../deps.js';
import { escapeHtml } from '../html.js';
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
    const { listed, unknown } = await resolveAll(deps.alerts, symbols);
    const wanted = listed.map((symbol) => ({ symbol, timeframe }));
    const result = subscriptions.subscribe(ctx.chat.id, wanted, MAX_SUBSCRIPTIONS_PER_CHAT);
    const signalsMuted = subscriptions.mutes(ctx.chat.id).signals;
    const rarity = alertRarityLines(result.added.map((s) => s.timeframe), (t) => deps.alerts.alertRarity(t));
    await replyHtml(ctx, [subscribedText(result, unknown, signalsMuted), ...rarity].join('\n'));
  };
}

/** `/unsubscribe SYMBOL [SYMBOL ...] [TIMEFRAME]` (every timeframe when none is named) or `/unsubscribe all`. */
export function unsubscribeCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const { subscriptions } = deps.alerts;
    const request = parseUnsubscribeArgs(ctx.match);
    if (request.all) {
      const removed = subscriptions.unsubscribeAll(ctx.chat.id);
      await replyHtml(ctx, removed ? `Stopped every alert in this chat (${removed} removed).` : 'This chat had no alerts.');
      return;
    }
    const removed = request.symbols.flatMap((symbol) => subscriptions.unsubscribe(ctx.chat.id, symbol, request.timeframe));
    const missed = request.symbols.filter((symbol) => !removed.some((s) => s.symbol === symbol));
    const lines = [
      ...(removed.length ? [`Unsubscribed from ${formatSubscriptionList(removed)}.`] : []),
      ...(missed.length
        ? [`This chat was not subscribed to ${missed.map((s) => escapeHtml(s)).join(', ')}${request.timeframe ? ` on ${request.timeframe}` : ''}. /alerts lists its alerts.`]
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

function subscribedText(result: SubscribeResult, unknown: UnknownSymbolError[], signalsMuted: boolean): string {
  const lines: string[] = [];
  if (result.added.length) lines.push(`Subscribed to ${formatSubscriptionList(result.added)}.`);
  if (result.already.length) lines.push(`Already subscribed to ${formatSubscriptionList(result.already)}.`);
  if (result.overLimit.length) {
    lines.push(
      `Not added, as a chat can follow at most ${MAX_SUBSCRIPTIONS_PER_CHAT}: ${formatSubscriptionList(result.overLimit)}. ` +
        'Remove some with /unsubscribe first.',
    );
  }
  for (const error of unknown) {
    const hint = error.suggestions.length
      ? `did you mean ${error.suggestions.map((s) => escapeHtml(s)).join(', ')}?`
      : 'check the spelling, e.g. BTC or ETH/USDT.';
    lines.push(`Unknown symbol <b>${escapeHtml(error.symbol)}</b>: ${hint}`);
  }
  if (result.added.length) {
    lines.push(
      signalsMuted
        ? 'Signal messages are muted in this chat: unmute them in /alerts.'
        : 'You will get a message when a closed candle gives a signal. /alerts lists them.',
    );
  }
  return lines.join('\n');
}
