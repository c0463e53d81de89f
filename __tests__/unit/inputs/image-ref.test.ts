import { DOCKER_HUB, formatImage, isOutsideEcr, parseImageRef, type ImageRef } from '../../../src/inputs/image-ref.js';

const DIGEST = `sha256:${'a1'.repeat(32)}`;

function parsed(input: string): ImageRef {
  const ref = parseImageRef(input);
  if (typeof ref === 'string') throw new Error(`expected ${input} to parse, got: ${ref}`);
  return ref;
}

describe('parseImageRef: Docker Hub', () => {
  test('an official image name gets the Docker Hub host and library/', () => {
    expect(parseImageRef('ubuntu')).toEqual({ registry: DOCKER_HUB, repository: 'library/ubuntu', kind: 'docker-hub' });
    expect(DOCKER_HUB).toBe('registry-1.docker.io');
  });

  test('user/repository:tag stays under the user, without library/', () => {
    expect(parseImageRef('user/model:v1')).toEqual({ registry: DOCKER_HUB, repository: 'user/model', tag: 'v1', kind: 'docker-hub' });
  });

  test('docker.io and index.docker.io are normalised to the Docker Hub host', () => {
    expect(parsed('docker.io/ubuntu:22.04')).toEqual({ registry: DOCKER_HUB, repository: 'library/ubuntu', tag: '22.04', kind: 'docker-hub' });
    expect(parsed('index.docker.io/acme/app')).toEqual({ registry: DOCKER_HUB, repository: 'acme/app', kind: 'docker-hub' });
  });

  test('a first component without a dot, port or localhost is part of the path', () => {
    expect(parsed('org/team/model:1.0')).toEqual({ registry: DOCKER_HUB, repository: 'org/team/model', tag: '1.0', kind: 'docker-hub' });
  });

  test('leading and trailing whitespace is ignored', () => {
    expect(parsed('  ubuntu:22.04\n')).toEqual({ registry: DOCKER_HUB, repository: 'library/ubuntu', tag: '22.04', kind: 'docker-hub' });
  });

  test('path components may use the separators . _ __ and runs of -', () => {
    expect(parsed('a.b/c_d__e---f').repository).toBe('c_d__e---f');
    expect(parsed('a.b/c_d__e---f').registry).toBe('a.b');
  });
});

describe('parseImageRef: registries', () => {
  test('localhost with and without a port is a registry', () => {
    expect(parseImageRef('localhost:5000/x')).toEqual({ registry: 'localhost:5000', repository: 'x', kind: 'private' });
    expect(parseImageRef('localhost/x:dev')).toEqual({ registry: 'localhost', repository: 'x', tag: 'dev', kind: 'private' });
  });

  test('a host with a port, a tag and a nested path', () => {
    expect(parseImageRef('registry.example.com:8443/team/model:2024-05-01')).toEqual({
      registry: 'registry.example.com:8443',
      repository: 'team/model',
      tag: '2024-05-01',
      kind: 'private'
    });
  });

  test('a host name without a dot but with a port is a registry', () => {
    expect(parsed('myhost:5000/model').registry).toBe('myhost:5000');
  });

  test('ports: 1 to 65535', () => {
    expect(parsed('registry.example.com:65535/m').registry).toBe('registry.example.com:65535');
    expect(parsed('localhost:1/m').registry).toBe('localhost:1');
    expect(parseImageRef('registry.example.com:65536/m')).toBe('has port 65536: a registry port is a number from 1 to 65535');
    expect(parseImageRef('registry.example.com:0/m')).toBe('has port 0: a registry port is a number from 1 to 65535');
    expect(parseImageRef('[2001:db8::1]:99999/m')).toBe('has port 99999: a registry port is a number from 1 to 65535');
    expect(parsed('[2001:db8::1]/m').registry).toBe('[2001:db8::1]');
  });

  test('IPv6 hosts in brackets, with and without a port', () => {
    expect(parseImageRef('[2001:db8::1]:5000/model:v2')).toEqual({ registry: '[2001:db8::1]:5000', repository: 'model', tag: 'v2', kind: 'private' });
    expect(parseImageRef('[::1]/model')).toEqual({ registry: '[::1]', repository: 'model', kind: 'private' });
  });

  test('ghcr.io is kind ghcr', () => {
    expect(parseImageRef('ghcr.io/acme/fraud-model:sha-4f2a9c1')).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/fraud-model',
      tag: 'sha-4f2a9c1',
      kind: 'ghcr'
    });
  });

  test('ECR in the aws partition', () => {
    expect(parseImageRef('123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3')).toEqual({
      registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      repository: 'models/fraud',
      tag: '1.2.3',
      kind: 'ecr',
      ecr: { accountId: '123456789012', region: 'us-east-1', partition: 'aws' }
    });
  });

  test('ECR in China is the aws-cn partition', () => {
    expect(parsed('210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/model').ecr).toEqual({
      accountId: '210987654321',
      region: 'cn-north-1',
      partition: 'aws-cn'
    });
  });

  test('ECR FIPS endpoints are ECR', () => {
    const ref = parsed('123456789012.dkr.ecr-fips.us-west-2.amazonaws.com/model@' + DIGEST);
    expect(ref.kind).toBe('ecr');
    expect(ref.ecr).toEqual({ accountId: '123456789012', region: 'us-west-2', partition: 'aws' });
    expect(ref.digest).toBe(DIGEST);
    expect(isOutsideEcr(ref)).toBe(false);
  });

  test('hosts that only look like ECR are private registries', () => {
    expect(parsed('12345678901.dkr.ecr.us-east-1.amazonaws.com/model').kind).toBe('private');
    expect(parsed('123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/model').kind).toBe('private');
    expect(parsed('123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/model').ecr).toBeUndefined();
  });

  test('isOutsideEcr is true for every registry except ECR (Docker Hub and GHCR too)', () => {
    expect(isOutsideEcr(parsed('ubuntu'))).toBe(true);
    expect(isOutsideEcr(parsed('ghcr.io/a/b'))).toBe(true);
    expect(isOutsideEcr(parsed('registry.example.com/a'))).toBe(true);
  });
});

