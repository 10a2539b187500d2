import { randomBytes } from 'node:crypto';
import { webhookCallback, type Bot } from 'grammy';

/** Where Telegram posts updates, and the secret it sends with each (X-Telegram-Bot-Api-Secret-Token). */
export interface Webhook {
  /** TELEGRAM_WEBHOOK_URL: the public https:// address a proxy forwards to the HTTP server. */
  url: string;
  /** The URL's path: the route the HTTP server serves it on. */
  path: string;
  secret: string;
}

/** The webhook of TELEGRAM_WEBHOOK_URL; without TELEGRAM_WEBHOOK_SECRET a fresh secret for this run. */
export function webhookOf(url: string, configuredSecret: string | undefined): Webhook {
  return { url, path: new URL(url).pathname, secret: configuredSecret ?? randomBytes(32).toString('hex') };
}

/** How long Telegram's request may wait for the handler before it is answered (and the handler goes on). */
const ANSWER_WITHIN_MS = 9_000;

/**
 * The route handler (Fastify's request, reply) that feeds posted updates to the bot. A request without
 * the secret gets 401 and never reaches a handler. A slow command (a chart, /sweep) is answered 200 after
 * ANSWER_WITHIN_MS and keeps running, because a timeout would make Telegram post the update again.
 */
export function webhookHandler(bot: Bot, webhook: Webhook) {
  return webhookCallback(bot, 'fastify', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: ANSWER_WITHIN_MS });
}
