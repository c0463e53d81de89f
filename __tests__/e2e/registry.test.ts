/**
 * The bundled action against real registries (Debian's docker-registry on 127.0.0.1): digest pinning with
 * Basic, Bearer and anonymous access, clear failures, no registry call with resolve-digest off, and
 * replication into a registry standing in for ECR. Afterwards, no credential appears in anything the runs wrote.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { declareSecret, pullRequestEvent, runAction, type RunOptions, type RunResult } from '../helpers/action-runner.js';
import {
  AMD64, ARM64, buildAndPush, freePort, startRegistry, startTokenServer,
  type BuiltImage, type TestRegistry, type TokenServer
} from '../helpers/registry.js';
import { startSim, WRITE_OPERATIONS, type Sim } from '../helpers/sim.js';

const PASSWORD = 'Reg1stry-pa55:w0rd,"x"';
const BEARER_PASSWORD = 'B3arer-Secret-Value-77';
const ECR_PASSWORD = 'ecr-token-value-Zq9';
const WRONG = 'Wrong-Password-123';
const SECRETS = [PASSWORD, BEARER_PASSWORD, ECR_PASSWORD, WRONG, Buffer.from(`bob:${PASSWORD}`).toString('base64'), Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64')];

declareSecret(...SECRETS, Buffer.from(`carol:${BEARER_PASSWORD}`).toString('base64'));

let sim: Sim;
let basic: TestRegistry;
let anonymous: TestRegistry;
let bearer: TestRegistry;
let tokens: TokenServer;
let ecr: TestRegistry;
let single: BuiltImage;
let multi: BuiltImage;
let bearerImage: BuiltImage;
const everything: RunResult[] = [];

beforeAll(async () => {
  [sim, basic, anonymous, ecr] = await Promise.all([
    startSim(),
    startRegistry({ htpasswd: { bob: PASSWORD } }),
    startRegistry(),
    startRegistry({ htpasswd: { AWS: ECR_PASSWORD } })
  ]);
  tokens = await startTokenServer({ users: { carol: BEARER_PASSWORD } });
  bearer = await startRegistry({ token: tokens });
  [single, multi, bearerImage] = await Promise.all([
    buildAndPush(basic.host, 'team/model', 'v1', [AMD64], { creds: `bob:${PASSWORD}` }),
    buildAndPush(anonymous.host, 'team/multi', 'v2', [AMD64, ARM64]),
    buildAndPush(bearer.host, 'team/model', 'v3', [AMD64], { creds: `carol:${BEARER_PASSWORD}` })
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([sim?.close(), basic?.stop(), anonymous?.stop(), bearer?.stop(), ecr?.stop(), tokens?.stop()]);
});

beforeEach(async () => {
  await sim.reset();
  await sim.control('config', { ecrProxyEndpoint: `http://${ecr.host}`, ecrPassword: ECR_PASSWORD });
});

async function secret(name: string, secretString: string): Promise<string> {
  const out = (await sim.control('secrets', { name, secretString })) as { ARN?: string; arn?: string };
  return (out.ARN ?? out.arn)!;
}

async function run(inputs: Record<string, string>, extra: Omit<RunOptions, 'inputs'> = {}): Promise<RunResult> {
  const r = await runAction({ inputs: { 'model-package-group': 'fraud-detector', comment: 'false', ...inputs }, env: sim.env, ...extra });
  everything.push(r);
  return r;
}

/** The CreateModelPackage requests that made a version (not the one that learnt the group was missing). */
async function created() {
  return (await sim.requests({ operation: 'CreateModelPackage' })).filter((q) => q.status === 200).map((q) => q.request);
}

