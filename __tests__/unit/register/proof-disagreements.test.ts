/** disagreements: why a version does not prove the registration it claims, one message per rule. */
import { describe, expect, test } from '@jest/globals';
import { containerRecord, disagreements } from '../../../src/register/proof.js';
import {
  COMMIT,
  container,
  DIGEST,
  ECR_IMAGE,
  OTHER_COMMIT,
  OTHER_DIGEST,
  registered,
  REPOSITORY,
  REPOSITORY_URL,
  spec,
  TAGGED_IMAGE
} from '../../helpers/proof-fixtures.js';

const claim = { commit: COMMIT, repository: REPOSITORY, repositoryUrl: REPOSITORY_URL };
const CHANGED = 'its containers were changed after registration';

describe('a faithful version', () => {
  test('pinned or not, it has no disagreement, with or without a claim', () => {
    for (const pinned of [true, false]) {
      expect(disagreements(registered({ pinned }))).toEqual([]);
      expect(disagreements(registered({ pinned }), claim)).toEqual([]);
    }
  });

  test('unpinned: an ImageDigest SageMaker filled in later changes nothing', () => {
    const p = registered({ pinned: false });
    container(p).ImageDigest = OTHER_DIGEST;
    expect(disagreements(p, claim)).toEqual([]);
  });

  test('pinned by the image reference alone (no ImageDigest) proves itself', () => {
    const p = registered();
    delete container(p).ImageDigest;
    p.MetadataProperties!.GeneratedBy = containerRecord(p.InferenceSpecification!, DIGEST);
    expect(container(p).Image).toBe(ECR_IMAGE);
    expect(disagreements(p, claim)).toEqual([]);
  });

  test('empty claim fields are not checked', () => {
    const p = registered({ commit: OTHER_COMMIT });
    p.MetadataProperties!.Repository = 'https://github.com/else/where';
    expect(disagreements(p, { commit: '', repository: '', repositoryUrl: '' })).toEqual([]);
  });
});

describe('the record', () => {
  test('no record at all: not registered by this action, and nothing else is said', () => {
    const p = registered();
    delete p.MetadataProperties!.GeneratedBy;
    expect(disagreements(p, { commit: OTHER_COMMIT, repository: 'x/y' })).toEqual(['not registered by this action']);
    expect(disagreements({ ...registered(), MetadataProperties: undefined })).toEqual(['not registered by this action']);
    p.MetadataProperties!.GeneratedBy = 'some-other-tool';
    expect(disagreements(p)).toEqual(['not registered by this action']);
  });

  test.each([
    ['the bare action name (an earlier release)', 'sagemaker-private-registry-action'],
    ['a record with text after it', `${containerRecord(spec(), DIGEST)} extra`],
    ['a record with an upper-case hash', containerRecord(spec(), DIGEST).replace(/spec-sha256=(\w+)/, (_m, h: string) => `spec-sha256=${h.toUpperCase()}`)],
    ['a record with a short digest', containerRecord(spec(), DIGEST).replace(/digest=.*$/, 'digest=sha256:abc')]
  ])('%s: registered without a container record', (_what, generatedBy) => {
    const p = registered();
    p.MetadataProperties!.GeneratedBy = generatedBy;
    expect(disagreements(p, claim)).toEqual(['registered without a container record (an earlier release of this action)']);
  });

  test('a record with something before the action name is not this action', () => {
    const p = registered();
    p.MetadataProperties!.GeneratedBy = `x ${containerRecord(spec(), DIGEST)}`;
    expect(disagreements(p)).toEqual(['not registered by this action']);
  });
});

