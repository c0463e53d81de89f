import { createHash } from 'node:crypto';
import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';

let sim: Simulator;
let ecr: ECRClient;

const DIGEST = 'sha256:' + 'a'.repeat(64);
const DIGEST2 = 'sha256:' + 'b'.repeat(64);

beforeAll(async () => {
  ({ sim } = await startSim({ clockSpeed: 0 }));
  ecr = new ECRClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
});
afterAll(async () => {
  ecr.destroy();
  await sim.close();
});
beforeEach(() => sim.reset());

async function seed(body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await control(sim, 'POST', '/_sim/ecr/images', body);
  const out = await res.json();
  expect(res.status).toBe(200);
  return out;
}

describe('DescribeImages', () => {
  it('resolves a tag to its digest', async () => {
    await seed({ repositoryName: 'models/churn', imageTag: 'v1', imageDigest: DIGEST });
    await seed({ repositoryName: 'models/churn', imageTag: 'v2', imageDigest: DIGEST2 });
    const out = await ecr.send(new DescribeImagesCommand({ repositoryName: 'models/churn', imageIds: [{ imageTag: 'v2' }] }));
    expect(out.imageDetails).toHaveLength(1);
    expect(out.imageDetails?.[0]).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'models/churn',
      imageDigest: DIGEST2,
      imageTags: ['v2'],
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      imageStatus: 'ACTIVE',
    });
    expect(out.imageDetails?.[0]?.imagePushedAt).toBeInstanceOf(Date);
    expect(sim.requests({ service: 'ecr' }).map((e) => [e.operation, e.status])).toEqual([['DescribeImages', 200]]);
  });

  it('a tag seeded onto another digest moves there, as a push does', async () => {
    await seed({ repositoryName: 'app', imageTag: 'latest', imageDigest: DIGEST });
    await seed({ repositoryName: 'app', imageTag: 'latest', imageDigest: DIGEST2 });
    const out = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'latest' }] }));
    expect(out.imageDetails?.map((d) => d.imageDigest)).toEqual([DIGEST2]);
    const all = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', filter: { tagStatus: 'UNTAGGED' } }));
    expect(all.imageDetails?.map((d) => [d.imageDigest, d.imageTags])).toEqual([[DIGEST, undefined]]);
  });

  it('unknown repository: RepositoryNotFoundException with ECR\'s message', async () => {
    const err = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'x1', imageIds: [{ imageTag: 'v1' }] })));
    expect(err.name).toBe('RepositoryNotFoundException');
    expect(err.message).toBe("The repository with name 'x1' does not exist in the registry with id '123456789012'");
    const other = await rejection(ecr.send(new DescribeImagesCommand({ registryId: '999999999999', repositoryName: 'x1' })));
    expect(other.message).toBe("The repository with name 'x1' does not exist in the registry with id '999999999999'");
  });

  it('unknown tag: ImageNotFoundException naming the image id', async () => {
    await seed({ repositoryName: 'x1', imageTag: 'v1', imageDigest: DIGEST });
    const err = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'x1', imageIds: [{ imageTag: 'v9' }] })));
    expect(err.name).toBe('ImageNotFoundException');
    expect(err.message).toBe(
      "The image with imageId {imageDigest:'null', imageTag:'v9'} does not exist within the repository with name 'x1' in the registry with id '123456789012'",
    );
    // tag and digest that do not belong together are not found either
    const mixed = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'x1', imageIds: [{ imageTag: 'v1', imageDigest: DIGEST2 }] })));
    expect(mixed.name).toBe('ImageNotFoundException');
    expect(mixed.message).toContain(`{imageDigest:'${DIGEST2}', imageTag:'v1'}`);
  });

  it('archived images are hidden unless filter.imageStatus asks for them', async () => {
    await seed({ repositoryName: 'arch', imageTag: 'old', imageDigest: DIGEST, imageStatus: 'ARCHIVED' });
    await seed({ repositoryName: 'arch', imageTag: 'new', imageDigest: DIGEST2 });
    const listed = await ecr.send(new DescribeImagesCommand({ repositoryName: 'arch' }));
    expect(listed.imageDetails?.map((d) => d.imageTags?.[0])).toEqual(['new']);
    const byTag = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'arch', imageIds: [{ imageTag: 'old' }] })));
    expect(byTag.name).toBe('ImageNotFoundException');
    const archived = await ecr.send(new DescribeImagesCommand({ repositoryName: 'arch', filter: { imageStatus: 'ARCHIVED' } }));
    expect(archived.imageDetails?.map((d) => [d.imageTags?.[0], d.imageStatus])).toEqual([['old', 'ARCHIVED']]);
    expect(archived.imageDetails?.[0]?.lastArchivedAt).toBeInstanceOf(Date);
    const any = await ecr.send(new DescribeImagesCommand({ repositoryName: 'arch', filter: { imageStatus: 'ANY' } }));
    expect(any.imageDetails).toHaveLength(2);
  });

  it('pages with maxResults/nextToken', async () => {
    for (let i = 0; i < 5; i++) await seed({ repositoryName: 'many', imageTag: `t${i}`, imageDigest: 'sha256:' + String(i).repeat(64) });
    const first = await ecr.send(new DescribeImagesCommand({ repositoryName: 'many', maxResults: 2 }));
    expect(first.imageDetails?.map((d) => d.imageTags?.[0])).toEqual(['t0', 't1']);
    expect(first.nextToken).toBeDefined();
    const rest = await ecr.send(new DescribeImagesCommand({ repositoryName: 'many', maxResults: 10, nextToken: first.nextToken }));
    expect(rest.imageDetails?.map((d) => d.imageTags?.[0])).toEqual(['t2', 't3', 't4']);
    expect(rest.nextToken).toBeUndefined();
  });

  it('validates against the model: InvalidParameterException with ECR\'s wording', async () => {
    const short = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'a' })));
    expect(short.name).toBe('InvalidParameterException');
    expect(short.message).toBe("Invalid parameter at 'repositoryName' failed to satisfy constraint: 'Member must have length greater than or equal to 2'");
    const upper = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'Models' })));
    expect(upper.message).toMatch(/^Invalid parameter at 'repositoryName' failed to satisfy constraint: 'Member must satisfy regular expression pattern: /);
    const empty = await rejection(ecr.send(new BatchGetImageCommand({ repositoryName: 'models', imageIds: [] })));
    expect(empty.message).toBe("Invalid parameter at 'imageIds' failed to satisfy constraint: 'Member must have length greater than or equal to 1'");
    const registry = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'models', registryId: '12' })));
    expect(registry.message).toContain("at 'registryId'");
    expect(sim.requests({ service: 'ecr' }).every((e) => e.error === 'InvalidParameterException')).toBe(true);
  });

  it('an ECR operation the simulator does not implement is refused', async () => {
    const err = await rejection(ecr.send(new PutImageCommand({ repositoryName: 'models', imageManifest: '{}' })));
    expect(err.name).toBe('UnknownOperationException');
    expect(err.message).toBe('The simulator does not implement AmazonEC2ContainerRegistry_V20150921.PutImage');
  });
});

