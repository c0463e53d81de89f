/** POST /_sim/sagemaker/packages: many old versions in one request, as the service would show them. */
import { CreateModelPackageCommand, DescribeModelPackageCommand, ListModelPackagesCommand, SearchCommand } from '@aws-sdk/client-sagemaker';
import { control } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator({ clockSpeed: 0, searchDelayMs: 60_000 });


const seed = (body: unknown) => control(sim, 'POST', '/_sim/sagemaker/packages', body);

test('versions are numbered on, created in the past oldest first, Completed, and visible to Search at once', async () => {
  const res = await seed({ group: 'big', count: 3, newestAgeMs: 3_600_000, spacingMs: 1000, image: 'registry.example.com/m:v1' });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ModelPackageGroupArn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/big', firstVersion: 1, lastVersion: 3 });
  const now = sim.clock.now();
  const listed = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'big', ModelPackageType: 'Versioned', SortOrder: 'Descending' }));
  expect(listed.ModelPackageSummaryList!.map((s) => [s.ModelPackageVersion, s.CreationTime!.getTime(), s.ModelPackageStatus])).toEqual([
    [3, now - 3_600_000, 'Completed'],
    [2, now - 3_601_000, 'Completed'],
    [1, now - 3_602_000, 'Completed']
  ]);
  const described = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'big/2' }));
  expect(described.InferenceSpecification!.Containers).toEqual([{ Image: 'registry.example.com/m:v1' }]);
  // Search lags 60 s behind writes here, but the seeded versions are old: it sees them.
  const found = await sm.send(new SearchCommand({ Resource: 'ModelPackage', SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'big' }] } }));
  expect(found.Results).toHaveLength(3);
  // A version created afterwards goes on from the seeded ones.
  const made = await sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'big', InferenceSpecification: { Containers: [{ Image: 'registry.example.com/m:v2' }] } }));
  expect(made.ModelPackageArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package/big/4');
});

test('by default every version has its own image, a day old at the newest', async () => {
  await seed({ group: 'big', count: 2 });
  const [a, b] = await Promise.all(['big/1', 'big/2'].map((n) => sm.send(new DescribeModelPackageCommand({ ModelPackageName: n }))));
  expect(a!.InferenceSpecification!.Containers![0]!.Image).not.toBe(b!.InferenceSpecification!.Containers![0]!.Image);
  expect(b!.CreationTime!.getTime()).toBe(sim.clock.now() - 86_400_000);
});

test.each([
  [{ group: 'big', count: 0 }, 'count must be a whole number from 1 to 20000'],
  [{ group: 'big', count: 20_001 }, 'count must be a whole number from 1 to 20000'],
  [{ group: 'big', count: 1.5 }, 'count must be a whole number from 1 to 20000'],
  [{ group: 'bad_name', count: 1 }, 'group must be a model package group name (1-63 of [a-zA-Z0-9-])'],
  [{ group: 'big', count: 1, image: 'has space' }, 'image must be 1-255 non-space characters'],
  [{ group: 'big', count: 1, spacingMs: -1 }, 'spacingMs must be a whole number from 0 to 86400000'],
  [{ group: 'big', count: 1, region: 'mars' }, 'region must look like us-east-1'],
  [{ group: 'big', count: 1, extra: true }, 'unknown member(s): extra'],
  [[], 'body must be a JSON object']
])('%j is refused: %s', async (body, message) => {
  const res = await seed(body);
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ error: 'BadRequest', message });
});
