/**
 * Which guards a route passes: by default every route needs the bearer token (when API_TOKEN is set) and
 * counts against the client's rate limit. A route opts out in its `config`.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: answers without the bearer token (health; a route that checks its own secret). */
    auth?: boolean;
    /** true: the token may come as `?token=` too, for the browser's EventSource, which cannot set headers. */
    tokenInQuery?: boolean;
  }
}

/**
 * The config of a route that guards itself, such as the Telegram webhook (it checks Telegram's secret
 * token and must never be throttled): `server.post(path, { config: UNGUARDED_ROUTE }, handler)`.
 */
export const UNGUARDED_ROUTE = { auth: false, rateLimit: false } as const;

/** The config of a route anyone may call (health probes): no token, still rate limited. */
export const PUBLIC_ROUTE = { auth: false } as const;
