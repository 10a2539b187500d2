/**
 * Splits Telegram HTML into parts that each fit a length limit and each parse on their own: a part ends
 * at a line break when it can (else at a space, else anywhere outside a tag or entity), tags still open
 * there are closed at its end and opened again, with their attributes, at the start of the next part.
 * Lengths are counted on the HTML source, which is never shorter than the text Telegram counts.
 */

interface OpenTag {
  name: string;
  /** The opening tag as written, e.g. `<a href="…">`. */
  source: string;
}

type Atom =
  | { kind: 'open'; text: string; name: string }
  | { kind: 'close'; text: string; name: string }
  | { kind: 'newline' | 'space' | 'text'; text: string };

/** Tags, entities, line breaks, spaces and single characters (code points, so no surrogate pair is cut). */
const ATOM = /<\/?[a-zA-Z][a-zA-Z0-9-]*[^>]*>|&(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|\n| |[^]/gu;

function atoms(html: string): Atom[] {
  return Array.from(html.matchAll(ATOM), ([text]): Atom => {
    if (text === '\n') return { kind: 'newline', text };
    if (text === ' ') return { kind: 'space', text };
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(text);
    if (!tag) return { kind: 'text', text };
    const name = tag[2]!.toLowerCase();
    return tag[1] ? { kind: 'close', text, name } : { kind: 'open', text, name };
  });
}

function apply(stack: readonly OpenTag[], atom: Atom): readonly OpenTag[] {
  if (atom.kind === 'open') return [...stack, { name: atom.name, source: atom.text }];
  if (atom.kind !== 'close') return stack;
  const index = stack.map((t) => t.name).lastIndexOf(atom.name);
  return index < 0 ? stack : stack.slice(0, index);
}

const opening = (stack: readonly OpenTag[]) => stack.map((t) => t.source).join('');
const closing = (stack: readonly OpenTag[]) => [...stack].reverse().map((t) => `</${t.name}>`).join('');

interface Cut {
  /** Atoms before `end` go into the part; the next part starts at `resume`. */
  end: number;
  resume: number;
  stack: readonly OpenTag[];
}

/**
 * Parts of at most `limit` characters (`firstLimit` for the first, e.g. a photo caption followed by
 * messages). Text within the limit comes back as it is. Blank lines at a cut are dropped.
 */
export function splitHtml(html: string, limit: number, firstLimit = limit): string[] {
  if (html.length <= firstLimit) return [html];
  const list = atoms(html);
  const parts: string[] = [];
  let start = 0;
  let startStack: readonly OpenTag[] = [];
  while (start < list.length) {
    while (list[start]?.kind === 'newline' || list[start]?.kind === 'space') start++;
    if (start >= list.length) break;
    const max = parts.length === 0 ? firstLimit : limit;
    let stack = startStack;
    let length = opening(startStack).length;
    let lineCut: Cut | undefined;
    let spaceCut: Cut | undefined;
    let i = start;
    for (; i < list.length; i++) {
      const atom = list[i]!;
      if (i > start && atom.kind === 'newline') lineCut = { end: i, resume: i + 1, stack };
      if (i > start && atom.kind === 'space') spaceCut = { end: i, resume: i + 1, stack };
      const next = apply(stack, atom);
      if (length + atom.text.length + closing(next).length > max) break;
      stack = next;
      length += atom.text.length;
    }
    const cut: Cut = i === list.length ? { end: i, resume: i, stack } : (lineCut ?? spaceCut ?? { end: i, resume: i, stack });
    if (cut.end === start) throw new Error(`cannot split HTML into parts of ${max} characters: its tags alone are longer`);
    const body = list.slice(start, cut.end).map((a) => a.text).join('');
    parts.push(opening(startStack) + body + closing(cut.stack));
    start = cut.resume;
    startStack = cut.stack;
  }
  return parts;
}
