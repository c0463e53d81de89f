/** The stored record format for a digest pinned in the image reference alone, and which container fields are the action's own. */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { containerRecord, disagreements } from '../../../src/register/proof.js';
import { DIGEST, ECR_IMAGE, registered, REPOSITORY, REPOSITORY_URL } from '../../helpers/proof-fixtures.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const claim = { repository: REPOSITORY, repositoryUrl: REPOSITORY_URL };

test('pinned, but with no ImageDigest on the container: the digest field is hashed empty (a stored format)', () => {
  const projected = `{"containers":[{"data":"","digest":"","env":{},"image":"${ECR_IMAGE}"}],"content":[],"realtime":[],"response":[]}`;
  expect(containerRecord({ Containers: [{ Image: ECR_IMAGE }] }, DIGEST)).toBe(`sagemaker-private-registry-action spec-sha256=${sha256(projected)} digest=${DIGEST}`);
});

describe('container fields', () => {
  test('fields that only describe the container (ETag, product, framework, nearest model) disprove nothing', () => {
    for (const [key, value] of Object.entries({ ModelDataETag: '"abc"', ProductId: 'p-1', Framework: 'PYTORCH', FrameworkVersion: '2.1', NearestModelName: 'resnet50' })) {
      const p = registered();
      (p.InferenceSpecification!.Containers![0] as Record<string, unknown>)[key] = value;
      expect([key, disagreements(p, claim)]).toEqual([key, []]);
    }
  });

  test('foreign fields: at most five named, separated by a comma and a space', () => {
    const p = registered();
    Object.assign(p.InferenceSpecification!.Containers![0]!, { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, A6: 6 });
    expect(disagreements(p, claim)).toEqual(['its container has fields this action never sets (A1, A2, A3, A4, A5)']);
  });
});
