/**
 * The statistics and constraints objects in S3: uploaded under their content digest, and read back (bounded) with the
 * digest the version recorded at creation checked. ModelMetrics cannot be changed after CreateModelPackage
 * (UpdateModelPackage has no such member), so an object whose bytes match the recorded ContentDigest is what was
 * reviewed; customer metadata, which anyone with UpdateModelPackage can rewrite, is never used as evidence.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { ActionError, InputError } from '../errors.js';
import { send } from '../aws/errors.js';
import { s3Sdk } from '../aws/sdk.js';
import { METRICS_FILE_MAX, sha256, type MetricsFile, type MetricsSource } from './inputs.js';
import { parseStatistics, type Metrics } from './statistics.js';

const location = (uri: string) => {
  const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
  if (!m) throw new ActionError(`${JSON.stringify(uri.slice(0, 200))} is not an s3://bucket/key object URI.`);
  return { Bucket: m[1]!, Key: m[2]! };
};

/** The object's bytes; more than METRICS_FILE_MAX is refused. */
export async function readObject(s3: S3Client, uri: string): Promise<Buffer> {
  const { GetObjectCommand } = await s3Sdk();
  const out = await send('s3:GetObject', () => s3.send(new GetObjectCommand(location(uri))));
  if ((out.ContentLength ?? 0) > METRICS_FILE_MAX) throw new ActionError(`${uri} is over ${METRICS_FILE_MAX} bytes; a statistics file is far smaller.`);
  const body = Buffer.from((await out.Body?.transformToByteArray()) ?? []);
  if (body.length > METRICS_FILE_MAX) throw new ActionError(`${uri} is over ${METRICS_FILE_MAX} bytes; a statistics file is far smaller.`);
  return body;
}

/** Where a workspace file goes: `<prefix>/<kind>-<sha256 hex>.json`, so the same bytes always land on the same key. */
export function uploadUri(prefix: string, kind: string, digest: string): string {
  return `${prefix}/${kind}-${digest.slice('sha256:'.length)}.json`;
}

/** Uploads a workspace file (or, for an s3:// file, reads nothing more) and returns the MetricsSource to record. */
export async function sourceOf(s3: S3Client, file: MetricsFile, body: Buffer, o: { prefix?: string; kind: string; dryRun: boolean }): Promise<MetricsSource> {
  const digest = sha256(body);
  if (!file.body) return { ContentType: 'application/json', S3Uri: file.given, ContentDigest: digest };
  const uri = uploadUri(o.prefix!, o.kind, digest);
  if (!o.dryRun) {
    const { PutObjectCommand } = await s3Sdk();
    await send('s3:PutObject', () => s3.send(new PutObjectCommand({ ...location(uri), Body: body, ContentType: 'application/json' })));
  }
  return { ContentType: 'application/json', S3Uri: uri, ContentDigest: digest };
}

/** A version's model-quality metrics, read from the S3 object its ModelMetrics names and checked against its digest. */
export async function versionMetrics(s3: S3Client, pkg: DescribeModelPackageOutput): Promise<{ metrics?: Metrics; note?: string }> {
  const source = pkg.ModelMetrics?.ModelQuality?.Statistics;
  const v = `version ${pkg.ModelPackageVersion ?? '?'}`;
  if (!source?.S3Uri) return { note: `${v} records no model-quality statistics` };
  if (!source.ContentDigest) return { note: `${v} records its statistics without a ContentDigest, so they cannot be verified` };
  const body = await readObject(s3, source.S3Uri);
  const digest = sha256(body);
  if (digest.toLowerCase() !== source.ContentDigest.toLowerCase()) {
    throw new ActionError(`The statistics of ${v} (${source.S3Uri}) changed after registration: their digest is ${digest}, the version recorded ${source.ContentDigest}. The gate does not trust them.`);
  }
  try {
    return { metrics: parseStatistics(body.toString('utf8'), 'statistics', source.S3Uri) };
  } catch (err) {
    throw new ActionError(`The statistics of ${v} (${source.S3Uri}) are not usable: ${err instanceof InputError ? err.rule : (err as Error).message}`);
  }
}
