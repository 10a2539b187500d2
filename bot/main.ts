import 'dotenv/config';
import { run } from '@grammyjs/runner';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createApp, type App } from '../app/createApp.js';
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
  const http = await startHttpApi(app, config, log);
  const deps = botDeps(app.services, config);
  if (!token) {
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
  const runner = run(bot);
  log.info({ username: bot.botInfo.username }, 'bot is polling');
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
    await http?.close();
    await jobs.stop();
    if (runner.isRunning()) await runner.stop();
    await delivery.stop();
    await app.close();
  });
  // ccxt takes about a second to load: it loads once the bot polls, so start-up does not wait for it.
  await new Promise((resolve) => setImmediate(resolve));
  app.warmUp();
}

/** The HTTP API listening on API_HOST:API_PORT, or null when API_PORT is unset. */
async function startHttpApi(app: App, config: Config, log: Logger): Promise<FastifyInstance | null> {
  if (config.API_PORT === undefined) return null;
  const server = await createHttpServer({ app, config, log });
  await listenHttp(server, { API_HOST: config.API_HOST, API_PORT: config.API_PORT }, log);
  return server;
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
