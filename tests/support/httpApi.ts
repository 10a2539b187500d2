import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createHttpServer } from '../../api/createHttpServer.js';
import { startTestApp, type TestApp, type TestAppOptions } from './testApp.js';

export interface HttpApiOptions {
  app?: TestAppOptions;
  /** API_TOKEN; default none. */
  token?: string;
  /** API_RATE_LIMIT_PER_MINUTE; default 0 (off), so a file's many requests are never throttled. */
  ratePerMinute?: number;
}

/** The real app behind the real HTTP server, asked through Fastify's inject (no socket). */
export interface HttpApi {
  testApp: TestApp;
  server: FastifyInstance;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startHttpApi(options: HttpApiOptions = {}): Promise<HttpApi> {
  const testApp = await startTestApp(options.app);
  const server = await createHttpServer({
    app: testApp.app,
    config: { API_TOKEN: options.token, API_RATE_LIMIT_PER_MINUTE: options.ratePerMinute ?? 0 },
    log: pino({ level: 'silent' }),
  });
  return {
    testApp,
    server,
    get: (url, headers = {}) => server.inject({ method: 'GET', url, headers }),
    async close() {
      await server.close();
      await testApp.close();
    },
  };
}

/** One HttpApi for a test file: started before its tests, closed after them. */
export function useHttpApi(options: HttpApiOptions | (() => Promise<HttpApiOptions>) = {}): HttpApi {
  let api: HttpApi | undefined;
  beforeAll(async () => {
    api = await startHttpApi(typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await api?.close();
  });
  const started = () => {
    if (!api) throw new Error('the HTTP API has not started');
    return api;
  };
  return {
    get testApp() {
      return started().testApp;
    },
    get server() {
      return started().server;
    },
    get: (url, headers) => started().get(url, headers),
    close: () => started().close(),
  };
}
