/**
 * Which side refused an AccessDenied: the account owning the resource (its group policy, "resource-based") or the
 * caller's own IAM ("identity-based"). Only fixed shapes are read from AWS's text, each with a strict pattern: the two
 * 12-digit accounts, the `sagemaker:<Action>`, the kind of policy, and the group name and version number of a model
 * package ARN (letters, digits and hyphens; digits). Nothing else of it reaches the message, which may be public. Pure.
 */

const DENIED =
  /^User: arn:aws[a-z-]*:(?:sts|iam)::(\d{12}):\S+ is not authorized to perform: (sagemaker:[A-Za-z]+) on resource: arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:(\d{12}):(\S+) because no (identity|resource)-based policy allows the \2 action$/;
const VERSION = /^model-package\/([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})\/(\d{1,9})$/;
const VERSIONS = /^model-package\/([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})\/\*$/;
const GROUP = /^model-package-group\/([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})$/;

/** The share/ grant that allows an action: promote for approval and stage changes, read for the rest it grants. */
const READ_GRANT = new Set(['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:DescribeModelPackageGroup', 'sagemaker:CreateModel']);

function resourceText(resource: string): string {
  const v = VERSION.exec(resource);
  if (v) return `version ${v[2]} of group ${v[1]}`;
  const all = VERSIONS.exec(resource);
  if (all) return `the versions of group ${all[1]}`;
  const g = GROUP.exec(resource);
  return g ? `group ${g[1]}` : 'a resource';
}

/** The explanation of an AccessDenied across accounts whose text has AWS's usual shape; undefined for any other. */
export function accessDeniedText(message: string): string | undefined {
  const m = DENIED.exec(message.trim().replace(/\.$/, ''));
  if (!m) return undefined;
  const [, caller, action, owner, resource, side] = m as unknown as [string, string, string, string, string, string];
  // The run's own account refusing its own resource: the plain IAM message says it.
  if (caller === owner && side === 'identity') return undefined;
  const what = `${action} on ${resourceText(resource)} in account ${owner}`;
  if (side === 'identity') return `${what} was refused by account ${caller}'s own IAM: the role this run assumed needs ${action}.`;
  const fix =
    action === 'sagemaker:UpdateModelPackage'
      ? 'run share/ there with actions: promote, or set registry-role-arn'
      : READ_GRANT.has(action)
        ? 'run share/ there with actions: read (or promote)'
        : `that account's group policy must allow ${action}`;
  return `${what} was refused by that account's group policy: it does not grant account ${caller} (this run's credentials); ${fix}.`;
}
