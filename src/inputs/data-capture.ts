import { InputError } from '../errors.js';
import { s3UriProblem } from './s3-uri.js';

/** `s3://bucket/prefix` with an optional sampling percentage: `s3://bucket/prefix 20`. */
export function readDataCapture(value: string): { destination: string; samplingPercent: number } {
  const m = /^(\S+)(?:\s+(\d{1,3})%?)?$/.exec(value);
  const destination = m?.[1] ?? '';
  if (!m || !/^s3:\/\/[^/]+/.test(destination) || destination.length > 512) {
    throw new InputError('data-capture', value, "must be 's3://bucket/prefix [sampling-percent]' (at most 512 characters)");
  }
  const problem = s3UriProblem(destination);
  if (problem) throw new InputError('data-capture', value, problem);
  const samplingPercent = Number(m[2] ?? '100');
  if (samplingPercent > 100) {
    throw new InputError('data-capture', value, 'has a sampling percentage that is not a whole number from 0 to 100');
  }
  return { destination, samplingPercent };
}
