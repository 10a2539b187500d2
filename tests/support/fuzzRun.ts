import type { Metrics } from '../../app/metrics.js';
import type { BotApiEmulator, EmulatedMessage } from './botApiEmulator.js';

/** Updates the bot has finished handling: the telegram door's request timer counts each one. */
export async function handledUpdates(metrics: Metrics): Promise<number> {
  const values = (await metrics.requestSeconds.get()).values;
  return values
    .filter((v) => v.metricName?.endsWith('_count') && v.labels.door === 'telegram')
    .reduce((sum, v) => sum + v.value, 0);
}

/** Waits until the bot has handled `total` updates since it started. */
export async function waitHandled(metrics: Metrics, total: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await handledUpdates(metrics)) < total) {
    if (Date.now() > deadline) throw new Error(`the bot handled ${await handledUpdates(metrics)} of ${total} updates`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A bot message with buttons a user can press, and their callback data. */
export interface Pressable {
  chatId: number;
  messageId: number;
  data: string[];
}

export function pressable(message: EmulatedMessage): Pressable | undefined {
  const data = (message.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
  return data.length ? { chatId: message.chat_id, messageId: message.message_id, data } : undefined;
}

/** Collects unhandled promise rejections while a test runs. */
export function watchRejections(): { rejections: unknown[]; stop(): void } {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  return { rejections, stop: () => process.off('unhandledRejection', onRejection) };
}

/** Every Bot API call Telegram refused: the method, the refusal and the start of what was sent. */
export function rejectedCalls(emulator: BotApiEmulator): string[] {
  return emulator.calls
    .filter((c) => c.status !== 200)
    .map((c) => `${c.method} ${c.status} ${c.error ?? ''} ${JSON.stringify(c.payload).slice(0, 160)}`);
}
