import type { Context, InputFile } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import { splitHtml } from './splitHtml.js';

/** Telegram's limits, in characters: a message's text and a photo's caption. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const HTML = { parse_mode: 'HTML' } as const;

export interface SendOptions {
  /** Goes under the last part, so the buttons end up below the whole answer. */
  reply_markup?: InlineKeyboardMarkup;
}

/** The one way a reply of any length is sent: HTML, split at line breaks into messages Telegram accepts. */
export async function replyHtml(ctx: Context, html: string, options: SendOptions = {}): Promise<Message.TextMessage[]> {
  const parts = splitHtml(html, TEXT_LIMIT);
  const sent: Message.TextMessage[] = [];
  for (const [k, part] of parts.entries()) {
    const last = k === parts.length - 1;
    sent.push(await ctx.reply(part, last && options.reply_markup ? { ...HTML, reply_markup: options.reply_markup } : HTML));
  }
  return sent;
}

/** A photo with an HTML caption; what does not fit in the caption follows as messages. */
export async function replyWithPhotoHtml(ctx: Context, photo: InputFile, caption: string): Promise<void> {
  const [first = '', ...rest] = splitHtml(caption, TEXT_LIMIT, CAPTION_LIMIT);
  await ctx.replyWithPhoto(photo, { ...HTML, caption: first });
  for (const part of rest) await ctx.reply(part, HTML);
}
