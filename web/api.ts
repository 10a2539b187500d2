import { m } from './i18n.js';
import { apiToken } from './token.js';
import type { ErrorDetail } from './types.js';

/** An API answer that was not 2xx, with the server's stable code and its message for people. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** GET a JSON route of this server, with the bearer token when the tab has one. */
export async function getJson<T>(path: string): Promise<T> {
  const token = apiToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { error?: ErrorDetail } | null;
  throw new ApiFailure(response.status, body?.error?.code ?? 'internal', body?.error?.message ?? response.statusText);
}

/** The page's message for a failed load: a missing token gets instructions, anything else the server's words. */
export function failureText(error: unknown): string {
  if (error instanceof ApiFailure && error.code === 'unauthorized') {
    return m.needsToken;
  }
  return error instanceof Error ? error.message : String(error);
}
