import type { FastifyInstance } from 'fastify';
import type { Config } from '../app/config.js';
import type { Logger } from '../app/logger.js';
import { DOCS_PATH } from './openApi.js';

/** Starts serving on API_HOST:API_PORT (port 0: any free one) and logs where; resolves to the base URL. */
export async function listenHttp(
  server: FastifyInstance,
  { API_HOST, API_PORT }: Pick<Config, 'API_HOST'> & { API_PORT: number },
  log: Logger,
): Promise<string> {
  const url = await server.listen({ host: API_HOST, port: API_PORT });
  log.info({ url, docs: `${url}${DOCS_PATH}` }, `HTTP API listening on ${url}`);
  return url;
}
