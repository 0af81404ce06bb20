/**
 * Types of two resources' packages that refer to each other without any schema being recursive: a union alias of
 * `types/graders` names classes of `types/chat`, and a class of `types/chat` holds that alias. Importing
 * `types/chat/function_call` from `types/graders/grader_inputs` first runs `types/chat/__init__.py`, which imports
 * `chat_message`, which imports `grader_inputs` back before it defines its alias (openai-python's migrated
 * `graders/grader_inputs` ↔ `chat/chat_completion_message`): a module whose imports lead back to it imports those
 * last, as Stainless's modules of a recursive type do, and the alias naming the quoted names is resolved in its own
 * module (a `TypeAliasType`).
 * Each package imports first without error, a request's response parses into the classes, pyright strict (full) is
 * clean.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, pyrightErrorsUnderOwnSettings, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Cyc, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /graders:
    get:
      operationId: getGrader
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Grader' }
  /messages:
    get:
      operationId: getMessage
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ChatMessage' }
components:
  schemas:
    Grader:
      type: object
      properties:
        inputs: { $ref: '#/components/schemas/ToolCalls' }
    ToolCalls:
      type: array
      items:
        oneOf:
          - { $ref: '#/components/schemas/FunctionCall' }
          - { $ref: '#/components/schemas/CustomCall' }
        discriminator: { propertyName: type }
    FunctionCall:
      type: object
      required: [type, name]
      properties:
        type: { type: string, enum: [function] }
        name: { type: string }
    CustomCall:
      type: object
      required: [type, input]
      properties:
        type: { type: string, enum: [custom] }
        input: { type: string }
    ChatMessage:
      type: object
      properties:
        content: { type: string }
        tool_calls: { $ref: '#/components/schemas/ToolCalls' }
`;

const CONFIG = `
organization: { name: cyc }
targets:
  python: { package_name: cyc }
resources:
  graders:
    subresources:
      grader_models:
        models:
          grader_inputs: '#/components/schemas/ToolCalls'
          grader: '#/components/schemas/Grader'
        methods:
          retrieve: get /graders
  chat:
    subresources:
      completions:
        models:
          chat_message: '#/components/schemas/ChatMessage'
          function_call: '#/components/schemas/FunctionCall'
          custom_call: '#/components/schemas/CustomCall'
        methods:
          retrieve: get /messages
`;

const CALLS = [
  { type: 'function', name: 'f' },
  { type: 'custom', input: 'i' },
];

/** Imports `first`, then asks the local server for a message and a grader through the client. */
const program = (first: string) => `
${LOCAL_SERVER}
import ${first}
from cyc import Cyc

calls = ${JSON.stringify(CALLS)}
url = serve(lambda request: {"content": "x", "tool_calls": calls} if request.path == "/messages" else {"inputs": calls})
client = Cyc(base_url=url)
message = client.chat.completions.retrieve()
grader = client.graders.grader_models.retrieve()
print(type(message).__name__, [type(call).__name__ for call in message.tool_calls or []])
print(type(grader).__name__, [type(call).__name__ for call in grader.inputs or []])
`;

describe("types of two packages naming each other's (no recursive schema) import in any order", () => {
  const sdk = pythonSdk('py-package-import-cycle', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('imports each side last, the alias naming the other side resolved in its module', () => {
    const inputs = sdk.read('src/cyc/types/graders/grader_inputs.py');
    // The imports of the other package after every definition, the names they bring quoted where Python reads them.
    expect(inputs.trimEnd()).toMatch(
      /\n\nfrom \.\.chat\.custom_call import CustomCall\nfrom \.\.chat\.function_call import FunctionCall$/,
    );
    expect(inputs).toContain('Union["FunctionCall", "CustomCall"]');
    expect(inputs).toContain('GraderInputs = TypeAliasType("GraderInputs", List[GraderInputItem])');
    // `chat_message` runs once `types/chat/__init__` has begun, which it is in: a path through that never comes back
    // to it, so its import stays at the top (the alias it names is defined before `grader_inputs` imports the chat).
    const message = sdk.read('src/cyc/types/chat/chat_message.py');
    expect(message).toContain('from ..._models import BaseModel\nfrom ..graders.grader_inputs import GraderInputs\n');
  });

  for (const first of ['cyc.types.graders', 'cyc.types.chat', 'cyc']) {
    it(`imports with ${first} first, and a response parses into each package's classes`, async () => {
      const result = await sdk.run(program(first));
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        "ChatMessage ['FunctionCall', 'CustomCall']",
        "Grader ['FunctionCall', 'CustomCall']",
      ]);
    }, 60_000);
  }

  if (!PYTHON_FULL) console.log(`package import cycle: pyright ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks under its own pyright settings (strict)',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src'])).toEqual([]);
    },
    600_000,
  );
});
