#!/usr/bin/env node
// Writes schema/deployment-file.schema.json from src/inputs/deploy-settings.ts (the rules) and action.yml (the
// descriptions), and the keys table of docs/deployment-file.md between its markers. Run through tsx: `npm run schema`;
// `npm run schema -- --check` exits 1 when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from './run-action.mjs';
import { deploymentFileSchema, settingsTable } from '../src/inputs/deployment-schema.ts';

export const SCHEMA_PATH = 'schema/deployment-file.schema.json';
export const DOC_PATH = 'docs/deployment-file.md';
export const START = '<!-- deployment-file keys:start (generated from src/inputs/deploy-settings.ts by npm run schema) -->';
export const END = '<!-- deployment-file keys:end -->';

/** The docs page with its keys table regenerated. */
export function docText(text) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC_PATH} has no keys markers`);
  return `${text.slice(0, a)}${START}\n${settingsTable()}\n${text.slice(b)}`;
}

/** The schema's text: descriptions from the top-level action.yml, one line each. */
export function schemaText() {
  const inputs = actionYml('').inputs;
  const descriptions = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v.description ?? '').replace(/\s+/g, ' ').trim()]));
  return `${JSON.stringify(deploymentFileSchema(descriptions), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const schema = join(ROOT, SCHEMA_PATH);
  const doc = join(ROOT, DOC_PATH);
  const page = readFileSync(doc, 'utf8');
  if (process.argv.includes('--check')) {
    const stale = [readFileSync(schema, 'utf8') !== schemaText() && SCHEMA_PATH, docText(page) !== page && DOC_PATH].filter(Boolean);
    if (stale.length) {
      console.error(`${stale.join(', ')} out of date: run npm run schema`);
      process.exit(1);
    }
  } else {
    writeFileSync(schema, schemaText());
    writeFileSync(doc, docText(page));
  }
}
