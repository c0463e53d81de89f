/**
 * Every relative link in README.md and docs/*.md resolves: to a file or folder of this repository, and when it names
 * an anchor in a Markdown page, to a heading of that page (slugged as GitHub does, with github-slugger).
 */
import { describe, expect, test } from '@jest/globals';
import GithubSlugger from 'github-slugger';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/action-runner.js';
import { docPages } from '../helpers/doc-pages.js';

const PAGES = docPages(ROOT);

/** The page's text outside fenced code blocks. */
const outsideBlocks = (text: string) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
/** ... and outside code spans (a `[x](y)` inside code is not a link). */
const prose = (text: string) => outsideBlocks(text).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '``');

/** Relative link targets of a page: inline links and images, not URLs with a scheme nor mailto. */
export function links(text: string): string[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** The anchors GitHub gives the headings of a Markdown page. */
export function anchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = [...outsideBlocks(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]!);
  // GitHub slugs the rendered text: no Markdown link syntax or emphasis marks.
  return new Set(headings.map((h) => slugger.slug(h.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1'))));
}

/** What is wrong with one link of a page, or '' when it resolves. */
function broken(page: string, target: string): string {
  const [path = '', anchor] = target.split('#', 2);
  const file = path ? join(dirname(join(ROOT, page)), decodeURIComponent(path)) : join(ROOT, page);
  if (!file.startsWith(ROOT)) return `${target}: outside the repository`;
  if (!existsSync(file)) return `${target}: no such file (${relative(ROOT, file)})`;
  if (!anchor || statSync(file).isDirectory() || !file.endsWith('.md')) return '';
  return anchors(readFileSync(file, 'utf8')).has(anchor) ? '' : `${target}: no heading with anchor #${anchor} in ${relative(ROOT, file)}`;
}

describe.each(PAGES)('%s', (page) => {
  const text = readFileSync(join(ROOT, page), 'utf8');

  test('every relative link resolves to a file, and its anchor to a heading', () => {
    expect(PAGES.length).toBeGreaterThan(5);
    expect(links(text).map((t) => broken(page, t)).filter(Boolean)).toEqual([]);
  });
});

test('the README links every page of docs/, and every docs page links back to the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const linked = new Set(links(readme).map((t) => t.split('#')[0]));
  expect(PAGES.filter((p) => p !== 'README.md' && !linked.has(p))).toEqual([]);
  const older = ['docs/ARCHITECTURE.md', 'docs/threat-model.md'];
  for (const page of PAGES.filter((p) => p.startsWith('docs/') && !older.includes(p))) expect(links(readFileSync(join(ROOT, page), 'utf8'))).toContainEqual(expect.stringMatching(/^\.\.\/README\.md/));
});

test('the check can fail: a missing file, a missing anchor and a link outside the repository are reported', () => {
  expect(broken('README.md', 'docs/no-such-page.md')).toMatch(/no such file/);
  expect(broken('README.md', 'docs/iam.md#no-such-heading')).toMatch(/no heading with anchor #no-such-heading in docs\/iam\.md/);
  expect(broken('docs/iam.md', '../../elsewhere.md')).toMatch(/outside the repository/);
  expect(broken('docs/iam.md', '../README.md#quick-start-three-adoption-paths')).toBe('');
  expect(links('[a](b.md) [c](https://x.y) ![d](e.png) `[h](i.md)`\n```\n[f](g.md)\n```\n')).toEqual(['b.md', 'e.png']);
  expect([...anchors('# A `b`: c/d\n## A `b`: c/d\n### [Link](x.md) **bold**')]).toEqual(['a-b-cd', 'a-b-cd-1', 'link-bold']);
});
