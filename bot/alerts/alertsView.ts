import { InlineKeyboard } from 'grammy';
import {
  MESSAGE_KINDS,
  type MessageKind,
  type Mutes,
  type Subscription,
} from '../../storage/subscriptionsRepository.js';
import { INTL_LOCALE } from '../../app/locales.js';
import type { Lang } from '../i18n/chatLocale.js';
import { formatSubscriptionLines } from './formatSubscriptions.js';

/** What a chat calls each kind of pushed message: its catalogue key. */
export const KIND_LABELS: Record<MessageKind, string> = {
  signals: 'alerts-kind-signals',
  outcomes: 'alerts-kind-outcomes',
  digest: 'alerts-kind-digest',
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
 * timeframe) and, per kind of message, whether it is on, with a button to flip it; in the reader's language.
 */
export function alertsView(
  subscriptions: readonly Subscription[],
  mutes: Mutes,
  rarity: readonly string[],
  { t, locale }: Lang,
): { html: string; keyboard: InlineKeyboard } {
  const list = subscriptions.length
    ? [...formatSubscriptionLines(subscriptions), ...(rarity.length ? ['', ...rarity] : [])]
    : [t('alerts-none')];
  const kinds = MESSAGE_KINDS.map((kind) => t(mutes[kind] ? 'alerts-kind-muted' : 'alerts-kind-on', { kind: t(KIND_LABELS[kind]) }));
  const html = [`<b>${t('alerts-title')}</b>`, ...list, '', kinds.join(' · '), `<i>${t('alerts-hint')}</i>`].join('\n');
  const keyboard = new InlineKeyboard();
  for (const kind of MESSAGE_KINDS) {
    const label = t(mutes[kind] ? 'alerts-unmute' : 'alerts-mute', { kind: t(KIND_LABELS[kind]).toLocaleLowerCase(INTL_LOCALE[locale]) });
    keyboard.text(label, muteData(kind, !mutes[kind])).row();
  }
  return { html, keyboard };
}
