/**
 * How a request names a plain alias and a type only requests take, as Stainless's Python SDKs do:
 * - a union of plain members (`Union[Literal[…], str]`) has a params form of its own, which requests name
 *   (anthropic's `ModelParam` in `model_param.py`, openai's `VideoModelParam`), beside its model where a response
 *   reaches it, alone where none does (anthropic's `AnthropicBetaParam`); an enum, or an enum or null, is named by its
 *   model still (openai's `VideoSize`);
 * - an object only requests take, named `…Params`, is its params form under its own name and module (anthropic's
 *   `BetaContainerParams` in `beta_container_params.py`), as one named `…Param` is: never `…ParamsParam`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /messages:
    post:
      operationId: createMessage
      parameters:
        - name: acme-beta
          in: header
          schema: { type: array, items: { $ref: '#/components/schemas/AcmeBeta' } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [model]
              properties:
                model: { $ref: '#/components/schemas/Model' }
                size: { $ref: '#/components/schemas/Size' }
                effort: { $ref: '#/components/schemas/Effort' }
                container:
                  anyOf:
                    - $ref: '#/components/schemas/ContainerParams'
                    - { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Message' }
components:
  schemas:
    Model:
      anyOf:
        - { type: string, enum: [small-1, large-1] }
        - { type: string }
    AcmeBeta:
      anyOf:
        - { type: string }
        - { type: string, enum: [files-1, tools-1] }
    Size:
      type: string
      enum: [s, m, l]
    Effort:
      type: string
      nullable: true
      enum: [low, high]
    SkillParams:
      type: object
      required: [skill_id]
      properties:
        skill_id: { type: string }
    ContainerParams:
      type: object
      properties:
        id: { type: string }
        skills: { type: array, items: { $ref: '#/components/schemas/SkillParams' } }
    Message:
      type: object
      required: [id, model]
      properties:
        id: { type: string }
        model: { $ref: '#/components/schemas/Model' }
        size: { $ref: '#/components/schemas/Size' }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  messages:
    models:
      model: '#/components/schemas/Model'
      acme_beta: '#/components/schemas/AcmeBeta'
      size: '#/components/schemas/Size'
      effort: '#/components/schemas/Effort'
      message: '#/components/schemas/Message'
      container_params: '#/components/schemas/ContainerParams'
      skill_params: '#/components/schemas/SkillParams'
    methods:
      create: post /messages
`;

describe('a union alias and a `…Params` object on the request side', () => {
  let file: (name: string) => string;
  beforeAll(async () => {
    file = await pythonPackageByEra('py-union-alias-params', SPEC, CONFIG, 'acme_sdk')(null);
  }, 180_000);

  it('names a union of plain members by its params form, beside its model', () => {
    const params = file('types/message_create_params.py');
    expect(params).toContain('from .model_param import ModelParam\n');
    expect(params).toContain('model: Required[ModelParam]');
    expect(file('types/model_param.py')).toContain('ModelParam: TypeAlias = Union[Literal["small-1", "large-1"], str]');
    expect(file('types/model.py')).toContain('Model: TypeAlias = Union[Literal["small-1", "large-1"], str]');
    expect(file('types/message.py')).toContain('model: Model\n');
  });

  it('writes the params form alone of a union only requests take', () => {
    expect(file('types/acme_beta_param.py')).toContain(
      'AcmeBetaParam: TypeAlias = Union[str, Literal["files-1", "tools-1"]]',
    );
    expect(() => file('types/acme_beta.py')).toThrow();
  });

  it('names an enum, and an enum or null, by its model still', () => {
    const params = file('types/message_create_params.py');
    expect(params).toContain('from .size import Size\n');
    expect(params).toContain('from .effort import Effort\n');
    expect(() => file('types/size_param.py')).toThrow();
    expect(() => file('types/effort_param.py')).toThrow();
  });

  it('gives an object only requests take, named `…Params`, its own name and module', () => {
    expect(file('types/container_params.py')).toContain('class ContainerParams(TypedDict, total=False):');
    expect(file('types/container_params.py')).toContain('from .skill_params import SkillParams\n');
    expect(file('types/skill_params.py')).toContain('class SkillParams(TypedDict, total=False):');
    expect(file('types/message_create_params.py')).toContain('from .container_params import ContainerParams\n');
    expect(() => file('types/container_params_param.py')).toThrow();
    expect(file('types/__init__.py')).toContain('from .container_params import ContainerParams as ContainerParams');
  });

  // pyright over the generated package: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`union-alias-param-forms: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks strict, a call passing each form',
    async () => {
      const dir = pythonTempDir('py-union-alias-params-pyright');
      const out = generatePythonInto(dir, path.join(dir, 'sdk'), {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
      });
      writeFileSync(
        path.join(out, 'use_forms.py'),
        [
          'from acme_sdk import Acme',
          'from acme_sdk.types import Model, ModelParam, AcmeBetaParam, ContainerParams, SkillParams, Message',
          '',
          'client = Acme(base_url="http://127.0.0.1:9")',
          'model: ModelParam = "small-1"',
          'beta: AcmeBetaParam = "files-1"',
          'skill: SkillParams = {"skill_id": "s"}',
          'container: ContainerParams = {"id": "c", "skills": [skill]}',
          '',
          '',
          'def send() -> Message:',
          '    return client.messages.create(model=model, size="s", container=container, acme_beta=[beta])',
          '',
          '',
          'def reply(message: Message) -> Model:',
          '    return message.model',
          '',
        ].join('\n'),
      );
      const errors = await pyrightErrorsUnderOwnSettings(out, ['src/acme_sdk', 'use_forms.py']);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
