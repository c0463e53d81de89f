#!/usr/bin/env node
// Writes the inputs and outputs tables of README.md from action.yml (between the inputs markers).
// `node scripts/readme-tables.mjs --check` exits 1 when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from './run-action.mjs';

const START = '<!-- inputs:start (generated from action.yml by scripts/readme-tables.mjs) -->';
const END = '<!-- inputs:end -->';

export function tables() {
  const y = actionYml();
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
  const rows = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(y.inputs)) {
    const def = spec.required ? '**required**' : spec.default === '' ? '_(empty)_' : `\`${cell(spec.default)}\``;
    rows.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`);
  }
  rows.push('', '| Output | Description |', '|---|---|');
  for (const [name, spec] of Object.entries(y.outputs)) rows.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return `${START}\n${rows.join('\n')}\n${END}`;
}

export function updated(readme) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README.md has no inputs markers');
  return readme.slice(0, a) + tables() + readme.slice(b + END.length);
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
