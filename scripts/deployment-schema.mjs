#!/usr/bin/env node
// Writes schema/deployment-file.schema.json from src/inputs/deploy-settings.ts (the rules) and action.yml (the
// descriptions). Run through tsx: `npm run schema`; `npm run schema -- --check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from './run-action.mjs';
import { deploymentFileSchema } from '../src/inputs/deployment-schema.ts';

export const SCHEMA_PATH = 'schema/deployment-file.schema.json';

/** The schema's text: descriptions from the top-level action.yml, one line each. */
export function schemaText() {
  const inputs = actionYml('').inputs;
  const descriptions = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v.description ?? '').replace(/\s+/g, ' ').trim()]));
  return `${JSON.stringify(deploymentFileSchema(descriptions), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(ROOT, SCHEMA_PATH);
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== schemaText()) {
      console.error(`${SCHEMA_PATH} is out of date: run npm run schema`);
      process.exit(1);
    }
  } else writeFileSync(path, schemaText());
}