describe('parseImageRef: tags, digests and errors', () => {
  test('tag and digest together', () => {
    expect(parseImageRef(`registry.example.com/team/model:v1@${DIGEST}`)).toEqual({
      registry: 'registry.example.com',
      repository: 'team/model',
      tag: 'v1',
      digest: DIGEST,
      kind: 'private'
    });
  });

  test('digest without a tag', () => {
    const ref = parsed(`ubuntu@${DIGEST}`);
    expect(ref.tag).toBeUndefined();
    expect(ref.digest).toBe(DIGEST);
  });

  test('an uppercase repository is rejected with the lowercase rule', () => {
    expect(parseImageRef('registry.example.com/Team/model')).toBe('is not a valid image reference: repository names must be lowercase');
    expect(parseImageRef('user/Model:v1')).toBe('is not a valid image reference: repository names must be lowercase');
  });

  test('empty input', () => {
    expect(parseImageRef('   ')).toBe('is empty: expected registry[:port]/repository[:tag][@sha256:digest]');
  });

  test('malformed references get the grammar message', () => {
    const grammar = 'is not a valid image reference: expected registry[:port]/repository[:tag][@sha256:digest]';
    expect(parseImageRef('registry.example.com/model:')).toBe(grammar);
    expect(parseImageRef('model:-bad')).toBe(grammar);
    expect(parseImageRef('registry.example.com//model')).toBe(grammar);
    expect(parseImageRef('model name')).toBe(grammar);
    expect(parseImageRef(`model:${'t'.repeat(129)}`)).toBe(grammar);
    expect(parseImageRef('model@sha256:abc')).toBe(grammar);
  });

  test('a tag of 128 characters is accepted', () => {
    expect(parsed(`model:${'t'.repeat(128)}`).tag).toHaveLength(128);
  });

  test('a digest that is not sha256 with 64 lowercase hex characters is rejected', () => {
    const rule = 'has a digest that is not sha256:<64 lowercase hex characters>';
    expect(parseImageRef(`model@sha256:${'A1'.repeat(32)}`)).toBe(rule);
    expect(parseImageRef(`model@sha512:${'a1'.repeat(64)}`)).toBe(rule);
    expect(parseImageRef(`model@sha256:${'a1'.repeat(20)}`)).toBe(rule);
  });

  test('a name longer than 255 characters is rejected; 255 is accepted', () => {
    const host = 'registry.example.com';
    const ok = `${host}/${'a'.repeat(255 - host.length - 1)}`;
    expect(ok).toHaveLength(255);
    expect(parsed(ok).repository).toHaveLength(234);
    expect(parseImageRef(`${host}/${'a'.repeat(255 - host.length)}`)).toBe('has a name longer than 255 characters');
  });

  test('the tag does not count towards the name length', () => {
    const host = 'registry.example.com';
    expect(parsed(`${host}/${'a'.repeat(234)}:v1`).tag).toBe('v1');
  });
});

describe('formatImage', () => {
  test('Docker Hub images are printed with docker.io', () => {
    expect(formatImage(parsed('ubuntu:22.04'))).toBe('docker.io/library/ubuntu:22.04');
    expect(formatImage(parsed('user/model:v1'))).toBe('docker.io/user/model:v1');
  });

  test('no tag and no digest means :latest', () => {
    expect(formatImage(parsed('ubuntu'))).toBe('docker.io/library/ubuntu:latest');
    expect(formatImage(parsed('localhost:5000/x'))).toBe('localhost:5000/x:latest');
  });

  test('a digest replaces the tag', () => {
    expect(formatImage(parsed(`ghcr.io/acme/model:v1@${DIGEST}`))).toBe(`ghcr.io/acme/model@${DIGEST}`);
    expect(formatImage(parsed('ghcr.io/acme/model:v1'), { digest: DIGEST })).toBe(`ghcr.io/acme/model@${DIGEST}`);
    expect(formatImage(parsed('ghcr.io/acme/model'), { digest: DIGEST })).toBe(`ghcr.io/acme/model@${DIGEST}`);
  });

  test('tag: true keeps the tag next to the digest', () => {
    expect(formatImage(parsed('ghcr.io/acme/model:v1'), { digest: DIGEST, tag: true })).toBe(`ghcr.io/acme/model:v1@${DIGEST}`);
  });

  test('the option digest wins over the parsed one', () => {
    const other = `sha256:${'b2'.repeat(32)}`;
    expect(formatImage(parsed(`ghcr.io/acme/model@${DIGEST}`), { digest: other })).toBe(`ghcr.io/acme/model@${other}`);
  });

  test('ECR and private registries are printed as written', () => {
    expect(formatImage(parsed('123456789012.dkr.ecr.eu-west-1.amazonaws.com/m:1'))).toBe('123456789012.dkr.ecr.eu-west-1.amazonaws.com/m:1');
    expect(formatImage(parsed('[::1]:5000/m:1'))).toBe('[::1]:5000/m:1');
  });
});
