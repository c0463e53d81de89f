/**
 * Container image references, parsed with the Docker reference grammar
 * (github.com/distribution/reference): registry[:port]/path[:tag][@algorithm:hex].
 */
export type RegistryKind = 'ecr' | 'docker-hub' | 'ghcr' | 'private';

export interface ImageRef {
  /** Registry host as written (with port), or registry-1.docker.io for Docker Hub. */
  registry: string;
  /** Repository path inside the registry (library/ added for official Docker Hub images). */
  repository: string;
  tag?: string;
  digest?: string;
  kind: RegistryKind;
  /** Set for ECR registries. */
  ecr?: { accountId: string; region: string; partition: string };
}

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|-+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`
);
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
const ECR_HOST = /^([0-9]{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const NAME_MAX = 255;
export const DOCKER_HUB = 'registry-1.docker.io';

/** Parses an image reference; returns a reason string when it is not one. */
export function parseImageRef(input: string): ImageRef | string {
  const value = input.trim();
  if (!value) return 'is empty: expected registry[:port]/repository[:tag][@sha256:digest]';
  const match = REFERENCE.exec(value);
  if (!match) {
    if (/[A-Z]/.test(value.split('@')[0]!.split('/').slice(1).join('/'))) {
      return 'is not a valid image reference: repository names must be lowercase';
    }
    return 'is not a valid image reference: expected registry[:port]/repository[:tag][@sha256:digest]';
  }
  const [, first, rest, tag, digest] = match;
  let domain = first;
  let path = rest!;
  // A first component is a registry only if it looks like a host: it has a dot or a port, or is localhost.
  if (domain && !/[.:]/.test(domain) && domain !== 'localhost' && !/[A-Z]/.test(domain)) {
    path = `${domain}/${path}`;
    domain = undefined;
  }
  // distribution/reference counts the full name, with docker.io/library/ for Docker Hub short names.
  const fullName = domain ? `${domain}/${path}` : `docker.io/${path.includes('/') ? '' : 'library/'}${path}`;
  if (fullName.length > NAME_MAX) return `has a name longer than ${NAME_MAX} characters`;
  if (digest && !SHA256_DIGEST.test(digest)) return 'has a digest that is not sha256:<64 lowercase hex characters>';
  const port = domain ? badPort(domain) : undefined;
  if (port) return `has port ${port}: a registry port is a number from 1 to 65535`;

  let registry = domain ?? DOCKER_HUB;
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`;

  const ref: ImageRef = { registry, repository: path, kind: 'private' };
  if (tag) ref.tag = tag;
  if (digest) ref.digest = digest;
  const ecr = ECR_HOST.exec(registry);
  if (ecr) {
    ref.kind = 'ecr';
    const region = ecr[2]!;
    ref.ecr = { accountId: ecr[1]!, region, partition: ecr[3] ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws' };
  } else if (registry === DOCKER_HUB) {
    ref.kind = 'docker-hub';
  } else if (registry === 'ghcr.io') {
    ref.kind = 'ghcr';
  }
  return ref;
}

/** The reference as SageMaker should see it: Docker Hub images get their full host so nothing is implied. */
export function formatImage(ref: ImageRef, options: { digest?: string; tag?: boolean } = {}): string {
  const host = ref.registry === DOCKER_HUB ? 'docker.io' : ref.registry;
  const digest = options.digest === '' ? undefined : (options.digest ?? ref.digest);
  const keepTag = options.tag ?? !digest;
  let out = `${host}/${ref.repository}`;
  if (ref.tag && keepTag) out += `:${ref.tag}`;
  if (!ref.tag && !digest) out += ':latest';
  if (digest) out += `@${digest}`;
  return out;
}

/** The port written after the host, when it is not a TCP port (0, or above 65535). */
function badPort(domain: string): string | undefined {
  const port = /\]?:([0-9]+)$/.exec(domain.startsWith('[') && !domain.includes(']:') ? '' : domain)?.[1];
  return port !== undefined && (Number(port) < 1 || Number(port) > 65535) ? port : undefined;
}

/**
 * True for every registry but ECR (Docker Hub and GHCR included): SageMaker cannot read such images with its
 * execution role, so it pulls them through the model's VPC (RepositoryAccessMode Vpc).
 */
export function isOutsideEcr(ref: ImageRef): boolean {
  return ref.kind !== 'ecr';
}
