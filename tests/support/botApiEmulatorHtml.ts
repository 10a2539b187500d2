/**
 * Telegram's HTML parse mode, checked the way the real server does where it matters to us: unknown
 * or unbalanced tags are refused with "can't parse entities", and the length limits apply to the text
 * that remains after parsing.
 */

const SUPPORTED_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'a', 'tg-spoiler', 'span',
  'blockquote', 'tg-emoji',
]);

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type HtmlParse = { ok: true; text: string } | { ok: false; error: string };

const byteOffset = (html: string, index: number) => Buffer.byteLength(html.slice(0, index));

export function parseTelegramHtml(html: string): HtmlParse {
  const open: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const char = html[i] ?? '';
    if (char === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { ok: false, error: `Can't find end of the tag starting at byte offset ${byteOffset(html, i)}` };
      const tag = /^(\/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^]*)?$/.exec(html.slice(i + 1, end));
      const name = tag?.[2]?.toLowerCase();
      if (!tag || name === undefined) {
        return { ok: false, error: `Unsupported start tag at byte offset ${byteOffset(html, i)}` };
      }
      if (tag[1] === '/') {
        const expected = open.pop();
        if (expected !== name) {
          const where = `at byte offset ${byteOffset(html, i)}`;
          return { ok: false, error: `Unmatched end tag ${where}, expected "</${expected ?? ''}>", found "</${name}>"` };
        }
      } else {
        if (!SUPPORTED_TAGS.has(name)) {
          return { ok: false, error: `Unsupported start tag "${name}" at byte offset ${byteOffset(html, i)}` };
        }
        if (name === 'span' && !/class\s*=\s*"tg-spoiler"/.test(tag[3] ?? '')) {
          return { ok: false, error: `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(html, i)}` };
        }
        open.push(name);
      }
      i = end + 1;
    } else if (char === '&') {
      const entity = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      const decoded = entity?.[1] === undefined ? undefined : decodeEntity(entity[1]);
      text += decoded ?? '&';
      i += decoded === undefined || entity === null ? 1 : entity[0].length;
    } else {
      text += char;
      i++;
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) return { ok: false, error: `Can't find end tag corresponding to start tag "${unclosed}"` };
  return { ok: true, text };
}

function decodeEntity(name: string): string | undefined {
  if (!name.startsWith('#')) return NAMED_ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
