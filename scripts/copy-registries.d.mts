export interface Certificate {
  dir: string;
  cert: string;
  key: string;
  certDir: string;
  pem: Buffer;
}
export interface TlsRegistry {
  host: string;
  base: string;
  stop(): Promise<void>;
}
export interface PushTarget {
  host: string;
  repository: string;
  creds: string;
  tag: string;
}
export function tempDir(prefix: string): string;
export function makeCertificate(): Promise<Certificate>;
export function startTlsRegistry(tls: Certificate, users: Record<string, string>): Promise<TlsRegistry>;
export function randomBytesStream(size: number, seed: string): AsyncGenerator<Buffer>;
export function pushRandomImage(tls: Certificate, target: PushTarget, layers: number[], seed?: string): Promise<{ digest: string; bytes: number }>;
export function timeSkopeo(
  tls: Certificate,
  args: { from: string; to: string; auths: Record<string, string> }
): Promise<{ ms: number; maxRssKiB: number }>;
