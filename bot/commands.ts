import { Composer, type Api, type CommandMiddleware, type Context } from 'grammy';
import { TIMEFRAMES } from '../market/timeframes.js';
import type { BotDeps } from './deps.js';
import { escapeHtml } from './html.js';
import { predictCommand } from './predict.js';
import { riskCommand } from './risk.js';

/** One command: the menu (setMyCommands), /help and the handler all come from this entry. */
export interface CommandSpec {
  command: string;
  /** Shown in Telegram's command menu (≤ 256 chars). */
  description: string;
  /** Line in /help, e.g. `/predict SYMBOL [timeframe]`. */
  usage: string;
  handler(deps: BotDeps): CommandMiddleware<Context>;
}

const HTML = { parse_mode: 'HTML' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    command: 'start',
    description: 'What this bot does',
    usage: '/start',
    handler: () => (ctx) => ctx.reply(startText(), HTML),
  },
  {
    command: 'help',
    description: 'List the commands',
    usage: '/help',
    handler: () => (ctx) => ctx.reply(helpText(), HTML),
  },
  {
    command: 'predict',
    description: 'ML signal for a pair, e.g. /predict BTC 1h',
    usage: '/predict SYMBOL [timeframe]',
    handler: predictCommand,
  },
  {
    command: 'risk',
    description: 'Risk score 0–100 for a pair, e.g. /risk BTC',
    usage: '/risk SYMBOL',
    handler: riskCommand,
  },
];

export function helpText(): string {
  const lines = COMMANDS.map((c) => `<code>${escapeHtml(c.usage)}</code> — ${escapeHtml(c.description)}`);
  return [
    '<b>Commands</b>',
    ...lines,
    '',
    `Timeframes: ${TIMEFRAMES.join(', ')}. Symbols: BTC, ethusdt, SOL/USDT and so on.`,
  ].join('\n');
}

function startText(): string {
  return [
    'Hi! I compute machine-learning trading signals for crypto pairs.',
    'Try <code>/predict BTC 1h</code>.',
    '<i>Paper-trading signals, not financial advice.</i>',
    '',
    helpText(),
  ].join('\n');
}

/** One composer per command, in registry order. */
export function commandComposers(deps: BotDeps): Composer<Context>[] {
  return COMMANDS.map((spec) => {
    const composer = new Composer<Context>();
    composer.command(spec.command, spec.handler(deps));
    return composer;
  });
}

/** Publishes the command menu from the registry. */
export async function registerCommands(api: Api): Promise<void> {
  await api.setMyCommands(COMMANDS.map(({ command, description }) => ({ command, description })));
}
