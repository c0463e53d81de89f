import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { configServes, modelServes, namedVersion, sameImage, type LiveModel } from '../../../src/deploy/serves.js';

const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/3';
const V4 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/4';
const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;
const REPO = 'registry.example.com/ml/fraud';
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud';

const pkg = (image = `${REPO}@${D1}`, extra: { ImageDigest?: string; ModelDataUrl?: string; arn?: string } = {}): DescribeModelPackageOutput =>
  ({
    ModelPackageArn: extra.arn ?? V4,
    InferenceSpecification: { Containers: [{ Image: image, ...(extra.ImageDigest ? { ImageDigest: extra.ImageDigest } : {}), ...(extra.ModelDataUrl ? { ModelDataUrl: extra.ModelDataUrl } : {}) }] }
  }) as DescribeModelPackageOutput;
const fromPackage = (arn: string): LiveModel => ({ name: 'm', containers: [{ ModelPackageName: arn, Image: `${ECR}@${D1}` }] });
const fromImage = (image: string, tag?: string, data?: string): LiveModel => ({ name: 'm', containers: [{ Image: image, ...(data ? { ModelDataUrl: data } : {}) }], ...(tag !== undefined ? { tag } : {}) });

describe('sameImage', () => {
  test('the very reference, or the same repository at the same digest', () => {
    expect(sameImage(`${REPO}:v1`, `${REPO}:v1`)).toBe(true);
    expect(sameImage(`${REPO}@${D1}`, `${REPO}:v1`, D1)).toBe(true);
    expect(sameImage(`${REPO}@${D1}`, `${REPO}:v1@${D1}`)).toBe(true);
  });

  test('another digest, another repository or registry, no digest, or no image reference at all', () => {
    expect(sameImage(`${REPO}@${D1}`, `${REPO}:v1`, D2)).toBe(false);
    expect(sameImage(`${REPO}@${D1}`, `${REPO}:v1`)).toBe(false);
    expect(sameImage(`${REPO}:v1`, `${REPO}:v1@${D1}`)).toBe(false);
    expect(sameImage(`registry.example.com/ml/other@${D1}`, `${REPO}@${D1}`)).toBe(false);
    expect(sameImage(`other.example.com/ml/fraud@${D1}`, `${REPO}@${D1}`)).toBe(false);
    expect(sameImage('NOT AN IMAGE', `${REPO}@${D1}`)).toBe(false);
    expect(sameImage(`${REPO}@${D1}`, 'NOT AN IMAGE', D1)).toBe(false);
  });
});

describe('modelServes', () => {
  test('a model made from the package serves exactly that version ARN', () => {
    expect(modelServes(fromPackage(V4), pkg())).toBe(true);
    expect(modelServes(fromPackage(V3), pkg())).toBe(false);
    // A tag cannot turn another package's model into this version's.
    expect(modelServes({ ...fromPackage(V3), tag: V4 }, pkg())).toBe(false);
  });

  test('a model built from an image serves the version whose own container it is', () => {
    expect(modelServes(fromImage(`${REPO}@${D1}`), pkg())).toBe(true);
    expect(modelServes(fromImage(`${REPO}@${D1}`, V4), pkg())).toBe(true);
    expect(modelServes(fromImage(`${REPO}@${D1}`, undefined, 's3://m/a.tgz'), pkg(`${REPO}@${D1}`, { ModelDataUrl: 's3://m/a.tgz' }))).toBe(true);
  });

  test('a tag naming the version does not make another image serve it; a tag naming another version rules it out', () => {
    expect(modelServes(fromImage(`${REPO}@${D2}`, V4), pkg())).toBe(false);
    expect(modelServes(fromImage(`${REPO}@${D1}`, V3), pkg())).toBe(false);
    expect(modelServes(fromImage(`${REPO}@${D1}`, ''), pkg())).toBe(false);
  });

  test('other model data, no image on either side, several or no containers, a version without an ARN', () => {
    expect(modelServes(fromImage(`${REPO}@${D1}`, undefined, 's3://m/b.tgz'), pkg(`${REPO}@${D1}`, { ModelDataUrl: 's3://m/a.tgz' }))).toBe(false);
    expect(modelServes(fromImage(`${REPO}@${D1}`), pkg(`${REPO}@${D1}`, { ModelDataUrl: 's3://m/a.tgz' }))).toBe(false);
    expect(modelServes({ name: 'm', containers: [{}] }, pkg())).toBe(false);
    expect(modelServes(fromImage(`${REPO}@${D1}`), { ModelPackageArn: V4, InferenceSpecification: { Containers: [] } } as unknown as DescribeModelPackageOutput)).toBe(false);
    expect(modelServes({ name: 'm', containers: [{ ModelPackageName: V4 }, { ModelPackageName: V4 }] }, pkg())).toBe(false);
    expect(modelServes({ name: 'm', containers: [] }, pkg())).toBe(false);
    expect(modelServes(fromPackage(V4), { ...pkg(), ModelPackageArn: undefined })).toBe(false);
  });
});

describe('configServes and namedVersion', () => {
  test('every variant must serve the version, and there must be one', () => {
    expect(configServes({ name: 'c', models: [fromPackage(V4)] }, pkg())).toBe(true);
    expect(configServes({ name: 'c', models: [fromPackage(V4), fromPackage(V3)] }, pkg())).toBe(false);
    expect(configServes({ name: 'c', models: [] }, pkg())).toBe(false);
  });

  test('the version a model names: its package, else its tag, never for several containers', () => {
    expect(namedVersion(fromPackage(V4))).toBe(V4);
    expect(namedVersion({ ...fromPackage(V4), tag: V3 })).toBe(V4);
    expect(namedVersion(fromImage('x', V3))).toBe(V3);
    expect(namedVersion(fromImage('x'))).toBeUndefined();
    expect(namedVersion({ name: 'm', containers: [{ ModelPackageName: V4 }, { ModelPackageName: V4 }] })).toBeUndefined();
  });
});
