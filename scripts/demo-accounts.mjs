/**
 * npm run demo -- --accounts [--verbose] [--keep]: the multi-account story of docs/multi-account.md against the
 * simulator, with the bundled actions run as the GitHub runner would. Each run's account is its credentials alone, as
 * on AWS: the access key ID `AKIA<12-digit account>XMPL` selects the account. The registry account 111122223333 holds
 * the group and the image; share/ grants the staging and production accounts (a re-run changes nothing); a pull
 * request registers in the registry account; a promote with the production account's credentials deploys the
 * registry account's version into a production endpoint of the production account, the approval landing in the
 * registry account through its role (registry-role-arn); an outsider account is refused, naming the account and the
 * permission; a version approved in SageMaker raises its event in the registry account, where approval-events/ sends the
 * repository_dispatch that deploys it with production's credentials; status is read from each stage account. Every line is checked against the run's outputs or the
 * simulator's state, as in the single-account demo.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateModelPackageGroupCommand, DescribeEndpointCommand, DescribeModelPackageCommand, SageMakerClient, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { bold, dim, expect, expectOutputs, printExplore, short, StoryError, v } from './demo-report.mjs';
import { calls, createStory } from './demo-story.mjs';
import { describeRuntime, pullRequestEvent, pushEvent } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const ACCOUNT = { registry: '111122223333', staging: '222233334444', production: '333344445555', outsider: '444455556666' };
/** The access key ID that selects an account (configure-aws-credentials would export the role's keys). */
const keyOf = (who) => `AKIA${ACCOUNT[who]}XMPL`;
const GROUP = 'fraud-detector';
const GROUP_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT.registry}:model-package-group/${GROUP}`;
const REGISTRY_ROLE = `arn:aws:iam::${ACCOUNT.registry}:role/sagemaker-registry-promoter`;
/** Staging's role in the registry account: the stage record only (its IAM policy denies approvals: docs/multi-account.md). */
const STAGER_ROLE = `arn:aws:iam::${ACCOUNT.registry}:role/sagemaker-registry-stager`;
const REPOSITORY = 'ml/fraud-model';
const IMAGE = `${ACCOUNT.registry}.dkr.ecr.us-east-1.amazonaws.com/${REPOSITORY}`;
const DIGEST = `sha256:${'4d'.repeat(32)}`;
const HEAD = 'a'.repeat(40);
const NEXT = 'b'.repeat(40);
const PRODUCTION = { 'endpoint-name': 'fraud-prod', stage: 'production', 'execution-role-arn': `arn:aws:iam::${ACCOUNT.production}:role/sagemaker-execution`, 'poll-interval': '1' };
const STAGING = { 'endpoint-name': 'fraud-staging', stage: 'staging', 'deploy-approval': 'approved, pending', 'execution-role-arn': `arn:aws:iam::${ACCOUNT.staging}:role/sagemaker-execution`, 'poll-interval': '1' };
const WORKFLOW_TOKEN = 'ghs_demoWorkflowToken0000000000';
const DISPATCH_TOKEN = 'github_pat_11DEMO0000000dispatchToken';

export async function accountsDemo({ verbose, keep }) {
  const keptState = keep ? join(mkdtempSync(join(tmpdir(), 'sagemaker-demo-accounts-')), 'state.json') : undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'sagemaker-demo-accounts-workspace-'));
  const sim = await startSimProcess(['--speed', '40', ...(keptState ? ['--state', keptState] : [])]);
  const story = createStory({ sim, env: { ...sim.env, GITHUB_WORKSPACE: workspace }, githubToken: WORKFLOW_TOKEN, verbose });
  try {
    await tell(sim, story, verbose);
    return 0;
  } catch (err) {
    console.error(`\n✘ the story broke at step ${story.steps()}: ${err instanceof StoryError ? err.message : (err?.stack ?? err)}`);
    return 1;
  } finally {
    await sim.stop();
    rmSync(workspace, { recursive: true, force: true });
    if (keptState) printExplore(keptState, GROUP_ARN);
  }
}

async function tell(sim, { run, step, steps }, verbose) {
  const client = (Client, who) => new Client({ region: 'us-east-1', endpoint: sim.env.SIM_URL, credentials: { accessKeyId: keyOf(who), secretAccessKey: 'demo' }, maxAttempts: 1 });
  const sagemaker = (who) => client(SageMakerClient, who);
  const as = (who) => ({ env: { AWS_ACCESS_KEY_ID: keyOf(who) } });
  const serving = async (who) => (await sagemaker(who).send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }))).EndpointConfigName;
  const signedBy = (r, op) => [...new Set(calls(r, op).filter((q) => !q.error).map((q) => q.account))];
  const facts = {};

  await sim.control('config', { endpointCreateMs: 60_000, fleetCreateMs: 60_000, trafficShiftMs: 80_000, deleteMs: 20_000 });
  await sim.control('github/tokens', { token: WORKFLOW_TOKEN, login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'write', issues: 'write', deployments: 'write' } });
  console.log(dim(`Simulator ${sim.env.SIM_URL}: SageMaker, ECR, STS and GitHub REST, one state per account; clock x40`));
  console.log(dim(`${describeRuntime()}; bundle: ${process.env.ACTION_DIST_DIR ?? 'dist/'}${verbose ? '' : '; --verbose for every log'}`));

  await step('Three accounts, each chosen by its credentials alone: the registry holds the group and the image', async () => {
    // What the registry account's administrators set up once: the group, the image's repository, the role stages assume.
    await sagemaker('registry').send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
    await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry });
    for (const [commit, digest] of [[HEAD, DIGEST], [NEXT, `sha256:${'5e'.repeat(32)}`]]) await sim.control('ecr/images', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry, imageTag: commit.slice(0, 12), imageDigest: digest });
    await sim.control('iam/roles', { roleArn: REGISTRY_ROLE, trustedAccounts: [ACCOUNT.production] });
    await sim.control('iam/roles', { roleArn: STAGER_ROLE, trustedAccounts: [ACCOUNT.staging] });
    const lines = [];
    for (const who of ['registry', 'staging', 'production', 'outsider']) {
      const { Account, Arn } = await client(STSClient, who).send(new GetCallerIdentityCommand({}));
      expect(Account === ACCOUNT[who], `keys ${keyOf(who)} are account ${Account}, expected ${ACCOUNT[who]}`);
      lines.push(`${who.padEnd(10)} ${Account}  keys ${keyOf(who)} → ${Arn}`);
    }
    return [...lines, `registry: group ${GROUP}, ECR ${REPOSITORY}, roles sagemaker-registry-promoter (trusted by production) and sagemaker-registry-stager (by staging)`];
  });

  const share = (extra = {}) =>
    run('share', { ...as('registry'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, accounts: `${ACCOUNT.staging} ${ACCOUNT.production}`, actions: 'read', 'ecr-repositories': REPOSITORY, ...extra } });
  await step('share/ in the registry account: staging and production may read the group and pull the image', async () => {
    const r = await share();
    expectOutputs('share', r.outputs, { changed: 'true' });
    const policy = JSON.parse(r.outputs.policy || '{}');
    const roots = [ACCOUNT.staging, ACCOUNT.production].map((a) => `arn:aws:iam::${a}:root`).join();
    const own = (policy.Statement ?? []).filter((s) => s.Sid?.startsWith('SageMakerPrivateRegistryShare'));
    expect(own.length === 2 && own.every((s) => [s.Principal?.AWS].flat().sort().join() === roots), `the group policy grants ${JSON.stringify(own.map((s) => s.Principal))}`);
    expect(calls(r, 'PutModelPackageGroupPolicy').length === 1 && calls(r, 'SetRepositoryPolicy').length === 1, 'share/ did not write the group policy and the repository policy once each');
    expect(r.stdout.includes('kms:Decrypt'), 'share/ did not print the KMS key statement');
    return [
      ...own.map((s) => `group policy ${s.Sid}: ${[s.Action].flat().join(', ')} → ${ACCOUNT.staging}, ${ACCOUNT.production}`),
      `ECR ${REPOSITORY}: pull statement applied (SetRepositoryPolicy); the KMS key statement for the model data printed, to add to the key's policy`
    ];
  });

  await step('share/ again with the same inputs: nothing changes', async () => {
    const r = await share();
    expectOutputs('share re-run', r.outputs, { changed: 'false' });
    const writes = r.requests.filter((q) => /^(Put|Set)/.test(q.operation));
    expect(!writes.length, `the re-run wrote ${writes.map((q) => q.operation).join(', ')}`);
    return ['changed: false; no PutModelPackageGroupPolicy, no SetRepositoryPolicy'];
  });

  await step('PR #41 runs in the registry account: its image registered as v1, pending', async () => {
    const event = { ...pullRequestEvent(41, HEAD), action: 'opened' };
    const r = await run(undefined, { ...as('registry'), eventName: 'pull_request', event, sha: 'e'.repeat(40), inputs: { image: `${IMAGE}:${HEAD.slice(0, 12)}`, 'model-package-group': GROUP, approval: 'pending', comment: 'false' } });
    expectOutputs('PR #41', r.outputs, { 'model-package-version': '1', 'approval-status': 'PendingManualApproval', created: 'true', 'image-digest': DIGEST });
    facts.v1 = r.outputs['model-package-arn'];
    expect(facts.v1.includes(`:${ACCOUNT.registry}:model-package/${GROUP}/1`), `v1 is ${facts.v1}, not a version of the registry account`);
    expect(signedBy(r, 'CreateModelPackage').join() === ACCOUNT.registry, 'CreateModelPackage was not signed by the registry account');
    return [`v1 ${facts.v1}`, `image ${IMAGE}:${HEAD.slice(0, 12)} pinned to ${short(DIGEST)}; PendingManualApproval`];
  });

  await step(`Staging deploys the pending v1 with the staging account's credentials (${keyOf('staging')})`, async () => {
    const inputs = { 'model-package-arn': facts.v1, 'registry-role-arn': STAGER_ROLE, ...STAGING };
    const r = await run(undefined, { ...as('staging'), eventName: 'pull_request', event: { ...pullRequestEvent(41, HEAD), action: 'synchronize' }, sha: 'e'.repeat(40), inputs: { ...inputs, comment: 'false' } });
    expectOutputs('staging', r.outputs, { 'model-package-arn': facts.v1, 'approval-status': 'PendingManualApproval', 'deployment-status': 'succeeded', 'endpoint-arn': `arn:aws:sagemaker:us-east-1:${ACCOUNT.staging}:endpoint/fraud-staging` });
    expect(!calls(r, 'CreateModelPackage').length, 'the staging deploy registered a version');
    expect(signedBy(r, 'UpdateModelPackage').join() === ACCOUNT.registry, `the stage was written by ${signedBy(r, 'UpdateModelPackage').join(', ') || 'nobody'}, expected the registry account's role`);
    const pkg = await sagemaker('registry').send(new DescribeModelPackageCommand({ ModelPackageName: facts.v1 }));
    expect(pkg.ModelLifeCycle?.Stage === 'staging' && pkg.ModelApprovalStatus === 'PendingManualApproval', `v1 is ${pkg.ModelApprovalStatus}, stage ${pkg.ModelLifeCycle?.Stage}`);
    return [`endpoint ${r.outputs['endpoint-arn']} serves ${v(facts.v1)} (still pending: staging never approves)`, `stage staging recorded on ${v(facts.v1)} in ${ACCOUNT.registry} through sagemaker-registry-stager`];
  });

  await step(`Merged: promote with the production account's credentials (${keyOf('production')}) deploys the registry's v1`, async () => {
    const r = await run('promote', { ...as('production'), eventName: 'push', event: pushEvent(), sha: HEAD, inputs: { 'model-package-group': GROUP_ARN, 'registry-role-arn': REGISTRY_ROLE, ...PRODUCTION } });
    expectOutputs('promote', r.outputs, { 'model-package-arn': facts.v1, 'approval-status': 'Approved', 'deployment-status': 'succeeded', 'endpoint-arn': `arn:aws:sagemaker:us-east-1:${ACCOUNT.production}:endpoint/fraud-prod` });
    const [assume] = calls(r, 'AssumeRole');
    expect(assume?.account === ACCOUNT.production && assume.request.RoleArn === REGISTRY_ROLE, 'the production run did not assume the registry role');
    expect(signedBy(r, 'UpdateModelPackage').join() === ACCOUNT.registry, `the approval was signed by ${signedBy(r, 'UpdateModelPackage').join(', ') || 'nobody'}, expected the registry account's role`);
    const [model] = calls(r, 'CreateModel');
    expect(model?.account === ACCOUNT.production && model.request.Containers?.[0]?.ModelPackageName === facts.v1, 'the model was not created in the production account from v1');
    expect((await serving('production')) === r.outputs['endpoint-config-name'], 'fraud-prod of the production account does not serve the promoted config');
    const inRegistry = await serving('registry').then(() => true, () => false);
    expect(!inRegistry, 'the registry account has an endpoint fraud-prod');
    return [
      `model ${model.request.ModelName} and endpoint ${r.outputs['endpoint-arn']} in ${ACCOUNT.production}, from ${v(facts.v1)} of ${ACCOUNT.registry}; live`,
      `approval and stage written with sts:AssumeRole of ${REGISTRY_ROLE} (UpdateModelPackage signed by ${ACCOUNT.registry}); the registry account has no endpoint`
    ];
  });

  await step('The approval landed in the registry account', async () => {
    const pkg = await sagemaker('registry').send(new DescribeModelPackageCommand({ ModelPackageName: facts.v1 }));
    expect(pkg.ModelApprovalStatus === 'Approved' && pkg.ModelLifeCycle?.Stage === 'production', `v1 is ${pkg.ModelApprovalStatus}, stage ${pkg.ModelLifeCycle?.Stage}`);
    return [`${v(facts.v1)} as the registry account reads it: ${pkg.ModelApprovalStatus}, stage ${pkg.ModelLifeCycle.Stage} (${pkg.ModelLifeCycle.StageStatus}); "${pkg.ApprovalDescription.slice(0, 90)}…"`];
  });

  await step(`An outsider account (${ACCOUNT.outsider}) tries the same promote: refused, nothing written`, async () => {
    const r = await run('promote', { ...as('outsider'), eventName: 'push', event: pushEvent(), sha: HEAD, mayFail: true, inputs: { 'model-package-group': GROUP_ARN, ...PRODUCTION } });
    const error = r.errors.join(' ');
    const permission = /sagemaker:[A-Za-z]+/.exec(error)?.[0];
    expect(r.code !== 0 && error.includes(ACCOUNT.outsider) && permission, `the outsider's run ${r.code === 0 ? 'succeeded' : `failed with: ${error}`}`);
    const writes = r.requests.filter((q) => q.service !== 'github' && /^(Create|Update|Delete|Put|Add|Start|Stop)/.test(q.operation));
    expect(!writes.length, `the outsider's run wrote ${writes.map((q) => q.operation).join(', ')}`);
    return [`refused: account ${ACCOUNT.outsider} lacks ${permission} in the registry's group policy ("${error.slice(0, 160)}…")`, 'no AWS write'];
  });

  await step('Approved in SageMaker Studio in the registry account: the event fires there, and v2 reaches production', async () => {
    await sim.control('github/tokens', { token: DISPATCH_TOKEN, login: 'release-bot', type: 'user', permissions: { contents: 'write' } });
    await run('approval-events', { ...as('registry'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, 'dispatch-token': DISPATCH_TOKEN, 'events-role-arn': `arn:aws:iam::${ACCOUNT.registry}:role/eventbridge-github-dispatch` } });
    const reg = await run(undefined, { ...as('registry'), eventName: 'push', event: pushEvent(), sha: NEXT, inputs: { image: `${IMAGE}:${NEXT.slice(0, 12)}`, 'model-package-group': GROUP, approval: 'pending', comment: 'false' } });
    facts.v2 = reg.outputs['model-package-arn'];
    expect(facts.v2?.endsWith(`:${ACCOUNT.registry}:model-package/${GROUP}/2`), `the push registered ${facts.v2}`);
    await sagemaker('registry').send(new UpdateModelPackageCommand({ ModelPackageArn: facts.v2, ModelApprovalStatus: 'Approved', ApprovalDescription: 'Offline AUC 0.93, signed off in Studio' }));
    await sim.control('events/settle', {});
    const sent = JSON.parse(await sim.control('github/dispatches?owner=acme&repo=fraud-model'));
    expect(sent.length === 1 && sent[0].client_payload['model-package-arn'] === facts.v2 && sent[0].client_payload.account === ACCOUNT.registry, `${sent.length} dispatches, expected one naming v2 of the registry account`);
    const r = await run('promote', { ...as('production'), eventName: 'repository_dispatch', event: sent[0].event, sha: NEXT, inputs: { 'model-package-group': GROUP_ARN, 'registry-role-arn': REGISTRY_ROLE, 'on-rejected': 'rollback', comment: 'false', ...PRODUCTION } });
    expectOutputs('dispatch', r.outputs, { 'model-package-arn': facts.v2, 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
    expect((await serving('production')) === r.outputs['endpoint-config-name'], 'fraud-prod does not serve v2');
    expect(!calls(r, 'UpdateModelPackage').some((q) => q.request.ModelApprovalStatus), 'the dispatch run changed the approval');
    expect(signedBy(r, 'UpdateModelPackage').join() === ACCOUNT.registry, 'the stage was not written by the registry account\'s role');
    return [
      `${v(facts.v2)} Approved with the registry account's credentials (as Studio does): its EventBridge rule sent one repository_dispatch (account ${ACCOUNT.registry})`,
      `the approval workflow, with production's credentials, re-read ${v(facts.v2)} across accounts and deployed it to fraud-prod → succeeded; stage written by the registry role`
    ];
  });

  await step('Status across accounts, by the group ARN: each stage sees the registry\'s versions and its own endpoints', async () => {
    const lines = [];
    for (const [who, endpoint, serves] of [['production', 'fraud-prod', facts.v2], ['staging', 'fraud-staging', facts.v1]]) {
      const r = await run('status', { ...as(who), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP_ARN } });
      const versions = JSON.parse(r.outputs.versions || '[]');
      const where = (x) => x.endpoints?.map((e) => e.name ?? e).join(', ') || '-';
      const shown = versions.map((x) => `${v(x.arn)} on ${where(x)}`).join(', ');
      expect(versions.map((x) => x.arn).join() === [facts.v2, facts.v1].join() && versions.every((x) => (where(x) === endpoint) === (x.arn === serves)), `status in ${who} shows ${shown}; ${endpoint} serves ${v(serves)}`);
      expect(r.summary.includes(`endpoints of account ${ACCOUNT[who]}`), `status in ${who} does not say which account's endpoints it sees`);
      lines.push(`${who.padEnd(10)} ${versions.map((x) => `${v(x.arn)} ${x.approval} ${x.stage || '-'} serving ${where(x)}`).join('; ')}`);
    }
    return [...lines, 'each status sees the endpoints of its own account only, and its summary says so'];
  });

  console.log(bold(`✔ ${steps()} steps did what they say: shared once, ${v(facts.v1)} registered in ${ACCOUNT.registry} and live in ${ACCOUNT.staging} and ${ACCOUNT.production}, approved in the registry account, the outsider refused, ${v(facts.v2)} approved in SageMaker and live in ${ACCOUNT.production}.`));
}
