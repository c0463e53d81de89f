/** A deploy configuration read the way the action reads it: fraud-prod and an execution role, plus what a test sets. */
import { readDeployConfig, type DeployConfig } from '../../src/inputs/deploy.js';

export const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/SageMakerExecution';

export function deployConfig(values: Record<string, string> = {}): DeployConfig {
  const all: Record<string, string> = { 'endpoint-name': 'fraud-prod', 'execution-role-arn': EXECUTION_ROLE, ...values };
  const d = readDeployConfig((n) => all[n] ?? '', undefined);
  if (!d) throw new Error('no deploy config');
  return d;
}
