/**
 * With a Stainless config, the members of an `allOf` that no model stands for are one object; a property two members
 * both declare as values (an enum, or one value) takes the values of both, the later member's first, as Stainless's
 * SDKs write it (grid's InvitationClaimedWebhook: `type: INVITATION_CLAIMED` over its base's seven-value enum gives
 * `'INVITATION_CLAIMED' | <the base's other six>`; OpenAI's ComputerToolCallOutputResource's status likewise). A
 * member that declares no property and says nothing of others' (grid's bases once a transformation took their one
 * property) adds no index signature to the others'. A member that is a model is extended instead, and the property
 * the other redeclares narrows it, as before.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';
import { okJson as json, schemaRef as ref } from '../helpers/openapi';

afterAll(cleanupSpecs);

const SCHEMAS = {
  EventType: { type: 'string', enum: ['CREATED', 'CLAIMED', 'DELETED'] },
  BaseEvent: {
    type: 'object',
    required: ['id', 'type'],
    properties: { id: { type: 'string' }, type: ref('EventType') },
  },
  ClaimedEvent: {
    allOf: [
      ref('BaseEvent'),
      {
        type: 'object',
        required: ['claimer'],
        properties: { claimer: { type: 'string' }, type: { type: 'string', enum: ['CLAIMED'] } },
      },
    ],
  },
  Status: { type: 'string', enum: ['in_progress', 'completed', 'incomplete'] },
  Output: { type: 'object', properties: { status: ref('Status') } },
  OutputResource: {
    allOf: [
      ref('Output'),
      { type: 'object', required: ['status'], properties: { status: { enum: ['completed', 'incomplete', 'failed'] } } },
    ],
  },
  // A base that declares nothing (a transformation took its one property) and one that says it takes any member.
  EmptyBase: { type: 'object', required: ['kind'], properties: {} },
  OpenBase: { type: 'object', additionalProperties: true },
  Account: { allOf: [ref('EmptyBase'), { type: 'object', properties: { iban: { type: 'string' } } }] },
  OpenAccount: { allOf: [ref('OpenBase'), { type: 'object', properties: { iban: { type: 'string' } } }] },
  // The same shapes joined with a model: it is extended, and the redeclared property narrows.
  Base: { type: 'object', required: ['type'], properties: { type: ref('EventType') } },
  Narrowed: {
    allOf: [ref('Base'), { type: 'object', required: ['type'], properties: { type: { enum: ['CLAIMED'] } } }],
  },
};

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  events:',
  '    models:',
  "      base: '#/components/schemas/Base'",
  '    methods:',
  '      claimed: get /claimed',
  '      output: get /output',
  '      narrowed: get /narrowed',
  '      account: get /account',
  '      open_account: get /open_account',
  '',
].join('\n');

async function eventsModule(): Promise<string> {
  const file = writeSpec(
    openapi({
      paths: {
        '/claimed': { get: { operationId: 'claimed', responses: json(ref('ClaimedEvent')) } },
        '/output': { get: { operationId: 'output', responses: json(ref('OutputResource')) } },
        '/narrowed': { get: { operationId: 'narrowed', responses: json(ref('Narrowed')) } },
        '/account': { get: { operationId: 'account', responses: json(ref('Account')) } },
        '/open_account': { get: { operationId: 'openAccount', responses: json(ref('OpenAccount')) } },
      },
      schemas: SCHEMAS,
    }),
  );
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
  return files.find((f) => f.path === 'src/resources/events.ts')!.contents;
}

/** The declaration of `name` (an interface), up to its closing brace. */
function declaration(source: string, name: string): string {
  const start = source.indexOf(`export interface ${name} `);
  expect(start, `${name} is declared`).toBeGreaterThanOrEqual(0);
  return source.slice(start, source.indexOf('\n}\n', start) + 2);
}

/** The type written for `key` in `block`, on one line. */
function propertyType(block: string, key: string): string {
  const match = new RegExp(`^\\s*${key}\\??: ([^;]*);`, 'm').exec(block.replace(/\n\s*\|/g, ' |'));
  expect(match, `${key} in ${block}`).not.toBeNull();
  return match![1].replace(/\s+/g, ' ').trim();
}

describe('allOf members merged into one object', () => {
  it('a property both declare as values takes both sets of values, the later member’s first', async () => {
    const source = await eventsModule();
    expect(propertyType(declaration(source, 'EventClaimedResponse'), 'type')).toBe("'CLAIMED' | 'CREATED' | 'DELETED'");
    const output = declaration(source, 'EventOutputResponse');
    expect(propertyType(output, 'status')).toBe("'completed' | 'incomplete' | 'failed' | 'in_progress'");
    // Required as the later member says.
    expect(output).toMatch(/^\s*status: /m);
  });

  it('a member that declares no property and says nothing of others adds no index signature', async () => {
    const source = await eventsModule();
    expect(declaration(source, 'EventAccountResponse')).not.toMatch(/\[k(?:ey)?: string\]/);
    // Where the member says it takes any member, the merged object does too.
    expect(declaration(source, 'EventOpenAccountResponse')).toMatch(/\[k: string\]: unknown;/);
  });

  it('a member that is a model is extended, and the property the other redeclares narrows it', async () => {
    const source = await eventsModule();
    const narrowed = declaration(source, 'EventNarrowedResponse');
    expect(narrowed).toMatch(/^export interface EventNarrowedResponse extends Base \{/);
    expect(propertyType(narrowed, 'type')).toBe("'CLAIMED'");
  });
});