describe('the containers against the record', () => {
  test.each([
    ['an environment change', (c: Record<string, unknown>) => (c.Environment = { THRESHOLD: '0.1', MODE: 'fast' })],
    ['a model data change', (c: Record<string, unknown>) => (c.ModelDataUrl = 's3://evil/model.tar.gz')]
  ])('UpdateModelPackage replaced the InferenceSpecification (%s): changed after registration', (_what, change) => {
    const p = registered();
    change(container(p) as Record<string, unknown>);
    expect(disagreements(p, claim)).toEqual([CHANGED]);
  });

  test('content types replaced: changed after registration', () => {
    const p = registered({ pinned: false });
    p.InferenceSpecification!.SupportedContentTypes = ['application/x-npy'];
    expect(disagreements(p, claim)).toEqual([CHANGED]);
  });

  test('the image replaced (and its metadata with it): changed, and no longer pinned to the recorded digest', () => {
    const p = registered();
    container(p).Image = TAGGED_IMAGE;
    delete container(p).ImageDigest;
    p.CustomerMetadataProperties!.image = TAGGED_IMAGE;
    expect(disagreements(p, claim)).toEqual([CHANGED, `its container is not pinned to the recorded digest ${DIGEST}`]);
  });

  test('the specification removed: changed, and 0 containers', () => {
    const p = { ...registered({ pinned: false }), InferenceSpecification: undefined };
    expect(disagreements(p, claim)).toEqual([CHANGED, 'it has 0 containers, not 1']);
  });

  test('additional inference specifications are refused even when the main one is intact', () => {
    const p = { ...registered(), AdditionalInferenceSpecifications: [{ Name: 'extra', Containers: [{ Image: TAGGED_IMAGE }] }] };
    expect(disagreements(p, claim)).toEqual(['it has additional inference specifications, which this action never registers']);
    expect(disagreements({ ...registered(), AdditionalInferenceSpecifications: [] }, claim)).toEqual([]);
  });

  test('a record of two containers still proves only a one-container version', () => {
    const p = registered();
    p.InferenceSpecification!.Containers!.push({ Image: TAGGED_IMAGE });
    p.MetadataProperties!.GeneratedBy = containerRecord(p.InferenceSpecification!, DIGEST);
    // The image metadata is compared only when there is one container.
    p.CustomerMetadataProperties!.image = 'anything';
    expect(disagreements(p, claim)).toEqual(['it has 2 containers, not 1']);
  });

  test('a record of no containers: 0 containers, not 1', () => {
    const p = registered({ pinned: false });
    p.InferenceSpecification!.Containers = [];
    p.MetadataProperties!.GeneratedBy = containerRecord(p.InferenceSpecification!, undefined);
    expect(disagreements(p, claim)).toEqual(['it has 0 containers, not 1']);
  });

  test('a recorded digest the container is not pinned to (record made without ImageDigest, image by tag)', () => {
    const p = registered({ pinned: false });
    p.MetadataProperties!.GeneratedBy = containerRecord(p.InferenceSpecification!, DIGEST);
    p.CustomerMetadataProperties!['image-digest'] = DIGEST;
    expect(disagreements(p, claim)).toEqual([`its container is not pinned to the recorded digest ${DIGEST}`]);
    container(p).Image = `ghcr.io/acme/fraud@${OTHER_DIGEST}`;
    p.CustomerMetadataProperties!.image = container(p).Image!;
    p.MetadataProperties!.GeneratedBy = containerRecord(p.InferenceSpecification!, DIGEST);
    expect(disagreements(p, claim)).toEqual([`its container is not pinned to the recorded digest ${DIGEST}`]);
  });

  // UpdateModelPackage may replace the InferenceSpecification with containers whose model data comes from
  // ModelDataSource / AdditionalModelDataSources (S3): fields this action never sets disprove the version.
  test('model data added through ModelDataSource after registration: a field this action never sets', () => {
    const p = registered();
    const s3 = { S3Uri: 's3://evil/weights/', S3DataType: 'S3Prefix', CompressionType: 'None' };
    Object.assign(container(p), { ModelDataUrl: undefined, ModelDataSource: { S3DataSource: s3 } });
    p.MetadataProperties!.GeneratedBy = containerRecord({ ...spec(), Containers: [{ ...container(registered()), ModelDataUrl: undefined }] }, DIGEST);
    expect(disagreements(p, claim)).toEqual(['its container has fields this action never sets (ModelDataSource)']);
  });

  test('model data added through AdditionalModelDataSources after registration: a field this action never sets', () => {
    const p = registered();
    const s3 = { S3Uri: 's3://evil/adapter/', S3DataType: 'S3Prefix', CompressionType: 'None' };
    Object.assign(container(p), { AdditionalModelDataSources: [{ ChannelName: 'adapter', S3DataSource: s3 }] });
    expect(disagreements(p, claim)).toEqual(['its container has fields this action never sets (AdditionalModelDataSources)']);
  });
});

