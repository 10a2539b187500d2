import 'dotenv/config';
import type { FastifyInstance } from 'fastify';
import type { Bot } from 'grammy';
import { createHttpServer } from '../api/createHttpServer.js';
import { listenHttp } from '../api/listenHttp.js';
import { UNGUARDED_ROUTE } from '../api/routeGuards.js';
import { ConfigError, loadConfig, type Config } from '../app/config.js';
import { createApp } from '../app/createApp.js';
import { scheduleJobs, type ScheduledJobs } from '../app/jobs/scheduler.js';
import { SweepWatch } from '../app/jobs/sweepWatch.js';
import type { Logger } from '../app/logger.js';
import { adminNotice } from './adminNotice.js';
import { registerCommands } from './commands.js';
import { runConsole } from './console.js';
import { CONSOLE_BOT_INFO } from './consoleTransport.js';
import { createBot } from './createBot.js';
import { DeliveryWorker, deliveryApi } from './delivery/deliveryWorker.js';
import { botDeps } from './deps.js';
import { processLogger } from './processLogger.js';
import { startPolling } from './polling.js';
import { handleShutdown } from './shutdown.js';
import { webhookHandler, webhookOf } from './webhook.js';

/**
 * Start-up: validate the config, build the app, start the HTTP API when API_PORT is set, then serve
 * Telegram or, without a token, the console. Every way out goes through handleShutdown.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const log = processLogger(config);
  const app = await createApp(config, log);
  const http = config.API_PORT === undefined ? null : await createHttpServer({ app, config, log });
  const listen = async () => {
    if (http) await listenHttp(http, { API_HOST: config.API_HOST, API_PORT: config.API_PORT! }, log);
  };
  const deps = botDeps(app.services, config);
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    const shutdown = handleShutdown(log, { drain: async () => void (await http?.close()), release: () => app.close() });
    await listen();
    await runConsole({ bot: createBot('console', deps, { botInfo: CONSOLE_BOT_INFO }) });
    // Without stdin (a service, a container) the console ends at once; then the API is what the process is for.
    if (http) log.info('console input ended; the HTTP API keeps serving until SIGINT or SIGTERM');
    else shutdown.now('console input ended', 0);
    return;
  }
  // What has started so far: a signal during start-up stops just that.
  const running: { updates?: { stop(): Promise<void> }; jobs?: ScheduledJobs; delivery?: DeliveryWorker } = {};
  const shutdown = handleShutdown(log, {
    async drain() {
      await running.updates?.stop();
      await http?.close();
      await running.jobs?.stop();
      await running.delivery?.stop();
    },
    release: () => app.close(),
  });
  const bot = createBot(token, deps, { apiRoot: config.TELEGRAM_API_ROOT });
  await bot.init();
  await registerCommands(bot.api, config.ADMIN_USER_IDS).catch((error: unknown) => log.warn({ err: error }, 'setMyCommands failed'));
  const delivery = new DeliveryWorker({
    outbox: app.outbox,
    subscriptions: app.subscriptions,
    api: deliveryApi(token, config.TELEGRAM_API_ROOT),
    metrics: app.metrics,
    log,
  });
  const watch = new SweepWatch(adminNotice(bot.api, config.ADMIN_USER_IDS, log), log);
  running.jobs = scheduleJobs({ jobs: app.jobs, watch, now: Date.now, digestHourUtc: config.DIGEST_HOUR_UTC, log });
  running.updates = await takeUpdates(bot, http, config, listen, log, (reason) => {
    log.error(reason);
    shutdown.now('polling ended', 1);
  });
  running.delivery = delivery;
  delivery.start();
  // ccxt takes about a second to load: it loads once the bot takes updates, so start-up does not wait for it.
  await new Promise((resolve) => setImmediate(resolve));
  app.warmUp();
}

/**
 * How updates arrive: with TELEGRAM_WEBHOOK_URL, Telegram posts them to the HTTP server (the route is
 * added before it listens, then setWebhook); otherwise the runner long-polls, after deleteWebhook so a
 * webhook left from an earlier run does not block getUpdates. Stopping ends polling and waits for the
 * handlers in flight; a webhook stays set, so Telegram keeps the updates until the next start.
 */
async function takeUpdates(
  bot: Bot,
  http: FastifyInstance | null,
  config: Config,
  listen: () => Promise<void>,
  log: Logger,
  onPollingEnded: (reason: string) => void,
): Promise<{ stop(): Promise<void> }> {
  if (config.TELEGRAM_WEBHOOK_URL && http) {
    const webhook = webhookOf(config.TELEGRAM_WEBHOOK_URL, config.TELEGRAM_WEBHOOK_SECRET);
    http.post(webhook.path, { config: UNGUARDED_ROUTE }, webhookHandler(bot, webhook));
    await listen();
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
    log.info({ username: bot.botInfo.username, path: webhook.path }, 'bot takes updates through its webhook');
    return { stop: async () => undefined };
  }
  await listen();
  await bot.api.deleteWebhook();
  return startPolling(bot, log, onPollingEnded);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const secrets = [process.env.TELEGRAM_BOT_TOKEN, process.env.API_TOKEN, process.env.TELEGRAM_WEBHOOK_SECRET].filter((s): s is string => Boolean(s));
  // This line bypasses the logger, so it redacts the secrets itself.
  console.error(`Start-up failed: ${secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), message)}`);
  process.exit(1);
});
