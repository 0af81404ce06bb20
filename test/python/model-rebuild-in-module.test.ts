/**
 * Before 2025-07-22 Stainless's Python SDKs rebuilt a model that reaches a recursive type at the end of its own module
 * (knock-mgmt's `workflow.py` before "chore(types): rebuild Pydantic models after all types are defined", honcho's
 * `deriver_status.py` of June 2025): every class of the module, in `__all__`'s order, after the imports written last,
 * under `if PYDANTIC_V2:`, with `update_forward_refs()` for pydantic 1. In Python, the models parse the cycle.
 * With SDKGEN_PYTHON_TESTS=full, pyright strict and mypy check the package.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-rebuild.test.ts samples Python models (docs/contributing.md, "What `npm test` samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, pyrightErrorsUnderOwnSettings, PYTHON_FULL, runMypy } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';
import { formatPython } from '../../generator/format/ruff';
import { STEP_SCHEMAS } from './recursive-steps-spec';

const SPEC = `
openapi: 3.0.3
info: { title: Flows, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /workflows/{id}:
    get:
      operationId: getWorkflow
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Workflow' }
  /status:
    get:
      operationId: getStatus
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Status' }
components:
  schemas:
    Status:
      type: object
      required: [done]
      properties:
        done: { type: integer }
        sessions:
          type: object
          additionalProperties: { $ref: '#/components/schemas/Status' }
    Workflow:
      type: object
      required: [key, steps]
      properties:
        key: { type: string }
        settings:
          type: object
          properties:
            muted: { type: boolean }
        steps:
          type: array
          items: { $ref: '#/components/schemas/Step' }
${STEP_SCHEMAS}`;

const CONFIG = `
organization: { name: flows }
targets:
  python: { package_name: flows }
resources:
  status:
    models:
      status: '#/components/schemas/Status'
    methods:
      retrieve: get /status
  workflows:
    models:
      workflow: '#/components/schemas/Workflow'
      step: '#/components/schemas/Step'
      delay_step: '#/components/schemas/DelayStep'
      branch_step: '#/components/schemas/BranchStep'
    methods:
      retrieve: get /workflows/{id}
`;

const CHECK = `
from flows.types import Workflow, Status
got = Workflow.model_validate(
    {"key": "w", "steps": [{"type": "branch", "branches": [{"steps": [{"type": "delay", "seconds": 2}]}]}]}
)
inner = got.steps[0]
print(type(inner).__name__, type(inner.branches[0].steps[0]).__name__)
status = Status.model_validate({"done": 1, "sessions": {"a": {"done": 2}}})
print(type(status.sessions["a"]).__name__)
`;

describe.runIf(PYTHON_FULL)(
  'models that reach a recursive type rebuilt in their own module, as Stainless did before 2025-07-22',
  () => {
    const sdk = pythonSdk(
      'py-rebuild-in-module',
      {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
        args: ['--stainless-era', '2025-06-26'],
      },
      { timeout: 180_000 },
    );
    const out = sdk.out;
    const types = path.join(out, 'src/flows/types');
    const read = (module: string) => readFileSync(path.join(types, `${module}.py`), 'utf8');

    it("closes each such module with its classes' rebuild, in __all__'s order, after the imports written last", () => {
      const workflow = read('workflow');
      expect(workflow).toContain('from .._compat import PYDANTIC_V2\nfrom .._models import BaseModel\n');
      expect(workflow).toMatch(/__all__ = \["Workflow", "Settings"\]/);
      expect(workflow.slice(workflow.lastIndexOf('\nfrom '))).toBe(
        [
          '\nfrom .step import Step',
          '',
          'if PYDANTIC_V2:',
          '    Workflow.model_rebuild()',
          '    Settings.model_rebuild()',
          'else:',
          '    Workflow.update_forward_refs()  # type: ignore',
          '    Settings.update_forward_refs()  # type: ignore',
          '',
        ].join('\n'),
      );
      const branch = read('branch_step');
      expect(
        branch.endsWith(
          '    BranchStep.update_forward_refs()  # type: ignore\n    Branch.update_forward_refs()  # type: ignore\n',
        ),
      ).toBe(true);
      // A model naming itself: two blank lines after its class.
      const status = read('status');
      expect(
        status.endsWith(
          '\n\n\nif PYDANTIC_V2:\n    Status.model_rebuild()\nelse:\n    Status.update_forward_refs()  # type: ignore\n',
        ),
      ).toBe(true);
      // (Not the union alias's module, nor types/__init__.py.)
      expect(read('step')).not.toContain('PYDANTIC_V2');
      expect(read('__init__')).not.toContain('_compat');
      for (const module of ['workflow', 'branch_step', 'status'])
        expect(formatPython(read(module), `types/${module}.py`)).toBe(read(module));
    });

    it('parses the cycle in Python', async () => {
      const result = await sdk.run(CHECK, { pythonArgs: ['-W', 'error'] });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual(['BranchStep DelayStep', 'Status']);
    }, 60_000);

    if (!PYTHON_FULL) console.log(`model rebuild in module: pyright and mypy ${FULL_ONLY_NOTICE}`);
    it.skipIf(!PYTHON_FULL)(
      'type-checks under its own pyright settings and mypy',
      async () => {
        expect(await pyrightErrorsUnderOwnSettings(out, ['src'])).toEqual([]);
        const mypy = await runMypy(out, ['src/flows/types']);
        expect(mypy.stdout).toContain('Success');
      },
      600_000,
    );
  },
);
