/**
 * A union whose members are choices (a `oneOf` of `const`s, an enum beside literals) is one `Literal[...]` in
 * Stainless's Python SDKs, with any other member beside it: isaacus's rerankings take
 * `model: Literal["kanon-2-reranker", "kanon-universal-classifier"]`, luma's `Union[Literal["540p", …], str]`. Before,
 * sdkgen wrote `Union[Literal["a"], Literal["b"]]`, which pyright accepts alike but is no call shape of Stainless's
 * (scripts/stainless-python-tests.mjs counted isaacus's two create methods as differing). With
 * SDKGEN_PYTHON_TESTS=full pyright strict checks the package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Rank, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /rerankings:
    post:
      operationId: createReranking
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [model, query]
              properties:
                model:
                  oneOf:
                    - { type: string, const: fast-ranker }
                    - { type: string, const: deep-ranker }
                query: { type: string }
                mode:
                  oneOf:
                    - { type: string, const: auto }
                    - { type: string, enum: [chunk_max, chunk_avg] }
                    - { type: 'null' }
                effort:
                  anyOf:
                    - { type: string, const: low }
                    - { type: string, const: high }
                    - { type: integer }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [model]
                properties:
                  model:
                    oneOf:
                      - { type: string, const: fast-ranker }
                      - { type: string, const: deep-ranker }
                  score: { type: number }
`;

const CONFIG = `
organization: { name: rank }
targets:
  python: { package_name: rank }
resources:
  rerankings:
    methods:
      create: post /rerankings
`;

describe("a union of choices is one Literal, as Stainless's Python SDKs write it", () => {
  const { out } = pythonSdk(
    'py-union-choices',
    { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 120_000 },
  );
  let resource = '';
  let params = '';
  let response = '';
  beforeAll(() => {
    const read = (file: string) => readFileSync(path.join(out, 'src/rank', file), 'utf8');
    resource = read('resources/rerankings.py');
    params = read('types/reranking_create_params.py');
    response = read('types/reranking_create_response.py');
  });

  it("merges the method's choices into one Literal, the other members beside it", () => {
    const start = resource.indexOf('def create(');
    const create = resource.slice(start, resource.indexOf(') -> ', start));
    expect(create).toContain('model: Literal["fast-ranker", "deep-ranker"],');
    expect(create).toContain('mode: Optional[Literal["auto", "chunk_max", "chunk_avg"]] | Omit = omit,');
    expect(create).toContain('effort: Union[Literal["low", "high"], int] | Omit = omit,');
    expect(resource).not.toMatch(/Union\[Literal\[[^\]]*\], Literal\[/);
  });

  it('merges them so in the params TypedDict and the response model', () => {
    expect(params).toContain('model: Required[Literal["fast-ranker", "deep-ranker"]]');
    expect(params).toContain('effort: Union[Literal["low", "high"], int]');
    expect(response).toContain('model: Literal["fast-ranker", "deep-ranker"]');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/rank/resources', 'src/rank/types'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
