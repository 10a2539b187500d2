import 'dotenv/config';
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createApp } from '../app/createApp.js';
import { registerCommands } from './commands.js';
import { ConfigError, loadConfig, type Config } from '../app/config.js';
import { runConsole } from './console.js';
import { CONSOLE_BOT_INFO } from './consoleTransport.js';
import { createBot } from './createBot.js';
import { botDeps } from './deps.js';
import { DeliveryWorker, deliveryApi } from './delivery/deliveryWorker.js';
import { adminNotice } from './adminNotice.js';
import { scheduleJobs } from '../app/jobs/scheduler.js';
import { SweepWatch } from '../app/jobs/sweepWatch.js';
import { createLogger, type Logger } from '../app/logger.js';
import { createHttpServer } from '../api/createHttpServer.js';
import { listenHttp } from '../api/listenHttp.js';
import { UNGUARDED_ROUTE } from '../api/routeGuards.js';
import { webhookHandler, webhookOf } from './webhook.js';

/**
 * Start-up: validate the config, build the app, start the HTTP API when API_PORT is set, then serve
 * Telegram or, without a token, the console.
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
  const token = config.TELEGRAM_BOT_TOKEN;
  // In console mode stdout is the conversation, so logs go to stderr.
  const log = createLogger({
    level: config.LOG_LEVEL,
    secrets: [token],
    destination: pino.destination(token ? 1 : 2),
  });
  const app = await createApp(config, log);
  const http = config.API_PORT === undefined ? null : await createHttpServer({ app, config, log });
  const listen = async () => {
    if (http) await listenHttp(http, { API_HOST: config.API_HOST, API_PORT: config.API_PORT! }, log);
  };
  const deps = botDeps(app.services, config);
  if (!token) {
    await listen();
    if (http) {
      onShutdown(log, async () => {
        await http.close();
        await app.close();
      });
    }
    await runConsole({ bot: createBot('console', deps, { botInfo: CONSOLE_BOT_INFO }) });
    if (http) {
      // Without stdin (a service, a container) the console ends at once; the API is what the process is for.
      log.info('console input ended; the HTTP API keeps serving until SIGINT or SIGTERM');
      return;
    }
    await app.close();
    return;
  }
  const bot = createBot(token, deps, { apiRoot: config.TELEGRAM_API_ROOT });
  await bot.init();
  await registerCommands(bot.api, config.ADMIN_USER_IDS).catch((error: unknown) => log.warn({ err: error }, 'setMyCommands failed'));
  const updates = await takeUpdates(bot, http, config, listen, log);
  const delivery = new DeliveryWorker({
    outbox: app.outbox,
    subscriptions: app.subscriptions,
    api: deliveryApi(token, config.TELEGRAM_API_ROOT),
    metrics: app.metrics,
    log,
  });
  delivery.start();
  const watch = new SweepWatch(adminNotice(bot.api, config.ADMIN_USER_IDS, log), log);
  const jobs = scheduleJobs({ jobs: app.jobs, watch, now: Date.now, digestHourUtc: config.DIGEST_HOUR_UTC, log });
  onShutdown(log, async () => {
    await updates.stop();
    await http?.close();
    await jobs.stop();
    await delivery.stop();
    await app.close();
  });
  // ccxt takes about a second to load: it loads once the bot polls, so start-up does not wait for it.
  await new Promise((resolve) => setImmediate(resolve));
  app.warmUp();
}

/**
 * How updates arrive: with TELEGRAM_WEBHOOK_URL, Telegram posts them to the HTTP server (the route is
 * added before it listens, then setWebhook); otherwise the runner long-polls, after deleteWebhook so a
 * webhook left from an earlier run does not block getUpdates. Stopping the runner ends polling; a webhook
 * stays set, so Telegram keeps the updates until the next start.
 */
async function takeUpdates(
  bot: Bot,
  http: FastifyInstance | null,
  config: Config,
  listen: () => Promise<void>,
  log: Logger,
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
  const runner = run(bot);
  log.info({ username: bot.botInfo.username }, 'bot is polling');
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const token = process.env.TELEGRAM_BOT_TOKEN;
  // This line bypasses the logger, so it redacts the token itself.
  console.error(`Start-up failed: ${token ? message.split(token).join('[redacted]') : message}`);
  process.exit(1);
});
