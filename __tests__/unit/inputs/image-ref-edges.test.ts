import { describe, expect, test } from '@jest/globals';
import { parseImageRef, type ImageRef } from '../../../src/inputs/image-ref.js';

const HEX = 'a1'.repeat(32);
const DIGEST_RULE = 'has a digest that is not sha256:<64 lowercase hex characters>';
const NAME_RULE = 'has a name longer than 255 characters';

function parsed(input: string): ImageRef {
  const ref = parseImageRef(input);
  if (typeof ref === 'string') throw new Error(`expected ${input} to parse, got: ${ref}`);
  return ref;
}

describe('parseImageRef: the digest is exactly sha256 with 64 hex characters', () => {
  test('an algorithm that only ends in sha256 is refused', () => {
    expect(parseImageRef(`registry.example.com/m@foosha256:${HEX}`)).toBe(DIGEST_RULE);
    expect(parseImageRef(`registry.example.com/m@x+sha256:${HEX}`)).toBe(DIGEST_RULE);
  });

  test('more than 64 hex characters are refused, not cut to the first 64', () => {
    expect(parseImageRef(`registry.example.com/m@sha256:${HEX}0`)).toBe(DIGEST_RULE);
    expect(parseImageRef(`registry.example.com/m@sha256:${HEX}${'b2'.repeat(32)}`)).toBe(DIGEST_RULE);
    expect(parsed(`registry.example.com/m@sha256:${HEX}`).digest).toBe(`sha256:${HEX}`);
  });
});

describe('parseImageRef: only a real ECR host is ECR', () => {
  test('a host that merely contains an ECR host name is a private registry, pulled through the VPC', () => {
    for (const host of ['mirror.123456789012.dkr.ecr.us-east-1.amazonaws.com', '9123456789012.dkr.ecr.us-east-1.amazonaws.com']) {
      const ref = parsed(`${host}/models/fraud:1`);
      expect(ref.kind).toBe('private');
      expect(ref.ecr).toBeUndefined();
    }
  });

  test('ECR in GovCloud is the aws-us-gov partition; other US Regions are aws', () => {
    expect(parsed('123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/models/fraud:1').ecr).toEqual({
      accountId: '123456789012',
      region: 'us-gov-west-1',
      partition: 'aws-us-gov'
    });
    expect(parsed('123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/m').ecr?.partition).toBe('aws');
  });
});

describe('parseImageRef: which rule a bad reference is refused for', () => {
  test('an invalid registry host with a lowercase repository is not told the repository must be lowercase', () => {
    const grammar = 'is not a valid image reference: expected registry[:port]/repository[:tag][@sha256:digest]';
    expect(parseImageRef('Registry_1.Example.com/team/model:v1')).toBe(grammar);
    expect(parseImageRef('My_Host/team/model')).toBe(grammar);
  });
});

describe('parseImageRef: Docker Hub names count as docker.io/[library/]name, up to 255 characters', () => {
  test('an official image name counts docker.io/library/ (18 characters)', () => {
    const fits = 'a'.repeat(255 - 'docker.io/library/'.length);
    expect(parsed(fits).repository).toBe(`library/${fits}`);
    expect(parseImageRef(`${fits}a`)).toBe(NAME_RULE);
    expect(parseImageRef(`${fits}a:v1`)).toBe(NAME_RULE);
  });

  test('a user/repository name counts docker.io/ (10 characters) only', () => {
    const fits = `team/${'a'.repeat(255 - 'docker.io/team/'.length)}`;
    expect(parsed(fits).repository).toBe(fits);
    expect(parseImageRef(`${fits}a`)).toBe(NAME_RULE);
  });
});
