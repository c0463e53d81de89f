#!/usr/bin/env node
// Writes the inputs and outputs tables of README.md from action.yml (between the inputs markers) and from each
// sub-action's action.yml (between the <name>-inputs markers).
// `node scripts/readme-tables.mjs --check` exits 1 when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from './run-action.mjs';

/** '' is the top-level action; the others are sub-action folders. */
export const ACTIONS = ['', 'promote', 'rollback', 'status', 'prune'];

const start = (action) =>
  action ? `<!-- ${action}-inputs:start (generated from ${action}/action.yml by scripts/readme-tables.mjs) -->` : '<!-- inputs:start (generated from action.yml by scripts/readme-tables.mjs) -->';
const end = (action) => (action ? `<!-- ${action}-inputs:end -->` : '<!-- inputs:end -->');

export function tables(action = '') {
  const y = actionYml(action);
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
  const rows = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(y.inputs)) {
    const def = spec.required ? '**required**' : spec.default === '' ? '_(empty)_' : `\`${cell(spec.default)}\``;
    rows.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`);
  }
  rows.push('', '| Output | Description |', '|---|---|');
  for (const [name, spec] of Object.entries(y.outputs)) rows.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return `${start(action)}\n${rows.join('\n')}\n${end(action)}`;
}

export function updated(readme) {
  let out = readme;
  for (const action of ACTIONS) {
    const a = out.indexOf(start(action));
    const b = out.indexOf(end(action));
    if (a < 0 || b < 0) throw new Error(`README.md has no ${action || 'top-level'} inputs markers`);
    out = out.slice(0, a) + tables(action) + out.slice(b + end(action).length);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const next = updated(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are out of date: run node scripts/readme-tables.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
  }
}
