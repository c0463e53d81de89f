/** Shadow variants in endpoint configurations, and inference components, against the simulator. */
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateInferenceComponentCommand,
  DeleteInferenceComponentCommand,
  DescribeEndpointConfigCommand,
  DescribeInferenceComponentCommand,
  ListInferenceComponentsCommand,
  type ProductionVariant
} from '@aws-sdk/client-sagemaker';
import { rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';
import { arnOf, IMAGE_V1, model, ROLE } from './hosting-helpers.js';

const { sim, sm } = useSimulator({ clockSpeed: 0 });


const variant = (name: string, modelName?: string): ProductionVariant => ({
  VariantName: name,
  ...(modelName ? { ModelName: modelName } : {}),
  InstanceType: 'ml.m5.large',
  InitialInstanceCount: 1
});
const createConfig = (name: string, production: ProductionVariant[], shadow?: ProductionVariant[]) =>
  sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: name, ProductionVariants: production, ...(shadow ? { ShadowProductionVariants: shadow } : {}), ExecutionRoleArn: ROLE }));

describe('ShadowProductionVariants', () => {
  it('are stored and described with the production variant', async () => {
    await model(sm, 'live');
    await model(sm, 'candidate');
    await createConfig('c', [variant('AllTraffic', 'live')], [variant('Shadow', 'candidate')]);
    const d = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'c' }));
    expect(d.ProductionVariants).toEqual([variant('AllTraffic', 'live')]);
    expect(d.ShadowProductionVariants).toEqual([variant('Shadow', 'candidate')]);
  });

  it('allow one production and one shadow variant only, each with an existing model and its own name', async () => {
    await model(sm, 'a');
    await model(sm, 'b');
    const two = await rejection(createConfig('c', [variant('A', 'a'), variant('B', 'b')], [variant('S', 'a')]));
    expect(two.message).toBe('ShadowProductionVariants can be used only with exactly one production variant and one shadow variant (got 2 and 1).');
    const twoShadows = await rejection(createConfig('c', [variant('A', 'a')], [variant('S', 'a'), variant('T', 'b')]));
    expect(twoShadows.message).toContain('(got 1 and 2)');
    expect((await rejection(createConfig('c', [variant('A', 'a')], [variant('A', 'b')]))).message).toBe('Production variant names must be unique: "A" is used more than once.');
    expect((await rejection(createConfig('c', [variant('A', 'a')], [variant('S', 'missing')]))).message).toBe(`Could not find model "${arnOf('model', 'missing')}".`);
    expect((await rejection(createConfig('c', [variant('A', 'a')], [variant('S')]))).message).toContain('ModelName is required for variant "S"');
  });

  it('are checked against the service model (at most 10 in the list)', async () => {
    await model(sm, 'a');
    const many = Array.from({ length: 11 }, (_, i) => variant(`S${i}`, 'a'));
    const err = await rejection(createConfig('c', [variant('A', 'a')], many));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain("at 'shadowProductionVariants' failed to satisfy constraint: Member must have length less than or equal to 10");
  });
});

/** An endpoint for inference components (variants without a model), InService. */
async function componentEndpoint(name = 'ic-ep'): Promise<void> {
  await createConfig(`${name}-config`, [variant('AllTraffic')]);
  await sm.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: `${name}-config` }));
  sim.clock.advance(4_000);
}
const component = (name: string, endpoint: string, modelName: string) =>
  sm.send(
    new CreateInferenceComponentCommand({
      InferenceComponentName: name,
      EndpointName: endpoint,
      VariantName: 'AllTraffic',
      Specification: { ModelName: modelName, ComputeResourceRequirements: { MinMemoryRequiredInMb: 1024 } },
      RuntimeConfig: { CopyCount: 1 }
    })
  );

