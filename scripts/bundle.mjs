#!/usr/bin/env node
// Builds the one bundle every action shares (dist/index.js, from src/index.ts) and the sub-actions' entries:
// dist/<command>.js only imports ./index.js, which picks the command from the entry file's name.
// `node scripts/bundle.mjs [outDir] [extra ncc flags]` (default dist). The bundle is built beside the output
// folder and moved into place only when the build succeeded, so a failed build leaves the old bundle as it was.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export const COMMANDS = ['promote', 'rollback', 'status', 'prune', 'approval-events', 'shadow', 'share'];

export function entryFile(command) {
  return `// ${command}/action.yml runs this file; src/index.ts runs the ${command} command for it.\nimport './index.js';\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...flags] = process.argv.slice(2);
  const out = resolve(ROOT, dir ?? 'dist');
  const staging = `${out}.building-${process.pid}`;
  const ncc = join(ROOT, 'node_modules/.bin/ncc');
  try {
    execFileSync(ncc, ['build', 'src/index.ts', '-o', staging, '-m', '--source-map', '--no-source-map-register', '--license', 'licenses.txt', ...flags], { cwd: ROOT, stdio: 'inherit' });
    for (const command of COMMANDS) writeFileSync(join(staging, `${command}.js`), entryFile(command));
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`bundle failed; ${dir ?? 'dist'} is unchanged: ${err.message.split('\n')[0]}`);
    process.exit(1);
  }
}
