import { regionFromArn } from '../../../src/aws/arns.js';
import { modelPackageUrl } from '../../../src/report/console-links.js';

describe('console links', () => {
  test('commercial Regions use the regional console host', () => {
    expect(modelPackageUrl('eu-west-1', 'fraud-model', 3)).toBe(
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/model-registry/model-package-groups/fraud-model/versions/3'
    );
  });

  test('China Regions use console.amazonaws.cn', () => {
    expect(modelPackageUrl('cn-north-1', 'g', 1)).toBe(
      'https://console.amazonaws.cn/sagemaker/home?region=cn-north-1#/model-registry/model-package-groups/g/versions/1'
    );
  });

  test('the group name is URL-encoded', () => {
    expect(modelPackageUrl('us-east-1', 'a b/c', 2)).toContain('/model-package-groups/a%20b%2Fc/versions/2');
  });

  test('regionFromArn', () => {
    expect(regionFromArn('arn:aws:sagemaker:us-west-2:123456789012:model-package/g/1')).toBe('us-west-2');
    expect(regionFromArn('arn:aws:iam::123456789012:role/x')).toBeUndefined();
    expect(regionFromArn('not-an-arn')).toBeUndefined();
  });
});
