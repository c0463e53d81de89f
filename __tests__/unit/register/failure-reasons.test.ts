/** Why a version failed, as the step's error tells it: every failed validation or image scan, with SageMaker's reason. */
import type { ModelPackage } from '@aws-sdk/client-sagemaker';
import { failureReasons } from '../../../src/register/model-registry.js';

const failed = (details: ModelPackage['ModelPackageStatusDetails']): ModelPackage => ({ ModelPackageStatus: 'Failed', ModelPackageStatusDetails: details });

test('each failed validation and image scan is named with its reason; passed ones are not', () => {
  const p = failed({
    ValidationStatuses: [
      { Name: 'profile-a', Status: 'Completed' },
      { Name: 'profile-b', Status: 'Failed', FailureReason: 'The container exited with code 1' }
    ],
    ImageScanStatuses: [{ Name: 'scan', Status: 'Failed' }]
  });
  expect(failureReasons(p)).toBe('profile-b: The container exited with code 1; scan: no reason given');
});

test('a failed version without details says SageMaker gave no reason', () => {
  expect(failureReasons(failed(undefined))).toBe('SageMaker gave no reason');
  expect(failureReasons(failed({ ValidationStatuses: [{ Name: 'a', Status: 'InProgress' }] }))).toBe('SageMaker gave no reason');
});
