/**
 * The bench's cross-account rows (issue 23), each beside what a user would use instead, on the simulator's accounts
 * (each run's account is its access key alone: AKIA<12 digits>XMPL):
 *  - registration by the staging account into a group the registry account owns (given by ARN: its newest versions
 *    listed and described one by one, at most 100, never Search), against the same registration into the staging
 *    account's own group (Search); a new version and its re-run, in groups of 10, 100 and 1,000 versions;
 *  - where that listing stops finding an earlier registration: the re-run once 99, then 100 newer versions were added;
 *  - a promote (approval, stage record, deploy) by the production account into the registry account's group, with a
 *    promote grant, with a read grant and registry-role-arn (AssumeRole), and naming the version; against the
 *    single-account promote of the same commit.
 * Each row gives the AWS calls by account and by operation, the wall time and the action process's peak RSS.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutModelPackageGroupPolicyCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { actionRuntime, pullRequestEvent, pushEvent, runAction } from './run-action.mjs';

export const ACCOUNT = { registry: '111122223333', staging: '222233334444', production: '333344445555' };
export const XACCT_SIZES = [10, 100, 1_000];
export const PROMOTE_SIZES = [10, 1_000];
const REGION = 'us-east-1';
const REPOSITORY = 'ml/fraud-model';
const ROLE = `arn:aws:iam::${ACCOUNT.registry}:role/bench-registry-writer`;
const READ = ['DescribeModelPackageGroup', 'DescribeModelPackage', 'ListModelPackages', 'CreateModel'].map((a) => `sagemaker:${a}`);
const PROMOTE = [...READ, 'sagemaker:UpdateModelPackage'];
const keyOf = (account) => `AKIA${account}XMPL`;
const groupArn = (group) => `arn:aws:sagemaker:${REGION}:${ACCOUNT.registry}:model-package-group/${group}`;
const NAMES = Object.fromEntries(Object.entries(ACCOUNT).map(([who, id]) => [id, who]));

/**
 * The pinned Node run under GNU time, so each run's peak RSS is known (undefined without /usr/bin/time): a wrapper
 * script runAction takes as the action's Node (bash, as sh drops the runner's INPUT_<NAME-WITH-HYPHENS> variables).
 */
function measuredNode() {
  if (!existsSync('/usr/bin/time')) return { node: undefined, peakMiB: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'bench-accounts-'));
  const file = join(dir, 'rss');
  const node = join(dir, 'node');
  writeFileSync(node, `#!/bin/bash\nexec /usr/bin/time -f %M -o '${file}' '${actionRuntime().path}' "$@"\n`);
  chmodSync(node, 0o755);
  return { node, peakMiB: () => Number(readFileSync(file, 'utf8').trim().split('\n').at(-1)) / 1024 };
}

/** Calls by account (named) and by operation, e.g. `staging 102 (GetCallerIdentity 1, ListModelPackages 1, DescribeModelPackage 100)`. */
export function tally(calls) {
  const byAccount = new Map();
  for (const c of calls) {
    const ops = byAccount.get(c.account) ?? new Map();
    ops.set(c.operation, (ops.get(c.operation) ?? 0) + 1);
    byAccount.set(c.account, ops);
  }
  return [...byAccount]
    .map(([account, ops]) => `${NAMES[account] ?? account} ${[...ops.values()].reduce((a, b) => a + b, 0)} (${[...ops].map(([op, n]) => `${op} ${n}`).join(', ')})`)
    .join('; ');
}

/**
 * @param {{ control: (path: string, body?: unknown) => Promise<string>, requests: () => Promise<any[]>, env: Record<string, string> }} sim
 * @param {{ entry?: string, report: (name: string, value: unknown, note?: string) => void }} o
 */
