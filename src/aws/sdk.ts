/**
 * The AWS SDK client modules, each loaded on first use (a run loads only the services it talks to; ncc keeps each
 * in its own chunk). The one place that imports them at run time.
 */
export const sagemakerSdk = () => import('@aws-sdk/client-sagemaker');
export const ecrSdk = () => import('@aws-sdk/client-ecr');
export const secretsManagerSdk = () => import('@aws-sdk/client-secrets-manager');
export const autoscalingSdk = () => import('@aws-sdk/client-application-auto-scaling');
export const cloudwatchSdk = () => import('@aws-sdk/client-cloudwatch');
export const runtimeSdk = () => import('@aws-sdk/client-sagemaker-runtime');
export const s3Sdk = () => import('@aws-sdk/client-s3');
export const eventbridgeSdk = () => import('@aws-sdk/client-eventbridge');
export const stsSdk = () => import('@aws-sdk/client-sts');
