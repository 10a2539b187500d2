import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { TIMEFRAMES } from '../market/timeframes.js';
import { ApiError } from './apiError.js';
import { PUBLIC_ROUTE } from './routeGuards.js';

/** Where `npm run build:web` writes the bundle (gitignored). */
export const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

/** The board's pages; one bundle renders each by its path. */
export const PAGE_PATHS = ['/', '/pair/:symbol', '/performance'] as const;

const ASSETS: Record<string, string> = {
  'main.js': 'text/javascript; charset=utf-8',
  'main.css': 'text/css; charset=utf-8',
};

// The timeframes come from market/timeframes.ts through the page, so the browser never re-types the list.
const shell = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signals board</title>
<link rel="stylesheet" href="/web/main.css">
</head>
<body data-timeframes="${TIMEFRAMES.join(',')}">
<main id="app"><p class="muted">Loading…</p></main>
<script type="module" src="/web/main.js"></script>
</body>
</html>
`;

/**
 * The web board: the page shell at each page path and the esbuild bundle under /web/. They hold code and
 * no data, so they are public; every data route they call (/api/*, the event stream) needs the token.
 */
export function serveWebBoard(server: FastifyInstance): void {
  for (const path of PAGE_PATHS) {
    server.get(path, { config: PUBLIC_ROUTE, schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(shell),
    );
  }
  server.get<{ Params: { file: string } }>('/web/:file', { config: PUBLIC_ROUTE, schema: { hide: true } }, async (request, reply) => {
    const type = ASSETS[request.params.file];
    if (!type) throw new ApiError('not_found', `No file ${request.params.file} in the board's bundle.`);
    const body = await readFile(join(WEB_DIST, request.params.file)).catch(() => {
      throw new ApiError('internal', 'The board is not built: run npm run build:web.');
    });
    return reply.type(type).header('cache-control', 'no-cache').send(body);
  });
}
