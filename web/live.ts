import { m } from './i18n.js';
import { apiToken } from './token.js';
import type { LiveEvent } from './types.js';

const KINDS: LiveEvent['kind'][] = ['alert', 'outcome', 'candle'];
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * Listens to the server's event stream; the indicator in the header says whether the page is live.
 * EventSource retries a dropped stream by itself but gives up for good when a retry gets an HTTP error,
 * which is what a server answers while it shuts down (503), so a closed source is reopened here, with
 * a growing pause.
 */
export function listenLive(onEvent: (event: LiveEvent) => void): void {
  const token = apiToken();
  const url = `/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const indicator = document.querySelector<HTMLElement>('#live');
  const show = (live: boolean) => {
    if (!indicator) return;
    indicator.textContent = live ? m.live : m.reconnecting;
    indicator.className = live ? 'live on' : 'live';
  };
  let retryMs = FIRST_RETRY_MS;
  const connect = () => {
    const source = new EventSource(url);
    source.addEventListener('open', () => {
      retryMs = FIRST_RETRY_MS;
      show(true);
    });
    source.addEventListener('error', () => {
      show(false);
      if (source.readyState !== EventSource.CLOSED) return;
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    });
    for (const kind of KINDS) {
      source.addEventListener(kind, (message) => onEvent(JSON.parse((message as MessageEvent<string>).data) as LiveEvent));
    }
  };
  connect();
}