describe('BatchGetImage', () => {
  it('returns manifests, and missing images as failures (not an exception)', async () => {
    const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] });
    const digest = 'sha256:' + createHash('sha256').update(manifest).digest('hex');
    await seed({ repositoryName: 'models', imageTag: 'v1', imageManifest: manifest });
    await seed({ repositoryName: 'models', imageTag: 'v2', imageDigest: DIGEST2 });
    const out = await ecr.send(new BatchGetImageCommand({
      repositoryName: 'models',
      imageIds: [
        { imageTag: 'v1' },
        { imageTag: 'nope' },
        { imageTag: 'v1', imageDigest: DIGEST2 },
        { imageDigest: 'not-a-digest' },
        {},
      ],
    }));
    expect(out.images).toEqual([{
      registryId: '123456789012',
      repositoryName: 'models',
      imageId: { imageDigest: digest, imageTag: 'v1' },
      imageManifest: manifest,
      imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    }]);
    expect(out.failures?.map((f) => [f.imageId?.imageTag, f.failureCode])).toEqual([
      ['nope', 'ImageNotFound'],
      ['v1', 'ImageTagDoesNotMatchDigest'],
      [undefined, 'InvalidImageDigest'],
      [undefined, 'MissingDigestAndTag'],
    ]);
    expect(out.failures?.[0]?.failureReason).toBe('Requested image not found');
    // the pull is recorded
    const d = await ecr.send(new DescribeImagesCommand({ repositoryName: 'models', imageIds: [{ imageTag: 'v1' }] }));
    expect(d.imageDetails?.[0]?.lastRecordedPullTime).toBeInstanceOf(Date);
  });

  it('an unknown repository is still an exception', async () => {
    const err = await rejection(ecr.send(new BatchGetImageCommand({ repositoryName: 'ghost', imageIds: [{ imageTag: 'v1' }] })));
    expect(err.name).toBe('RepositoryNotFoundException');
  });
});

