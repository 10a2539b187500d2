import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../app/config.js';
import { createApp } from '../app/createApp.js';
import { createHttpServer } from './createHttpServer.js';
import { OPENAPI_PATH } from './openApi.js';

/**
 * The JSON /openapi.json serves, built in-process over the real app with the product's defaults. Only the
 * routes' schemas go into it, so no market is asked and nothing listens; the app's database is a temp file.
 */
export async function openApiDocument(): Promise<string> {
  const log = pino({ level: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'openapi-'));
  const app = await createApp({ ...loadConfig({}), DATA_DIR: dataDir }, log);
  try {
    const server = await createHttpServer({ app, config: { API_TOKEN: undefined, API_RATE_LIMIT_PER_MINUTE: 0 }, log });
    try {
      const response = await server.inject({ method: 'GET', url: OPENAPI_PATH });
      if (response.statusCode !== 200) throw new Error(`${OPENAPI_PATH} answered ${response.statusCode}: ${response.body}`);
      return response.body;
    } finally {
      await server.close();
    }
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
