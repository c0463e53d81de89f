/** A model's ECR image must be in the model's Region: refused at input time, naming the input and the rule. */
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import { readConfig, type InputReader } from '../../../src/inputs/inputs.js';
import { checkImageRegion } from '../../../src/inputs/image-region.js';
import { parseImageRef, type ImageRef } from '../../../src/inputs/image-ref.js';

const reader =
  (values: Record<string, string>): InputReader =>
  (name) =>
    values[name] ?? '';
const EU_IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/models/fraud:1.2.3';
const US_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3';
const ref = (s: string) => parseImageRef(s) as ImageRef;

function refusal(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputError {
  try {
    readConfig(reader({ 'model-package-group': 'fraud', ...values }), env);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('the ECR image Region', () => {
  test('an ECR image in another Region than aws-region is refused, naming image and the rule', () => {
    const err = refusal({ image: EU_IMAGE, 'aws-region': 'us-east-1' });
    expect(err.input).toBe('image');
    expect(err.message).toContain(JSON.stringify(EU_IMAGE));
    expect(err.rule).toMatch(/^is an ECR image in Region eu-west-1, but SageMaker pulls a model's ECR image only from the model's own Region \(us-east-1\)/);
  });

  test('the Region from AWS_REGION counts as much as the input', () => {
    expect(refusal({ image: EU_IMAGE }, { AWS_REGION: 'us-east-1' }).input).toBe('image');
    expect(refusal({ image: US_IMAGE }, { AWS_DEFAULT_REGION: 'eu-west-1' }).input).toBe('image');
  });

  test('an ECR image in the action Region is accepted, and so is any image when the Region is not known yet', () => {
    expect(readConfig(reader({ image: US_IMAGE, 'model-package-group': 'fraud', 'aws-region': 'us-east-1' }), {}).image?.ecr?.region).toBe('us-east-1');
    expect(readConfig(reader({ image: EU_IMAGE, 'model-package-group': 'fraud' }), {}).image?.ecr?.region).toBe('eu-west-1');
  });

  test('a private-registry image is not subject to the rule; a replicate-to-ecr target in another Region is refused', () => {
    expect(() => checkImageRegion({ region: 'us-east-1', image: ref('registry.example.com/team/model:v1') })).not.toThrow();
    const target = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/model';
    let err: unknown;
    try {
      checkImageRegion({ region: 'us-east-1', image: ref('registry.example.com/team/model:v1'), replicateToEcr: ref(target) }, target);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('replicate-to-ecr');
    expect((err as InputError).rule).toMatch(/^is in Region eu-west-1, but SageMaker pulls .* replicate into a repository in us-east-1$/);
    expect(() => checkImageRegion({ region: 'us-east-1', image: ref('registry.example.com/team/model:v1'), replicateToEcr: ref(target.replace('eu-west-1', 'us-east-1')) })).not.toThrow();
  });

  test('readConfig refuses a cross-Region replicate-to-ecr target too', () => {
    const err = refusal({ image: 'registry.example.com/team/model:v1', 'replicate-to-ecr': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/model', 'aws-region': 'us-east-1' });
    expect(err.input).toBe('replicate-to-ecr');
  });
});
