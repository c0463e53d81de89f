import { describe, expect, it } from '@jest/globals';
import { crossAccountImageHint, ecrImage } from '../../../src/deploy/image-access.js';

const ENDPOINT = 'arn:aws:sagemaker:us-east-1:333344445555:endpoint/fraud-prod';
const REGISTRY_IMAGE = '111122223333.dkr.ecr.us-east-1.amazonaws.com/ml/fraud-model@sha256:' + 'a'.repeat(64);

describe('ecrImage', () => {
  it.each([
    [REGISTRY_IMAGE, { account: '111122223333', region: 'us-east-1', repository: 'ml/fraud-model' }],
    ['111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud:v2', { account: '111122223333', region: 'eu-west-1', repository: 'fraud' }],
    ['111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/fraud', { account: '111122223333', region: 'cn-north-1', repository: 'fraud' }]
  ])('reads %s', (image, parts) => expect(ecrImage(image)).toEqual(parts));

  it.each(['registry.acme.internal:5000/ml/fraud-model:v1', '11112222333.dkr.ecr.us-east-1.amazonaws.com/x:v1', 'evil.com/111122223333.dkr.ecr.us-east-1.amazonaws.com/x', ''])(
    'is undefined for %s',
    (image) => expect(ecrImage(image)).toBeUndefined()
  );
});

describe('crossAccountImageHint', () => {
  it('names the repository, both accounts and the share/ input when the image is in another account', () => {
    expect(crossAccountImageHint(REGISTRY_IMAGE, ENDPOINT)).toBe(
      'The image is in repository ml/fraud-model of account 111122223333: its repository policy must let account 333344445555 pull it ' +
        "(ecr:BatchGetImage, ecr:GetDownloadUrlForLayer; run share/ there with ecr-repositories: ml/fraud-model), and this account's execution role needs the same actions on it."
    );
  });

  it('says nothing for an image of the endpoint own account, a private registry, or an unknown endpoint', () => {
    expect(crossAccountImageHint(REGISTRY_IMAGE, 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/fraud-prod')).toBeUndefined();
    expect(crossAccountImageHint('registry.acme.internal:5000/ml/fraud-model:v1', ENDPOINT)).toBeUndefined();
    expect(crossAccountImageHint(REGISTRY_IMAGE, undefined)).toBeUndefined();
    expect(crossAccountImageHint(undefined, ENDPOINT)).toBeUndefined();
  });
});
