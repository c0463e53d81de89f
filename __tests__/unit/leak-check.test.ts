import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, strings, vacuous } from '../helpers/leak-check.mjs';

const run = (stdout: string, more: { summary?: string; outputs?: Record<string, string>; stderr?: string } = {}) => ({
  stdout,
  stderr: more.stderr ?? '',
  outputs: more.outputs ?? {},
  summary: more.summary ?? ''
});

function folder(secrets: string[], files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'leak-'));
  if (secrets.length) writeFileSync(join(dir, 'secret-1.txt'), secrets.join('\n'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('the suite-wide no-credential check', () => {
  test('finds a declared value anywhere but in mask lines', () => {
    const dir = folder(['hunter2-pass', 'TOKEN-abc'], { 'run-a.json': run('::add-mask::hunter2-pass\nall good') });
    expect(check(dir)).toMatchObject({ runs: 1, secrets: 2, leaks: [] });
    writeFileSync(join(dir, 'run-b.json'), JSON.stringify(run('ok', { summary: 'the token TOKEN-abc leaked' })));
    expect(check(dir).leaks).toEqual(['run-b.json: TOK…']);
  });

  test('scans raw values: a password with a quote or a backslash is found in an output (JSON escaping would hide it)', () => {
    for (const secret of ['pa"ss-w0rd', 'back\\slash-pw']) {
      const dir = folder([secret], { 'run-a.json': run('fine', { outputs: { 'model-package-arn': `arn:${secret}` } }) });
      expect(check(dir).leaks).toEqual(['run-a.json: ' + secret.slice(0, 3) + '…']);
    }
  });

  test('a value escaped inside a workflow command (%25) is found', () => {
    const dir = folder(['50%off-pw'], { 'run-a.json': run('::warning::bad 50%25off-pw%0Anext line') });
    expect(check(dir).leaks).toHaveLength(1);
  });

  test('every request the simulator logged is scanned, PR comment bodies included', () => {
    const comment = { seq: 3, service: 'github', operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', request: { body: '| Secret | `s3cr3t-Value` |' } };
    const aws = { seq: 1, service: 'sagemaker', operation: 'CreateModelPackage', request: { CustomerMetadataProperties: { note: 'clean' } } };
    const dir = folder(['s3cr3t-Value'], { 'run-a.json': run('ok'), 'sim-1.jsonl': `${JSON.stringify(aws)}\n${JSON.stringify(comment)}\n` });
    expect(check(dir)).toMatchObject({ simLogs: 1, leaks: ['sim-1.jsonl: s3c…'] });
  });

  test('strings() walks keys and nested values', () => {
    expect(strings({ a: ['x', { b: 'y' }], c: 1, d: null })).toEqual(['a', 'x', 'b', 'y', 'c', 'd']);
  });

  test('runs started but none captured, or no credential to look for, is a failure; no runs at all is not', () => {
    expect(vacuous({ requested: 0, runs: 0, secrets: 0 })).toBeUndefined();
    expect(vacuous({ requested: 3, runs: 0, secrets: 3 })).toBe('3 action runs were started but none was captured');
    expect(vacuous({ requested: 3, runs: 3, secrets: 0 })).toBe('3 action runs were captured but no credential value was declared to look for');
    expect(vacuous({ requested: 3, runs: 3, secrets: 1 })).toBeUndefined();
    const dir = folder([], { 'requested-1': '', 'requested-2': '' });
    expect(vacuous(check(dir))).toBe('2 action runs were started but none was captured');
  });
});
