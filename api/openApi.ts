import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/api/docs';

const DESCRIPTION = [
  'ML trading signals for crypto pairs: the same predictions, risk scores and status as the Telegram bot.',
  'Paper trading only: nothing here places orders. Errors are `{ "error": { "code", "message" } }` with a stable `code`.',
  'See docs/http-api.md in the repository.',
].join(' ');

/**
 * The OpenAPI 3.1 document, built from the routes' schemas (register this before the routes), served at
 * /openapi.json, and the Swagger UI at /api/docs from the assets in @fastify/swagger-ui (no CDN).
 */
export async function serveOpenApi(server: FastifyInstance, { bearer }: { bearer: boolean }): Promise<void> {
  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Signals bot HTTP API', version: '1', description: DESCRIPTION },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API_TOKEN' } } },
      ...(bearer && { security: [{ bearer: [] }] }),
    },
    // Shared schemas keep their $id as their component name (Prediction, RiskReport, ...).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await server.register(swaggerUi, { routePrefix: DOCS_PATH, uiConfig: { url: OPENAPI_PATH } });
  server.get(OPENAPI_PATH, { schema: { hide: true } }, async () => server.swagger());
}
