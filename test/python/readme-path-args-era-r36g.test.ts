/**
 * A README program passes a method's path params by name in every era (stainless/python-era.ts `keywordPathArgs` is
 * the endpoint tests' alone): Stainless's READMEs of 2023 to 2026 write them so (cartesia-python's
 * `client.datasets.files.upload(id="id", file=…)`, stagehand-python's `client.sessions.act(id=…, input=…)`,
 * deepraven-python's `project_id=…, contact_id=…`), and none of the mirrored Python SDKs' READMEs from before
 * 2024-08-06 passes one positionally, while their tests did (`retrieve("issues", integration_id=…)`).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonTempDir } from '../helpers/python-sdk';

const param = (name: string, where: 'path' | 'query') => ({
  name,
  in: where,
  required: true,
  schema: { type: 'string' },
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Keys', version: '1' },
  servers: [{ url: 'https://keys.test' }],
  paths: {
    '/users/{user_id}/feeds/{feed_id}': {
      get: {
        operationId: 'getFeed',
        parameters: [param('user_id', 'path'), param('feed_id', 'path'), param('kind', 'query')],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};
const CONFIG = `organization: { name: keys }
targets:
  python:
    package_name: keys
readme:
  example_requests:
    default:
      type: request
      endpoint: get /users/{user_id}/feeds/{feed_id}
      params:
        user_id: usr_1
        feed_id: feed_2
        kind: daily
resources:
  feeds:
    methods:
      retrieve: get /users/{user_id}/feeds/{feed_id}
`;
const root = pythonTempDir('readme-path-args-era-r36g');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function generated(era: string | null): Promise<{ readme: string; test: string }> {
  const spec = path.join(root, 'spec.json');
  const config = path.join(root, 'stainless.yml');
  writeFileSync(spec, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec, config, target: 'python', format: false, stainlessEra: era ?? undefined });
  const text = (file: string) => files.find((f) => f.path === file)!.contents;
  return { readme: text('README.md'), test: text('tests/api_resources/test_feeds.py') };
}

describe("a README program's path params, by era", () => {
  it('are passed by name before 2024-08-06 too, where the tests pass them positionally', async () => {
    const old = await generated('2024-07-17');
    expect(old.readme).toMatch(/client\.feeds\.retrieve\(\n {4}feed_id="feed_2",\n {4}user_id="usr_1",\n/);
    expect(old.test).toMatch(/client\.feeds\.retrieve\(\n\s+"feed_id",\n\s+user_id="user_id",/);
    const now = await generated(null);
    expect(now.readme).toMatch(/client\.feeds\.retrieve\(\n {4}feed_id="feed_2",\n {4}user_id="usr_1",\n/);
  });
});
