import { Composer, type Api, type CommandMiddleware, type Context } from 'grammy';
import { TIMEFRAMES } from '../market/timeframes.js';
import { adminsOnly, isAdmin } from './access.js';
import { alertsCommand } from './alerts/alertsCommand.js';
import { SUBSCRIBE_USAGE, UNSUBSCRIBE_USAGE } from './alerts/parseAlertArgs.js';
import { subscribeCommand, unsubscribeCommand } from './alerts/subscribe.js';
import type { BotDeps } from './deps.js';
import { formatHealth } from './formatHealth.js';
import { groupAdminsOnly, type ChatAdmins } from './groupAdmins.js';
import { formatModels } from './formatModels.js';
import { escapeHtml } from './html.js';
import { PREDICT_USAGE } from './parsePredict.js';
import { performanceCommand } from './performance.js';
import { predictCommand } from './predict.js';
import { reloadCommand } from './reload.js';
import { riskCommand } from './risk.js';
import { replyHtml } from './send.js';
import { statusCommand } from './status.js';
import { sweepCommand } from './sweep.js';

/** One command: the menu (setMyCommands), /help and the handler all come from this entry. */
export interface CommandSpec {
  command: string;
  /** Shown in Telegram's command menu (≤ 256 chars). */
  description: string;
  /** Line in /help, e.g. `/predict SYMBOL [timeframe]`. */
  usage: string;
  /** Only ADMIN_USER_IDS may run it; it stays out of the public menu and out of /help for others. */
  admin?: boolean;
  /** It changes the chat's alerts: in a group only the group's admins may run it. */
  groupAdmins?: boolean;
  handler(deps: BotDeps): CommandMiddleware<Context>;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    command: 'start',
    description: 'What this bot does',
    usage: '/start',
    handler: (deps) => (ctx) => replyHtml(ctx, startText(isAdmin(deps.access, ctx))),
  },
  {
    command: 'help',
    description: 'List the commands',
    usage: '/help',
    handler: (deps) => (ctx) => replyHtml(ctx, helpText(isAdmin(deps.access, ctx))),
  },
  {
    command: 'predict',
    description: 'ML signal for a pair, e.g. /predict BTC 1h',
    usage: PREDICT_USAGE,
    handler: predictCommand,
  },
  {
    command: 'risk',
    description: 'Risk score 0–100 for a pair, e.g. /risk BTC',
    usage: '/risk SYMBOL',
    handler: riskCommand,
  },
  {
    command: 'status',
    description: "The bot's mood, the market and the policy's call",
    usage: '/status',
    handler: statusCommand,
  },
  {
    command: 'subscribe',
    description: 'Get an alert when a pair gives a signal, e.g. /subscribe BTC ETH 1h',
    usage: SUBSCRIBE_USAGE,
    groupAdmins: true,
    handler: subscribeCommand,
  },
  {
    command: 'unsubscribe',
    description: 'Stop alerts for pairs, or all of them',
    usage: UNSUBSCRIBE_USAGE,
    groupAdmins: true,
    handler: unsubscribeCommand,
  },
  {
    command: 'alerts',
    description: "This chat's alerts; mute or unmute signals, outcomes, the daily digest",
    usage: '/alerts',
    handler: alertsCommand,
  },
  {
    command: 'performance',
    description: 'How the alerts turned out: wins, stops, win rate vs break-even and P&L over 7, 30 and 90 days',
    usage: '/performance [TIMEFRAME]',
    handler: performanceCommand,
  },
  {
    command: 'model',
    description: 'The models that serve, with their walk-forward numbers',
    usage: '/model',
    handler: (deps) => (ctx) => replyHtml(ctx, formatModels(deps.models())),
  },
  {
    command: 'health',
    description: 'Uptime, exchange, candle cache and answer times',
    usage: '/health',
    handler: (deps) => async (ctx) => replyHtml(ctx, formatHealth(await deps.health())),
  },
  {
    command: 'reload',
    description: 'Re-read the models folder without a restart',
    usage: '/reload',
    admin: true,
    handler: reloadCommand,
  },
  {
    command: 'sweep',
    description: 'Run the alert sweep and the outcome job now',
    usage: '/sweep [TIMEFRAME]',
    admin: true,
    handler: sweepCommand,
  },
];

/** The command list; admin commands only for an admin. */
export function helpText(forAdmin: boolean): string {
  const lines = COMMANDS.filter((c) => forAdmin || !c.admin).map(
    (c) => `<code>${escapeHtml(c.usage)}</code> — ${escapeHtml(c.description)}`,
  );
  return [
    '<b>Commands</b>',
    ...lines,
    '',
    `Timeframes: ${TIMEFRAMES.join(', ')}. Symbols: BTC, ethusdt, SOL/USDT and so on.`,
  ].join('\n');
}

function startText(forAdmin: boolean): string {
  return [
    'Hi! I compute machine-learning trading signals for crypto pairs.',
    'Try <code>/predict BTC 1h</code>.',
    '<i>Paper-trading signals, not financial advice.</i>',
    '',
    helpText(forAdmin),
  ].join('\n');
}

/** One composer per command, in registry order, behind the admin checks its entry asks for. */
export function commandComposers(deps: BotDeps, chatAdmins: ChatAdmins): Composer<Context>[] {
  return COMMANDS.map((spec) => {
    const composer = new Composer<Context>();
    const guards = [
      ...(spec.admin ? [adminsOnly(deps.access)] : []),
      ...(spec.groupAdmins ? [groupAdminsOnly(chatAdmins, deps.access)] : []),
    ];
    composer.command(spec.command, ...guards, spec.handler(deps));
    return composer;
  });
}

/**
 * Publishes the command menu from the registry: the public commands for everyone, and every command in each
 * admin's private chat (whose id is the admin's user id), so admins find /reload and /sweep in their menu.
 */
export async function registerCommands(api: Api, adminUserIds: Iterable<number> = []): Promise<void> {
  const menuOf = (commands: readonly CommandSpec[]) => commands.map(({ command, description }) => ({ command, description }));
  await api.setMyCommands(menuOf(COMMANDS.filter((c) => !c.admin)));
  for (const admin of adminUserIds) {
    await api.setMyCommands(menuOf(COMMANDS), { scope: { type: 'chat', chat_id: admin } });
  }
}
