/** readPull takes only a whole 40-hex head commit: text before it is refused as surely as text after it. */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunContext } from '../../../src/github/context.js';
import { readPull } from '../../../src/github/pull-request.js';

const HEAD = 'e5'.repeat(20);
let server: Server;
let sha = '';
const savedApiUrl = process.env.GITHUB_API_URL;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ number: 42, state: 'open', merged: false, head: { sha, ref: 'f', repo: { full_name: 'acme/m' } }, base: { ref: 'main' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedApiUrl;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ctx = { eventName: 'issue_comment', repository: 'acme/m', prNumber: 42 } as RunContext;

test('a head commit with text before it is refused; the bare commit is read', async () => {
  for (const bad of [`x${HEAD}`, `refs/${HEAD}`, `\n${HEAD}`]) {
    sha = bad;
    await expect(readPull(ctx, 'ghs_token', 42)).rejects.toThrow('Refused: pull request #42 of acme/m could not be read (no answer)');
  }
  sha = HEAD;
  await expect(readPull(ctx, 'ghs_token', 42)).resolves.toMatchObject({ headSha: HEAD });
});
