// Hand-written declarations for the simulator's public API (sim/server.js), for TypeScript tests.

export interface SimOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Only '127.0.0.1' is accepted. */
  host?: string;
  /** JSON state file: loaded at start if present, written (atomically) after each mutation. */
  statePath?: string;
  /** Request log appended as JSON lines. */
  logPath?: string;
  /** Virtual milliseconds per real millisecond (default 1). */
  clockSpeed?: number;
  /** Virtual milliseconds from CreateModelPackage to Completed/Failed (default 0). */
  packageDelayMs?: number;
  /** Virtual ms before Search sees a created or updated model package, with its new values (default 0). */
  searchDelayMs?: number;
  /** Default '123456789012'. */
  accountId?: string;
  /** proxyEndpoint returned by ECR GetAuthorizationToken (default `https://<registry>.dkr.ecr.<region>.amazonaws.com`). */
  ecrProxyEndpoint?: string | null;
  /** Password inside the ECR authorization token `base64("AWS:" + password)` (default 'sim-ecr-password'). */
  ecrPassword?: string;
  /** Virtual ms a seeded image scan stays IN_PROGRESS unless the image sets `scan.delayMs` (default 0). */
  ecrScanDelayMs?: number;
  /** Virtual ms CreateEndpoint stays Creating (default 4000). */
  endpointCreateMs?: number;
  /** Virtual ms the new fleet of an UpdateEndpoint stays Creating (default 4000). */
  fleetCreateMs?: number;
  /** Virtual ms of each ActivatingTraffic step of a deployment (default 1000). */
  trafficShiftMs?: number;
  /** Virtual ms of Deleting (DeleteEndpoint, the old fleet after a deployment) and of a rollback (default 2000). */
  deleteMs?: number;
  /** Instances allowed per instance type in a region before ResourceLimitExceeded (default 20). */
  instanceLimit?: number;
  /** EventBridge delivers every matched event twice (default false). */
  eventDuplicates?: boolean;
}

export interface SimEnv {
  AWS_ENDPOINT_URL_SAGEMAKER: string;
  AWS_ENDPOINT_URL_ECR: string;
  AWS_ENDPOINT_URL_SECRETS_MANAGER: string;
  AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: string;
  AWS_ENDPOINT_URL_CLOUDWATCH: string;
  AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME: string;
  AWS_ENDPOINT_URL_S3: string;
  AWS_ENDPOINT_URL_STS: string;
  AWS_REGION: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
  /** The simulator URL: Octokit's baseUrl. */
  GITHUB_API_URL: string;
  /** `<url>/graphql`. */
  GITHUB_GRAPHQL_URL: string;
  SIM_URL: string;
  [name: string]: string;
}

export interface LogEntry {
  seq: number;
  /** ISO time on the virtual clock. */
  time: string;
  service: 'sagemaker' | 'ecr' | 'secretsmanager' | 'github' | 'unknown' | string;
  /** AWS operation name, or for GitHub `<METHOD> <route template>` (e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}`). */
  operation: string;
  /** GitHub only: the request path with its query string. */
  path?: string;
  /** AWS only: the caller's account, selected by the request's access key (sim/accounts.js). */
  account?: string;
  /** HTTP status. */
  status: number;
  /** Error code (AWS) or error message (GitHub), or null on success. */
  error: string | null;
  /** Parsed request body (null when it could not be parsed). */
  request: Record<string, unknown> | null;
}

export interface RequestFilter {
  service?: string;
  operation?: string;
  /** Only AWS calls of this account (selected by their access key). */
  account?: string;
  /** Only entries with seq greater than this. */
  since?: number;
}

export interface VirtualClock {
  /** Virtual epoch milliseconds. */
  now(): number;
  /** Move virtual time forward by ms (>= 0). */
  advance(ms: number): void;
  /** Virtual ms per real ms (0 freezes). */
  setSpeed(speed: number): void;
  readonly speed: number;
}

export interface Simulator {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Variables a client process needs. */
  env: SimEnv;
  clock: VirtualClock;
  close(): Promise<void>;
  /** Clear state, log and faults; config back to start values. */
  reset(): void;
  requests(filter?: RequestFilter): LogEntry[];
}

export function startSimulator(opts?: SimOptions): Promise<Simulator>;
