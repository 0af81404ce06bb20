/**
 * The README's "Nested params" section of a Stainless-config package is written from Stainless's "docs: revise readme
 * docs about nested params" on (2025-03-09 in anthropic-sdk-python, writer-python and retell-python-sdk, 2025-03-11 in
 * lumaai-python and quickbooks-desktop-python); an SDK of an earlier day has none (lumaai-python of 2024-12 to
 * 2025-02, openplugin-python-sdk of 2024-07: their "Using types" prose alone said nested params are TypedDicts), back
 * to the first README seen without it (retell-python-sdk's of 2024-03-22); the earliest had it (hetzner-python's of
 * 2023-09-01).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://acme.test' }],
  paths: {
    '/sessions/{id}/act': {
      post: {
        operationId: 'act',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['input'],
                properties: {
                  input: { type: 'string' },
                  options: { type: 'object', properties: { timeout: { type: 'integer' } } },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ActResult' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ActResult: { type: 'object', required: ['success'], properties: { success: { type: 'boolean' } } },
    },
  },
});

const CONFIG = `organization:
  name: acme
targets:
  python:
    package_name: acme
    project_name: acme
client_settings:
  opts: {}
resources:
  sessions:
    methods:
      act: post /sessions/{id}/act
`;

const dir = tempDir('readme-nested-section-r41d');

async function readmeOf(era: string | undefined): Promise<string> {
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(spec, SPEC);
  writeFileSync(config, CONFIG);
  const result = await generate({ spec, config, target: 'python', stainlessEra: era });
  return result.files.find((file) => file.path === 'README.md')!.contents;
}

function nestedSection(readme: string): string | null {
  const at = readme.indexOf('## Nested params');
  if (at < 0) return null;
  return readme.slice(at, readme.indexOf('\n## ', at + 1));
}

describe("the Python README's nested-params section (Stainless config)", () => {
  it('is written from 2025-03-09 on, not in the year before, and in the earliest READMEs', async () => {
    expect(nestedSection(await readmeOf(undefined))).toContain('response = client.sessions.act(');
    expect(nestedSection(await readmeOf('2025-03-09'))).toContain('    options={"timeout": 0},\n)\nprint(response)\n');
    expect(nestedSection(await readmeOf('2025-03-08'))).toBeNull();
    expect(nestedSection(await readmeOf('2024-07-17'))).toBeNull();
    expect(nestedSection(await readmeOf('2024-03-22'))).toBeNull();
    // (The earliest READMEs had it: hetzner-python's of 2023-09-01.)
    expect(nestedSection(await readmeOf('2023-09-01'))).toContain('response = client.sessions.act(');
  });
});
