/**
 * The documentation as a reader follows it: README.md stays short, every
 * link between the repository's pages reaches a file and, with a #fragment,
 * a heading of it (anchors as GitHub makes them), every reference-style
 * link is defined, and the marketer guide's Meta error table lists only
 * codes the tag gives a fix hint for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { fixHint } from '../../template-src/delivery/error-hints';

const README_MAX_LINES = 250;

const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => 'docs/' + f),
];

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The page's lines outside fenced code blocks. */
function proseLines(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** The anchors GitHub gives the page's headings. */
function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const line of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) anchors.add(slugger.slug(heading[1].replace(/[`*]/g, '')));
  }
  return anchors;
}

/** Inline link targets and reference definitions, outside code. */
function linksOf(text: string): string[] {
  const prose = proseLines(text).map((line) => line.replace(/`[^`]*`/g, ''));
  const links: string[] = [];
  for (const line of prose) {
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) links.push(m[1]);
    const definition = /^\[[^\]]+\]:\s+(\S+)/.exec(line);
    if (definition) links.push(definition[1]);
  }
  return links;
}

describe('the documentation', () => {
  it(`README.md has at most ${README_MAX_LINES} lines`, () => {
    expect(read('README.md').trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  for (const page of PAGES) {
    it(`${page}: every link to a page of the repository reaches it, and its heading`, () => {
      const broken: string[] = [];
      for (const link of linksOf(read(page))) {
        if (/^[a-z]+:/i.test(link)) continue;
        const [file, fragment] = link.split('#');
        const target = file === '' ? page : path.posix.join(path.posix.dirname(page), file);
        if (!existsSync(path.join(ROOT, target))) {
          broken.push(link + ' (no file ' + target + ')');
        } else if (fragment !== undefined && !anchorsOf(read(target)).has(fragment)) {
          broken.push(link + ' (no heading #' + fragment + ' in ' + target + ')');
        }
      }
      expect(broken).toEqual([]);
    });

    it(`${page}: every reference-style link is defined`, () => {
      const prose = proseLines(read(page)).map((line) => line.replace(/`[^`]*`/g, ''));
      const defined = new Set(
        prose.map((line) => /^\[([^\]]+)\]:\s/.exec(line)?.[1]).filter((id) => id !== undefined),
      );
      const used = prose.flatMap((line) => [...line.matchAll(/\]\[([^\]]+)\]/g)].map((m) => m[1]));
      expect(used.filter((id) => !defined.has(id))).toEqual([]);
    });
  }

  it('the marketer guide lists only Meta error codes the tag gives a fix hint for', () => {
    const guide = read('docs/marketer-guide.md');
    const section = guide.slice(guide.indexOf('## Troubleshooting by Meta error code'));
    const rows = section
      .split('\n')
      .filter((line) => /^\| \d/.test(line))
      .map((line) => line.split('|')[1].trim());
    expect(rows.length).toBeGreaterThan(10);
    const unhinted: string[] = [];
    for (const cell of rows) {
      // "100 (2804050)", "102, 190", "3, 10, 200–299", "4, 17, 341, 613, HTTP 429"
      const subcode = /\((\d+)\)/.exec(cell)?.[1];
      const codes = cell
        .replace(/\(.*\)/, '')
        .replace(/HTTP \S+/g, '')
        .match(/\d+/g)!;
      for (const code of codes) {
        const error = { code: Number(code), subcode: subcode ? Number(subcode) : undefined };
        if (fixHint(error as Parameters<typeof fixHint>[0]) === undefined) unhinted.push(cell);
      }
    }
    expect(unhinted).toEqual([]);
  });
});
