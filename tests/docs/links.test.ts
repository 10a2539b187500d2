import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

const withoutCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '');

interface Link {
  page: string;
  /** The repository path the link points at. */
  file: string;
  /** The part after '#', if any. */
  anchor: string | undefined;
}

/** Relative links of a markdown page (external links and links inside the same page left out). */
function relativeLinks(page: string): Link[] {
  return [...withoutCode(readFileSync(page, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target))
    .map((target) => {
      const [path, anchor] = target.split('#');
      return { page, file: normalize(join(dirname(page), decodeURIComponent(path!))), anchor };
    });
}

/** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchors(page: string): Set<string> {
  return new Set(
    [...withoutCode(readFileSync(page, 'utf8')).matchAll(/^#+ (.+)$/gm)].map((match) =>
      match[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'),
    ),
  );
}

const show = ({ page, file, anchor }: Link) => `${page} → ${file}${anchor === undefined ? '' : `#${anchor}`}`;

describe('links in README.md and docs/', () => {
  const links = PAGES.flatMap(relativeLinks);

  it('are found at all (the parser reads the pages)', () => {
    expect(relativeLinks('README.md').length).toBeGreaterThan(5);
  });

  it('point at files that exist', () => {
    expect(links.filter((l) => !existsSync(l.file)).map(show)).toEqual([]);
  });

  it('point at headings that exist', () => {
    const broken = links.filter((l) => l.anchor !== undefined && l.file.endsWith('.md') && existsSync(l.file) && !anchors(l.file).has(l.anchor));
    expect(broken.map(show)).toEqual([]);
  });

  it('never send a reader outside the repository', () => {
    expect(links.filter((l) => l.file.startsWith('..')).map(show)).toEqual([]);
  });
});
