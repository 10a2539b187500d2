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
import { languageCommand } from './language.js';
import { escapeHtml } from './html.js';
import { langFor, langOf, tOf } from './i18n/chatLocale.js';
import type { Translate } from './i18n/translator.js';
import { LOCALES } from '../app/locales.js';
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
  // Its description, in the menu (≤ 256 chars) and in /help, is `command-<command>` in each catalogue.
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
    usage: '/start',
    handler: (deps) => (ctx) => replyHtml(ctx, startText(isAdmin(deps.access, ctx), tOf(ctx))),
  },
  {
    command: 'help',
    usage: '/help',
    handler: (deps) => (ctx) => replyHtml(ctx, helpText(isAdmin(deps.access, ctx), tOf(ctx))),
  },
  {
    command: 'predict',
    usage: PREDICT_USAGE,
    handler: predictCommand,
  },
  {
    command: 'risk',
    usage: '/risk SYMBOL',
    handler: riskCommand,
  },
  {
    command: 'status',
    usage: '/status',
    handler: statusCommand,
  },
  {
    command: 'subscribe',
    usage: SUBSCRIBE_USAGE,
    groupAdmins: true,
    handler: subscribeCommand,
  },
  {
    command: 'unsubscribe',
    usage: UNSUBSCRIBE_USAGE,
    groupAdmins: true,
    handler: unsubscribeCommand,
  },
  {
    command: 'alerts',
    usage: '/alerts',
    handler: alertsCommand,
  },
  {
    command: 'language',
    usage: '/language',
    handler: languageCommand,
  },
  {
    command: 'performance',
    usage: '/performance [TIMEFRAME]',
    handler: performanceCommand,
  },
  {
    command: 'model',
    usage: '/model',
    handler: (deps) => (ctx) => replyHtml(ctx, formatModels(deps.models(), langOf(ctx))),
  },
  {
    command: 'health',
    usage: '/health',
    handler: (deps) => async (ctx) => replyHtml(ctx, formatHealth(await deps.health(), langOf(ctx))),
  },
  {
    command: 'reload',
    usage: '/reload',
    admin: true,
    handler: reloadCommand,
  },
  {
    command: 'sweep',
    usage: '/sweep [TIMEFRAME]',
    admin: true,
    handler: sweepCommand,
  },
];

/** The command list in the reader's language; admin commands only for an admin. */
export function helpText(forAdmin: boolean, t: Translate): string {
  const lines = COMMANDS.filter((c) => forAdmin || !c.admin).map(
    (c) => `<code>${escapeHtml(c.usage)}</code> — ${escapeHtml(t(`command-${c.command}`))}`,
  );
  return [`<b>${t('help-title')}</b>`, ...lines, '', t('help-footer', { timeframes: TIMEFRAMES.join(', ') })].join('\n');
}

function startText(forAdmin: boolean, t: Translate): string {
  return [t('start-greeting'), t('start-try'), t('start-disclaimer'), '', helpText(forAdmin, t)].join('\n');
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
 * Publishes the command menu from the registry in each language: English as the default menu, the others
 * for users whose app speaks them (`language_code`). The public commands go to everyone; every command goes
 * to each admin's private chat (whose id is the admin's user id), so admins find /reload and /sweep there.
 */
export async function registerCommands(api: Api, adminUserIds: Iterable<number> = []): Promise<void> {
  const admins = [...adminUserIds];
  for (const locale of LOCALES) {
    const { t } = langFor(locale);
    const menuOf = (commands: readonly CommandSpec[]) => commands.map(({ command }) => ({ command, description: t(`command-${command}`) }));
    const language = locale === 'en' ? {} : { language_code: locale };
    await api.setMyCommands(menuOf(COMMANDS.filter((c) => !c.admin)), language);
    for (const admin of admins) {
      await api.setMyCommands(menuOf(COMMANDS), { scope: { type: 'chat', chat_id: admin }, ...language });
    }
  }
}
