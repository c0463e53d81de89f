/**
 * Files named by inputs stay inside the workspace: the file may come from a pull request's checkout, so a
 * symbolic link to /proc/self/environ (or `../`) would otherwise send the job's environment to the model.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../../../src/errors.js';
import { readConfig } from '../../../src/inputs/inputs.js';
import { readPayload } from '../../../src/inputs/operate.js';
import { readWorkspaceFile, readWorkspaceFileIfExists, relativeSegments, workspaceRoot } from '../../../src/inputs/workspace-path.js';

let root: string;
let ws: string;
const MAX = 64;
const opts = () => ({ workspace: ws, maxBytes: MAX, limit: 'the test limit' });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'workspace-path-'));
  ws = join(root, 'ws');
  mkdirSync(join(ws, 'tests'), { recursive: true });
  writeFileSync(join(ws, 'tests', 'smoke.json'), '{"x":1}');
  writeFileSync(join(root, 'outside.json'), '{"secret":1}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The InputError `f` throws, for its input, value and rule. */
function refusal(f: () => unknown): InputError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readWorkspaceFile', () => {
  test('a relative path to a regular file inside the workspace is read', () => {
    expect(readWorkspaceFile('f', 'tests/smoke.json', opts()).toString()).toBe('{"x":1}');
    expect(readWorkspaceFile('f', './tests//smoke.json', opts()).toString()).toBe('{"x":1}');
  });

  test('the workspace itself may sit behind a symbolic link (only links inside it are refused)', () => {
    symlinkSync(ws, join(root, 'ws-link'));
    expect(readWorkspaceFile('f', 'tests/smoke.json', { ...opts(), workspace: join(root, 'ws-link') }).toString()).toBe('{"x":1}');
  });

  test.each([
    ['an absolute path', () => join(ws, 'tests', 'smoke.json'), 'not an absolute path'],
    ['/proc/self/environ itself', () => '/proc/self/environ', 'not an absolute path'],
    ['a Windows absolute path', () => 'C:\\secrets\\x.json', 'not an absolute path'],
    ['a UNC path', () => '\\\\server\\share\\x.json', 'not an absolute path'],
    ['a .. segment out of the workspace', () => '../outside.json', "'..' segment"],
    ['a .. segment that would come back inside', () => 'tests/../tests/smoke.json', "'..' segment"],
    ['a .. segment with backslashes', () => 'tests\\..\\..\\outside.json', "'..' segment"],
    ['a NUL character', () => 'tests/smoke.json\0.txt', 'NUL character']
  ])('refused: %s', (_what, value, rule) => {
    const err = refusal(() => readWorkspaceFile('smoke-payload', value(), opts()));
    expect(err.input).toBe('smoke-payload');
    expect(err.rule).toContain(rule);
    expect(err.message).toContain(JSON.stringify(value()));
    expect(err.message).not.toContain('\n');
  });

  test('refused: a symbolic link to /proc/self/environ (the job environment, with its tokens)', () => {
    symlinkSync('/proc/self/environ', join(ws, 'tests', 'smoke-link.json'));
    const err = refusal(() => readWorkspaceFile('smoke-payload', 'tests/smoke-link.json', opts()));
    expect(err.rule).toBe("must not go through a symbolic link ('tests/smoke-link.json' is one): the file has to be inside the workspace");
  });

  test('refused: a symbolic link to a file inside the workspace (a link is never followed)', () => {
    symlinkSync('smoke.json', join(ws, 'tests', 'alias.json'));
    expect(refusal(() => readWorkspaceFile('f', 'tests/alias.json', opts())).rule).toContain("'tests/alias.json' is one");
  });

  test('refused: a symbolically linked directory component, even when the file it leads to is a regular file', () => {
    symlinkSync(root, join(ws, 'data'));
    const err = refusal(() => readWorkspaceFile('smoke-payload', 'data/outside.json', opts()));
    expect(err.rule).toContain("'data' is one");
  });

  test('refused: a directory, the workspace itself', () => {
    expect(refusal(() => readWorkspaceFile('f', 'tests', opts())).rule).toBe('must name a regular file in the workspace');
    expect(refusal(() => readWorkspaceFile('f', '.', opts())).rule).toBe('must name a regular file in the workspace');
  });

  test('refused: a file over the size bound; a file at the bound is read', () => {
    writeFileSync(join(ws, 'big.bin'), Buffer.alloc(MAX + 1));
    writeFileSync(join(ws, 'edge.bin'), Buffer.alloc(MAX));
    expect(refusal(() => readWorkspaceFile('f', 'big.bin', opts())).rule).toBe(`is a file over ${MAX} bytes, the test limit`);
    expect(readWorkspaceFile('f', 'edge.bin', opts())).toHaveLength(MAX);
    expect(refusal(() => readWorkspaceFile('f', 'big.bin', { workspace: ws, maxBytes: 32 })).rule).toBe('is a file over 32 bytes');
  });

  test('a missing file: an error from readWorkspaceFile, undefined from readWorkspaceFileIfExists', () => {
    expect(refusal(() => readWorkspaceFile('f', 'tests/none.json', opts())).rule).toContain('does not exist in the workspace');
    expect(readWorkspaceFileIfExists('f', 'tests/none.json', opts())).toBeUndefined();
    expect(readWorkspaceFileIfExists('f', 'tests/smoke.json/x', opts())).toBeUndefined();
  });

  test('the rules that need no file apply before anything is looked up', () => {
    expect(() => relativeSegments('f', '/etc/passwd')).toThrow(InputError);
    expect(relativeSegments('f', './a//b/./c')).toEqual(['a', 'b', 'c']);
    expect(workspaceRoot('/w')).toBe('/w');
    expect(workspaceRoot('')).toBe(process.cwd());
  });
});

describe('smoke-payload', () => {
  test('inline text stays inline; a workspace file is read', () => {
    expect(readPayload('{"x":1}', ws).toString()).toBe('{"x":1}');
    expect(readPayload('plain text body', ws).toString()).toBe('plain text body');
    expect(readPayload('tests/smoke.json', ws).toString()).toBe('{"x":1}');
  });

  test('a symbolic link to /proc/self/environ is refused while the inputs are read, before any AWS call', () => {
    symlinkSync('/proc/self/environ', join(ws, 'tests', 'smoke-request.json'));
    const yml = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
    const defaults = Object.fromEntries(Object.entries(yml.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
    const inputs: Record<string, string> = {
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:v1',
      'model-package-group': 'fraud',
      'endpoint-name': 'fraud-prod',
      'execution-role-arn': 'arn:aws:iam::123456789012:role/sm',
      'smoke-payload': 'tests/smoke-request.json'
    };
    const saved = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = ws;
    try {
      const err = refusal(() => readConfig((name) => inputs[name] ?? defaults[name] ?? '', {}));
      expect(err.message).toBe(
        `Input 'smoke-payload': "tests/smoke-request.json" must not go through a symbolic link ('tests/smoke-request.json' is one): the file has to be inside the workspace`
      );
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = saved;
    }
  });

  test.each(['/proc/self/environ', '../outside.json'])('%s is refused, not sent as text', (value) => {
    expect(() => readPayload(value, ws)).toThrow(InputError);
  });

  test('a file over 6 MB is refused with the InvokeEndpoint limit', () => {
    writeFileSync(join(ws, 'huge.json'), Buffer.alloc(6 * 1024 * 1024 + 1));
    expect(() => readPayload('huge.json', ws)).toThrow(`Input 'smoke-payload': "huge.json" is a file over 6 MB, the InvokeEndpoint limit`);
  });
});
