import { Composer, type CommandMiddleware, type Context } from 'grammy';
import type { BotDeps } from '../deps.js';
import { groupAdminsOnly, type ChatAdmins } from '../groupAdmins.js';
import { langOf, type Lang } from '../i18n/chatLocale.js';
import { editInPlace } from '../predict.js';
import { replyHtml } from '../send.js';
import type { AlertDeps } from '../../app/alertDeps.js';
import { ALERTS_CALLBACK, KIND_LABELS, alertsView, parseMuteData } from './alertsView.js';
import { alertRarityLines } from './formatAlertRarity.js';

/** `/alerts`: the chat's subscriptions and mute buttons. */
export function alertsCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const { html, keyboard } = chatAlertsView(deps.alerts, ctx.chat.id, langOf(ctx));
    await replyHtml(ctx, html, { reply_markup: keyboard });
  };
}

/** The mute buttons under /alerts (a group's admins only): store the choice, redraw the message, and always answer the press. */
export function alertsButtons(deps: BotDeps, chatAdmins: ChatAdmins): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(ALERTS_CALLBACK, groupAdminsOnly(chatAdmins, deps.access), async (ctx) => {
    const lang = langOf(ctx);
    const choice = parseMuteData(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    if (!choice || chatId === undefined) {
      await ctx.answerCallbackQuery({ text: lang.t('alerts-button-outdated') });
      return;
    }
    deps.alerts.subscriptions.setMuted(chatId, choice.kind, choice.muted);
    const { html, keyboard } = chatAlertsView(deps.alerts, chatId, lang);
    await editInPlace(ctx, html, keyboard);
    await ctx.answerCallbackQuery({ text: lang.t(choice.muted ? 'alerts-muted-now' : 'alerts-on-again', { kind: lang.t(KIND_LABELS[choice.kind]) }) });
  });
  return composer;
}

function chatAlertsView(alerts: AlertDeps, chatId: number, lang: Lang): ReturnType<typeof alertsView> {
  const list = alerts.subscriptions.list(chatId);
  const rarity = alertRarityLines(list.map((s) => s.timeframe), (t) => alerts.alertRarity(t), lang);
  return alertsView(list, alerts.subscriptions.mutes(chatId), rarity, lang);
}
