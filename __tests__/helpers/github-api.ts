/**
 * A tiny local GitHub API for one test file (or describe block): answers with `handle`, and is the API
 * @actions/github talks to (it reads GITHUB_API_URL when the module under test first imports it). Started before
 * all tests, closed and GITHUB_API_URL put back after all.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export function useGithubApi(handle: (req: IncomingMessage, res: ServerResponse) => void): { readonly url: string } {
  let server: Server;
  let url = '';
  const savedApiUrl = process.env.GITHUB_API_URL;
  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.GITHUB_API_URL = url;
  });
  afterAll(async () => {
    if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = savedApiUrl;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    get url() {
      return url;
    }
  };
}

/** Answers every request with `answer()`: its status, its body as JSON (a string body as it is); `record` sees each request. */
export function jsonAnswer(answer: () => { status: number; body: unknown }, record: (req: IncomingMessage) => void = () => undefined) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    record(req);
    const { status, body } = answer();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}
