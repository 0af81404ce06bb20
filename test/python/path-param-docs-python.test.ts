/**
 * The path params a Stainless config's params class holds (those taken by keyword, `region_code: Required[str]`) are
 * documented by their schema's description alone, as Stainless's (phoebe's `region_code` has none: its text is the
 * parameter object's; llama-stack's `vector_store_id` keeps its schema's), as the method's docstring already does.
 * Without a Stainless config the parameter's own text stays. In-process generations of a small spec.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: 1.0.0 }
servers: [{ url: http://127.0.0.1:4010 }]
paths:
  /regions/{regionCode}/years/{year}/days/{day}:
    get:
      operationId: getDay
      parameters:
        - { name: regionCode, in: path, required: true, description: The region code., schema: { type: string } }
        - { name: year, in: path, required: true, schema: { type: integer, description: The year. } }
        - { name: day, in: path, required: true, description: The day., schema: { type: integer } }
        - { name: maxResults, in: query, description: How many to fetch., schema: { type: integer } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { count: { type: integer } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python:
    package_name: acme
resources:
  days:
    methods:
      retrieve: get /regions/{regionCode}/years/{year}/days/{day}
`;

describe('path params in a params class', () => {
  const dir = tempDir('sdkgen-py-path-param-docs');
  const params = new Map<string, string>();
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'spec.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    for (const config of ['stainless', 'none']) {
      const result = await generate({
        spec: path.join(dir, 'spec.yaml'),
        ...(config === 'stainless' ? { config: path.join(dir, 'stainless.yml') } : {}),
        target: 'python',
      });
      const file = result.files.find((f) => /types\/[\w/]*day\w*_params\.py$/.test(f.path));
      params.set(config, file!.contents);
    }
  }, 60_000);

  it("are documented by their schema's description alone with a Stainless config", () => {
    const module = params.get('stainless')!;
    expect(module).toMatch(/region_code: Required\[Annotated\[str, PropertyInfo\(alias="regionCode"\)\]\]\n\n/);
    expect(module).toContain('year: Required[int]\n    """The year."""');
    expect(module).not.toContain('The region code.');
    expect(module).toContain('"""How many to fetch."""');
  });

  it("keep the parameter's own text without one", () => {
    expect(params.get('none')!).toContain('"""The region code."""');
  });
});
