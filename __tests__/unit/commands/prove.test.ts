/** Which version is the commit's (exactly one, proven), and what a named version must not contradict. */
import { describe, expect, jest, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { checkNamedVersion, proveCommitVersion } from '../../../src/commands/prove.js';
import { ActionError } from '../../../src/errors.js';
import { COMMIT, container, GROUP_ARN, OTHER_COMMIT, registered, REPOSITORY, REPOSITORY_URL } from '../../helpers/proof-fixtures.js';

const claim = { commit: COMMIT, repository: REPOSITORY, repositoryUrl: REPOSITORY_URL };
const PATH = 'Search on CustomerMetadataProperties.git-commit';
const SHORT = COMMIT.slice(0, 12);
const TAIL = 'Nothing was changed. Remove or reject the versions that are not this commit\'s registration, or name the version with version or model-package-arn after checking it.';

/** A registered version whose containers were changed afterwards. */
function changed(version: number): DescribeModelPackageOutput {
  const p = registered({ version });
  container(p).Environment = { THRESHOLD: '0' };
  return p;
}

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
};

describe('proveCommitVersion', () => {
  test('no candidate, or only Failed ones (even unproven): undefined', () => {
    expect(proveCommitVersion([], claim, PATH)).toBeUndefined();
    const failed = [registered({ version: 1, status: 'Failed' }), { ...changed(2), ModelPackageStatus: 'Failed' as const }];
    expect(proveCommitVersion(failed, claim, PATH)).toBeUndefined();
  });

  test('one candidate that proves the commit: that very version', () => {
    const only = registered({ version: 3 });
    expect(proveCommitVersion([only], claim, PATH)).toBe(only);
  });

  test('Failed candidates are set aside: the one usable proven version is chosen', () => {
    const good = registered({ version: 4 });
    const failed: DescribeModelPackageOutput[] = [changed(1), registered({ version: 2 })].map((p) => ({ ...p, ModelPackageStatus: 'Failed' }));
    expect(proveCommitVersion([...failed, good], claim, PATH)).toBe(good);
  });

  test('one candidate that does not prove it: refused, naming it, why, the path, and that nothing changed', () => {
    const err = thrown(() => proveCommitVersion([changed(3)], claim, PATH));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(
      `Refused: the version claiming commit ${SHORT} does not prove it (seen through ${PATH}): v3 (${GROUP_ARN}/3): its containers were changed after registration. ${TAIL}`
    );
  });

  test('the claim is checked: registered for another commit or repository', () => {
    expect(thrown(() => proveCommitVersion([registered({ commit: OTHER_COMMIT })], claim, PATH)).message).toContain(
      `v1 (${GROUP_ARN}/1): it was registered for commit ${OTHER_COMMIT}, not ${COMMIT}. Nothing was changed.`
    );
    expect(thrown(() => proveCommitVersion([registered()], { ...claim, repository: 'acme/other' }, PATH)).message).toContain(
      `v1 (${GROUP_ARN}/1): its github-repository metadata is ${REPOSITORY}, not acme/other. Nothing`
    );
  });

  test('two versions that both prove it: ambiguous, both named', () => {
    const err = thrown(() => proveCommitVersion([registered({ version: 1 }), registered({ version: 2 })], claim, PATH));
    expect(err.message).toBe(
      `Refused: 2 versions claim commit ${SHORT} (seen through ${PATH}): v1 (${GROUP_ARN}/1): proves its registration | v2 (${GROUP_ARN}/2): proves its registration. ${TAIL}`
    );
  });

  test('a proven and an unproven version: refused, each with what it is (not the proven one silently)', () => {
    const err = thrown(() => proveCommitVersion([registered({ version: 5 }), changed(6)], claim, 'ListModelPackages'));
    expect(err.message).toContain(`2 versions claim commit ${SHORT} (seen through ListModelPackages): `);
    expect(err.message).toContain(`v5 (${GROUP_ARN}/5): proves its registration | v6 (${GROUP_ARN}/6): its containers were changed after registration. `);
  });

  test('every reason of a candidate is joined with "; "', () => {
    const p = changed(2);
    p.CustomerMetadataProperties!.image = 'x';
    expect(thrown(() => proveCommitVersion([p], claim, PATH)).message).toContain(
      `v2 (${GROUP_ARN}/2): its containers were changed after registration; its image metadata disagrees with its container image. Nothing`
    );
  });

  test('only Failed is set aside: a version still InProgress claims the commit too', () => {
    const err = thrown(() => proveCommitVersion([registered({ version: 1 }), registered({ version: 2, status: 'InProgress' })], claim, PATH));
    expect(err.message).toContain('2 versions claim commit');
  });

  test('a version without number or ARN is named as such', () => {
    const p = { ...changed(1), ModelPackageVersion: undefined, ModelPackageArn: undefined };
    expect(thrown(() => proveCommitVersion([p], claim, PATH)).message).toContain('v? (no ARN): its containers');
  });
});

describe('checkNamedVersion', () => {
  const named = { repository: REPOSITORY, repositoryUrl: REPOSITORY_URL };

  test('a version that proves its registration: no warning, no refusal', () => {
    const warn = jest.fn();
    checkNamedVersion(registered({ version: 7 }), named, warn);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a version without a record (another tool, or an earlier release) only warns, naming it', () => {
    const warn = jest.fn();
    const other = registered({ version: 7 });
    delete other.MetadataProperties!.GeneratedBy;
    checkNamedVersion(other, named, warn);
    const old = registered({ version: 8 });
    old.MetadataProperties!.GeneratedBy = 'sagemaker-private-registry-action';
    checkNamedVersion(old, named, warn);
    expect(warn.mock.calls).toEqual([
      [`v7 (${GROUP_ARN}/7) cannot be proven: not registered by this action. It is promoted because it was named explicitly.`],
      [`v8 (${GROUP_ARN}/8) cannot be proven: registered without a container record (an earlier release of this action). It is promoted because it was named explicitly.`]
    ]);
  });

  test('a version whose containers changed after registration: refused, without a warning', () => {
    const warn = jest.fn();
    const err = thrown(() => checkNamedVersion(changed(9), named, warn));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(`Refused: v9 (${GROUP_ARN}/9) does not match what its registration recorded: its containers were changed after registration. Nothing was changed.`);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a single disagreement other than a missing record refuses too (another repository), all reasons joined', () => {
    const warn = jest.fn();
    expect(thrown(() => checkNamedVersion(registered(), { ...named, repository: 'acme/other' }, warn)).message).toBe(
      `Refused: v1 (${GROUP_ARN}/1) does not match what its registration recorded: its github-repository metadata is ${REPOSITORY}, not acme/other. Nothing was changed.`
    );
    const two = changed(2);
    two.CustomerMetadataProperties!['git-commit'] = OTHER_COMMIT;
    expect(thrown(() => checkNamedVersion(two, named, warn)).message).toContain(
      `recorded: its containers were changed after registration; its git-commit metadata (${OTHER_COMMIT}) disagrees with the recorded commit (${COMMIT}). Nothing`
    );
    expect(warn).not.toHaveBeenCalled();
  });
});
