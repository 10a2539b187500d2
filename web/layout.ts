import { arrow, html, pathSymbol, percent, signedPercent } from './format.js';
import type { LiveEvent } from './types.js';

/** The frame every page shares: navigation, the live indicator, and the feed of events since the page opened. */
export function renderLayout(title: string): HTMLElement {
  const app = document.querySelector<HTMLElement>('#app')!;
  document.title = `${title} · Signals board`;
  app.innerHTML = `
    <header class="top">
      <nav><a href="/">Board</a><a href="/performance">Performance</a></nav>
      <h1>${html(title)}</h1>
      <span id="live" class="live">○ connecting</span>
    </header>
    <ol id="feed" class="feed" aria-live="polite"></ol>
    <section id="content"><p class="muted">Loading…</p></section>
    <footer class="muted">Paper trading only: signals, never orders.</footer>`;
  return app.querySelector<HTMLElement>('#content')!;
}

// Plain text, no emoji: a machine without an emoji font (Debian's Chromium) would show empty boxes.
function eventText(event: LiveEvent): string {
  if (event.kind === 'alert') {
    return `New alert ${arrow(event.direction)} ${event.direction} ${event.symbol} · ${event.timeframe} · ${percent(event.confidence)}`;
  }
  if (event.kind === 'outcome') return `Outcome ${event.symbol} · ${event.timeframe}: ${event.outcome} ${signedPercent(event.netReturn)}`;
  return `${event.timeframe} candle closed`;
}

const FEED_LENGTH = 8;

/** Puts an event at the top of the feed; alerts and outcomes link to their pair. */
export function showInFeed(event: LiveEvent): void {
  const feed = document.querySelector<HTMLElement>('#feed');
  if (!feed) return;
  const item = document.createElement('li');
  item.className = `event ${event.kind}`;
  const text = html(eventText(event));
  item.innerHTML = 'symbol' in event ? `<a href="/pair/${encodeURIComponent(pathSymbol(event.symbol))}?tf=${event.timeframe}">${text}</a>` : text;
  feed.prepend(item);
  while (feed.children.length > FEED_LENGTH) feed.lastElementChild!.remove();
}
