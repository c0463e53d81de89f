/** Deep links into the AWS console for what the action creates. */
function consoleHost(region: string): string {
  return region.startsWith('cn-') ? `https://console.amazonaws.cn` : `https://${region}.console.aws.amazon.com`;
}

export function modelPackageUrl(region: string, group: string, version: number): string {
  return `${consoleHost(region)}/sagemaker/home?region=${region}#/model-registry/model-package-groups/${encodeURIComponent(group)}/versions/${version}`;
}

export function endpointUrl(region: string, endpoint: string): string {
  return `${consoleHost(region)}/sagemaker/home?region=${region}#/endpoints/${encodeURIComponent(endpoint)}`;
}
