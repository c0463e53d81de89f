#!/usr/bin/env node
/**
 * npm run demo: the whole pipeline on a fresh clone, no cloud account. Starts the local simulator,
 * runs the bundled action (dist/index.js) as the GitHub runner would for a pull request, then again
 * for the same commit (the idempotent re-run), prints the outputs and the job summary, and stops.
 */
import { pullRequestEvent, runAction } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const rule = (title) => console.log(`\n${bold(`── ${title} `.padEnd(78, '─'))}`);

const inputs = {
  image: 'registry.acme.internal:5000/ml/fraud-model:v1.4.0',
  'model-package-group': 'fraud-detector',
  'registry-secret-arn': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-registry-AbCdEf',
  'registry-credentials-provider-arn': 'arn:aws:lambda:us-east-1:123456789012:function:sagemaker-registry-credentials',
  'model-data-url': 's3://acme-models/fraud/v1.4.0/model.tar.gz',
  environment: 'MODEL_SERVER_WORKERS=2',
  'content-types': 'application/json',
  'response-types': 'application/json',
  'realtime-instance-types': 'ml.m5.large, ml.c5.xlarge',
  metadata: 'team=risk',
  approval: 'auto'
};

async function step(title, sim, opts) {
  rule(title);
  const before = (await sim.requests()).length;
  const r = await runAction({ inputs, env: sim.env, event: pullRequestEvent(42), ...opts });
  process.stdout.write(r.stdout.replace(/^/gm, '  │ '));
  // The AWS SDK warns on Node 20 that it will need Node 22 from 2027; the runner's node24 does not print it.
  const stderr = r.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?show where the warning was created\)\n?/, '');
  if (stderr.trim()) process.stdout.write(stderr.replace(/^/gm, '  ! '));
  const calls = (await sim.requests()).slice(before).map((q) => `${q.operation}${q.error ? ` (${q.error})` : ''}`);
  console.log(`\n  exit code ${r.code}; AWS calls (${calls.length}): ${calls.join(', ')}`);
  console.log('  outputs:');
  for (const [k, v] of Object.entries(r.outputs)) console.log(`    ${k.padEnd(24)} ${v}`);
  console.log('  job summary:');
  console.log(r.summary.trimEnd().replace(/^/gm, '    '));
  if (r.code !== 0) throw new Error(`${title} failed`);
  return r;
}

const sim = await startSimProcess(['--package-delay-ms', '1500']);
try {
  console.log(`Simulator started: ${sim.env.SIM_URL} (SageMaker, ECR, Secrets Manager over AWS JSON 1.1)`);
  const first = await step('1. pull request #42: register the image', sim, {});
  const second = await step('2. the same commit again (re-run): nothing new is created', sim, { runAttempt: '2' });
  if (second.outputs['model-package-arn'] !== first.outputs['model-package-arn'] || second.outputs.created !== 'false') {
    throw new Error('the re-run did not return the same version');
  }
  rule('3. the PR comment (GitHub REST simulator), as it renders on pull request #42');
  const res = await fetch(`${sim.env.SIM_URL}/_sim/github/comments?owner=acme&repo=fraud-model&number=42`);
  const comments = await res.json();
  for (const c of comments) console.log(`  comment ${c.id} by ${c.user.login}:\n${c.body.trimEnd().replace(/^/gm, '    ')}`);
  rule('done');
  console.log(`  ${first.outputs['model-package-arn']} registered once; re-run returned it (created=${second.outputs.created}).`);
} finally {
  await sim.stop();
}
