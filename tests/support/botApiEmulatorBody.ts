import type { IncomingMessage } from 'node:http';

/** An uploaded file from a multipart request. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export interface RequestBody {
  fields: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

/** Fields that form-encoded and multipart requests carry as JSON strings. */
const JSON_FIELDS = new Set([
  'reply_markup', 'commands', 'allowed_updates', 'entities', 'caption_entities', 'scope', 'link_preview_options',
  'reply_parameters', 'media',
]);
const NUMBER_FIELDS = new Set(['chat_id', 'message_id', 'offset', 'limit', 'timeout', 'cache_time', 'message_thread_id']);
const BOOLEAN_FIELDS = new Set([
  'show_alert', 'disable_notification', 'protect_content', 'drop_pending_updates', 'has_spoiler',
]);

/** Like the Bot API: parameters from the query string and from a JSON, form-urlencoded or multipart body. */
export async function readRequestBody(req: IncomingMessage, url: URL): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  const fields: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  const addText = (key: string, value: string) => {
    fields[key] = coerce(key, value);
  };
  url.searchParams.forEach((value, key) => addText(key, value));

  if (raw.length === 0) return { fields, files };
  if (type.startsWith('application/json')) {
    Object.assign(fields, JSON.parse(raw.toString('utf8')) as Record<string, unknown>);
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    new URLSearchParams(raw.toString('utf8')).forEach((value, key) => addText(key, value));
  } else if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
    if (!boundary) throw new Error('multipart request without a boundary');
    for (const part of multipartParts(raw, boundary)) {
      if (part.filename !== undefined) files.set(part.name, { filename: part.filename, data: part.data });
      else addText(part.name, part.data.toString('utf8'));
    }
  }
  return { fields, files };
}

function coerce(key: string, value: string): unknown {
  if (JSON_FIELDS.has(key)) return JSON.parse(value) as unknown;
  if (NUMBER_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (BOOLEAN_FIELDS.has(key)) return value === 'true';
  return value;
}

interface Part {
  name: string;
  filename: string | undefined;
  data: Buffer;
}

function multipartParts(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const headerStart = start + delimiter.length;
    if (raw.subarray(headerStart, headerStart + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, headerStart);
    if (next < 0) break;
    const headerEnd = raw.indexOf('\r\n\r\n', headerStart);
    const headers = raw.subarray(headerStart, headerEnd).toString('utf8');
    const name = /[;\s]name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    // The body ends before the CRLF that precedes the next delimiter.
    if (name !== undefined && headerEnd >= 0) parts.push({ name, filename, data: raw.subarray(headerEnd + 4, next - 2) });
    start = next;
  }
  return parts;
}
