/**
 * A resource module's `from <types package> import <params modules>` statement is one name a line where Stainless's
 * is: where the statement with the params forms of the resource's own models it uses (`ScheduleRepeatRuleParam`,
 * which Stainless's generator imports there too, and Ruff drops) is longer than 120 columns, though it fits without
 * them (knock's schedules). A resource using only another resource's models keeps the statement on one line.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const method = (op: string, verb: string, body: boolean) => `
    ${verb}:
      operationId: ${op}
      ${body ? 'requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/ScheduleBody" } } } }' : 'parameters: [{ name: cursor, in: query, schema: { type: string } }]'}
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Schedule' } } } }`;

const SPEC = `
openapi: 3.1.0
info: { title: Schedules, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /schedules:${method('listSchedules', 'get', false)}${method('createSchedule', 'post', true)}${method('updateSchedule', 'put', true)}${method('deleteSchedule', 'delete', true)}
  /workflows/{key}/trigger:
    post:
      operationId: triggerWorkflow
      parameters: [{ name: key, in: path, required: true, schema: { type: string } }]
      requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/ScheduleBody' } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Schedule' } } } }
components:
  schemas:
    ScheduleRepeatRule:
      type: object
      required: [frequency]
      properties: { frequency: { type: string }, interval: { type: integer } }
    ScheduleBody:
      type: object
      required: [workflow]
      properties:
        workflow: { type: string }
        repeats: { type: array, items: { $ref: '#/components/schemas/ScheduleRepeatRule' } }
    Schedule:
      type: object
      required: [id]
      properties: { id: { type: string }, repeats: { type: array, items: { $ref: '#/components/schemas/ScheduleRepeatRule' } } }
`;

const CONFIG = `
organization: { name: schedules }
targets:
  python: { package_name: schedules_sdk }
resources:
  workflows:
    methods:
      trigger: post /workflows/{key}/trigger
  schedules:
    models:
      schedule: '#/components/schemas/Schedule'
      schedule_repeat_rule: '#/components/schemas/ScheduleRepeatRule'
    methods:
      create: post /schedules
      list: get /schedules
      update: put /schedules
      delete: delete /schedules
`;

describe("a resource module's import of its params modules", () => {
  const packageOf = pythonPackageByEra('types-import-wrap', SPEC, CONFIG, 'schedules_sdk');

  it("is one name a line where the resource's own models' params forms push it past 120 columns", async () => {
    const file = await packageOf('2026-04-02');
    const schedules = file('resources/schedules.py');
    expect(schedules).toContain('from ..types.schedule_repeat_rule_param import ScheduleRepeatRuleParam\n');
    expect(schedules).toContain(
      'from ..types import (\n    schedule_list_params,\n    schedule_create_params,\n    schedule_delete_params,\n' +
        '    schedule_update_params,\n)\n',
    );
    // (Workflows uses the schedules' model: not its own, so nothing Ruff dropped.)
    const workflows = file('resources/workflows.py');
    expect(workflows).toContain('from ..types.schedule_repeat_rule_param import ScheduleRepeatRuleParam\n');
    expect(workflows).toContain('from ..types import workflow_trigger_params\n');
  });
});
