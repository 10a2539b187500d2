import { m } from './i18n.js';
import { apiToken } from './token.js';
import type { LiveEvent } from './types.js';

const KINDS: LiveEvent['kind'][] = ['alert', 'outcome', 'candle'];

/**
 * Listens to the server's event stream. EventSource reconnects by itself after a drop (a server restart);
 * the indicator in the header says whether the page is live.
 */
export function listenLive(onEvent: (event: LiveEvent) => void): void {
  const token = apiToken();
  const source = new EventSource(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  const indicator = document.querySelector<HTMLElement>('#live');
  const show = (live: boolean) => {
    if (!indicator) return;
    indicator.textContent = live ? m.live : m.reconnecting;
    indicator.className = live ? 'live on' : 'live';
  };
  source.addEventListener('open', () => show(true));
  source.addEventListener('error', () => show(false));
  for (const kind of KINDS) {
    source.addEventListener(kind, (message) => onEvent(JSON.parse((message as MessageEvent<string>).data) as LiveEvent));
  }
}
