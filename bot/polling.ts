import { run } from '@grammyjs/runner';
import { GrammyError, type Bot } from 'grammy';
import type { Logger } from '../app/logger.js';

/** How long polling keeps retrying through a network loss before the process gives up and exits. */
export const POLLING_GIVES_UP_AFTER_MS = 15 * 60_000;

/** Why polling ended for good, in words an operator can act on. */
export function pollingEndedReason(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 401) {
    return 'Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN with @BotFather';
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    return 'Telegram says another process is taking this bot\'s updates (409 Conflict): stop the other instance or its webhook';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Telegram could not be reached for ${POLLING_GIVES_UP_AFTER_MS / 60_000} minutes (${detail})`;
}

export interface Polling {
  /** Stops fetching and resolves once every update being handled is done. */
  stop(): Promise<void>;
}

/**
 * Long polling through @grammyjs/runner, silenced: its own console.error would print errors whose request
 * URL carries the token (bot/logRetriedCalls.ts logs each failed fetch instead). The runner's task is watched, so a 401, a 409 or a network loss longer than POLLING_GIVES_UP_AFTER_MS ends in
 * one clear log line and `onEnded`, the caller's clean shutdown.
 */
export function startPolling(bot: Bot, log: Logger, onEnded: (reason: string) => void): Polling {
  const runner = run(bot, { runner: { silent: true, maxRetryTime: POLLING_GIVES_UP_AFTER_MS } });
  runner.task()?.catch((error: unknown) => onEnded(pollingEndedReason(error)));
  log.info({ username: bot.botInfo.username }, 'bot is polling');
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}
