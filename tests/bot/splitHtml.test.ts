import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../bot/html.js';
import { CAPTION_LIMIT, TEXT_LIMIT } from '../../bot/send.js';
import { splitHtml } from '../../bot/splitHtml.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';

/** Every part fits and parses on its own as Telegram HTML. */
function expectValidParts(parts: string[], limit: number, firstLimit = limit): void {
  parts.forEach((part, k) => {
    expect(part.length).toBeLessThanOrEqual(k === 0 ? firstLimit : limit);
    expect(parseTelegramHtml(part), part.slice(0, 200)).toMatchObject({ ok: true });
    expect(htmlToText(part).trim()).not.toBe('');
  });
}

/** What a reader sees across all parts, with the line breaks at the cuts put back. */
function readAcross(parts: string[]): string {
  return parts.map(htmlToText).join('\n');
}

describe('splitHtml', () => {
  it('returns text within the limit as it is', () => {
    const html = '<b>BTC</b>\n<i>short</i>';
    expect(splitHtml(html, TEXT_LIMIT)).toEqual([html]);
  });

  it('cuts a long text with nested <b><i> at line breaks and keeps every tag balanced', () => {
    const lines = Array.from({ length: 400 }, (_, k) => `line ${k}: <i>italic ${k}</i> and plain &amp; text`);
    const html = `<b>Heading\n<i>${lines.join('\n')}</i>\ntail of the bold</b>\nafter`;
    const parts = splitHtml(html, TEXT_LIMIT);

    expect(parts.length).toBeGreaterThan(2);
    expectValidParts(parts, TEXT_LIMIT);
    expect(readAcross(parts)).toBe(htmlToText(html));
    // The open <b><i> are closed at the end of a part and opened again, in order, at the start of the next.
    expect(parts[0]).toMatch(/<\/i><\/b>$/);
    expect(parts[1]).toMatch(/^<b><i>line \d+:/);
    expect(parts.at(-1)).toMatch(/tail of the bold<\/b>\nafter$/);
  });

  it('reopens a <pre><code> block with its language on the next part', () => {
    const code = Array.from({ length: 300 }, (_, k) => `const value${k} = ${k} &lt; limit;`).join('\n');
    const html = `Code follows:\n<pre><code class="language-ts">${code}</code></pre>\nDone.`;
    const parts = splitHtml(html, 2000);

    expectValidParts(parts, 2000);
    expect(readAcross(parts)).toBe(htmlToText(html));
    for (const part of parts.slice(1, -1)) {
      expect(part).toMatch(/^<pre><code class="language-ts">const value\d+/);
      expect(part).toMatch(/<\/code><\/pre>$/);
    }
  });

  it('reopens a link with its address', () => {
    const html = `<a href="https://example.com/?a=1&amp;b=2">${'word '.repeat(60)}\n${'more '.repeat(60)}</a>`;
    const parts = splitHtml(html, 400);
    expectValidParts(parts, 400);
    expect(parts[1]).toMatch(/^<a href="https:\/\/example\.com\/\?a=1&amp;b=2">more/);
  });

  it('cuts a line longer than the limit at a space, and a word longer than the limit anywhere but inside an entity or emoji', () => {
    const words = Array.from({ length: 300 }, (_, k) => `w${k}`).join(' ');
    const byWords = splitHtml(`<b>${words}</b>`, 500);
    expectValidParts(byWords, 500);
    expect(byWords.map(htmlToText).join(' ')).toBe(words);
    expect(byWords.every((p) => /^<b>w\d+/.test(p))).toBe(true);

    const blob = '🟢&amp;x'.repeat(400);
    const pieces = splitHtml(blob, 300);
    expectValidParts(pieces, 300);
    expect(pieces.map(htmlToText).join('')).toBe(htmlToText(blob));
  });

  it('fits a caption into 1,024 characters and the rest into messages of 4,096', () => {
    const html = `<b>Chart</b>\n${Array.from({ length: 200 }, (_, k) => `level ${k}: <code>${k * 10}</code>`).join('\n')}`;
    const parts = splitHtml(html, TEXT_LIMIT, CAPTION_LIMIT);
    expectValidParts(parts, TEXT_LIMIT, CAPTION_LIMIT);
    expect(parts[0]!.length).toBeGreaterThan(CAPTION_LIMIT - 40);
    expect(parts[1]!.length).toBeGreaterThan(CAPTION_LIMIT);
    expect(readAcross(parts)).toBe(htmlToText(html));
  });

  it('drops blank lines at a cut, so no part is empty', () => {
    const html = Array.from({ length: 50 }, (_, k) => `paragraph ${k} ${'x'.repeat(80)}`).join('\n\n\n');
    const parts = splitHtml(html, 300);
    expectValidParts(parts, 300);
    expect(parts.every((p) => !p.startsWith('\n'))).toBe(true);
  });
});