export async function benchAccounts(sim, { entry, report }) {
  const measured = measuredNode();
  const dist = entry ? join(entry, '..') : undefined;
  const client = (Client, account) => new Client({ region: REGION, endpoint: sim.env.SIM_URL, credentials: { accessKeyId: keyOf(account), secretAccessKey: 'x' }, maxAttempts: 1 });
  let commits = 0;
  const fresh = () => (++commits).toString(16).padStart(40, 'a');

  /** One run of the action (or a sub-action) with `account`'s credentials: its AWS calls, wall time, peak RSS, outputs. */
  const run = async (account, opts) => {
    const before = (await sim.requests()).length;
    const t = Date.now();
    const r = await runAction({
      ...opts,
      env: { ...sim.env, AWS_ACCESS_KEY_ID: keyOf(account) },
      ...(measured.node ? { node: measured.node } : {}),
      ...(dist ? { entry: join(dist, opts.action ? `${opts.action}.js` : 'index.js') } : {})
    });
    const ms = Date.now() - t;
    if (r.code !== 0) throw new Error(`${opts.action ?? 'register'} as ${account} failed:\n${r.stdout}\n${r.stderr}`);
    const calls = (await sim.requests()).slice(before).filter((c) => c.service !== 'github');
    return { calls, ms, mib: measured.peakMiB(), outputs: r.outputs };
  };
  const cost = (r) => `${r.ms} ms${r.mib ? `, ${r.mib.toFixed(0)} MiB` : ''}`;
  const said = (r) => `${r.calls.length} calls, ${cost(r)}`;
  const register = (account, group, sha, runAttempt = '1', image = `registry.acme.internal:5000/ml/fraud-model:${sha.slice(-12)}`) =>
    run(account, {
      inputs: { image, 'model-package-group': group, 'resolve-digest': 'off', approval: 'pending', comment: 'false' },
      event: pullRequestEvent(7, sha),
      runAttempt
    });

  await sim.control('config', { packageDelayMs: 0, searchDelayMs: 0, clockSpeed: 1 });
  let largest;
  for (const size of XACCT_SIZES) {
    const shared = `bench-xacct-${size}`;
    const own = `bench-own-${size}`;
    await sim.control('sagemaker/groups', { name: shared, accountId: ACCOUNT.registry, shareWith: [ACCOUNT.staging] });
    await sim.control('sagemaker/packages', { group: shared, count: size, account: ACCOUNT.registry });
    await sim.control('sagemaker/packages', { group: own, count: size, account: ACCOUNT.staging });
    const [x, o] = [fresh(), fresh()];
    const xNew = await register(ACCOUNT.staging, groupArn(shared), x);
    const xRerun = await register(ACCOUNT.staging, groupArn(shared), x, '2');
    const oNew = await register(ACCOUNT.staging, own, o);
    const oRerun = await register(ACCOUNT.staging, own, o, '2');
    report(`accounts: register into another account, ${size}`, xNew.calls.length, `calls, ${cost(xNew)} | re-run: ${said(xRerun)} | own account (Search): new ${said(oNew)}, re-run ${said(oRerun)}`);
    largest = { size, shared, own, x, o, xNew, xRerun, oNew, oRerun };
  }
  console.log(`  another account's group of ${largest.size}, new: ${tally(largest.xNew.calls)}`);
  console.log(`  re-run: ${tally(largest.xRerun.calls)}`);
  console.log(`  own group of ${largest.size}, new: ${tally(largest.oNew.calls)}`);
  console.log(`  re-run: ${tally(largest.oRerun.calls)}`);

  // Newer versions pushed the registration down the listing: found as the 100th, not as the 101st.
  const { shared, own, x, o } = largest;
  const arn = largest.xNew.outputs['model-package-arn'];
  const newer = async (count) => {
    await sim.control('sagemaker/packages', { group: shared, count, account: ACCOUNT.registry, newestAgeMs: 0, spacingMs: 0 });
    await sim.control('sagemaker/packages', { group: own, count, account: ACCOUNT.staging, newestAgeMs: 0, spacingMs: 0 });
  };
  await newer(99);
  const at100 = await register(ACCOUNT.staging, groupArn(shared), x, '3');
  await newer(1);
  const at101 = await register(ACCOUNT.staging, groupArn(shared), x, '4');
  const ownAt101 = await register(ACCOUNT.staging, own, o, '4');
  const outcome = (r) => (r.outputs.created === 'false' ? 'found' : r.outputs['model-package-arn'] === arn ? 'not found; CreateModelPackage returned the same version (ClientToken)' : `not found; a second version ${r.outputs['model-package-arn']}`);
  report('accounts: re-run, 99 newer versions', at100.calls.length, `calls, ${cost(at100)}, ${outcome(at100)}`);
  report('accounts: re-run, 100 newer versions', at101.calls.length, `calls, ${cost(at101)}, ${outcome(at101)} | own account (Search): ${said(ownAt101)}, ${ownAt101.outputs.created === 'false' ? 'found' : 'not found'}`);
  console.log(`  100 newer: ${tally(at101.calls)}`);

  await benchPromote(sim, { report, run, register, fresh, client, said, cost });
}

