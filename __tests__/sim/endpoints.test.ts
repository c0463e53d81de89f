import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DeleteTagsCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  ListTagsCommand,
  UpdateEndpointCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { control, rejection, startSim } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';
import { arnOf, config, describeEp, IMAGE_V1, IMAGE_V2, liveEndpoint, model, ROLE, walk } from './hosting-helpers.js';

const { sim, sm } = useSimulator({ clockSpeed: 0 });


const PRIVATE_IMAGE = 'registry.example.com/team/churn:v1';
const VPC = { SecurityGroupIds: ['sg-0123456789abcdef0'], Subnets: ['subnet-0123456789abcdef0'] };
const DIGEST = 'sha256:' + 'c'.repeat(64);

describe('models', () => {
  it('creates a model with an ECR image; the ARN lower-cases the name; a duplicate is refused', async () => {
    const out = await model(sm, 'Churn-Model');
    expect(out.ModelArn).toBe(arnOf('model', 'churn-model'));
    const d = await sm.send(new DescribeModelCommand({ ModelName: 'Churn-Model' }));
    expect(d).toMatchObject({ ModelName: 'Churn-Model', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: IMAGE_V1 } });
    expect(d.CreationTime).toBeInstanceOf(Date);
    const dup = await rejection(model(sm, 'churn-model'));
    expect(dup.name).toBe('ValidationException');
    expect(dup.message).toBe(`Cannot create already existing model "${arnOf('model', 'churn-model')}".`);
  });

  it('refuses a non-ECR image without Vpc repository access mode, with the service message', async () => {
    const err = await rejection(model(sm, 'm', PRIVATE_IMAGE));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(`Using non-ECR image "${PRIVATE_IMAGE}" without Vpc repository access mode is not supported.`);
    const platform = await rejection(sm.send(new CreateModelCommand({
      ModelName: 'm', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: PRIVATE_IMAGE, ImageConfig: { RepositoryAccessMode: 'Platform' } }, VpcConfig: VPC,
    })));
    expect(platform.message).toBe(`Using non-ECR image "${PRIVATE_IMAGE}" without Vpc repository access mode is not supported.`);
  });

  it('Vpc repository access mode needs a VpcConfig; with one the private image is accepted', async () => {
    const container = {
      Image: PRIVATE_IMAGE,
      ImageConfig: { RepositoryAccessMode: 'Vpc' as const, RepositoryAuthConfig: { RepositoryCredentialsProviderArn: 'arn:aws:lambda:us-east-1:123456789012:function:creds' } },
    };
    const err = await rejection(sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, PrimaryContainer: container })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain('VpcConfig is required when ImageConfig.RepositoryAccessMode is Vpc');
    await sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, PrimaryContainer: container, VpcConfig: VPC }));
    const d = await sm.send(new DescribeModelCommand({ ModelName: 'm' }));
    expect(d.PrimaryContainer?.ImageConfig?.RepositoryAccessMode).toBe('Vpc');
    expect(d.VpcConfig).toEqual(VPC);
  });

  it('ModelPackageName: an approved, completed version lends its image, data and environment', async () => {
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    const { ModelPackageArn } = await sm.send(new CreateModelPackageCommand({
      ModelPackageGroupName: 'churn',
      InferenceSpecification: {
        Containers: [{ Image: IMAGE_V2, ImageDigest: DIGEST, ModelDataUrl: 's3://bucket/model.tar.gz', Environment: { MODE: 'prod' } }],
        SupportedContentTypes: ['application/json'],
        SupportedResponseMIMETypes: ['application/json'],
      },
    }));
    const create = () => sm.send(new CreateModelCommand({ ModelName: 'from-pkg', ExecutionRoleArn: ROLE, Containers: [{ ModelPackageName: ModelPackageArn }] }));
    const pending = await rejection(create());
    expect(pending.name).toBe('ValidationException');
    expect(pending.message).toBe(`Model Package ${ModelPackageArn} is not approved`);
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelApprovalStatus: 'Approved' }));
    await create();
    const d = await sm.send(new DescribeModelCommand({ ModelName: 'from-pkg' }));
    expect(d.Containers?.[0]).toEqual({ ModelPackageName: ModelPackageArn, Image: IMAGE_V2, ModelDataUrl: 's3://bucket/model.tar.gz', Environment: { MODE: 'prod' } });
    // the package's ImageDigest is what an endpoint resolves the image to
    await config(sm, 'c', 'from-pkg', 1);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    const images = (await describeEp(sm, 'ep')).ProductionVariants?.[0]?.DeployedImages;
    expect(images?.[0]?.SpecifiedImage).toBe(IMAGE_V2);
    expect(images?.[0]?.ResolvedImage).toBe(`123456789012.dkr.ecr.us-east-1.amazonaws.com/models/churn@${DIGEST}`);
  });

  it('ModelPackageName of a version that is not Completed, or missing, is refused; ImageConfig with it is accepted (UNVERIFIED)', async () => {
    await control(sim, 'POST', '/_sim/config', { packageDelayMs: 10_000 });
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g' }));
    const { ModelPackageArn } = await sm.send(new CreateModelPackageCommand({
      ModelPackageGroupName: 'g', ModelApprovalStatus: 'Approved', SkipModelValidation: 'All',
      InferenceSpecification: { Containers: [{ Image: PRIVATE_IMAGE }], SupportedContentTypes: ['a/b'], SupportedResponseMIMETypes: ['a/b'] },
    }));
    const container = { ModelPackageName: ModelPackageArn, ImageConfig: { RepositoryAccessMode: 'Vpc' as const } };
    const early = await rejection(sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, Containers: [container], VpcConfig: VPC })));
    expect(early.message).toBe(`Model Package ${ModelPackageArn} is not in Completed status (current status: Pending).`);
    sim.clock.advance(10_000);
    const noVpcMode = await rejection(sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, Containers: [{ ModelPackageName: ModelPackageArn }] })));
    expect(noVpcMode.message).toBe(`Using non-ECR image "${PRIVATE_IMAGE}" without Vpc repository access mode is not supported.`);
    await sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, Containers: [container], VpcConfig: VPC }));
    expect((await sm.send(new DescribeModelCommand({ ModelName: 'm' }))).Containers?.[0]?.Image).toBe(PRIVATE_IMAGE);
    const missing = await rejection(sm.send(new CreateModelCommand({ ModelName: 'x', ExecutionRoleArn: ROLE, Containers: [{ ModelPackageName: 'g/9' }] })));
    expect(missing.message).toBe('ModelPackage g/9 does not exist.');
  });

  it('ExecutionRoleArn is validated by the schema', async () => {
    const err = await rejection(sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::1:role/x', PrimaryContainer: { Image: IMAGE_V1 } })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain("at 'executionRoleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$");
  });

  it('lists with NameContains, sort and pagination; delete; missing model message', async () => {
    for (const n of ['alpha-1', 'beta', 'alpha-2', 'alpha-3']) {
      await model(sm, n);
      sim.clock.advance(1_000);
    }
    const newest = await sm.send(new ListModelsCommand({ NameContains: 'ALPHA' }));
    expect(newest.Models?.map((m) => m.ModelName)).toEqual(['alpha-3', 'alpha-2', 'alpha-1']);
    const p1 = await sm.send(new ListModelsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2 }));
    expect(p1.Models?.map((m) => m.ModelName)).toEqual(['alpha-1', 'alpha-2']);
    const p2 = await sm.send(new ListModelsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2, NextToken: p1.NextToken }));
    expect(p2.Models?.map((m) => m.ModelName)).toEqual(['alpha-3', 'beta']);
    expect(p2.NextToken).toBeUndefined();
    await sm.send(new DeleteModelCommand({ ModelName: 'beta' }));
    const gone = await rejection(sm.send(new DescribeModelCommand({ ModelName: 'beta' })));
    expect(gone.message).toBe(`Could not find model "${arnOf('model', 'beta')}".`);
    expect((await rejection(sm.send(new DeleteModelCommand({ ModelName: 'beta' })))).name).toBe('ValidationException');
  });
});

