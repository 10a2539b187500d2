import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AppEvents } from '../app/events.js';
import { object, string } from './schemas/jsonSchema.js';

export const EVENTS_PATH = '/api/events';
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;
/** How long the browser waits before reconnecting after the stream drops (a restart). */
const RECONNECT_MS = 1_000;

/**
 * Server-Sent Events: every AppEvent as `event: <kind>` with its JSON, to each open page. The token may
 * come as `?token=` because EventSource cannot send headers. Streams are ended before the server closes,
 * so close() does not wait on them; the browser reconnects by itself.
 */
export function serveEventStream(server: FastifyInstance, events: AppEvents): void {
  const open = new Set<ServerResponse>();
  server.addHook('preClose', async () => {
    for (const stream of open) stream.end();
  });
  server.get(EVENTS_PATH, {
    config: { tokenInQuery: true },
    schema: { hide: true, querystring: object({ token: string() }, { optional: ['token'] }) },
    handler: (request, reply) => {
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      stream.write(`retry: ${RECONNECT_MS}\n\n`);
      const unsubscribe = events.subscribe((event) => {
        stream.write(`event: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      open.add(stream);
      request.raw.once('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
        open.delete(stream);
      });
    },
  });
}