describe('DescribeImageScanFindings', () => {
  it('stays IN_PROGRESS until the virtual-clock delay passes, then reports the counts', async () => {
    await seed({ repositoryName: 'scanned', imageTag: 'v1', imageDigest: DIGEST, scan: { status: 'COMPLETE', findingSeverityCounts: { HIGH: 2, CRITICAL: 1 }, delayMs: 30_000 } });
    const before = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageTag: 'v1' } }));
    expect(before.imageScanStatus?.status).toBe('IN_PROGRESS');
    expect(before.imageScanFindings).toBeUndefined();
    sim.clock.advance(29_000);
    const still = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageTag: 'v1' } }));
    expect(still.imageScanStatus?.status).toBe('IN_PROGRESS');
    sim.clock.advance(1_000);
    const after = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageTag: 'v1' } }));
    expect(after.imageScanStatus?.status).toBe('COMPLETE');
    expect(after.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: 2, CRITICAL: 1 });
    expect(after.imageId).toEqual({ imageDigest: DIGEST, imageTag: 'v1' });
  });

  it('the default delay comes from the config', async () => {
    await control(sim, 'POST', '/_sim/config', { ecrScanDelayMs: 5_000 });
    await seed({ repositoryName: 'scanned', imageTag: 'v1', imageDigest: DIGEST, scan: { findingSeverityCounts: {} } });
    const before = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageDigest: DIGEST } }));
    expect(before.imageScanStatus?.status).toBe('IN_PROGRESS');
    sim.clock.advance(5_000);
    const after = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageDigest: DIGEST } }));
    expect(after.imageScanStatus?.status).toBe('COMPLETE');
  });

  it('no scan: ScanNotFoundException; unknown image: ImageNotFoundException', async () => {
    await seed({ repositoryName: 'plain', imageTag: 'v1', imageDigest: DIGEST });
    const none = await rejection(ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'plain', imageId: { imageTag: 'v1' } })));
    expect(none.name).toBe('ScanNotFoundException');
    expect(none.message).toContain("in the repository with name 'plain' in the registry with id '123456789012'");
    const missing = await rejection(ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'plain', imageId: { imageTag: 'v2' } })));
    expect(missing.name).toBe('ImageNotFoundException');
  });
});

