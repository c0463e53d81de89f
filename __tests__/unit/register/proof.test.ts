/** The container record written at registration (MetadataProperties.GeneratedBy), and the digest a version is pinned to. */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ACTION_NAME, containerRecord, pinnedDigest } from '../../../src/register/proof.js';
import { DIGEST, ECR_IMAGE, OTHER_DIGEST, registered, spec, TAGGED_IMAGE, type Spec } from '../../helpers/proof-fixtures.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hashOf = (record: string) => /spec-sha256=([0-9a-f]{64})/.exec(record)![1];
/** spec(pinned) with its one container changed. */
const withContainer = (change: Record<string, unknown>, pinned = true): Spec => {
  const s = spec(pinned);
  return { ...s, Containers: [{ ...s.Containers![0], ...change }] };
};

describe('containerRecord', () => {
  test('names the action, the SHA-256 of exactly the fields the action sets (sorted keys), and the pinned digest', () => {
    // Versions registered by earlier runs must keep proving themselves: this text is a stored format.
    const projected =
      '{"containers":[{"data":"s3://acme-models/fraud/model.tar.gz",' +
      `"digest":"${DIGEST}","env":{"MODE":"fast","THRESHOLD":"0.7"},"image":"${ECR_IMAGE}"}],` +
      '"content":["text/csv"],"realtime":["ml.m5.large"],"response":["application/json"]}';
    expect(ACTION_NAME).toBe('sagemaker-private-registry-action');
    expect(containerRecord(spec(), DIGEST)).toBe(`sagemaker-private-registry-action spec-sha256=${sha256(projected)} digest=${DIGEST}`);
  });

  test('without a pinned digest: digest=none, and the digest field is hashed empty', () => {
    const projected =
      '{"containers":[{"data":"s3://acme-models/fraud/model.tar.gz",' +
      `"digest":"","env":{"MODE":"fast","THRESHOLD":"0.7"},"image":"${TAGGED_IMAGE}"}],` +
      '"content":["text/csv"],"realtime":["ml.m5.large"],"response":["application/json"]}';
    expect(containerRecord(spec(false), undefined)).toBe(`sagemaker-private-registry-action spec-sha256=${sha256(projected)} digest=none`);
  });

  test('fields the action leaves out hash as empty values; an empty specification hashes to empty lists', () => {
    const bare = { Containers: [{}] } as Spec;
    expect(hashOf(containerRecord(bare, undefined))).toBe(sha256('{"containers":[{"data":"","digest":"","env":{},"image":""}],"content":[],"realtime":[],"response":[]}'));
    expect(hashOf(containerRecord({} as Spec, undefined))).toBe(sha256('{"containers":[],"content":[],"realtime":[],"response":[]}'));
  });

  test('the same specification gives the same record, whatever order its keys were written in', () => {
    const s = spec();
    const c = s.Containers![0]!;
    const reordered: Spec = {
      SupportedRealtimeInferenceInstanceTypes: s.SupportedRealtimeInferenceInstanceTypes,
      SupportedResponseMIMETypes: s.SupportedResponseMIMETypes,
      Containers: [{ Environment: { MODE: 'fast', THRESHOLD: '0.7' }, ModelDataUrl: c.ModelDataUrl, ImageDigest: c.ImageDigest, Image: c.Image }],
      SupportedContentTypes: s.SupportedContentTypes
    };
    expect(containerRecord(reordered, DIGEST)).toBe(containerRecord(spec(), DIGEST));
    expect(containerRecord(spec(), DIGEST)).toBe(containerRecord(spec(), DIGEST));
  });

  test.each([
    ['an environment value', withContainer({ Environment: { THRESHOLD: '0.1', MODE: 'fast' } })],
    ['an added environment variable', withContainer({ Environment: { THRESHOLD: '0.7', MODE: 'fast', EXTRA: '1' } })],
    ['no environment', withContainer({ Environment: undefined })],
    ['the image', withContainer({ Image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/other@${DIGEST}` })],
    ['the model data', withContainer({ ModelDataUrl: 's3://acme-models/fraud/other.tar.gz' })],
    ['the content types', { ...spec(), SupportedContentTypes: ['application/json'] }],
    ['the response types', { ...spec(), SupportedResponseMIMETypes: ['text/csv'] }],
    ['the real-time instance types', { ...spec(), SupportedRealtimeInferenceInstanceTypes: ['ml.c5.large'] }],
    ['a second container', { ...spec(), Containers: [...spec().Containers!, ...spec().Containers!] }],
    ['the pinned ImageDigest', withContainer({ ImageDigest: OTHER_DIGEST })]
  ] as [string, Spec][])('a change of %s gives a different record', (_what, changed) => {
    expect(hashOf(containerRecord(changed, DIGEST))).not.toBe(hashOf(containerRecord(spec(), DIGEST)));
  });

  test('ImageDigest counts only when the action pinned one (SageMaker may fill it in for images it validated)', () => {
    const filledIn = withContainer({ ImageDigest: OTHER_DIGEST }, false);
    expect(containerRecord(filledIn, undefined)).toBe(containerRecord(spec(false), undefined));
    // Pinned: the digest is part of the hash as well as of the text.
    expect(hashOf(containerRecord(spec(), DIGEST))).not.toBe(hashOf(containerRecord(spec(), undefined)));
    expect(containerRecord(spec(), OTHER_DIGEST)).toMatch(new RegExp(`digest=${OTHER_DIGEST}$`));
  });
});

describe('pinnedDigest', () => {
  const withImage = (Image: string | undefined, ImageDigest?: string) => {
    const p = registered();
    p.InferenceSpecification!.Containers = [{ ...(Image ? { Image } : {}), ...(ImageDigest ? { ImageDigest } : {}) }];
    return p;
  };

  test('ImageDigest, lower-cased, wins over a digest in the image reference', () => {
    expect(pinnedDigest(withImage(ECR_IMAGE, DIGEST.toUpperCase()))).toBe(DIGEST);
    expect(pinnedDigest(withImage(`repo@${OTHER_DIGEST}`, DIGEST))).toBe(DIGEST);
  });

  test('without ImageDigest: the @sha256: digest that ends the image reference', () => {
    expect(pinnedDigest(withImage(ECR_IMAGE))).toBe(DIGEST);
    expect(pinnedDigest(withImage(`${ECR_IMAGE}x`))).toBeUndefined();
    expect(pinnedDigest(withImage(`repo@sha256:${'ab'.repeat(31)}`))).toBeUndefined();
    expect(pinnedDigest(withImage(`repo@SHA256:${'ab'.repeat(32)}`))).toBeUndefined();
    expect(pinnedDigest(withImage(TAGGED_IMAGE))).toBeUndefined();
    expect(pinnedDigest(withImage(undefined))).toBeUndefined();
  });

  test('only the first container counts; no specification, no digest', () => {
    const p = registered({ pinned: false });
    p.InferenceSpecification!.Containers!.push({ Image: ECR_IMAGE, ImageDigest: DIGEST });
    expect(pinnedDigest(p)).toBeUndefined();
    expect(pinnedDigest({ ...registered(), InferenceSpecification: undefined })).toBeUndefined();
    expect(pinnedDigest({ ...registered(), InferenceSpecification: {} as never })).toBeUndefined();
  });
});
