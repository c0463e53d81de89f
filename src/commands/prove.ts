/**
 * Which version is the commit's version: exactly one version may claim the commit, and it must prove it (its
 * containers hash to the record made at registration, its metadata agrees with them, the repository matches).
 * Anything else is refused naming every candidate and what disagrees. Pure.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import { disagreements, type Claim } from '../register/proof.js';

export interface Proven {
  version?: DescribeModelPackageOutput;
  /** Lines naming each candidate and what disagrees, when refused. */
  refused?: string;
}

const name = (p: DescribeModelPackageOutput) => `v${p.ModelPackageVersion ?? '?'} (${p.ModelPackageArn ?? 'no ARN'})`;

/** The one proven version among the candidates for a commit; undefined when there is none. Throws on ambiguity. */
export function proveCommitVersion(candidates: DescribeModelPackageOutput[], claim: Claim & { commit: string }, path: string): DescribeModelPackageOutput | undefined {
  const usable = candidates.filter((p) => p.ModelPackageStatus !== 'Failed');
  if (!usable.length) return undefined;
  const findings = usable.map((p) => ({ p, why: disagreements(p, claim) }));
  if (findings.length === 1 && !findings[0]!.why.length) return findings[0]!.p;
  const each = findings.map(({ p, why }) => `${name(p)}: ${why.length ? why.join('; ') : 'proves its registration'}`).join(' | ');
  const what = findings.length > 1 ? `${findings.length} versions claim commit ${claim.commit.slice(0, 12)}` : `the version claiming commit ${claim.commit.slice(0, 12)} does not prove it`;
  throw new ActionError(
    `Refused: ${what} (seen through ${path}): ${each}. Nothing was changed. Remove or reject the versions that are not this commit's registration, or name the version with version or model-package-arn after checking it.`
  );
}

/** A version named explicitly (version or ARN) must not contradict its own record; an unrecorded one only warns. */
export function checkNamedVersion(p: DescribeModelPackageOutput, claim: Claim, warn: (m: string) => void): void {
  const why = disagreements(p, claim);
  if (!why.length) return;
  if (why.length === 1 && /container record|not registered by this action/.test(why[0]!)) {
    warn(`${name(p)} cannot be proven: ${why[0]}. It is promoted because it was named explicitly.`);
    return;
  }
  throw new ActionError(`Refused: ${name(p)} does not match what its registration recorded: ${why.join('; ')}. Nothing was changed.`);
}
