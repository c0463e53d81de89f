/**
 * The smoke test of an async endpoint: the payload is uploaded once to S3 (InvokeEndpointAsync takes its input
 * from S3: InputLocation), each request is queued with InvokeEndpointAsync, and each result is read from S3
 * (OutputLocation, or FailureLocation when the model failed) until the wait budget ends. A request without a
 * result by then counts as an error. Latency: from the request to its result object seen, at poll resolution.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { Clock } from '../aws/poll.js';
import { runtimeSdk, s3Sdk } from '../aws/sdk.js';
import { ActionError } from '../errors.js';
import type { SmokeConfig } from '../inputs/operate.js';
import { errorLabel, judge, type SmokeResult } from './smoke.js';

export interface AsyncSmokeOptions {
  endpointName: string;
  smoke: SmokeConfig;
  /** async-output-s3-uri: the payload goes under it, in `smoke-input/`. */
  outputS3Uri: string;
  /** Names the uploaded payload (one object per run attempt, overwritten by a retry). */
  runKey: string;
  clock: Clock;
  /** Absolute time on the clock by which every result must be in S3. */
  deadline: number;
  pollMs: number;
}

export interface S3Location {
  bucket: string;
  key: string;
}

/** `s3://bucket/key` → bucket and key; anything else (the service's header) is refused. */
export function s3Location(uri: string): S3Location {
  const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
  if (!m) throw new ActionError(`InvokeEndpointAsync returned a result location that is not an s3:// object URI (${JSON.stringify(uri.slice(0, 200))}).`);
  return { bucket: m[1]!, key: m[2]! };
}

/** Where the smoke payload is uploaded: `<async-output-s3-uri>/smoke-input/<endpoint>-<run key>`. */
export function inputLocation(outputS3Uri: string, endpointName: string, runKey: string): string {
  return `${outputS3Uri.replace(/\/+$/, '')}/smoke-input/${endpointName}-${runKey}`;
}

interface Pending {
  start: number;
  output?: S3Location;
  failure?: S3Location;
}

/** True when the object exists (its body is read and dropped: it can echo the payload), false on NoSuchKey. */
async function exists(s3: S3Client, at: S3Location): Promise<boolean> {
  const { GetObjectCommand } = await s3Sdk();
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: at.bucket, Key: at.key }));
    await out.Body?.transformToByteArray();
    return true;
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchKey') return false;
    throw err;
  }
}

/** 'done' (the output object exists), 'pending', or why the request failed (a failure object, an unreadable result). */
async function resultOf(s3: S3Client, p: Pending): Promise<string> {
  try {
    if (p.output && (await exists(s3, p.output))) return 'done';
    if (p.failure && (await exists(s3, p.failure))) return 'model failure (the failure location has the error)';
    return 'pending';
  } catch (err) {
    return `the result could not be read from S3 (${errorLabel(err)})`;
  }
}

export async function asyncSmokeTest(rt: SageMakerRuntimeClient, s3: S3Client, o: AsyncSmokeOptions): Promise<SmokeResult> {
  const [{ InvokeEndpointAsyncCommand }, { PutObjectCommand }] = await Promise.all([runtimeSdk(), s3Sdk()]);
  const input = inputLocation(o.outputS3Uri, o.endpointName, o.runKey);
  const at = s3Location(input);
  const latencies: number[] = [];
  const errors: string[] = [];
  try {
    await s3.send(new PutObjectCommand({ Bucket: at.bucket, Key: at.key, Body: o.smoke.payload, ContentType: o.smoke.contentType }));
  } catch (err) {
    // Nothing can be invoked: every request fails, with the reason (the service's name for it, not its text).
    return judge(o.smoke, [], Array<string>(o.smoke.requests).fill(`the payload could not be uploaded to ${input} (${errorLabel(err)})`));
  }
  const pending: Pending[] = [];
  for (let i = 0; i < o.smoke.requests; i++) {
    const start = o.clock.now();
    try {
      const out = await rt.send(new InvokeEndpointAsyncCommand({ EndpointName: o.endpointName, InputLocation: input, ContentType: o.smoke.contentType }));
      pending.push({ start, ...(out.OutputLocation ? { output: s3Location(out.OutputLocation) } : {}), ...(out.FailureLocation ? { failure: s3Location(out.FailureLocation) } : {}) });
    } catch (err) {
      errors.push(errorLabel(err));
    }
  }
  while (pending.length) {
    for (const p of [...pending]) {
      const state = await resultOf(s3, p);
      if (state === 'pending') continue;
      if (state === 'done') latencies.push(o.clock.now() - p.start);
      else errors.push(state);
      pending.splice(pending.indexOf(p), 1);
    }
    if (!pending.length) break;
    if (o.clock.now() + o.pollMs > o.deadline) {
      errors.push(...pending.map(() => 'no result in S3 within wait-timeout'));
      break;
    }
    await o.clock.sleep(o.pollMs);
  }
  return judge(o.smoke, latencies, errors);
}
