/**
 * What the lookup counts as this registration (proven, or a Failed version's used-up token), what it reports as
 * unproven, which versions of another commit a release may adopt, and confirm()'s second look.
 */
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ListModelPackagesCommand, SearchCommand, type ModelPackage } from '@aws-sdk/client-sagemaker';
import { confirm, lookUp, mayAdoptSameImage } from '../../../src/register/lookup.js';
import type { RegistrationPlan } from '../../../src/register/plan.js';
import { ctx, DIGEST, makePlan, options, pushCtx, resetWorld, searchFinds, sm, V, version, world } from './registry-fixtures.js';

beforeEach(() => {
  resetWorld();
  sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
});
afterAll(() => sm.restore());

const release = { ...pushCtx, sha: 'a'.repeat(40) };
const log = () => options().log;
/** A copy of `p` with one record changed. */
function changed(p: ModelPackage, meta: Record<string, string>, props: Record<string, string> = {}): ModelPackage {
  return { ...p, CustomerMetadataProperties: { ...p.CustomerMetadataProperties, ...meta }, MetadataProperties: { ...p.MetadataProperties, ...props } };
}

describe('a version claiming the idempotency key', () => {
  test('is this registration only when it proves it; otherwise reported as unproven', async () => {
    const plan = makePlan();
    const proven = version(V(3), 'Completed', plan);
    for (const forged of [
      changed(proven, {}, { CommitId: 'f'.repeat(40), GeneratedBy: proven.MetadataProperties!.GeneratedBy! }),
      changed(proven, {}, { GeneratedBy: `${proven.MetadataProperties!.GeneratedBy!.slice(0, -1)}0` }),
      changed(proven, { 'github-repository': 'acme/other' })
    ]) {
      resetWorld();
      sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
      searchFinds(forged);
      const found = await lookUp(world.client, plan, log());
      expect(found.exact).toEqual([]);
      expect(found.unproven).toEqual([V(3)]);
    }
    resetWorld();
    searchFinds(proven);
    expect(await lookUp(world.client, plan, log())).toEqual({ exact: [proven], sameImage: [], unproven: [], foundBy: 'Search' });
  });

  test("another commit's genuine version, or this commit's with other containers, with this key written on it is not this registration", async () => {
    const plan = makePlan();
    const withKey = (p: ModelPackage) => changed(p, { 'idempotency-key': plan.idempotencyKey });
    // Consistent records (made by this action), so only the commit or the container record tells them apart.
    const otherCommit = withKey(version(V(4), 'Completed', makePlan({}, { ...ctx, sha: 'b'.repeat(40) })));
    const otherContainers = withKey(version(V(5), 'Completed', makePlan({ environment: 'MODE=fast' })));
    expect(otherContainers.MetadataProperties!.GeneratedBy).not.toBe(plan.createPackage.MetadataProperties.GeneratedBy);
    for (const planted of [otherCommit, otherContainers]) {
      resetWorld();
      sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
      searchFinds(planted);
      const found = await lookUp(world.client, plan, log());
      expect(found.exact).toEqual([]);
      expect(found.unproven).toEqual([planted.ModelPackageArn]);
    }
  });

  test('a Failed one counts (its token is used up) even unproven, and is not reported', async () => {
    const plan = makePlan();
    const failed = changed(version(V(2), 'Failed', plan), {}, { GeneratedBy: 'x' });
    searchFinds(failed);
    const found = await lookUp(world.client, plan, log());
    expect(found.exact).toEqual([failed]);
    expect(found.unproven ?? []).toEqual([]);
  });
});

