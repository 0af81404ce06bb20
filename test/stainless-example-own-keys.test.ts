/**
 * Values in the endpoint tests of a Stainless config's SDK: an object the body's example gives for a schema takes
 * the keys it lacks from that schema's own example, as Stainless's tests do.
 *
 * knock's audience member `user` has `id` and `email` from the request's example and `channel_data` and `timezone`
 * from the user schema's. A preference set's `channel_types: { email }` gets `sms: { conditions: … }` from
 * `PreferenceSetChannelTypes`'s example.
 *
 * Left as they are:
 * - a map's keys (`channels: { 'aef6…': true }`, not every key of the map schema's example);
 * - a key the own example gives as null, where its schema is a nullable scalar (knock-mgmt's in-app feed step
 *   `channel_group_key: null`, its own example's, though the property's example is `email`);
 * - a union's own example of another variant than the given object's (knock-mgmt's webhook step example does not
 *   go into an in-app step).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-example-values.test.ts samples Stainless's examples and endpoint-test values
// (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const orNull = (name: string) => ({ anyOf: [schema(name), { nullable: true }] });

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Prefs', version: '1' },
  servers: [{ url: 'https://prefs.test' }],
  paths: {
    '/users/{id}': {
      put: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              example: {
                user: { id: 'ellie', name: 'Ellie', settings: { channels: { email: false } } },
                pet: { kind: 'cat' },
              },
              schema: schema('UserRequest'),
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      UserRequest: {
        type: 'object',
        required: ['user'],
        properties: { user: schema('User'), pet: schema('Pet') },
      },
      User: {
        type: 'object',
        required: ['id'],
        example: {
          id: 'jane',
          name: 'Jane',
          nickname: null,
          timezone: 'America/New_York',
          settings: { channels: { email: true } },
        },
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          nickname: { type: 'string', nullable: true },
          timezone: { type: 'string', nullable: true },
          settings: orNull('Setting'),
        },
      },
      Setting: {
        title: 'Setting',
        type: 'object',
        example: { channels: { email: true }, targets: { a1: true } },
        oneOf: [
          { type: 'boolean' },
          {
            type: 'object',
            properties: { channels: orNull('Channels'), targets: orNull('Targets') },
          },
        ],
      },
      Channels: {
        type: 'object',
        example: { email: true, sms: { when: ['weekday'] } },
        properties: {
          email: { oneOf: [{ type: 'boolean' }, schema('ChannelSetting')] },
          sms: { oneOf: [{ type: 'boolean' }, schema('ChannelSetting')] },
        },
      },
      ChannelSetting: {
        type: 'object',
        required: ['when'],
        properties: { when: { type: 'array', items: { type: 'string' } } },
      },
      Targets: { type: 'object', example: { a1: true, b2: false }, additionalProperties: { type: 'boolean' } },
      Pet: {
        example: { kind: 'dog', bark: 'loud' },
        oneOf: [schema('Cat'), schema('Dog')],
      },
      Cat: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: ['cat'] }, meow: { type: 'string' } },
      },
      Dog: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: ['dog'] }, bark: { type: 'string' } },
      },
    },
  },
};

const config = (models: boolean) => `organization: { name: prefs }
targets:
  typescript:
    package_name: prefs
resources:
  users:
${
  models
    ? `    models:
      user: '#/components/schemas/User'
      setting: '#/components/schemas/Setting'
      channels: '#/components/schemas/Channels'
      targets: '#/components/schemas/Targets'
      pet: '#/components/schemas/Pet'
`
    : ''
}    methods:
      update: put /users/{id}
`;

const roots: string[] = [];
const tests: Record<'models' | 'inline', string> = { models: '', inline: '' };

beforeAll(async () => {
  for (const kind of ['models', 'inline'] as const) {
    const root = tempDir(`stainless-own-keys-${kind}`);
    roots.push(root);
    const result = await generateFrom(root, SPEC, config(kind === 'models'), { funcs: false, referenceDocs: false });
    tests[kind] = result.files.find((f) => f.path === 'tests/api-resources/users.test.ts')!.contents;
  }
}, 180_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The "required and optional params" test's call, on one line. */
function fullCall(test: string): string {
  const start = test.indexOf("'update: required and optional params'");
  expect(start).toBeGreaterThan(0);
  return test
    .slice(start, test.indexOf('});', start))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/,(?= [}\]])/g, '');
}

describe.runIf(SLOW_FULL).each(['models', 'inline'] as const)('an object given for a schema (%s)', (kind) => {
  it("keeps the keys it is given and takes the others from the schema's own example", () => {
    const call = fullCall(tests[kind]);
    expect(call).toContain("id: 'ellie'");
    expect(call).toContain("name: 'Ellie'");
    expect(call).toContain("timezone: 'America/New_York'");
    expect(call).not.toContain("'jane'");
    // (Given `{ email: false }`: `sms` from Channels's own example.)
    expect(call).toContain("channels: { email: false, sms: { when: ['weekday'] } }");
  });

  it('keeps null a nullable scalar key the own example gives as null', () => {
    expect(fullCall(tests[kind])).toContain('nickname: null');
  });

  it("does not take a union's own example of another variant", () => {
    const call = fullCall(tests[kind]);
    expect(call).toMatch(/pet: \{ kind: 'cat'/);
    expect(call).not.toContain('bark');
  });
});

describe.runIf(SLOW_FULL)('a named schema given as an object (models)', () => {
  it("takes a union's keys from its own example, and a map keeps the keys it is given", () => {
    // Setting's own example gives `targets: { a1: true }`; Targets's own (a1, b2) does not add `b2` to it.
    expect(fullCall(tests.models)).toContain('targets: { a1: true }');
  });
});
