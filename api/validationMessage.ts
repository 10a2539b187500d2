import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';

type Part = 'querystring' | 'params' | 'body' | 'headers';

const PART_NAMES: Record<Part, string> = { querystring: 'query parameter', params: 'path parameter', body: 'body field', headers: 'header' };

/** The properties a route's schema names for one part of the request. */
function allowed(request: FastifyRequest, part: Part): string[] {
  const schema = request.routeOptions.schema?.[part] as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

/**
 * A schema failure as one sentence that says what to send: "unknown query parameter tf; this route takes
 * timeframe, symbols" or "query parameter limit must be <= 500".
 */
export function validationMessage(request: FastifyRequest, part: Part, errors: readonly FastifySchemaValidationError[]): string {
  const [first] = errors;
  const name = PART_NAMES[part];
  if (!first) return `The ${name}s are malformed.`;
  if (first.keyword === 'additionalProperties') {
    const takes = allowed(request, part);
    const extra = String((first.params as { additionalProperty?: unknown }).additionalProperty);
    return `Unknown ${name} "${extra}"; this route takes ${takes.length ? takes.join(', ') : `no ${name}s`}.`;
  }
  const field = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  return `${field ? `${name[0]!.toUpperCase()}${name.slice(1)} ${field}` : `The ${name}s`} ${first.message ?? 'are malformed'}.`;
}
