/**
 * The inputs of approval-events/: the group and statuses to forward, the repository and token that receive the
 * dispatch, the role EventBridge uses and an optional dead-letter queue. Everything is checked before any call;
 * the token is masked before anything else is read and never appears in a message.
 */
import { InputError } from '../errors.js';
import { readGroupInput } from '../commands/inputs.js';
import type { CommonConfig } from '../commands/inputs.js';
import type { GroupRef } from '../inputs/inputs.js';
import { list, type InputReader } from '../inputs/readers.js';

export const STATUSES = ['Approved', 'Rejected', 'PendingManualApproval'] as const;
export type Status = (typeof STATUSES)[number];
export const DEFAULT_EVENT_TYPE = 'sagemaker-model-package';

export interface ApprovalEventsConfig {
  group: GroupRef;
  statuses: Status[];
  /** The dispatch token (masked as read). */
  token: string;
  owner: string;
  repo: string;
  /** GitHub's REST API root, without a trailing slash (GITHUB_API_URL). */
  apiUrl: string;
  eventType: string;
  eventsRoleArn: string;
  deadLetterQueueArn?: string;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SQS_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The header value EventBridge stores: "Bearer <token>", printable ASCII, at most 512 characters (the model's AuthHeaderParameters). */
const TOKEN = /^[\x21-\x7e]{1,505}$/;

/** Reads and checks the inputs; `onSecret` masks the token before anything else happens. */
export function readApprovalEvents(read: InputReader, common: CommonConfig, env: NodeJS.ProcessEnv, onSecret: (value: string) => void): ApprovalEventsConfig {
  const token = read('dispatch-token');
  if (token) onSecret(token);
  if (!token) throw new InputError('dispatch-token', '', 'is required: a fine-grained token with Contents read and write on the repository');
  if (!TOKEN.test(token)) throw new InputError('dispatch-token', '***', 'must be 1 to 505 printable ASCII characters without spaces');
  const group = readGroupInput(read, common.region, true)!;
  const statuses = readStatuses(read);
  const [owner, repo] = readRepository(read('repository') || env.GITHUB_REPOSITORY || '');
  const apiUrl = readApiUrl(env.GITHUB_API_URL || 'https://api.github.com');
  const eventType = read('event-type') || DEFAULT_EVENT_TYPE;
  if (eventType.length > 100) throw new InputError('event-type', eventType, `is ${eventType.length} characters; GitHub accepts at most 100`);
  if ([...eventType].some((ch) => ch < ' ' || ch === '\x7f' || '<>"\\'.includes(ch))) throw new InputError('event-type', eventType, 'may not contain control characters, quotes, backslashes, < or >');
  const eventsRoleArn = read('events-role-arn');
  if (!ROLE_ARN.test(eventsRoleArn)) throw new InputError('events-role-arn', eventsRoleArn, 'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>) that EventBridge may assume, with events:InvokeApiDestination');
  const dlq = read('dead-letter-queue-arn');
  if (dlq && !SQS_ARN.test(dlq)) throw new InputError('dead-letter-queue-arn', dlq, 'must be the ARN of a standard SQS queue (arn:aws:sqs:<region>:<account>:<name>; FIFO queues are not accepted)');
  return { group, statuses, token, owner, repo, apiUrl, eventType, eventsRoleArn, ...(dlq ? { deadLetterQueueArn: dlq } : {}) };
}

function readStatuses(read: InputReader): Status[] {
  const given = list(read, 'statuses');
  const out: Status[] = [];
  for (const value of given.length ? given : ['Approved', 'Rejected']) {
    const found = STATUSES.find((s) => s.toLowerCase() === value.toLowerCase());
    if (!found) throw new InputError('statuses', value, `is not an approval status: use ${STATUSES.join(', ')}`);
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

function readRepository(value: string): [string, string] {
  const [owner, repo, ...rest] = value.split('/');
  if (rest.length || !owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
    throw new InputError('repository', value, 'must be owner/name (empty: the repository running the workflow)');
  }
  return [owner, repo];
}

/** GITHUB_API_URL: https://, or http:// to a loopback address only (a local stand-in); no query or fragment. */
export function readApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('GITHUB_API_URL', value, 'is not a URL');
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!ok) throw new InputError('GITHUB_API_URL', value, 'must be https:// (http:// only to a loopback address): the token travels in its Authorization header');
  if (url.search || url.hash || url.username || url.password) throw new InputError('GITHUB_API_URL', value, 'may not carry credentials, a query or a fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
