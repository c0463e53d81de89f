export interface DemoRegistry {
  /** 127.0.0.1:PORT */
  host: string;
  /** Each tag's manifest digest. */
  digests: Record<string, string>;
  requests: Array<{ method: string; path: string; authorised: boolean }>;
  stop(): Promise<unknown>;
}
export function startDemoRegistry(opts: { repository: string; tags: string[]; username: string; password: string }): Promise<DemoRegistry>;