describe('versions of another commit with the same digest (approval auto on a release run)', () => {
  const prPlan = () => makePlan({ approval: 'auto', image: 'ghcr.io/acme/fraud-model-pr:pr-42' }, undefined, { digest: DIGEST });
  const releasePlan = () => makePlan({ approval: 'auto' }, release, { digest: DIGEST });

  /** Search by key finds `byKey`; Search by digest finds `byDigest`. */
  function search(byKey: ModelPackage[], byDigest: ModelPackage[]): void {
    sm.on(SearchCommand).callsFake((input: { SearchExpression: { Filters: { Name: string }[] } }) => {
      const list = input.SearchExpression.Filters[1]!.Name.endsWith('idempotency-key') ? byKey : byDigest;
      return { Results: list.map((ModelPackage) => ({ ModelPackage })) };
    });
  }

  test('only when the plan approves automatically a pinned digest', () => {
    expect(mayAdoptSameImage(releasePlan())).toBe(true);
    expect(mayAdoptSameImage(makePlan({ approval: 'auto' }, release))).toBe(false);
    expect(mayAdoptSameImage(makePlan({}, release, { digest: DIGEST }))).toBe(false);
    // approval auto on a pull request asks for pending approval: it never adopts another commit's version.
    expect(prPlan().autoApproval).toBe(true);
    expect(mayAdoptSameImage(prPlan())).toBe(false);
  });

  test('a Completed version of the same content and digest-metadata is adopted; anything else is not', async () => {
    const pr = version(V(7), 'Completed', prPlan());
    search([], [pr]);
    expect(await lookUp(world.client, releasePlan(), log())).toMatchObject({ exact: [], sameImage: [pr], foundBy: 'Search' });
    const other = (p: ModelPackage) => {
      resetWorld();
      sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
      search([], [p]);
      return lookUp(world.client, releasePlan(), log());
    };
    expect((await other({ ...pr, ModelPackageStatus: 'InProgress' })).sameImage).toEqual([]);
    expect((await other(changed(pr, { 'image-digest': `sha256:${'d4'.repeat(32)}` }))).sameImage).toEqual([]);
    const env = { ...pr, InferenceSpecification: { ...pr.InferenceSpecification!, Containers: [{ ...pr.InferenceSpecification!.Containers![0]!, Environment: { X: '1' } }] } };
    expect((await other(env)).sameImage).toEqual([]);
    expect((await other({ ...pr, InferenceSpecification: undefined })).sameImage).toEqual([]);
    // Registered by this action for the same digest, but with other containers (another environment).
    const otherContent = version(V(8), 'Completed', makePlan({ approval: 'auto', image: 'ghcr.io/acme/fraud-model-pr:pr-42', environment: 'MODE=fast' }, undefined, { digest: DIGEST }));
    expect((await other(otherContent)).sameImage).toEqual([]);
    expect((await other(changed(pr, { 'github-repository': 'acme/other' }))).sameImage).toEqual([]);
  });

  test.each(['Failed', 'Deleting'])('this registration only as a %s version: the PR version of the same digest is still adopted', async (status) => {
    const own = version(V(9), status, releasePlan());
    const pr = version(V(7), 'Completed', prPlan());
    search([own], [pr]);
    const found = await lookUp(world.client, releasePlan(), log());
    expect(found).toMatchObject({ exact: [own], sameImage: [pr], foundBy: 'Search' });
  });

  test('this registration found Completed: the digest is not searched and nothing else is adopted', async () => {
    const own = version(V(9), 'Completed', releasePlan());
    search([own], [version(V(7), 'Completed', prPlan())]);
    expect(await lookUp(world.client, releasePlan(), log())).toEqual({ exact: [own], sameImage: [], unproven: [], foundBy: 'Search' });
    expect(sm.commandCalls(SearchCommand)).toHaveLength(1);
  });

  test('Search by digest denied: the warning says only recent versions of another commit are looked for', async () => {
    sm.on(SearchCommand).callsFake((input: { SearchExpression: { Filters: { Name: string }[] } }) => {
      if (input.SearchExpression.Filters[1]!.Name.endsWith('idempotency-key')) return { Results: [] };
      throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
    });
    const found = await lookUp(world.client, releasePlan(), log(), Date.now());
    expect(found).toEqual({ exact: [], sameImage: [] });
    expect(world.logs.warning).toEqual([
      'Search for an earlier version failed (AccessDeniedException); versions of another commit with this digest are looked for only among those created in the last 30 minutes.'
    ]);
  });

  test('a plan that may not adopt never searches by digest', async () => {
    search([], [version(V(7), 'Completed', prPlan())]);
    const found = await lookUp(world.client, makePlan({}, release, { digest: DIGEST }), log());
    expect(found.sameImage).toEqual([]);
    expect(sm.commandCalls(SearchCommand)).toHaveLength(1);
  });
});

describe('confirm', () => {
  const answer = (p: ModelPackage) => searchFinds(p);
  test('a version still proving the registration is returned; a Failed or changed one is not', async () => {
    const plan: RegistrationPlan = makePlan();
    const p = version(V(3), 'Completed', plan);
    answer(p);
    expect(await confirm(world.client, plan, p)).toEqual(p);
    resetWorld();
    answer(version(V(3), 'Failed', plan));
    expect(await confirm(world.client, plan, p)).toBeUndefined();
    resetWorld();
    answer(changed(p, {}, { GeneratedBy: 'x' }));
    expect(await confirm(world.client, plan, p)).toBeUndefined();
  });

  test('a version of the same content a release may adopt is returned', async () => {
    const pr = version(V(7), 'Completed', makePlan({ approval: 'auto', image: 'ghcr.io/acme/fraud-model-pr:pr-42' }, undefined, { digest: DIGEST }));
    answer(pr);
    expect(await confirm(world.client, makePlan({ approval: 'auto' }, release, { digest: DIGEST }), pr)).toEqual(pr);
  });
});
