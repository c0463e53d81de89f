/** The simulator's GitHub deployments and deployment statuses, as GitHub's REST docs describe them. */
import type { Simulator } from '../../sim/server.js';
import { control, startSim } from './helpers.js';

let sim: Simulator;
const TOKEN = 'ghp_deployer';
const SHA = 'ab'.repeat(20);

beforeAll(async () => {
  ({ sim } = await startSim());
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  sim.reset();
  await control(sim, 'POST', '/_sim/github/tokens', { token: TOKEN, login: 'deployer', type: 'user', permissions: { deployments: 'write' } });
  await control(sim, 'POST', '/_sim/github/tokens', { token: 'ghp_reader', login: 'reader', type: 'user', permissions: { deployments: 'read' } });
});

async function api(method: string, path: string, body?: unknown, token = TOKEN): Promise<{ status: number; json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${sim.url}/repos/acme/fraud-model${path}`, { method, headers: { authorization: `token ${token}` }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

test('a deployment with statuses: created, listed newest first, filtered by environment', async () => {
  const made = await api('POST', '/deployments', { ref: SHA, environment: 'staging', description: 'v3', payload: { version: 3 }, auto_merge: false });
  expect(made.status).toBe(201);
  expect(made.json).toMatchObject({ sha: SHA, ref: SHA, task: 'deploy', environment: 'staging', description: 'v3', payload: { version: 3 }, production_environment: false, creator: { login: 'deployer' } });
  const st = await api('POST', `/deployments/${made.json.id}/statuses`, { state: 'in_progress', environment_url: 'https://console.aws.amazon.com/x' });
  expect(st.status).toBe(201);
  expect(st.json).toMatchObject({ state: 'in_progress', environment: 'staging', environment_url: 'https://console.aws.amazon.com/x', deployment_url: `${sim.url}/repos/acme/fraud-model/deployments/${made.json.id}` });
  await api('POST', '/deployments', { ref: 'main' });
  const staging = await api('GET', '/deployments?environment=staging', undefined, 'ghp_reader');
  expect(staging.json.map((d: { id: number }) => d.id)).toEqual([made.json.id]);
  expect((await api('GET', '/deployments')).json).toHaveLength(2);
  expect((await api('GET', `/deployments/${made.json.id}/statuses`)).json.map((s: { state: string }) => s.state)).toEqual(['in_progress']);
});

test('a success makes the earlier successful deployment of the environment inactive (not production ones)', async () => {
  const first = (await api('POST', '/deployments', { ref: SHA, environment: 'staging' })).json;
  await api('POST', `/deployments/${first.id}/statuses`, { state: 'success' });
  const prod = (await api('POST', '/deployments', { ref: SHA, environment: 'production' })).json;
  await api('POST', `/deployments/${prod.id}/statuses`, { state: 'success' });
  const second = (await api('POST', '/deployments', { ref: SHA, environment: 'staging' })).json;
  await api('POST', `/deployments/${second.id}/statuses`, { state: 'success' });
  expect((await api('GET', `/deployments/${first.id}/statuses`)).json.map((s: { state: string }) => s.state)).toEqual(['inactive', 'success']);
  const prod2 = (await api('POST', '/deployments', { ref: SHA, environment: 'production' })).json;
  await api('POST', `/deployments/${prod2.id}/statuses`, { state: 'success' });
  expect((await api('GET', `/deployments/${prod.id}/statuses`)).json.map((s: { state: string }) => s.state)).toEqual(['success']);
});

test('refusals: permissions, missing ref, bad state, long description, unknown deployment', async () => {
  expect((await api('POST', '/deployments', { ref: SHA }, 'ghp_reader')).status).toBe(403);
  await control(sim, 'POST', '/_sim/github/tokens', { token: 'ghp_nodeployments', login: 'someone', type: 'user' });
  expect((await api('GET', '/deployments', undefined, 'ghp_nodeployments')).status).toBe(404);
  expect((await api('POST', '/deployments', {})).json.message).toBe('Invalid request.\n\n"ref" wasn\'t supplied.');
  const d = (await api('POST', '/deployments', { ref: SHA })).json;
  expect((await api('POST', `/deployments/${d.id}/statuses`, { state: 'done' })).status).toBe(422);
  expect((await api('POST', `/deployments/${d.id}/statuses`, { state: 'success', description: 'x'.repeat(141) })).status).toBe(422);
  expect((await api('GET', '/deployments/999')).status).toBe(404);
});

test('the default token has deployments: write; the control route shows every deployment with its states and a token\'s permission', async () => {
  const made = await api('POST', '/deployments', { ref: SHA, environment: 'staging', payload: { version: 3 } }, 'ghs_simtoken');
  expect(made.status).toBe(201);
  await api('POST', `/deployments/${made.json.id}/statuses`, { state: 'in_progress' }, 'ghs_simtoken');
  await api('POST', `/deployments/${made.json.id}/statuses`, { state: 'failure' }, 'ghs_simtoken');
  const read = async (query = '') => (await control(sim, 'GET', `/_sim/github/deployments${query}`)).json();
  expect(await read()).toEqual({ deployments: [{ id: made.json.id, repository: 'acme/fraud-model', environment: 'staging', production_environment: false, payload: { version: 3 }, states: ['in_progress', 'failure'] }] });
  expect((await read('?token=ghs_simtoken')).tokenDeployments).toBe('write');
  expect((await read('?token=ghp_reader')).tokenDeployments).toBe('read');
  expect((await read('?token=ghp_unknown')).tokenDeployments).toBe('none');
  expect(JSON.stringify(await read('?token=ghp_reader'))).not.toContain('ghp_reader');
});
