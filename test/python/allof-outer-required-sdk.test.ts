/**
 * A response model whose own `required` names properties only its `allOf` member declares (sambanova's
 * TranscriptionStreamResponse: `{ type: object, allOf: [{ $ref: Props }], required: [id, created, choices] }`, none
 * required in Props) reads them as present, as Stainless's SDKs type them: `id: string`, `choices: Array<string> |
 * null` (TypeScript), `id: str`, `choices: Optional[List[str]] = None` (Python). Both SDKs are generated with a
 * Stainless config; code that reads the fields as present type-checks under tsc --strict and, with
 * SDKGEN_PYTHON_TESTS=full, pyright strict, and a value without them is refused.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { typeCheckStrict } from '../helpers/generated-tests';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { writeFiles, tempDir } from '../helpers/sdk';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  paths: {
    '/stream': {
      get: {
        operationId: 'stream',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('StreamResponse') } } } },
      },
    },
  },
  components: {
    schemas: {
      Props: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          created: { type: 'number' },
          choices: { type: 'array', items: { type: 'string' }, nullable: true },
          usage: { type: 'integer' },
        },
      },
      StreamResponse: { type: 'object', allOf: [ref('Props')], required: ['id', 'created', 'choices'] },
    },
  },
};

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  things:',
  '    methods:',
  '      stream: get /stream',
  '',
];

/** Each `@ts-expect-error` line must fail to compile, every other line must compile. */
const CONSUMER = `import type { ThingStreamResponse } from './src/resources/things';

export function read(response: ThingStreamResponse): string {
  const id: string = response.id;
  const created: number = response.created;
  const choices: Array<string> | null = response.choices;
  // @ts-expect-error usage is not required
  const usage: number = response.usage;
  return \`\${id} \${created} \${String(choices)} \${usage}\`;
}

// @ts-expect-error a value without the required id
export const missing: ThingStreamResponse = { created: 1, choices: null };
export const given: ThingStreamResponse = { id: 'a', created: 1, choices: null };
`;

/** Each `# invalid` line must be a pyright error, and no other. */
const READS = `
from typing import List, Optional

from acme_sdk.types import ThingStreamResponse


def read(response: ThingStreamResponse) -> str:
    id: str = response.id
    created: float = response.created
    choices: Optional[List[str]] = response.choices
    usage: int = response.usage  # invalid
    return f"{id} {created} {choices} {usage}"
`;

describe("a response model's own required list beside allOf", () => {
  const dir = tempDir('sdkgen-allof-outer-required');
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  const python = path.join(dir, 'python');
  beforeAll(async () => {
    writeFileSync(spec, JSON.stringify(SPEC));
    writeFileSync(config, CONFIG.join('\n'));
    writeFiles(path.join(dir, 'ts'), (await generate({ spec, config })).files);
    writeFileSync(path.join(dir, 'ts', 'consumer.ts'), CONSUMER);
    if (PYTHON_FULL) {
      generatePython(spec, python, config);
      writeFileSync(path.join(python, 'reads.py'), READS);
    }
  }, 120_000);

  it('TypeScript: tsc --strict reads the properties the list names as present', () => {
    const { status, output } = typeCheckStrict(path.join(dir, 'ts'), ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it.runIf(PYTHON_FULL)(
    'Python: pyright strict reads them as present, the others as optional',
    async () => {
      const errors = await pyrightErrorsUnderOwnSettings(python, ['reads.py']);
      const invalidLines = READS.split('\n').flatMap((line, i) => (line.includes('# invalid') ? [i + 1] : []));
      expect([...new Set(errors.map((e) => Number(/^reads\.py:(\d+)/.exec(e)?.[1])))], errors.join('\n')).toEqual(
        invalidLines,
      );
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
