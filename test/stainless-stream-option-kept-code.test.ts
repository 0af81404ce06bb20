/**
 * Stainless's request options declared `stream?: boolean` in every SDK of every era (`src/core.ts` of `targets.node`,
 * `src/internal/request-options.ts` of `targets.typescript`), whether or not a method of the SDK streamed. Code written
 * for those SDKs passes it: a Stainless module migrate keeps because the owners' code imports it, or the owners' own
 * (cerebras-ts: `this._client.post('/v1/chat/completions', { body, ...options, stream: body.stream ?? false })`), where
 * the spec sdkgen is given has no streaming method. sdkgen's request options with a Stainless config declare it too:
 * such code type-checks. (Its SDKs of their own, with no Stainless config, do not declare it.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';

const json = { type: 'object', properties: { text: { type: 'string' } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Talk', version: '1' },
  servers: [{ url: 'https://talk.test' }],
  paths: {
    '/models': {
      get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: json } } } } },
    },
  },
};

const config = (target: 'node' | 'typescript') => `organization: { name: talk }
targets:
  ${target}:
    package_name: talk
resources:
  models:
    methods:
      list: get /models
`;

/** A Stainless module of the older generator's (`targets.node`), kept as the owners' code imports it. */
const KEPT_NODE = `import { APIResource } from '../resource';
import * as Core from '../core';

export interface CompletionCreateParams {
  prompt: string;
  stream?: boolean | null;
}

export class Completions extends APIResource {
  create(body: CompletionCreateParams, options?: Core.RequestOptions): Core.APIPromise<unknown> {
    return this._client.post('/completions', { body, ...options, stream: body.stream ?? false });
  }
}
`;

/** The same, as the newer generator (`targets.typescript`) wrote it. */
const KEPT_TYPESCRIPT = `import { APIResource } from '../core/resource';
import { APIPromise } from '../core/api-promise';
import { RequestOptions } from '../internal/request-options';

export interface CompletionCreateParams {
  prompt: string;
  stream?: boolean | null;
}

export class Completions extends APIResource {
  create(body: CompletionCreateParams, options?: RequestOptions): APIPromise<unknown> {
    return this._client.post('/completions', { body, ...options, stream: body.stream ?? false });
  }
}
`;

async function sdk(target: 'node' | 'typescript', kept: string | null): Promise<{ dir: string; client: string }> {
  const root = tempDir(`stainless-stream-option-${target}`);
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  const options = { spec: path.join(root, 'openapi.json'), referenceDocs: false, format: false } as const;
  if (kept !== null) writeFileSync(path.join(root, 'stainless.yml'), config(target));
  const result = await generate(kept !== null ? { ...options, config: path.join(root, 'stainless.yml') } : options);
  const dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  if (kept !== null) writeFileSync(path.join(dir, 'src/resources/completions.ts'), kept);
  const client = result.files.find((f) => f.path === 'src/core/base-client.ts')!.contents;
  return { dir, client };
}

describe('Stainless’s `stream` request option in an SDK with no streaming method', () => {
  let node: { dir: string; client: string };
  let typescript: { dir: string; client: string };
  let own: { dir: string; client: string };
  beforeAll(async () => {
    node = await sdk('node', KEPT_NODE);
    typescript = await sdk('typescript', KEPT_TYPESCRIPT);
    own = await sdk('typescript', null);
  });

  it('is declared with a Stainless config of either era, and not in an SDK of sdkgen’s own', () => {
    for (const { client } of [node, typescript]) expect(client).toContain('stream?: boolean | undefined;');
    expect(own.client).not.toContain('stream?: boolean');
  });

  it('type-checks a kept Stainless module of the older generator that passes it', () => {
    const { status, output } = typeCheckStrict(node.dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('type-checks a kept Stainless module of the newer generator that passes it', () => {
    const { status, output } = typeCheckStrict(typescript.dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
