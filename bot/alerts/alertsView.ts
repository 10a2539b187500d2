import { InlineKeyboard } from 'grammy';
import {
  MESSAGE_KINDS,
  type MessageKind,
  type Mutes,
  type Subscription,
} from '../../storage/subscriptionsRepository.js';
import { formatSubscriptionLines } from './formatSubscriptions.js';

/** What a chat calls each kind of pushed message. */
export const KIND_LABELS: Record<MessageKind, string> = {
  signals: 'Signals',
  outcomes: 'Outcomes',
  digest: 'Daily digest',
};

/** Button data: `al:mute:outcomes`. It carries the wanted state, so a second press or an old message does no harm. */
export const ALERTS_CALLBACK = /^al:/;

export function muteData(kind: MessageKind, muted: boolean): string {
  return `al:${muted ? 'mute' : 'unmute'}:${kind}`;
}

export function parseMuteData(data: string): { kind: MessageKind; muted: boolean } | null {
  const [prefix, action, kind] = data.split(':');
  if (prefix !== 'al' || (action !== 'mute' && action !== 'unmute')) return null;
  const known = MESSAGE_KINDS.find((k) => k === kind);
  return known ? { kind: known, muted: action === 'mute' } : null;
}

/**
 * /alerts: the chat's subscriptions, how rare each of their timeframes' alerts are (`rarity`, one line per
 * timeframe) and, per kind of message, whether it is on, with a button to flip it.
 */
export function alertsView(
  subscriptions: readonly Subscription[],
  mutes: Mutes,
  rarity: readonly string[],
): { html: string; keyboard: InlineKeyboard } {
  const list = subscriptions.length
    ? [...formatSubscriptionLines(subscriptions), ...(rarity.length ? ['', ...rarity] : [])]
    : ['No alerts yet. Subscribe with <code>/subscribe BTC ETH 1h</code>.'];
  const kinds = MESSAGE_KINDS.map((kind) => `${KIND_LABELS[kind]}: ${mutes[kind] ? 'muted' : 'on'}`);
  const html = [
    '<b>Alerts in this chat</b>',
    ...list,
    '',
    kinds.join(' · '),
    '<i>Tap a button to mute or unmute a kind of message. /unsubscribe SYMBOL or /unsubscribe all stops alerts.</i>',
  ].join('\n');
  const keyboard = new InlineKeyboard();
  for (const kind of MESSAGE_KINDS) {
    const label = `${mutes[kind] ? 'Unmute' : 'Mute'} ${KIND_LABELS[kind].toLowerCase()}`;
    keyboard.text(label, muteData(kind, !mutes[kind])).row();
  }
  return { html, keyboard };
}
