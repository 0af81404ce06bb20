/**
 * With a Stainless config, a component schema that is no model and reaches itself through `$ref`s (through models
 * too) is `unknown` where it is used, as Stainless's SDKs write it: knock's management API has WorkflowRandomCohortStep
 * (a model) whose `cohort_branches` are WorkflowRandomCohortStepBranch (no model), whose `steps` are WorkflowStep (a
 * model, a union of the steps, WorkflowRandomCohortStep among them); knocklabs/knock-mgmt-node has
 * `cohort_branches: Array<unknown>`. A component that is no model and reaches no cycle is written out as before
 * (`WorkflowBranchStep.Branch`), and so is one that only reaches a cycle of models.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const array = (items: unknown) => ({ type: 'array', items });

describe('a component that is no model and reaches itself', () => {
  it('is unknown where it is used; one outside the cycle is written out', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/workflows/{key}': {
            get: {
              operationId: 'getWorkflow',
              parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: ref('Workflow') } } },
              },
            },
          },
        },
        schemas: {
          Workflow: { type: 'object', required: ['steps'], properties: { steps: array(ref('WorkflowStep')) } },
          WorkflowStep: { oneOf: [ref('CohortStep'), ref('DelayStep')] },
          CohortStep: {
            type: 'object',
            required: ['type', 'cohort_branches'],
            properties: {
              type: { type: 'string', enum: ['random_cohort'] },
              cohort_branches: { description: 'The branches.', ...array(ref('CohortBranch')) },
              settings: ref('CohortSettings'),
            },
          },
          CohortBranch: {
            type: 'object',
            required: ['percentage'],
            properties: { percentage: { type: 'string' }, steps: array(ref('WorkflowStep')) },
          },
          CohortSettings: { type: 'object', properties: { seed: { type: 'string' } } },
          DelayStep: {
            type: 'object',
            required: ['type'],
            properties: { type: { type: 'string', enum: ['delay'] }, seconds: { type: 'integer' } },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  workflows:',
        '    models:',
        '      workflow: Workflow',
        '      workflow_step: WorkflowStep',
        '      cohort_step: CohortStep',
        '      delay_step: DelayStep',
        "    methods: { retrieve: 'get /workflows/{key}' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const source = files.find((f) => f.path === 'src/resources/workflows.ts')!.contents;
    expect(source).toMatch(/^\s*cohort_branches: Array<unknown>;$/m);
    expect(source).not.toContain('CohortBranch');
    expect(source).toMatch(/^\s*settings\?: CohortStep\.Settings;$/m);
    expect(source).toMatch(/^\s*steps: Array<WorkflowStep>;$/m);
  });
});
