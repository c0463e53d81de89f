/** ARN helpers: the one place that takes ARNs apart. Pure. */

/** `arn:<partition>:<service>:<region>:<account>:<resource>` → its parts (undefined when it is not an ARN). */
export function parseArn(arn: string): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  const m = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(arn);
  if (!m) return undefined;
  const [, partition, service, region, account, resource] = m as unknown as [string, string, string, string, string, string];
  return { partition, service, region, account, resource };
}

export function regionFromArn(arn: string): string | undefined {
  return parseArn(arn)?.region || undefined;
}

export function accountFromArn(arn: string): string | undefined {
  return parseArn(arn)?.account || undefined;
}

/** The group's ARN follows from a version ARN: model-package/<group>/<n> → model-package-group/<group>. */
export function groupArnFromVersionArn(arn: string): string {
  return arn.replace(/:model-package\/([^/]+)\/\d+$/, ':model-package-group/$1');
}

/** The version number at the end of a model package version ARN (0 when there is none). */
export function versionFromArn(arn: string): number {
  return Number(/\/(\d+)$/.exec(arn)?.[1] ?? 0);
}

/** The group name of a version ARN or a group ARN (undefined for anything else). */
export function groupNameFromArn(arn: string): string | undefined {
  return /:model-package(?:-group)?\/([^/]+)(?:\/\d+)?$/.exec(arn)?.[1];
}
