/**
 * Declaration forms of Stainless's resource modules that `scripts/stainless-distance.mjs` found sdkgen writing another
 * way (issue 89): an inlined schema two properties reach is declared for each (knock's
 * `PreferenceSet.PreferenceSetWorkflowCategorySettingObject`), only a resource with methods of its own carries its
 * tag's description (knock's `providers`, isaacus's `classifications` carry none), and a `oneOf` of a schema and null
 * is documented as the schema (isaacus's `ChunkingOptions.size`); a method returns its first success's body alone
 * (imagekit's `files.upload`, 200 and 202).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const setting = {
  type: 'object',
  description: 'How one kind of crop is watered.',
  properties: { litres: { type: 'integer' }, hours: { type: 'array', items: { type: 'integer' } } },
};
const either = { anyOf: [{ type: 'boolean' }, { $ref: '#/components/schemas/WateringSettingObject' }] };
const settings = { type: 'object', additionalProperties: { $ref: '#/components/schemas/WateringSetting' } };
const whole = { type: 'integer', minimum: 1, description: 'A whole number.' };
const plan = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string' },
    crops: settings,
    weeds: settings,
    acres: { oneOf: [whole, { type: 'null' }], description: 'How big the plan is, or null.' },
    rows: { anyOf: [whole, { type: 'null' }], description: 'How many rows, or null.' },
  },
};
const ok = {
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Plan' } } } },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Farm', version: '1' },
  servers: [{ url: 'https://farm.test' }],
  tags: [
    { name: 'Watering', description: 'Watering plans for the fields.' },
    { name: 'Sheds', description: 'Sheds and what they hold.' },
  ],
  paths: {
    '/plans/{id}': {
      get: {
        tags: ['Watering'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
    '/sheds/tools': { get: { tags: ['Sheds'], responses: ok } },
    // A second success (queued) that Stainless's SDKs leave out of the method's type (imagekit's `files.upload`).
    '/plans': {
      post: {
        tags: ['Watering'],
        responses: {
          ...ok,
          '202': {
            description: 'queued',
            content: {
              'application/json': { schema: { type: 'object', properties: { queued: { type: 'boolean' } } } },
            },
          },
        },
      },
    },
  },
  components: { schemas: { Plan: plan, WateringSetting: either, WateringSettingObject: setting } },
};

const CONFIG = `organization: { name: farm }
targets:
  typescript:
    package_name: farm
resources:
  plans:
    models:
      plan: Plan
    methods:
      retrieve: get /plans/{id}
      create: post /plans
  sheds:
    subresources:
      tools:
        methods:
          list: get /sheds/tools
`;

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's resource modules", () => {
  it("are written in Stainless's declaration forms", async () => {
    root = tempDir('stainless-declaration-forms');
    const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
    const out = new Map(files.map((f) => [f.path, f.contents]));

    const plans = out.get('src/resources/plans.ts')!;
    const declarations = plans.match(/export interface WateringSettingObject \{/g) ?? [];
    expect(declarations).toHaveLength(2);
    expect(plans).toContain('crops?: { [key: string]: boolean | Plan.WateringSettingObject };');
    expect(plans).toContain('/**\n * Watering plans for the fields.\n */\nexport class Plans');
    // The first success's body alone is the method's type.
    expect(plans).toContain('create(options?: RequestOptions): APIPromise<Plan> {');
    // A `oneOf` of a schema and null is documented as that schema; an `anyOf` keeps its own description.
    expect(plans).toContain('/**\n   * A whole number.\n   */\n  acres?: number | null;');
    expect(plans).toContain('/**\n   * How many rows, or null.\n   */\n  rows?: number | null;');

    // `sheds` only groups `tools`: no description; `tools` has its own method, so its tag's.
    expect(out.get('src/resources/sheds/sheds.ts')).not.toContain('Sheds and what they hold.');
    expect(out.get('src/resources/sheds/tools.ts')).toContain(
      '/**\n * Sheds and what they hold.\n */\nexport class Tools',
    );
  });
});
