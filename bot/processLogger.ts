import { Writable } from 'node:stream';
import pino from 'pino';
import type { Config } from '../app/config.js';
import { createLogger, type Logger } from '../app/logger.js';

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** One short line for a log entry: time, level, message and the error's name and message, never a stack. */
export function shortLogLine(json: string): string {
  const entry = JSON.parse(json) as { time?: number; level?: number; msg?: string; err?: { type?: string; name?: string; message?: string } };
  const time = new Date(entry.time ?? Date.now()).toISOString().slice(11, 19);
  const error = entry.err ? ` — ${entry.err.type ?? entry.err.name ?? 'Error'}: ${entry.err.message ?? ''}` : '';
  return `${time} ${LEVEL_NAMES[entry.level ?? 30] ?? 'log'} ${entry.msg ?? ''}${error}\n`;
}

/** Writes each JSON log line to `out` as a short line. */
function shortLines(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') out.write(shortLogLine(line));
      done();
    },
  });
}

/**
 * The process's logger, with every secret of the config redacted. With a token, JSON lines on stdout for a
 * log collector. In console mode stdout is the conversation, so logs go to stderr as short lines, one per
 * event, without stacks: a failing request reads as one line beside the replies.
 */
export function processLogger(config: Pick<Config, 'LOG_LEVEL' | 'TELEGRAM_BOT_TOKEN' | 'API_TOKEN' | 'TELEGRAM_WEBHOOK_SECRET'>): Logger {
  const secrets = [config.TELEGRAM_BOT_TOKEN, config.API_TOKEN, config.TELEGRAM_WEBHOOK_SECRET];
  const destination = config.TELEGRAM_BOT_TOKEN ? pino.destination(1) : shortLines(process.stderr);
  return createLogger({ level: config.LOG_LEVEL, secrets, destination });
}