describe('endpoint configurations', () => {
  it('create, describe, list, duplicate, missing model, delete', async () => {
    const missingModel = await rejection(config(sm, 'c1', 'nope'));
    expect(missingModel.message).toBe(`Could not find model "${arnOf('model', 'nope')}".`);
    await model(sm, 'm1');
    const out = await config(sm, 'Config-1', 'm1', 2);
    expect(out.EndpointConfigArn).toBe(arnOf('endpoint-config', 'config-1'));
    const d = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'Config-1' }));
    expect(d.ProductionVariants?.[0]).toMatchObject({ VariantName: 'AllTraffic', ModelName: 'm1', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' });
    const dup = await rejection(config(sm, 'config-1', 'm1'));
    expect(dup.message).toBe(`Cannot create already existing endpoint configuration "${arnOf('endpoint-config', 'config-1')}".`);
    expect((await sm.send(new ListEndpointConfigsCommand({}))).EndpointConfigs?.map((c) => c.EndpointConfigName)).toEqual(['Config-1']);
    await sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'Config-1' }));
    const gone = await rejection(sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'Config-1' })));
    expect(gone.message).toBe(`Could not find endpoint configuration "${arnOf('endpoint-config', 'config-1')}".`);
  });

  it('ProductionVariants must have 1 to 10 items (schema)', async () => {
    await model(sm, 'm1');
    const err = await rejection(sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'c', ProductionVariants: [] })));
    expect(err.message).toBe("1 validation error detected: Value '[]' at 'productionVariants' failed to satisfy constraint: Member must have length greater than or equal to 1");
  });
});

