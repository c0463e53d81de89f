import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { SmokeConfig } from '../inputs/operate.js';
import { runtimeSdk } from '../aws/sdk.js';

/** What the smoke test measured; latencies in milliseconds, nearest-rank percentiles. */
export interface SmokeResult {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  /** The first error, as `<name> (HTTP <status>)`: the service's text is not repeated (it can echo the payload). */
  firstError?: string;
  passed: boolean;
  /** Why it did not pass, as one sentence. */
  failure?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface SmokeOptions {
  endpointName: string;
  smoke: SmokeConfig;
  /** Milliseconds, monotonic; tests pass a fake. */
  now?: () => number;
}

export function errorLabel(err: unknown): string {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  const name = /^[A-Za-z][\w.]{0,63}$/.test(e?.name ?? '') ? e.name! : 'Error';
  return `${name}${e?.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}`;
}

/** Invokes the endpoint `requests` times, at most `concurrency` at once, and judges errors and p99. */
export async function smokeTest(rt: SageMakerRuntimeClient, o: SmokeOptions): Promise<SmokeResult> {
  const { InvokeEndpointCommand } = await runtimeSdk();
  const now = o.now ?? (() => performance.now());
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < o.smoke.requests) {
      next++;
      const start = now();
      try {
        await rt.send(new InvokeEndpointCommand({ EndpointName: o.endpointName, ContentType: o.smoke.contentType, Body: o.smoke.payload }));
        latencies.push(now() - start);
      } catch (err) {
        errors.push(errorLabel(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.smoke.concurrency) }, worker));
  return judge(o.smoke, latencies, errors);
}

/** The result of `smoke.requests` requests: `latencies` of those that succeeded, one label per failed one. */
export function judge(smoke: SmokeConfig, latencies: number[], errors: string[]): SmokeResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const result: SmokeResult = {
    requests: smoke.requests,
    errors: errors.length,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    passed: true
  };
  const firstError = errors[0];
  if (firstError) result.firstError = firstError;
  if (firstError) result.failure = `${errors.length} of ${result.requests} requests failed (first: ${firstError})`;
  else if (smoke.maxP99Ms !== undefined && result.p99 > smoke.maxP99Ms) result.failure = `p99 latency ${result.p99} ms is above smoke-max-p99-ms ${smoke.maxP99Ms} ms`;
  result.passed = !result.failure;
  return result;
}

export function describeSmoke(r: SmokeResult): string {
  return `${r.requests} requests, ${r.errors} errors, p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms`;
}
