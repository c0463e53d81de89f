/** ModelMetrics in the simulator: validated against the model at CreateModelPackage, stored as sent, fixed after. */
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeModelPackageCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { useSimulator } from '../helpers/simulator.js';
import { ECR_IMAGE, rejection } from './helpers.js';

const { sm } = useSimulator();
beforeEach(() => sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const statistics = (extra: Record<string, string> = {}) => ({ ContentType: 'application/json', S3Uri: 's3://ml-metrics/fraud/statistics.json', ContentDigest: DIGEST, ...extra });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const create = (ModelMetrics: any) => sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] }, ModelMetrics }));

test('stored as sent and described back', async () => {
  const { ModelPackageArn } = await create({ ModelQuality: { Statistics: statistics(), Constraints: { ContentType: 'application/json', S3Uri: 's3://ml-metrics/fraud/constraints.json' } } });
  const pkg = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }));
  expect(pkg.ModelMetrics).toEqual({ ModelQuality: { Statistics: statistics(), Constraints: { ContentType: 'application/json', S3Uri: 's3://ml-metrics/fraud/constraints.json' } } });
});

test('a digest that is not sha256:<64 hex> and a source without S3Uri are refused as the service refuses them', async () => {
  const bad = await rejection(create({ ModelQuality: { Statistics: statistics({ ContentDigest: 'md5:abc' }) } }));
  expect(bad.name).toBe('ValidationException');
  expect(bad.message).toContain('modelMetrics.modelQuality.statistics.contentDigest');
  const missing = await rejection(create({ ModelQuality: { Statistics: { ContentType: 'application/json' } } }));
  expect(missing.name).toBe('ValidationException');
});

test('UpdateModelPackage has no ModelMetrics member: sent anyway it is ignored, the recorded ModelMetrics stay', async () => {
  const { ModelPackageArn } = await create({ ModelQuality: { Statistics: statistics() } });
  const update = new UpdateModelPackageCommand({ ModelPackageArn: ModelPackageArn!, ApprovalDescription: 'x' });
  // The SDK drops members its model does not have; put one into the body after serialization, as a raw client could.
  update.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body: string | Uint8Array; headers: Record<string, string> };
      const sent = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
      request.body = JSON.stringify({ ...JSON.parse(sent), ModelMetrics: { ModelQuality: { Statistics: statistics({ ContentDigest: `sha256:${'cd'.repeat(32)}` }) } } });
      request.headers['content-length'] = String(Buffer.byteLength(request.body));
      return next(args);
    },
    { step: 'build' }
  );
  await sm.send(update);
  const pkg = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }));
  expect(pkg.ApprovalDescription).toBe('x');
  expect(pkg.ModelMetrics?.ModelQuality?.Statistics?.ContentDigest).toBe(DIGEST);
});