/** The promote rows: production approving and deploying the registry account's version, against one account doing it all. */
async function benchPromote(sim, { report, run, register, fresh, client, said, cost }) {
  await sim.control('config', { packageDelayMs: 0, clockSpeed: 10, endpointCreateMs: 5_000, fleetCreateMs: 5_000, trafficShiftMs: 10_000, deleteMs: 1_000 });
  await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry });
  const pull = { Sid: 'Pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT.production}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'] };
  await client(ECRClient, ACCOUNT.registry).send(new SetRepositoryPolicyCommand({ repositoryName: REPOSITORY, policyText: JSON.stringify({ Version: '2012-10-17', Statement: [pull] }) }));
  await sim.control('iam/roles', { roleArn: ROLE, trustedAccounts: [ACCOUNT.production] });
  const sm = client(SageMakerClient, ACCOUNT.registry);
  const grant = (group, actions) => {
    const Resource = [groupArn(group), `arn:aws:sagemaker:${REGION}:${ACCOUNT.registry}:model-package/${group}/*`];
    const Statement = [{ Sid: 'Production', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT.production}:root` }, Action: actions, Resource }];
    return sm.send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: group, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement }) }));
  };
  /** A group of the registry account with `size` older versions and the newest registered for a fresh commit. */
  const prepared = async (group, size) => {
    await sim.control('sagemaker/packages', { group, count: size, account: ACCOUNT.registry });
    const sha = fresh();
    await register(ACCOUNT.registry, group, sha, '1', `${ACCOUNT.registry}.dkr.ecr.${REGION}.amazonaws.com/${REPOSITORY}:${sha.slice(0, 12)}`);
    return sha;
  };
  const promote = (account, group, endpoint, sha, extra = {}) =>
    run(account, {
      action: 'promote',
      eventName: 'push',
      event: pushEvent(),
      sha,
      runId: String(7100 + Number.parseInt(sha.slice(-4), 16)),
      inputs: {
        'model-package-group': group,
        stage: 'production',
        'endpoint-name': endpoint,
        'execution-role-arn': `arn:aws:iam::${account}:role/sagemaker-execution`,
        'poll-interval': '1',
        ...extra
      }
    });
  let last;
  for (const size of PROMOTE_SIZES) {
    const single = `bench-promote-own-${size}`;
    const granted = `bench-promote-grant-${size}`;
    const viaRole = `bench-promote-role-${size}`;
    const own = await promote(ACCOUNT.registry, single, single, await prepared(single, size));
    const grantSha = await prepared(granted, size);
    await grant(granted, PROMOTE);
    const byGrant = await promote(ACCOUNT.production, groupArn(granted), granted, grantSha);
    const roleSha = await prepared(viaRole, size);
    await grant(viaRole, READ);
    const byRole = await promote(ACCOUNT.production, groupArn(viaRole), viaRole, roleSha, { 'registry-role-arn': ROLE });
    report(`accounts: promote from production, ${size}`, byGrant.calls.length, `calls (promote grant), ${cost(byGrant)} | with registry-role-arn: ${said(byRole)} | single account: ${said(own)}`);
    last = { size, own, byGrant, byRole };
  }
  const byVersion = `bench-promote-version-${last.size}`;
  const versionSha = await prepared(byVersion, last.size);
  await grant(byVersion, PROMOTE);
  const named = await promote(ACCOUNT.production, groupArn(byVersion), byVersion, versionSha, { version: String(last.size + 1) });
  report(`accounts: promote naming the version, ${last.size}`, named.calls.length, `calls, ${cost(named)} (version: instead of the commit)`);
  await sim.control('config', { clockSpeed: 1 });
  console.log(`  promote, group of ${last.size}, single account: ${tally(last.own.calls)}`);
  console.log(`  promote grant: ${tally(last.byGrant.calls)}`);
  console.log(`  registry-role-arn: ${tally(last.byRole.calls)}`);
  console.log(`  naming the version: ${tally(named.calls)}`);
}
