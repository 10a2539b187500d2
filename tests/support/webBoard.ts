import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createHttpServer } from '../../api/createHttpServer.js';
import { startTestApp, type TestApp, type TestAppOptions } from './testApp.js';

/** Builds the board's bundle (esbuild, well under a second) so the test never serves a stale one. */
export function buildWebBundle(): void {
  execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface BoardServer {
  testApp: TestApp;
  /** http://127.0.0.1:<port> */
  url: string;
  /**
   * Stops the HTTP server and starts a new one on the same port over the same app, as a process restart
   * would. `closingMs`: for that long in between, the port answers 503, as a server that is shutting down does.
   */
  restart(options?: { closingMs?: number }): Promise<void>;
  close(): Promise<void>;
}

/** The real app behind the real HTTP server, listening on a free port for a browser. */
export async function startBoardServer(options: { app?: TestAppOptions; token?: string } = {}): Promise<BoardServer> {
  const testApp = await startTestApp(options.app);
  const serve = async (port: number) => {
    const server = await createHttpServer({
      app: testApp.app,
      config: { API_TOKEN: options.token, API_RATE_LIMIT_PER_MINUTE: 0 },
      log: pino({ level: 'silent' }),
    });
    return { server, url: await server.listen({ host: '127.0.0.1', port }) };
  };
  let current = await serve(0);
  const { url } = current;
  return {
    testApp,
    url,
    async restart({ closingMs = 0 } = {}) {
      const port = Number(new URL(url).port);
      await current.server.close();
      if (closingMs > 0) await answerUnavailable(port, closingMs);
      current = await serve(port);
    },
    async close() {
      await current.server.close();
      await testApp.close();
    },
  };
}

async function answerUnavailable(port: number, ms: number): Promise<void> {
  const closing = createServer((_request, response) => response.writeHead(503, { connection: 'close' }).end());
  await new Promise<void>((resolve) => closing.listen(port, '127.0.0.1', resolve));
  await sleep(ms);
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
}