describe('endpoints', () => {
  it('CreateEndpoint: Creating → InService on a fast clock, with the deployed image resolved from the ECR state', async () => {
    await control(sim, 'POST', '/_sim/ecr/images', { repositoryName: 'models/churn', imageTag: 'v1', imageDigest: DIGEST });
    await model(sm, 'm1', IMAGE_V1);
    await config(sm, 'c1', 'm1', 2);
    const { EndpointArn } = await sm.send(new CreateEndpointCommand({ EndpointName: 'My-Endpoint', EndpointConfigName: 'c1', Tags: [{ Key: 'team', Value: 'ml' }] }));
    expect(EndpointArn).toBe(arnOf('endpoint', 'my-endpoint'));
    const creating = await describeEp(sm, 'My-Endpoint');
    expect(creating.EndpointStatus).toBe('Creating');
    expect(creating.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Creating');
    await control(sim, 'POST', '/_sim/config', { clockSpeed: 1_000 });
    await new Promise((r) => setTimeout(r, 20)); // 20 real ms = 20 virtual s > endpointCreateMs
    const d = await describeEp(sm, 'My-Endpoint');
    expect(d).toMatchObject({ EndpointName: 'My-Endpoint', EndpointStatus: 'InService', EndpointConfigName: 'c1' });
    expect(d.PendingDeploymentSummary).toBeUndefined();
    expect(d.ProductionVariants?.[0]).toMatchObject({ VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 1, CurrentInstanceCount: 2, DesiredInstanceCount: 2 });
    expect(d.ProductionVariants?.[0]?.DeployedImages?.[0]).toMatchObject({
      SpecifiedImage: IMAGE_V1,
      ResolvedImage: `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/churn@${DIGEST}`,
    });
    expect(d.ProductionVariants?.[0]?.DeployedImages?.[0]?.ResolutionTime).toBeInstanceOf(Date);
  });

  it('endpointCreateMs is configurable; duplicate and missing-config messages', async () => {
    await control(sim, 'POST', '/_sim/config', { endpointCreateMs: 60_000 });
    await model(sm, 'm1');
    await config(sm, 'c1', 'm1', 1);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }));
    sim.clock.advance(59_999);
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('Creating');
    sim.clock.advance(1);
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('InService');
    const dup = await rejection(sm.send(new CreateEndpointCommand({ EndpointName: 'EP', EndpointConfigName: 'c1' })));
    expect(dup.message).toBe(`Cannot create already existing endpoint "${arnOf('endpoint', 'ep')}".`);
    const noCfg = await rejection(sm.send(new CreateEndpointCommand({ EndpointName: 'ep2', EndpointConfigName: 'nope' })));
    expect(noCfg.message).toBe(`Could not find endpoint configuration "${arnOf('endpoint-config', 'nope')}".`);
  });

  it('failFleet during CreateEndpoint → Failed with the reason; only DeleteEndpoint is allowed then', async () => {
    await control(sim, 'POST', '/_sim/faults', { failFleet: { count: 1 } });
    await model(sm, 'm1');
    await config(sm, 'c1', 'm1', 1);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }));
    sim.clock.advance(4_000);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('Failed');
    expect(d.FailureReason).toBe('The primary container for production variant AllTraffic did not pass the ping health check. Please check CloudWatch logs for this endpoint.');
    const upd = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' })));
    expect(upd.message).toBe(`Cannot update failed endpoint "${arnOf('endpoint', 'ep')}". Only DeleteEndpoint is allowed.`);
    await sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' }));
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('Deleting');
  });

  it('Cannot update in-progress endpoint while Creating; delete is refused too', async () => {
    await model(sm, 'm1');
    await config(sm, 'c1', 'm1', 1);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }));
    const msg = `Cannot update in-progress endpoint "${arnOf('endpoint', 'ep')}".`;
    expect((await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' })))).message).toBe(msg);
    expect((await rejection(sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' })))).message).toBe(msg);
  });

  it('DeleteEndpoint: Deleting for deleteMs, then gone; delete while Updating is refused', async () => {
    await liveEndpoint(sim, sm);
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c2' }));
    expect((await rejection(sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' })))).message).toBe(`Cannot update in-progress endpoint "${arnOf('endpoint', 'ep')}".`);
    await walk(sim, sm, 'ep', 1_000);
    await sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' }));
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('Deleting');
    expect((await sm.send(new ListEndpointsCommand({ StatusEquals: 'Deleting' }))).Endpoints?.map((e) => e.EndpointName)).toEqual(['ep']);
    sim.clock.advance(2_000);
    const gone = await rejection(describeEp(sm, 'ep'));
    expect(gone.name).toBe('ValidationException');
    expect(gone.message).toBe(`Could not find endpoint "${arnOf('endpoint', 'ep')}".`);
    expect((await sm.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
    expect((await rejection(sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' })))).message).toBe(`Could not find endpoint "${arnOf('endpoint', 'ep')}".`);
  });

  it('ListEndpoints filters by status and name', async () => {
    await liveEndpoint(sim, sm, 'live-a');
    await sm.send(new CreateEndpointCommand({ EndpointName: 'new-b', EndpointConfigName: 'c1' }));
    const creating = await sm.send(new ListEndpointsCommand({ StatusEquals: 'Creating' }));
    expect(creating.Endpoints?.map((e) => [e.EndpointName, e.EndpointStatus])).toEqual([['new-b', 'Creating']]);
    const byName = await sm.send(new ListEndpointsCommand({ NameContains: 'live', SortBy: 'Name' }));
    expect(byName.Endpoints?.map((e) => e.EndpointName)).toEqual(['live-a']);
  });

  it('tags on models, endpoint configurations and endpoints by ARN', async () => {
    await liveEndpoint(sim, sm);
    for (const arn of [arnOf('model', 'm1'), arnOf('endpoint-config', 'c1'), arnOf('endpoint', 'ep')]) {
      await sm.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }, { Key: 'x', Value: 'y' }] }));
      await sm.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['x'] }));
      expect((await sm.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual([{ Key: 'k', Value: 'v' }]);
    }
    const missing = await rejection(sm.send(new ListTagsCommand({ ResourceArn: arnOf('endpoint', 'nope') })));
    expect(missing.message).toBe(`Resource ${arnOf('endpoint', 'nope')} does not exist.`);
  });
});

describe('persistence of endpoints', () => {
  it('an endpoint mid-deployment survives a restart and finishes on the restored clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-ep-'));
    const statePath = join(dir, 'state.json');
    try {
      const first = await startSim({ statePath, clockSpeed: 0 });
      await liveEndpoint(first.sim, first.sm);
      await control(first.sim, 'POST', '/_sim/alarms', { name: 'a1', state: 'OK' });
      await first.sm.send(new UpdateEndpointCommand({
        EndpointName: 'ep', EndpointConfigName: 'c2',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 60 } },
          AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a1' }] },
        },
      }));
      first.sim.clock.advance(10_000);
      expect((await describeEp(first.sm, 'ep')).EndpointStatus).toBe('Updating');
      first.sm.destroy();
      await first.sim.close();

      const second = await startSim({ statePath, clockSpeed: 0 });
      try {
        const d = await describeEp(second.sm, 'ep');
        expect(d.EndpointStatus).toBe('Updating');
        expect(d.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage).toBe(
          'Baking for 60 seconds (WaitIntervalInSeconds) with traffic enabled on full capacity.',
        );
        second.sim.clock.advance(60_000);
        const done = await describeEp(second.sm, 'ep');
        expect(done).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'c2' });
        expect(done.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE_V2);
        const alarms = await (await control(second.sim, 'GET', '/_sim/alarms')).json();
        expect(alarms).toMatchObject([{ AlarmName: 'a1', StateValue: 'OK' }]);
      } finally {
        second.sm.destroy();
        await second.sim.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('control API additions', () => {
  it('alarms: bad bodies are refused; config durations are validated and shown', async () => {
    expect((await control(sim, 'POST', '/_sim/alarms', { name: 'a', state: 'RED' })).status).toBe(400);
    expect((await control(sim, 'POST', '/_sim/alarms', { name: ' ', state: 'OK' })).status).toBe(400);
    expect((await control(sim, 'POST', '/_sim/config', { fleetCreateMs: -1 })).status).toBe(400);
    const cfg = await (await control(sim, 'POST', '/_sim/config', { deleteMs: 500 })).json();
    expect(cfg).toMatchObject({ endpointCreateMs: 4000, fleetCreateMs: 4000, trafficShiftMs: 1000, deleteMs: 500 });
    expect((await control(sim, 'POST', '/_sim/faults', { failFleet: { count: 'x' } })).status).toBe(400);
  });
});
