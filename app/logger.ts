import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Every secret given is replaced in the final line, whatever field or error message
 * carries it: path-based redaction alone would miss a token inside a URL in an error.
 */
export function createLogger(options: { level: string; secrets?: (string | undefined)[]; destination?: pino.DestinationStream }): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => Boolean(s));
  return pino(
    {
      level: options.level,
      hooks: {
        streamWrite: (line) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), line),
      },
    },
    options.destination ?? pino.destination(1),
  );
}
