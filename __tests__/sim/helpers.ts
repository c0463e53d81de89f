import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startSimulator, type SimOptions, type Simulator } from '../../sim/server.js';

export const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/churn@sha256:' + 'a'.repeat(64);

export async function startSim(opts: SimOptions = {}): Promise<{ sim: Simulator; sm: SageMakerClient }> {
  const sim = await startSimulator(opts);
  return { sim, sm: client(sim) };
}

export function client(sim: Simulator, region = 'us-east-1'): SageMakerClient {
  return new SageMakerClient({
    endpoint: sim.url,
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
}

/** The rejection of a promise (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Call the control API. */
export async function control(sim: Simulator, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
