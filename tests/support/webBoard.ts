import { execFileSync } from 'node:child_process';
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
  /** Stops the HTTP server and starts a new one on the same port over the same app, as a process restart would. */
  restart(): Promise<void>;
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
    async restart() {
      await current.server.close();
      current = await serve(Number(new URL(url).port));
    },
    async close() {
      await current.server.close();
      await testApp.close();
    },
  };
}
