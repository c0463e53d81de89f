import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** README.md and every Markdown page of docs/, as paths relative to the repository root. */
export function docPages(root: string): string[] {
  return ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

/** The YAML code blocks of a page, in order. */
export function yamlBlocks(root: string, page: string): string[] {
  return [...readFileSync(join(root, page), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
