import { arrow, html, pathSymbol, percent, signedPercent } from './format.js';
import { locale, m } from './i18n.js';
import type { LiveEvent } from './types.js';

/** The frame every page shares: navigation, the live indicator, and the feed of events since the page opened. */
export function renderLayout(title: string): HTMLElement {
  const app = document.querySelector<HTMLElement>('#app')!;
  document.documentElement.lang = locale;
  document.title = `${title} · ${m.siteName}`;
  app.innerHTML = `
    <header class="top">
      <nav><a href="/">${m.navBoard}</a><a href="/performance">${m.navPerformance}</a></nav>
      <h1>${html(title)}</h1>
      <span id="live" class="live">${m.connecting}</span>
    </header>
    <ol id="feed" class="feed" aria-live="polite"></ol>
    <section id="content"><p class="muted">${m.loading}</p></section>
    <footer class="muted">${m.footer}</footer>`;
  return app.querySelector<HTMLElement>('#content')!;
}

// Plain text, no emoji: a machine without an emoji font (Debian's Chromium) would show empty boxes.
function eventText(event: LiveEvent): string {
  if (event.kind === 'alert') {
    return m.feedAlert(arrow(event.direction), m.direction[event.direction] ?? event.direction, `${event.symbol} · ${event.timeframe}`, percent(event.confidence));
  }
  if (event.kind === 'outcome') return m.feedOutcome(`${event.symbol} · ${event.timeframe}`, event.outcome, signedPercent(event.netReturn));
  return m.feedCandle(event.timeframe);
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
