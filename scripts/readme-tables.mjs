#!/usr/bin/env node
// Writes the inputs and outputs reference of each action into its docs page, from its action.yml: the top-level
// action's into docs/register-and-deploy.md, each sub-action's into docs/<name>.md, between that page's markers.
// `node scripts/readme-tables.mjs --check` exits 1 (naming the pages) when a page is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from './run-action.mjs';

/** '' is the top-level action; the others are sub-action folders. */
export const ACTIONS = ['', 'promote', 'rollback', 'status', 'prune', 'approval-events', 'shadow', 'share'];

/** The docs page (relative to the repository) that holds an action's reference. */
export const page = (action = '') => `docs/${action || 'register-and-deploy'}.md`;

const source = (action) => (action ? `${action}/action.yml` : 'action.yml');
export const start = (action = '') => `<!-- ${action ? `${action}-` : ''}inputs:start (generated from ${source(action)} by scripts/readme-tables.mjs) -->`;
export const end = (action = '') => `<!-- ${action ? `${action}-` : ''}inputs:end -->`;

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** The inputs and outputs tables of one action, between its markers. */
export function tables(action = '') {
  const y = actionYml(action);
  const rows = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(y.inputs)) {
    const def = spec.required ? '**required**' : spec.default === '' ? '_(empty)_' : `\`${cell(spec.default)}\``;
    rows.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`);
  }
  rows.push('', '| Output | Description |', '|---|---|');
  for (const [name, spec] of Object.entries(y.outputs)) rows.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return `${start(action)}\n${rows.join('\n')}\n${end(action)}`;
}

/** The text of an action's page with its tables regenerated; throws when the page has no markers. */
export function updated(text, action = '') {
  const a = text.indexOf(start(action));
  const b = text.indexOf(end(action));
  if (a < 0 || b < a) throw new Error(`${page(action)} has no ${action || 'top-level'} inputs markers`);
  return text.slice(0, a) + tables(action) + text.slice(b + end(action).length);
}

/** The pages whose tables differ from what their action.yml generates. */
export function outdated(root = ROOT) {
  return ACTIONS.filter((action) => {
    const text = readFileSync(join(root, page(action)), 'utf8');
    return updated(text, action) !== text;
  }).map((action) => page(action));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const stale = outdated();
    if (stale.length) {
      console.error(`inputs/outputs tables out of date in ${stale.join(', ')}: run node scripts/readme-tables.mjs`);
      process.exit(1);
    }
  } else {
    for (const action of ACTIONS) {
      const path = join(ROOT, page(action));
      writeFileSync(path, updated(readFileSync(path, 'utf8'), action));
    }
  }
}
