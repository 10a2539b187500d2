/** HTML parse mode helpers: every piece of text that is not ours goes through `escapeHtml`. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** How much of what a user typed we ever repeat back. */
export const MAX_ECHO_CHARS = 30;

/** User input quoted back to them: at most MAX_ECHO_CHARS characters, then "…", HTML-escaped. */
export function echoInput(input: string, max = MAX_ECHO_CHARS): string {
  const chars = Array.from(input.replace(/\s+/g, ' ').trim());
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
  return escapeHtml(shown);
}

const UNESCAPES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What a Telegram client shows for an HTML message: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_, name: string) => {
      const lower = name.toLowerCase();
      if (!lower.startsWith('#')) return UNESCAPES[lower] ?? '';
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}
