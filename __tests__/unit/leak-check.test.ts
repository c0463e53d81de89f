import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../helpers/leak-check.mjs';

test('the suite-wide check finds a declared value anywhere but in mask lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leak-'));
  writeFileSync(join(dir, 'secret-1.txt'), 'hunter2-pass\nTOKEN-abc');
  const run = (stdout: string, summary = '') => ({ stdout, stderr: '', outputs: {}, summary });
  writeFileSync(join(dir, 'run-a.json'), JSON.stringify(run('::add-mask::hunter2-pass\nall good')));
  expect(check(dir)).toEqual({ runs: 1, secrets: 2, leaks: [] });
  writeFileSync(join(dir, 'run-b.json'), JSON.stringify(run('ok', 'the token TOKEN-abc leaked')));
  expect(check(dir).leaks).toEqual(['run-b.json: TOK…']);
});