describe('tag → digest', () => {
  test('single-platform image behind Basic auth, credentials from a JSON secret', async () => {
    const arn = await secret('registry/basic', JSON.stringify({ username: 'bob', password: PASSWORD }));
    const r = await run({ image: `${basic.host}/team/model:v1`, 'registry-secret-arn': arn });
    expect(r.errors).toEqual([]);
    expect(r.outputs['image-digest']).toBe(single.digest);
    const [req] = await created();
    expect(req!.InferenceSpecification.Containers[0]).toEqual({ Image: `${basic.host}/team/model@${single.digest}`, ImageDigest: single.digest });
    expect(req!.CustomerMetadataProperties).toMatchObject({ 'image-digest': single.digest, 'image-tag': 'v1', 'registry-secret-arn': arn });
    expect(await sim.requests({ operation: 'GetSecretValue' })).toHaveLength(1);
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
  });

  test('multi-platform image: the index digest is recorded, and the linux/amd64 manifest digest too', async () => {
    const r = await run({ image: `${anonymous.host}/team/multi:v2` });
    expect(r.errors).toEqual([]);
    expect(r.outputs['image-digest']).toBe(multi.digest);
    const [req] = await created();
    expect(req!.CustomerMetadataProperties['image-platform']).toBe('linux/amd64');
    expect(req!.CustomerMetadataProperties['image-platform-digest']).toBe(multi.platforms['linux/amd64']);
    expect(req!.InferenceSpecification.Containers[0].ImageDigest).toBe(multi.digest);
  });

  test('a platform the image lacks fails clearly and registers nothing', async () => {
    const r = await run({ image: `${anonymous.host}/team/multi:v2`, platform: 'linux/s390x' });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/linux\/s390x/);
    expect(r.errors[0]).toMatch(/linux\/amd64/);
    expect(await created()).toEqual([]);
  });

  test('Bearer token auth with a Docker config.json secret', async () => {
    const auth = Buffer.from(`carol:${BEARER_PASSWORD}`).toString('base64');
    const arn = await secret('registry/bearer', JSON.stringify({ auths: { [bearer.host]: { auth } } }));
    const r = await run({ image: `${bearer.host}/team/model:v3`, 'registry-secret-arn': arn });
    expect(r.errors).toEqual([]);
    expect(r.outputs['image-digest']).toBe(bearerImage.digest);
    expect(tokens.requests.some((t) => t.user === 'carol' && t.scopes.includes('repository:team/model:pull'))).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${auth}`);
  });

  test('a digest in the image is verified against the registry, not trusted', async () => {
    const good = await run({ image: `${anonymous.host}/team/multi@${multi.digest}` });
    expect(good.errors).toEqual([]);
    const wrong = `sha256:${'0'.repeat(64)}`;
    const bad = await run({ image: `${anonymous.host}/team/multi@${wrong}` }, { event: pullRequestEvent(42, 'e'.repeat(40)) });
    expect(bad.code).toBe(1);
    expect(bad.errors[0]).toContain(anonymous.host);
    expect(await created()).toHaveLength(1);
  });

  test('auto without credentials on a registry that wants them registers the tag with a warning', async () => {
    const r = await run({ image: `${basic.host}/team/model:v1` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Could not resolve the digest .*registering the tag/);
    expect(r.outputs['image-digest']).toBe('');
    const [req] = await created();
    expect(req!.InferenceSpecification.Containers[0]).toEqual({ Image: `${basic.host}/team/model:v1` });
  });
});

describe('failures register nothing', () => {
  test('a wrong password', async () => {
    const arn = await secret('registry/wrong', `bob:${WRONG}`);
    const r = await run({ image: `${basic.host}/team/model:v1`, 'registry-secret-arn': arn });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`${basic.host}`);
    expect(r.errors[0]).toContain('team/model');
    expect(r.errors[0]).toMatch(/rejected|denied|401/);
    expect(await created()).toEqual([]);
  });

  test('an unknown tag', async () => {
    const r = await run({ image: `${anonymous.host}/team/multi:nope` });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain('team/multi');
    expect(r.errors[0]).toContain('nope');
    expect(await created()).toEqual([]);
  });

  test('an unreachable registry', async () => {
    const port = await freePort();
    const r = await run({ image: `127.0.0.1:${port}/team/model:v1` });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`127.0.0.1:${port}`);
    expect(await created()).toEqual([]);
  }, 30_000);

  test('resolve-digest required without access fails instead of registering the tag', async () => {
    const r = await run({ image: `${basic.host}/team/model:v1`, 'resolve-digest': 'required' });
    expect(r.code).toBe(1);
    expect(await created()).toEqual([]);
  });
});

test('resolve-digest off makes no registry request at all', async () => {
  await basic.clearRequests();
  const arn = await secret('registry/off', JSON.stringify({ username: 'bob', password: PASSWORD }));
  const r = await run({ image: `${basic.host}/team/model:v1`, 'registry-secret-arn': arn, 'resolve-digest': 'off' });
  expect(r.errors).toEqual([]);
  expect(await basic.requests()).toEqual([]);
  expect(await sim.requests({ operation: 'GetSecretValue' })).toEqual([]);
  expect(r.outputs['image-digest']).toBe('');
});

describe('replicate-to-ecr', () => {
  test('copies once, registers the ECR copy by digest, and a re-run uploads nothing', async () => {
    const arn = await secret('registry/source', JSON.stringify({ username: 'bob', password: PASSWORD }));
    const target = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model';
    const inputs = { image: `${basic.host}/team/model:v1`, 'registry-secret-arn': arn, 'replicate-to-ecr': target };
    await ecr.clearRequests();
    const first = await run(inputs);
    expect(first.errors).toEqual([]);
    const uploads = (await ecr.requests()).filter((q) => q.method !== 'GET' && q.method !== 'HEAD');
    expect(uploads.length).toBeGreaterThan(0);
    const [req] = await created();
    expect(req!.InferenceSpecification.Containers[0]).toEqual({ Image: `${target}@${single.digest}`, ImageDigest: single.digest });
    expect(req!.SkipModelValidation).toBe('None');
    expect(req!.CustomerMetadataProperties).toMatchObject({
      'registry-kind': 'ecr',
      'replicated-from': `${basic.host}/team/model@${single.digest}`
    });
    expect(req!.CustomerMetadataProperties['repository-access-mode']).toBeUndefined();
    expect(await sim.requests({ operation: 'GetAuthorizationToken' })).toHaveLength(1);

    await ecr.clearRequests();
    const second = await run(inputs, { runAttempt: '2' });
    expect(second.errors).toEqual([]);
    expect(second.outputs.created).toBe('false');
    const again = await ecr.requests();
    expect(again.filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
    // Group and version on the first run only; afterwards only the run's own facts (UpdateModelPackage).
    const writes = (await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation) && q.status === 200).map((q) => q.operation);
    expect(writes.filter((op) => op !== 'UpdateModelPackage')).toEqual(['CreateModelPackageGroup', 'CreateModelPackage']);
  });
});

describe('ECR', () => {
  const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v7';
  const digest = `sha256:${'7'.repeat(64)}`;

  test('scan-gate refuses findings at or above the gate, listing the counts, and passes below it', async () => {
    await sim.control('ecr/images', { repositoryName: 'fraud-model', imageTag: 'v7', imageDigest: digest, scan: { status: 'COMPLETE', findingSeverityCounts: { HIGH: 2, MEDIUM: 5 } } });
    const refused = await run({ image, 'scan-gate': 'HIGH' });
    expect(refused.code).toBe(1);
    expect(refused.errors[0]).toBe(`scan-gate HIGH: fraud-model@${digest} has findings at or above HIGH (HIGH: 2); not registering it.`);
    expect(await created()).toEqual([]);
    const passed = await run({ image, 'scan-gate': 'CRITICAL' });
    expect(passed.errors).toEqual([]);
    expect(passed.outputs['image-digest']).toBe(digest);
  });

  test('an archived image is a clear error, not "not found"', async () => {
    await sim.control('ecr/images', { repositoryName: 'fraud-model', imageTag: 'v7', imageDigest: digest, imageStatus: 'ARCHIVED' });
    const r = await run({ image });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/^ECR image fraud-model:v7 in registry 123456789012 is archived: SageMaker cannot pull it\. Restore it/);
    expect(await created()).toEqual([]);
  });

  test('an unknown tag and an unknown repository', async () => {
    await sim.control('ecr/images', { repositoryName: 'fraud-model', imageTag: 'v7', imageDigest: digest });
    const tag = await run({ image: image.replace(':v7', ':v9') });
    expect(tag.errors[0]).toBe('ECR image fraud-model:v9 in registry 123456789012 was not found: push it first or check the tag.');
    const repo = await run({ image: image.replace('fraud-model', 'nope') });
    expect(repo.errors[0]).toBe('ECR repository nope does not exist in registry 123456789012 (us-east-1).');
    expect(await created()).toEqual([]);
  });
});

test('no credential value appears in any stdout, stderr, output or summary of these runs', () => {
  expect(everything.length).toBeGreaterThan(10);
  for (const r of everything) {
    const text = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
    for (const s of SECRETS) expect(text).not.toContain(s);
  }
});
