import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../app/config.js';
import type { Logger } from '../app/logger.js';
import { requireBearerToken } from './bearerAuth.js';
import { answerErrorsAsJson } from './errorHandler.js';
import { serveEventStream } from './eventStream.js';
import { serveOpenApi } from './openApi.js';
import { limitRequestRate } from './rateLimit.js';
import { recordRequestTimes } from './requestMetrics.js';
import type { RouteDeps } from './routes/deps.js';
import { registerRoutes } from './routes/routes.js';
import { SHARED_SCHEMAS } from './schemas/shared.js';
import { serveWebBoard } from './webBoard.js';

export interface HttpServerOptions {
  app: RouteDeps;
  config: Pick<Config, 'API_TOKEN' | 'API_RATE_LIMIT_PER_MINUTE'>;
  log: Logger;
}

/**
 * The HTTP door, every route registered but not listening yet: the caller may add routes (the Telegram
 * webhook, with `config: UNGUARDED_ROUTE` to skip the token and the rate limit) and then `listen`.
 */
export async function createHttpServer({ app, config, log }: HttpServerOptions): Promise<FastifyInstance> {
  const server = Fastify({
    // pino's Logger is a FastifyBaseLogger; the cast keeps the instance's type the plain FastifyInstance.
    loggerInstance: log.child({ door: 'http' }) as FastifyBaseLogger,
    // One line per failed request comes from the error handler; successful ones are counted in /metrics.
    logController: new LogController({ disableRequestLogging: true }),
    // An unknown query parameter is an error that names the known ones, not silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
  });
  for (const schema of SHARED_SCHEMAS) server.addSchema(schema);
  recordRequestTimes(server, app.metrics);
  const perMinute = config.API_RATE_LIMIT_PER_MINUTE;
  if (perMinute > 0) await limitRequestRate(server, perMinute);
  answerErrorsAsJson(server, perMinute > 0 ? { preHandler: server.rateLimit() } : {});
  if (config.API_TOKEN) requireBearerToken(server, config.API_TOKEN);
  await serveOpenApi(server, { bearer: config.API_TOKEN !== undefined });
  registerRoutes(server, app);
  serveEventStream(server, app.events);
  serveWebBoard(server);
  return server;
}
