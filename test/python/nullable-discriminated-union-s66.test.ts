/**
 * A discriminated union that may be null: FastAPI (pydantic v2) writes `Optional[Annotated[Union[A, B], Field(
 * discriminator="type")]]` as `anyOf: [{ oneOf: [A, B], discriminator: … }, { type: 'null' }]` (llama-stack's
 * `ScoringFn.params`). Stainless's Python model module names it by an alias holding `None` last inside the
 * discriminated `Annotated` (llama-stack's `Params: TypeAlias = Annotated[Union[ParamsLlmAsJudgeScoringFnParams, …,
 * None], PropertyInfo(discriminator="type")]`, openai's `Caller`, letta's `…ResponseFormat`, anthropic's `Checkout`),
 * the field `Optional[…]` of it; sdkgen lost the discriminator under the null. The SDK reads a response into the
 * member its `type` names (with SDKGEN_PYTHON_TESTS=full: a local server, and pyright strict on the types).
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Scoring, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /functions/{id}:
    get:
      operationId: getFunction
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ScoringFn' }
components:
  schemas:
    RegexParams:
      title: RegexParams
      type: object
      required: [type, regexes]
      properties:
        type: { type: string, const: regex, default: regex }
        regexes: { type: array, items: { type: string } }
    JudgeParams:
      title: JudgeParams
      type: object
      required: [type, model]
      properties:
        type: { type: string, const: judge, default: judge }
        model: { type: string }
    ScoringFn:
      title: ScoringFn
      type: object
      required: [id]
      properties:
        id: { type: string }
        params:
          anyOf:
            - oneOf:
                - { $ref: '#/components/schemas/RegexParams' }
                - { $ref: '#/components/schemas/JudgeParams' }
              discriminator:
                propertyName: type
                mapping:
                  regex: '#/components/schemas/RegexParams'
                  judge: '#/components/schemas/JudgeParams'
            - { type: 'null' }
`;

const CONFIG = `
organization: { name: scoring }
targets:
  python: { package_name: scoring }
resources:
  functions:
    models:
      scoring_fn: ScoringFn
    methods:
      retrieve: get /functions/{id}
`;

const READ_CHECK = `${LOCAL_SERVER}
from scoring import Scoring

answers = {
    "/functions/a": {"id": "a", "params": {"type": "judge", "model": "m"}},
    "/functions/b": {"id": "b", "params": {"type": "regex", "regexes": ["x"]}},
    "/functions/c": {"id": "c", "params": None},
}
url = serve(lambda request: answers[request.path])
client = Scoring(base_url=url, max_retries=0)
for id in ("a", "b", "c"):
    print(type(client.functions.retrieve(id).params).__name__)
`;

describe('a nullable discriminated union', () => {
  const sdk = pythonSdk('py-nullable-discriminated', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it("keeps its discriminator, None last inside it, as Stainless's model modules do", () => {
    const model = sdk.read('src/scoring/types/scoring_fn.py');
    expect(model).toMatch(
      /^Params: TypeAlias = Annotated\[\s*Union\[ParamsRegexParams, ParamsJudgeParams, None\],\s*PropertyInfo\(discriminator="type"\),?\s*\]$/m,
    );
    expect(model).toMatch(/^ {4}params: Optional\[Params\] = None$/m);
  });

  it.runIf(PYTHON_FULL)(
    'reads each response into the member its type names; pyright strict is clean',
    async () => {
      const result = await sdk.run(READ_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual(['ParamsJudgeParams', 'ParamsRegexParams', 'NoneType']);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/scoring/types'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`reading and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
