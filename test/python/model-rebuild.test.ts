/**
 * Models that reach a recursive type are rebuilt at the end of `types/__init__.py`, as Stainless's Python SDKs do
 * (knock-mgmt's workflows, imagekit's `shared.transformation.Transformation`): each model class of the types (not an
 * alias, not a params TypedDict, not a subclass of another named model) by its module path, in api.md's order (each
 * resource's config models by name, then its methods' responses; shared ones last), the pydantic-1 branch first from 2025-09-03, the
 * pydantic-2 branch first from 2025-07-22, and no block before. In Python, every model of the block is complete once
 * the types package is imported. With SDKGEN_PYTHON_TESTS=full, pyright strict and mypy check the package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, pyrightErrorsUnderOwnSettings, PYTHON_FULL, runMypy } from '../helpers/python';
import { generatePythonInto, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';
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
              schema:
                type: object
                required: [workflow]
                properties:
                  workflow: { $ref: '#/components/schemas/Workflow' }
  /workflows/{id}/fancy:
    get:
      operationId: getFancy
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/FancyBranch' }
  /labels:
    get:
      operationId: listLabels
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Label' }
components:
  schemas:
    Label:
      type: object
      required: [name]
      properties:
        name: { type: string }
    Workflow:
      type: object
      required: [key, steps]
      properties:
        key: { type: string }
        label: { $ref: '#/components/schemas/Label' }
        revision: { $ref: '#/components/schemas/ScheduledWorkflowRevisionWithEveryStepItRunsAndTheBranchesBetweenThem' }
        steps:
          type: array
          items: { $ref: '#/components/schemas/Step' }
${STEP_SCHEMAS}    ScheduledWorkflowRevisionWithEveryStepItRunsAndTheBranchesBetweenThem:
      type: object
      properties:
        steps:
          type: array
          items: { $ref: '#/components/schemas/Step' }
    FancyBranch:
      allOf:
        - { $ref: '#/components/schemas/BranchStep' }
        - type: object
          properties:
            color: { type: string }
`;

const CONFIG = `
organization: { name: flows }
targets:
  python: { package_name: flows }
resources:
  labels:
    models:
      label: '#/components/schemas/Label'
    methods:
      list: get /labels
  workflows:
    models:
      workflow: '#/components/schemas/Workflow'
      step: '#/components/schemas/Step'
      delay_step: '#/components/schemas/DelayStep'
      branch_step: '#/components/schemas/BranchStep'
      fancy_branch: '#/components/schemas/FancyBranch'
      scheduled_workflow_revision_with_every_step_it_runs_and_the_branches_between_them: '#/components/schemas/ScheduledWorkflowRevisionWithEveryStepItRunsAndTheBranchesBetweenThem'
    methods:
      retrieve: get /workflows/{id}
      fancy: get /workflows/{id}/fancy
`;

const CHECK = `
import flows.types as t
from flows.types import workflow, branch_step, workflow_retrieve_response
for model in (workflow.Workflow, branch_step.BranchStep, workflow_retrieve_response.WorkflowRetrieveResponse):
    print(model.__name__, model.__pydantic_complete__)
got = t.WorkflowRetrieveResponse.model_validate(
    {"workflow": {"key": "w", "steps": [{"type": "branch", "branches": [{"steps": [{"type": "delay", "seconds": 2}]}]}]}}
)
inner = got.workflow.steps[0]
print(type(inner).__name__, type(inner.branches[0].steps[0]).__name__)
`;

describe("models that reach a recursive type are rebuilt in types/__init__.py, as Stainless's", () => {
  const dir = pythonTempDir('py-model-rebuild');
  const generation = { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } };
  const generate = (era: string | null) =>
    generatePythonInto(dir, path.join(dir, era ?? 'newest'), {
      ...generation,
      args: era ? ['--stainless-era', era] : [],
    });
  const init = (out: string) => readFileSync(path.join(out, 'src/flows/types/__init__.py'), 'utf8');
  let newest = '';
  beforeAll(() => {
    newest = generate(null);
  }, 180_000);

  it('rebuilds each model class that reaches the cycle, in api.md order, the pydantic-1 branch first', () => {
    const text = init(newest);
    const long = 'ScheduledWorkflowRevisionWithEveryStepItRunsAndTheBranchesBetweenThem';
    const longModule = 'scheduled_workflow_revision_with_every_step_it_runs_and_the_branches_between_them';
    expect(text).toContain(
      `from . import (\n    workflow,\n    branch_step,\n    workflow_retrieve_response,\n    ${longModule},\n)\nfrom .. import _compat\n`,
    );
    const block = text.slice(text.indexOf('if _compat.'));
    expect(block).toBe(
      [
        'if _compat.PYDANTIC_V1:',
        '    branch_step.BranchStep.update_forward_refs()  # type: ignore',
        `    ${longModule}.${long}.update_forward_refs()  # type: ignore`,
        '    workflow.Workflow.update_forward_refs()  # type: ignore',
        '    workflow_retrieve_response.WorkflowRetrieveResponse.update_forward_refs()  # type: ignore',
        'else:',
        '    branch_step.BranchStep.model_rebuild(_parent_namespace_depth=0)',
        // (Too long for its line: split as Ruff splits it.)
        `    ${longModule}.${long}.model_rebuild(`,
        '        _parent_namespace_depth=0',
        '    )',
        '    workflow.Workflow.model_rebuild(_parent_namespace_depth=0)',
        '    workflow_retrieve_response.WorkflowRetrieveResponse.model_rebuild(_parent_namespace_depth=0)',
        '',
      ].join('\n'),
    );
    // (Not the union alias, the subclass, nor a model that reaches no cycle.)
    expect(block).not.toMatch(/\bstep\.Step\b|FancyBranch|Label/);
    // In Ruff's layout as printed (the module is not given to Ruff).
    expect(formatPython(text, 'types/__init__.py')).toBe(text);
  });

  it('writes the pydantic-2 branch first in an SDK of August 2025, and no block in one of June 2025', () => {
    const august = init(generate('2025-08-01'));
    expect(august).toContain(
      'if _compat.PYDANTIC_V2:\n    branch_step.BranchStep.model_rebuild(_parent_namespace_depth=0)\n',
    );
    expect(august).toContain('else:\n    branch_step.BranchStep.update_forward_refs()  # type: ignore\n');
    const june = init(generate('2025-06-01'));
    expect(june).not.toContain('_compat');
    expect(june).not.toContain('model_rebuild');
  }, 180_000);

  it('leaves every model of the block complete once the types are imported, and parses the cycle', async () => {
    const result = await runPythonAgainst(newest, CHECK, { pythonArgs: ['-W', 'error'] });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'Workflow True',
      'BranchStep True',
      'WorkflowRetrieveResponse True',
      'BranchStep DelayStep',
    ]);
  }, 60_000);

  if (!PYTHON_FULL) console.log(`model rebuild: pyright and mypy ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks under its own pyright settings and mypy',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(newest, ['src'])).toEqual([]);
      const mypy = await runMypy(newest, ['src/flows/types']);
      expect(mypy.stdout).toContain('Success');
    },
    600_000,
  );
});
