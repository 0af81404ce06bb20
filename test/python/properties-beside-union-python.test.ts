/**
 * A schema with `properties` beside a `oneOf`/`anyOf` (Vercel's DNS record body: `type` beside nine record shapes): a
 * value matches the properties and one variant, so each variant is typed and sent with the properties merged in.
 * The IR once kept the properties alone where a target cannot write `Own & (A | B)` (a Python TypedDict), so the SDK
 * sent `{ type }`, which no variant accepts. TypeScript's tsc --strict and, with SDKGEN_PYTHON_TESTS=full, pyright
 * strict check the calls, and the Python SDK's calls go to Prism, which validates each body against the spec.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { typeCheckStrict } from '../helpers/generated-tests';
import {
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  startPrism,
  venvPython,
} from '../helpers/python';
import { writeFiles, tempDir } from '../helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Mixed', version: '1.0.0' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  paths: {
    '/records': {
      post: {
        operationId: 'createRecord',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { type: { type: 'string', enum: ['A', 'MX'] }, ttl: { type: 'integer' } },
                required: ['type'],
                anyOf: [
                  {
                    // `ttl` is the object's own property, which this variant requires.
                    type: 'object',
                    properties: { type: { type: 'string', enum: ['A'] }, value: { type: 'string' } },
                    required: ['type', 'value', 'ttl'],
                  },
                  { $ref: '#/components/schemas/MxRecord' },
                ],
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['meta'],
                properties: {
                  meta: {
                    type: 'object',
                    properties: { note: { type: 'string' } },
                    required: ['note'],
                    oneOf: [
                      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
                      { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      MxRecord: {
        type: 'object',
        additionalProperties: false,
        properties: {
          type: { type: 'string', enum: ['MX'] },
          ttl: { type: 'integer' },
          priority: { type: 'integer' },
        },
        required: ['type', 'priority'],
      },
    },
  },
};

/** Each `@ts-expect-error` line must fail to compile, every other line must compile. */
const CONSUMER = `import Mixed from './src/index.js';

export async function usage(client: Mixed): Promise<void> {
  await client.records.create({ type: 'A', value: '192.0.2.1', ttl: 60 });
  await client.records.create({ type: 'MX', priority: 10 });
  // @ts-expect-error the properties alone match no variant
  await client.records.create({ type: 'A' });
  // @ts-expect-error an A record has no priority
  await client.records.create({ type: 'A', value: '192.0.2.1', ttl: 60, priority: 10 });
  // @ts-expect-error an A record requires the ttl
  await client.records.create({ type: 'A', value: '192.0.2.1' });
  await client.notes.create({ meta: { note: 'n', a: 'x' } });
  await client.notes.create({ meta: { note: 'n', b: 1 } });
  // @ts-expect-error the note alone matches no variant
  await client.notes.create({ meta: { note: 'n' } });
  // @ts-expect-error a variant without the note
  await client.notes.create({ meta: { a: 'x' } });
}
`;

/** Python calls: the valid ones go to the server; each `# invalid` line must be a pyright error. */
const CALLS = `
import os
from mixed_sdk import Mixed

client = Mixed(base_url=os.environ["BASE_URL"], max_retries=0)

def valid() -> None:
    client.records.create(type="A", value="192.0.2.1", ttl=60)
    client.records.create(type="MX", priority=10)
    client.notes.create(meta={"note": "n", "a": "x"})
    client.notes.create(meta={"note": "n", "b": 1})

def invalid() -> None:
    client.records.create(type="A")  # invalid
    client.records.create(type="A", value="192.0.2.1", ttl=60, priority=10)  # invalid
    client.records.create(type="A", value="192.0.2.1")  # invalid
    client.notes.create(meta={"note": "n"})  # invalid

if __name__ == "__main__":
    valid()
    print("sent")
`;

describe('properties beside a oneOf/anyOf', () => {
  const dir = tempDir('sdkgen-beside-union');
  const python = path.join(dir, 'python');
  const spec = path.join(dir, 'spec.json');
  beforeAll(async () => {
    writeFileSync(spec, JSON.stringify(SPEC));
    writeFiles(path.join(dir, 'ts'), (await generate({ spec })).files);
    writeFileSync(path.join(dir, 'ts', 'consumer.ts'), CONSUMER);
    generatePython(spec, python);
    writeFileSync(path.join(python, 'calls.py'), CALLS);
  }, 120_000);

  it('TypeScript: tsc --strict takes a body of a variant and refuses one of no variant', () => {
    const { status, output } = typeCheckStrict(path.join(dir, 'ts'), ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it.runIf(PYTHON_FULL)(
    'Python: pyright strict refuses just the calls of no variant, and Prism accepts the others',
    async () => {
      const errors = await pyrightErrorsUnderOwnSettings(python, ['calls.py']);
      const invalidLines = CALLS.split('\n').flatMap((line, i) => (line.includes('# invalid') ? [i + 1] : []));
      expect([...new Set(errors.map((e) => Number(/^calls\.py:(\d+)/.exec(e)?.[1])))]).toEqual(invalidLines);
      const prism = await startPrism(spec);
      try {
        const result = await runProcess(venvPython(), [path.join(python, 'calls.py')], {
          env: { ...process.env, BASE_URL: prism.url, PYTHONPATH: path.join(python, 'src') },
          timeout: 60_000,
        });
        expect(result.stderr).toBe('');
        expect(result.stdout.trim()).toBe('sent');
      } finally {
        prism.stop();
      }
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and Prism: ${FULL_ONLY_NOTICE}`, () => {});
});
