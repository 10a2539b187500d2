import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ERROR_CODE_NAMES } from '../../api/errorCodes.js';
import { registerRoutes } from '../../api/routes/routes.js';
import { useHttpApi } from '../support/httpApi.js';

const api = useHttpApi({ token: 'openapi-token-0123456789' });
const auth = { authorization: 'Bearer openapi-token-0123456789' };

type Operation = {
  parameters?: { name: string; in: string; schema?: unknown }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
};

/** Every `$ref` anywhere in the document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refs(v)));
}

/** Every route registerRoutes adds, as "GET /path/{param}": the list the document must match. */
function registeredRoutes(): string[] {
  const bare = Fastify();
  const routes: string[] = [];
  bare.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  registerRoutes(bare, api.testApp.app);
  return routes;
}

describe('the OpenAPI document', () => {
  it('a developer fetches /openapi.json and gets a valid OpenAPI 3.1 document listing every route with its schemas', async () => {
    const response = await api.get('/openapi.json', auth);
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });

    const documented = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(registeredRoutes().sort());
    expect(documented).toHaveLength(13);

    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const operation of Object.values(methods)) {
        const ok = operation.responses['200']?.content;
        expect(ok, `${path} 200`).toBeDefined();
        expect(Object.values(ok!)[0]?.schema, `${path} 200 schema`).toBeDefined();
        for (const p of operation.parameters ?? []) expect(p.schema, `${path} ${p.name}`).toBeDefined();
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(operation.parameters?.some((p) => p.in === 'path' && `{${p.name}}` === name), `${path} ${name}`).toBe(true);
        }
        expect(operation.responses['500'], `${path} 500`).toBeDefined();
      }
    }
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
    }
    expect(doc.components.schemas.ErrorDetail.properties.code.enum).toEqual(ERROR_CODE_NAMES);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/health'].get.security).toEqual([]);
  });

  it('documents the query of the batch route and the codes each route may answer', async () => {
    const doc = (await api.get('/openapi.json', auth)).json();
    const batch = doc.paths['/api/predictions'].get as Operation;
    expect(batch.parameters?.map((p) => `${p.in} ${p.name}`).sort()).toEqual(['query symbols', 'query timeframe']);
    const one = doc.paths['/api/predictions/{symbol}'].get as Operation & { responses: Record<string, { description: string }> };
    expect(Object.keys(one.responses).sort()).toEqual(['200', '400', '401', '404', '422', '429', '500', '503']);
    expect(one.responses['404']!.description).toContain('unknown_symbol');
  });

  it('a developer opens /api/docs and the Swagger UI loads from this server, not a CDN', async () => {
    const page = await api.get('/api/docs/', auth);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).not.toMatch(/^(https?:)?\/\//);
    const bundle = await api.get('/api/docs/static/swagger-ui-bundle.js', auth);
    expect(bundle.statusCode).toBe(200);
    const initializer = await api.get('/api/docs/static/swagger-initializer.js', auth);
    expect(initializer.body).toContain('/openapi.json');
  });
});