describe('GetAuthorizationToken', () => {
  it('returns base64("AWS:" + password) and the ECR endpoint by default', async () => {
    const out = await ecr.send(new GetAuthorizationTokenCommand({}));
    const data = out.authorizationData?.[0];
    expect(out.authorizationData).toHaveLength(1);
    expect(Buffer.from(data?.authorizationToken ?? '', 'base64').toString('utf8')).toBe('AWS:sim-ecr-password');
    expect(data?.proxyEndpoint).toBe('https://123456789012.dkr.ecr.us-east-1.amazonaws.com');
    const validMs = (data?.expiresAt?.getTime() ?? 0) - sim.clock.now();
    expect(validMs).toBeGreaterThan(11 * 3600_000);
    expect(validMs).toBeLessThanOrEqual(12 * 3600_000);
  });

  it('the password and proxy endpoint are configurable (a local registry standing in for ECR)', async () => {
    const res = await control(sim, 'POST', '/_sim/config', { ecrProxyEndpoint: 'http://127.0.0.1:5999', ecrPassword: 'hunter2' });
    expect(res.status).toBe(200);
    expect(await res.json()).not.toHaveProperty('ecrPassword');
    const out = await ecr.send(new GetAuthorizationTokenCommand({}));
    expect(out.authorizationData?.[0]?.proxyEndpoint).toBe('http://127.0.0.1:5999');
    expect(Buffer.from(out.authorizationData?.[0]?.authorizationToken ?? '', 'base64').toString()).toBe('AWS:hunter2');
    const bad = await control(sim, 'POST', '/_sim/config', { ecrProxyEndpoint: 'ftp://x' });
    expect(bad.status).toBe(400);
    sim.reset();
    const after = await ecr.send(new GetAuthorizationTokenCommand({}));
    expect(after.authorizationData?.[0]?.proxyEndpoint).toBe('https://123456789012.dkr.ecr.us-east-1.amazonaws.com');
  });

  it('deny faults answer AccessDenied with the ecr action', async () => {
    await control(sim, 'POST', '/_sim/faults', { deny: ['GetAuthorizationToken'] });
    const err = await rejection(ecr.send(new GetAuthorizationTokenCommand({})));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toContain('not authorized to perform: ecr:GetAuthorizationToken on resource: *');
  });
});

describe('seeding through the control API', () => {
  it('rejects bad seeds with 400', async () => {
    for (const body of [
      { repositoryName: 'Bad', imageDigest: DIGEST },
      { repositoryName: 'ok', imageDigest: 'sha256:xyz' },
      { repositoryName: 'ok' },
      { repositoryName: 'ok', imageDigest: DIGEST, imageStatus: 'GONE' },
      { repositoryName: 'ok', imageDigest: DIGEST, imageManifest: '{"mediaType":"application/vnd.oci.image.manifest.v1+json"}' },
      { repositoryName: 'ok', imageDigest: DIGEST, extra: 1 },
    ]) {
      const res = await control(sim, 'POST', '/_sim/ecr/images', body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
    }
  });

  it('an empty repository can be seeded: then unknown tags are ImageNotFound, not RepositoryNotFound', async () => {
    expect((await control(sim, 'POST', '/_sim/ecr/repositories', { repositoryName: 'empty' })).status).toBe(200);
    const err = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'empty', imageIds: [{ imageTag: 'v1' }] })));
    expect(err.name).toBe('ImageNotFoundException');
    const list = await ecr.send(new DescribeImagesCommand({ repositoryName: 'empty' }));
    expect(list.imageDetails).toEqual([]);
  });

  it('repositories are scoped to a region', async () => {
    await seed({ repositoryName: 'eu', region: 'eu-west-1', imageTag: 'v1', imageDigest: DIGEST });
    const err = await rejection(ecr.send(new DescribeImagesCommand({ repositoryName: 'eu' })));
    expect(err.name).toBe('RepositoryNotFoundException');
    const eu = new ECRClient({ endpoint: sim.url, region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    try {
      const out = await eu.send(new DescribeImagesCommand({ repositoryName: 'eu' }));
      expect(out.imageDetails?.[0]?.imageDigest).toBe(DIGEST);
    } finally {
      eu.destroy();
    }
  });
});
