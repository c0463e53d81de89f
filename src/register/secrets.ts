import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { send } from '../aws/errors.js';
import { maskCredentials, maskSecretText, parseRegistryCredentials, type RegistryCredentials } from '../oci/credentials.js';
import { secretsManagerSdk } from '../aws/sdk.js';

/**
 * Reads the registry credentials from Secrets Manager, once, and masks every value of the secret (not only the
 * entry for this registry) before anything else can print it.
 */
export async function readRegistryCredentials(
  client: SecretsManagerClient,
  secretArn: string,
  registryHost: string,
  setSecret: (value: string) => void
): Promise<RegistryCredentials> {
  const { GetSecretValueCommand } = await secretsManagerSdk();
  const out = await send('secretsmanager:GetSecretValue', () => client.send(new GetSecretValueCommand({ SecretId: secretArn })));
  const text = out.SecretString ?? (out.SecretBinary ? Buffer.from(out.SecretBinary).toString('utf8') : '');
  maskSecretText(text, setSecret);
  const creds = parseRegistryCredentials(text, registryHost);
  maskCredentials(creds, setSecret);
  return creds;
}