describe('inference components', () => {
  it('runs a model on an endpoint whose variants have no model; Describe names the model; Delete removes it', async () => {
    await model(sm, 'm1');
    await componentEndpoint();
    const out = await component('ic-1', 'ic-ep', 'm1');
    expect(out.InferenceComponentArn).toBe(arnOf('inference-component', 'ic-1'));
    const d = await sm.send(new DescribeInferenceComponentCommand({ InferenceComponentName: 'ic-1' }));
    expect(d).toMatchObject({
      InferenceComponentName: 'ic-1',
      EndpointName: 'ic-ep',
      EndpointArn: arnOf('endpoint', 'ic-ep'),
      VariantName: 'AllTraffic',
      InferenceComponentStatus: 'InService',
      Specification: { ModelName: 'm1', ComputeResourceRequirements: { MinMemoryRequiredInMb: 1024 } },
      RuntimeConfig: { DesiredCopyCount: 1, CurrentCopyCount: 1 }
    });
    await sm.send(new DeleteInferenceComponentCommand({ InferenceComponentName: 'ic-1' }));
    const gone = await rejection(sm.send(new DescribeInferenceComponentCommand({ InferenceComponentName: 'ic-1' })));
    expect(gone.name).toBe('ValidationException');
    expect(gone.message).toBe(`Could not find inference component "${arnOf('inference-component', 'ic-1')}".`);
  });

  it('a container image is described as a DeployedImage', async () => {
    await componentEndpoint();
    await sm.send(new CreateInferenceComponentCommand({ InferenceComponentName: 'img', EndpointName: 'ic-ep', Specification: { Container: { Image: IMAGE_V1 } }, RuntimeConfig: { CopyCount: 1 } }));
    const d = await sm.send(new DescribeInferenceComponentCommand({ InferenceComponentName: 'img' }));
    expect(d.Specification?.Container?.DeployedImage?.SpecifiedImage).toBe(IMAGE_V1);
    expect(d.Specification?.Container?.DeployedImage?.ResolvedImage).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  it('is refused on an endpoint whose variants name a model, on a missing endpoint or model, and without exactly one specification', async () => {
    await model(sm, 'm1');
    await createConfig('classic', [variant('AllTraffic', 'm1')]);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'classic', EndpointConfigName: 'classic' }));
    sim.clock.advance(4_000);
    expect((await rejection(component('x', 'classic', 'm1'))).message).toBe(
      'Invalid request provided: Inference Components are not supported in this Endpoint. Please make sure this endpoint can deploy inference components.'
    );
    expect((await rejection(component('x', 'nowhere', 'm1'))).message).toBe(`Could not find endpoint "${arnOf('endpoint', 'nowhere')}".`);
    await componentEndpoint();
    expect((await rejection(component('x', 'ic-ep', 'missing'))).message).toBe(`Could not find model "${arnOf('model', 'missing')}".`);
    const neither = await rejection(sm.send(new CreateInferenceComponentCommand({ InferenceComponentName: 'x', EndpointName: 'ic-ep' })));
    expect(neither.message).toBe('Exactly one of Specification or Specifications must be specified.');
    await component('dup', 'ic-ep', 'm1');
    expect((await rejection(component('dup', 'ic-ep', 'm1'))).message).toBe(`Cannot create already existing inference component "${arnOf('inference-component', 'dup')}".`);
  });

  it('a configuration mixes no model variants with model variants', async () => {
    await model(sm, 'm1');
    const err = await rejection(createConfig('mixed', [variant('A', 'm1'), variant('B')]));
    expect(err.message).toBe('Either every production variant names a model (ModelName) or none does (an endpoint for inference components).');
  });

  it('List filters by EndpointNameEquals and pages with NextToken', async () => {
    await model(sm, 'm1');
    await componentEndpoint('one');
    await componentEndpoint('two');
    for (let i = 0; i < 5; i++) await component(`a-${i}`, 'one', 'm1');
    await component('b-0', 'two', 'm1');
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await sm.send(new ListInferenceComponentsCommand({ EndpointNameEquals: 'one', MaxResults: 2, SortBy: 'Name', SortOrder: 'Ascending', ...(token ? { NextToken: token } : {}) }));
      names.push(...(page.InferenceComponents ?? []).map((c) => c.InferenceComponentName!));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(names).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4']);
    expect(pages).toBe(3);
    const all = await sm.send(new ListInferenceComponentsCommand({ MaxResults: 100 }));
    expect(all.InferenceComponents).toHaveLength(6);
    expect(all.InferenceComponents?.[0]).toMatchObject({ InferenceComponentName: 'b-0', EndpointName: 'two', VariantName: 'AllTraffic', InferenceComponentStatus: 'InService' });
    const bad = await rejection(sm.send(new ListInferenceComponentsCommand({ EndpointNameEquals: 'two', NextToken: token ?? 'nope' })));
    expect(bad.message).toBe('Invalid pagination token.');
  });

  it('requests are validated against the service model', async () => {
    const err = await rejection(sm.send(new ListInferenceComponentsCommand({ MaxResults: 101 })));
    expect(err.message).toBe("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
    const name = await rejection(sm.send(new DescribeInferenceComponentCommand({ InferenceComponentName: '-bad-' })));
    expect(name.name).toBe('ValidationException');
    expect(name.message).toContain("at 'inferenceComponentName' failed to satisfy constraint: Member must satisfy regular expression pattern");
  });
});
