/**
 * Why a fleet may not start when the version's image lives in another account's ECR repository: the endpoint's
 * account pulls it only when that repository's policy allows it. Decided from facts the action holds (the image URI
 * and the endpoint's ARN), never from SageMaker's failure text. Pure.
 */
import { parseArn } from '../aws/arns.js';

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255}?)(?:[:@]|$)/;

/** The account, Region and repository of an ECR image URI; undefined for any other image. */
export function ecrImage(image: string | undefined): { account: string; region: string; repository: string } | undefined {
  const m = ECR_IMAGE.exec(image ?? '');
  return m ? { account: m[1]!, region: m[2]!, repository: m[3]! } : undefined;
}

/** One sentence for a failed or rolled-back deployment whose image is in another account's ECR; undefined otherwise. */
export function crossAccountImageHint(image: string | undefined, endpointArn: string | undefined): string | undefined {
  const ecr = ecrImage(image);
  const endpointAccount = endpointArn ? parseArn(endpointArn)?.account : undefined;
  if (!ecr || !endpointAccount || ecr.account === endpointAccount) return undefined;
  return (
    `The image is in repository ${ecr.repository} of account ${ecr.account}: its repository policy must let account ${endpointAccount} pull it ` +
    `(ecr:BatchGetImage, ecr:GetDownloadUrlForLayer; run share/ there with ecr-repositories: ${ecr.repository}), and this account's execution role needs the same actions on it.`
  );
}
