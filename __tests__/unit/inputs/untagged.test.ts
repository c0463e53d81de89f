import { describe, expect, test } from '@jest/globals';
import { readConfig } from '../../../src/inputs/inputs.js';
import { readImage, untaggedImage } from '../../../src/inputs/image.js';

const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const inputs = (image: string, resolveDigest: string) => read({ image, 'model-package-group': 'fraud-model', 'aws-region': 'us-east-1', 'resolve-digest': resolveDigest });

describe('an image without a tag', () => {
  test('with resolve-digest: required is refused before anything runs, naming the input and the rule', () => {
    expect(() => readConfig(inputs('registry.example.com/team/model', 'required'), {})).toThrow(
      `Input 'image': "registry.example.com/team/model" has no tag or digest, so it would be registered as :latest (whatever was pushed last); with resolve-digest: required, name the tag or the digest`
    );
  });

  test('otherwise is a warning that says what is registered', () => {
    expect(readConfig(inputs('registry.example.com/team/model', 'auto'), {}).image).toMatchObject({ registry: 'registry.example.com' });
    expect(untaggedImage('registry.example.com/team/model', readImage('registry.example.com/team/model'), 'auto')).toBe(
      'Image "registry.example.com/team/model" has no tag: it is registered as registry.example.com/team/model:latest (whatever was pushed last, pinned to the digest it has now). Name the tag or the digest to register.'
    );
    expect(untaggedImage('nginx', readImage('nginx'), 'off')).toBe('Image "nginx" has no tag: it is registered as docker.io/library/nginx:latest (whatever was pushed last). Name the tag or the digest to register.');
  });

  test('a tag or a digest is no warning and no refusal', () => {
    const digest = `registry.example.com/team/model@sha256:${'a'.repeat(64)}`;
    for (const image of ['registry.example.com/team/model:latest', 'registry.example.com/team/model:v1', digest]) {
      expect(untaggedImage(image, readImage(image), 'required')).toBeUndefined();
      expect(() => readConfig(inputs(image, 'required'), {})).not.toThrow();
    }
  });
});
