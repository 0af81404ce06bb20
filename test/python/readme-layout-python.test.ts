/**
 * The README's Python programs are laid out as Ruff lays them out at its default line length (88), the width of the
 * programs in Stainless's READMEs (the package's modules are at 120): a value that fits in 120 columns but not in 88
 * is broken, as is a credential's `os.environ.get(…)` whose comment takes it past 88; a call awaited in `main()` is
 * laid out for its deeper indentation. The nested-params program writes its nested param with its example's keys, else
 * its required keys (all of it where it holds at most two values).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Court Search, version: 1.0.0 }
servers: [{ url: https://api.courts.test/v1 }]
components:
  securitySchemes:
    Token: { type: http, scheme: bearer }
  schemas:
    Result:
      type: object
      required: [id]
      properties:
        id: { type: string }
        chunking: { $ref: '#/components/schemas/Chunking' }
    Chunking:
      type: object
      required: [size]
      properties:
        size: { type: integer, example: 512 }
        overlap: { type: number, example: 0.25 }
        separators: { type: array, items: { type: string }, example: ['; '] }
        strategy: { type: string, example: semantic }
        windows:
          type: array
          items:
            type: object
            required: [start]
            properties:
              start: { type: integer, example: 3 }
security: [{ Token: [] }]
paths:
  /search:
    post:
      operationId: search
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [texts]
              properties:
                texts: { type: array, items: { type: string } }
                chunking: { $ref: '#/components/schemas/Chunking' }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Result' } } }
`;
const CONFIG = `organization: { name: court search }
targets:
  python:
    package_name: court_search
client_settings:
  opts:
    api_key:
      type: string
      read_env: COURT_SEARCH_SERVICE_ACCOUNT_TOKEN
      auth: { security_scheme: Token }
readme:
  example_requests:
    default:
      type: request
      endpoint: post /search
      params:
        texts: [Are restraints of trade enforceable under English law?, What is a non-compete clause?]
    headline:
      type: request
      endpoint: post /search
      params:
        texts: [Are restraints of trade enforceable under English law?, What is a non-compete clause?]
resources:
  search:
    methods:
      query: post /search
`;

/** The ```python programs of a Markdown text. */
function pythonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Ruff's formatter at its default line length. */
function ruffAt88(): (text: string) => string {
  const ruff = createRequire(import.meta.url)(
    '@astral-sh/ruff-wasm-nodejs',
  ) as typeof import('@astral-sh/ruff-wasm-nodejs');
  const workspace = new ruff.Workspace({ 'line-length': 88, format: {} }, ruff.PositionEncoding.Utf16);
  return (text) => workspace.format(text);
}

describe("the README's Python programs, at Ruff's default width", () => {
  const dir = tempDir('python-readme-layout');
  const out = path.join(dir, 'sdk');
  let readme = '';

  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
    readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are each as Ruff formats them at 88 columns', () => {
    const format = ruffAt88();
    const programs = pythonBlocks(readme);
    expect(programs.length).toBeGreaterThan(8);
    for (const program of programs) expect(format(program)).toBe(program);
  });

  it('break a list that fits in 120 columns but not in 88, at every indentation', () => {
    const broken = (indent: string) =>
      `${indent}texts=[\n${indent}    "Are restraints of trade enforceable under English law?",\n${indent}    "What is a non-compete clause?",\n${indent}],\n`;
    for (const indent of ['    ', '        ', '            ']) expect(readme).toContain(broken(indent));
    // The raw-response program is a ```py block, which Stainless's formatter leaves on one line.
    expect(pythonBlocks(readme).join('\n')).not.toContain('texts=["Are restraints');
  });

  it("break a credential's os.environ.get(...) that its comment takes past 88 columns", () => {
    expect(readme).toContain(
      '    api_key=os.environ.get(\n        "COURT_SEARCH_SERVICE_ACCOUNT_TOKEN"\n    ),  # the default; may be left out\n',
    );
  });

  it('show the nested param with its required keys alone where the spec gives it no example', () => {
    const nested = readme.slice(readme.indexOf('## Nested params'), readme.indexOf('## Handling errors'));
    expect(nested).toContain('    chunking={"size": 512},\n');
  });
});