describe('the metadata against the record', () => {
  test('image-digest metadata that is not the recorded digest, or missing, or present without one', () => {
    const p = registered();
    p.CustomerMetadataProperties!['image-digest'] = OTHER_DIGEST;
    expect(disagreements(p)).toEqual([`its image-digest metadata (${OTHER_DIGEST}) disagrees with the recorded digest (${DIGEST})`]);
    delete p.CustomerMetadataProperties!['image-digest'];
    expect(disagreements(p)).toEqual([`its image-digest metadata (none) disagrees with the recorded digest (${DIGEST})`]);
    const unpinned = registered({ pinned: false });
    unpinned.CustomerMetadataProperties!['image-digest'] = DIGEST;
    expect(disagreements(unpinned)).toEqual([`its image-digest metadata (${DIGEST}) disagrees with the recorded digest (none)`]);
  });

  test('image metadata that is not the container image, or missing', () => {
    const p = registered();
    p.CustomerMetadataProperties!.image = TAGGED_IMAGE;
    expect(disagreements(p)).toEqual(['its image metadata disagrees with its container image']);
    delete p.CustomerMetadataProperties!.image;
    expect(disagreements(p)).toEqual(['its image metadata disagrees with its container image']);
  });

  test('git-commit metadata that is not the recorded CommitId', () => {
    const p = registered();
    p.CustomerMetadataProperties!['git-commit'] = OTHER_COMMIT;
    expect(disagreements(p)).toEqual([`its git-commit metadata (${OTHER_COMMIT}) disagrees with the recorded commit (${COMMIT})`]);
    delete p.CustomerMetadataProperties!['git-commit'];
    expect(disagreements(p)).toEqual([`its git-commit metadata (none) disagrees with the recorded commit (${COMMIT})`]);
    delete p.MetadataProperties!.CommitId;
    expect(disagreements(p)).toEqual([]);
    p.CustomerMetadataProperties!['git-commit'] = COMMIT;
    expect(disagreements(p)).toEqual([`its git-commit metadata (${COMMIT}) disagrees with the recorded commit (none)`]);
  });

  test('no customer metadata at all: every metadata rule speaks', () => {
    const p = { ...registered(), CustomerMetadataProperties: undefined };
    expect(disagreements(p)).toEqual([
      `its image-digest metadata (none) disagrees with the recorded digest (${DIGEST})`,
      'its image metadata disagrees with its container image',
      `its git-commit metadata (none) disagrees with the recorded commit (${COMMIT})`
    ]);
  });

  test('recorded values are shown bounded: characters metadata cannot hold become ?, over 80 cut to 79 and …', () => {
    const p = registered();
    p.CustomerMetadataProperties!['git-commit'] = 'a b\n`x`<y>';
    expect(disagreements(p)[0]).toBe(`its git-commit metadata (a?b??x??y?) disagrees with the recorded commit (${COMMIT})`);
    p.CustomerMetadataProperties!['git-commit'] = 'k'.repeat(80);
    expect(disagreements(p)[0]).toContain(`metadata (${'k'.repeat(80)}) disagrees`);
    p.CustomerMetadataProperties!['git-commit'] = `${'k'.repeat(79)}LAST`;
    expect(disagreements(p)[0]).toContain(`metadata (${'k'.repeat(79)}…) disagrees`);
    p.CustomerMetadataProperties!['git-commit'] = 'w_.:/@=+-9';
    expect(disagreements(p)[0]).toContain('metadata (w_.:/@=+-9) disagrees');
  });
});

describe('the claim', () => {
  test('registered for another commit', () => {
    expect(disagreements(registered({ commit: OTHER_COMMIT }), claim)).toEqual([`it was registered for commit ${OTHER_COMMIT}, not ${COMMIT}`]);
    const p = registered();
    delete p.MetadataProperties!.CommitId;
    delete p.CustomerMetadataProperties!['git-commit'];
    expect(disagreements(p, { commit: COMMIT })).toEqual([`it was registered for commit none, not ${COMMIT}`]);
  });

  test('registered from another repository: the metadata, and the recorded repository URL', () => {
    expect(disagreements(registered(), { ...claim, repository: 'acme/other' })).toEqual([`its github-repository metadata is ${REPOSITORY}, not acme/other`]);
    const p = registered();
    delete p.CustomerMetadataProperties!['github-repository'];
    expect(disagreements(p, { repository: REPOSITORY })).toEqual([`its github-repository metadata is none, not ${REPOSITORY}`]);
    expect(disagreements(registered(), { ...claim, repositoryUrl: 'https://github.com/acme/other' })).toEqual([
      `it was registered from ${REPOSITORY_URL}, not https://github.com/acme/other`
    ]);
    delete p.MetadataProperties!.Repository;
    expect(disagreements(p, { repositoryUrl: REPOSITORY_URL })).toEqual([`it was registered from none, not ${REPOSITORY_URL}`]);
  });

  test('every disagreement is reported, in rule order', () => {
    const p = registered({ commit: OTHER_COMMIT });
    container(p).Environment = {};
    p.CustomerMetadataProperties!.image = 'x';
    expect(disagreements(p, { commit: COMMIT, repository: 'a/b', repositoryUrl: 'https://github.com/a/b' })).toEqual([
      CHANGED,
      'its image metadata disagrees with its container image',
      `it was registered for commit ${OTHER_COMMIT}, not ${COMMIT}`,
      `its github-repository metadata is ${REPOSITORY}, not a/b`,
      `it was registered from ${REPOSITORY_URL}, not https://github.com/a/b`
    ]);
  });
});
