import type { Update } from 'grammy/types';
import { ApiError } from './botApiEmulatorMethods.js';

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;
const WEBHOOK_PORTS = new Set(['443', '80', '88', '8443']);
/** How long Telegram waits before it posts an update again after a failed attempt (shortened for tests). */
const RETRY_MS = 200;

export interface Webhook {
  url: string;
  secretToken: string | undefined;
}

/** setWebhook's checks, with Telegram's own answers: an https URL on an allowed port, a well-formed secret. */
export function parseWebhook(fields: Record<string, unknown>): Webhook | null {
  const url = String(fields.url ?? '');
  if (url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ApiError(400, 'Bad Request: bad webhook: Failed to resolve host: Name or service not known');
  }
  if (parsed.protocol !== 'https:') throw new ApiError(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
  if (!WEBHOOK_PORTS.has(parsed.port || '443')) {
    throw new ApiError(400, 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
  }
  const secret = fields.secret_token === undefined ? undefined : String(fields.secret_token);
  if (secret !== undefined && !SECRET_TOKEN.test(secret)) {
    throw new ApiError(400, 'Bad Request: secret token contains unallowed characters');
  }
  return { url, secretToken: secret };
}

/**
 * Posts updates to the webhook one at a time, in order, as Telegram does: an update is confirmed by a 2xx
 * answer and posted again after a pause otherwise. Public URLs reach local servers through `routes`, the
 * way a TLS-terminating proxy forwards https://bot.example.com to 127.0.0.1:PORT in production.
 */
export class WebhookSender {
  readonly routes = new Map<string, string>();
  lastError: string | undefined;
  private sending = false;

  constructor(
    private readonly next: () => Update | undefined,
    private readonly confirm: (update: Update) => void,
    private readonly current: () => Webhook | null,
  ) {}

  /** Starts posting whatever is pending, unless a post is already under way. */
  pump(): void {
    if (this.sending) return;
    this.sending = true;
    void this.drain().finally(() => {
      this.sending = false;
    });
  }

  private async drain(): Promise<void> {
    for (let webhook = this.current(), update = this.next(); webhook && update; webhook = this.current(), update = this.next()) {
      if (await this.post(webhook, update)) this.confirm(update);
      else await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  private async post(webhook: Webhook, update: Update): Promise<boolean> {
    const url = new URL(webhook.url);
    const local = this.routes.get(url.origin);
    if (!local) {
      this.lastError = `no route to ${url.origin}`;
      return false;
    }
    try {
      const response = await fetch(`${local}${url.pathname}${url.search}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(webhook.secretToken === undefined ? {} : { 'x-telegram-bot-api-secret-token': webhook.secretToken }),
        },
        body: JSON.stringify(update),
      });
      await response.arrayBuffer();
      if (response.ok) return true;
      this.lastError = `Wrong response from the webhook: ${response.status} ${response.statusText}`;
    } catch (error) {
      this.lastError = `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    return false;
  }
}
