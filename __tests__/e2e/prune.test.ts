/** prune/ against the simulator on a group of 300 versions: keeps exactly the right ones; dry-run deletes nothing. */
import { expect, test } from '@jest/globals';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const arn = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/${GROUP}/${n}`;

/** 300 versions through the SDK; every 50th approved. */
async function seed(): Promise<void> {
  const sm = client(sim);
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  for (let n = 1; n <= 300; n++) {
    await sm.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: GROUP,
        ModelApprovalStatus: n % 50 === 0 ? 'Approved' : 'PendingManualApproval',
        InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:v${n}` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
        CustomerMetadataProperties: { 'git-commit': sha(n) }
      })
    );
  }
}

/** Serves version n on an endpoint through the action (so its ledger names the one before). */
async function serve(n: number, previous: number): Promise<void> {
  const sm = client(sim);
  for (const v of [previous, n]) await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn(v), ModelApprovalStatus: 'Approved' }));
  for (const v of [previous, n]) {
    const r = await runRegister({ env: sim.env, runId: `${v}`, eventName: 'workflow_dispatch', event: pushEvent(), inputs: { 'model-package-arn': arn(v), 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, comment: 'false', 'poll-interval': '1' } });
    expect(r.errors).toEqual([]);
  }
}

const remaining = async () => ((await sim.control('state')) as { accounts: Record<string, Record<string, { packages: Record<string, { ModelPackageVersion?: number }> }>> }).accounts['123456789012']!['us-east-1']!.packages;

test('300 versions: keeps the newest 10, approved ones, the served one and the ledger’s rollback target; dry-run deletes nothing', async () => {
  await seed();
  await serve(120, 7); // 7 served before 120: the ledger names it
  const inputs = { 'model-package-group': GROUP, 'keep-days': '0' };
  const dry = await runSub('prune', { env: sim.env, eventName: 'schedule', event: {}, inputs: { ...inputs, 'dry-run': 'true' } });
  expect(dry.errors).toEqual([]);
  expect(await sim.requests({ operation: 'DeleteModelPackage' })).toEqual([]);
  expect(Object.keys(await remaining())).toHaveLength(300);

  const kept = [...Array.from({ length: 10 }, (_, i) => 300 - i), 50, 100, 150, 200, 250, 120, 7];
  const expected = Array.from({ length: 300 }, (_, i) => i + 1).filter((n) => !kept.includes(n)).map(arn);
  expect((JSON.parse(dry.outputs.deleted!) as string[]).sort()).toEqual([...expected].sort());
  expect(dry.summary).toContain(`Would delete ${expected.length} version(s); kept ${kept.length}`);

  const r = await runSub('prune', { env: sim.env, eventName: 'schedule', event: {}, inputs });
  expect(r.errors).toEqual([]);
  expect((JSON.parse(r.outputs.deleted!) as string[]).sort()).toEqual([...expected].sort());
  const left = Object.values(await remaining()).map((p) => p.ModelPackageVersion).sort((a, b) => a! - b!);
  expect(left).toEqual([...kept].sort((a, b) => a - b));
  expect(r.summary).toContain('| 120 | serving on fraud-prod |');
  expect(r.summary).toContain('| 7 | rollback target in a deployment ledger |');
});

test('keep-approved false and keep-latest 0 still never delete what an endpoint serves', async () => {
  await seed();
  await serve(300, 299);
  const r = await runSub('prune', { env: sim.env, eventName: 'schedule', event: {}, inputs: { 'model-package-group': GROUP, 'keep-days': '0', 'keep-latest': '0', 'keep-approved': 'false' } });
  expect(r.errors).toEqual([]);
  expect(JSON.parse(r.outputs.deleted!)).toHaveLength(298);
  const left = Object.values(await remaining()).map((p) => p.ModelPackageVersion).sort((a, b) => a! - b!);
  expect(left).toEqual([299, 300]);
});
