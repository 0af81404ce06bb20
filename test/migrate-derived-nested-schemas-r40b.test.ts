/**
 * The config `migrate` writes from a repository names a type api.md lists that no component schema is, where
 * Stainless declared it from a schema written out inside another (hetzner-node's `PlacementGroup`, a response's
 * `placement_group`; `CPUType`, `server_type.cpu_type`), by that schema's JSON pointer, for TypeScript as for Python
 * (one pass, nested-schemas.ts). The schemas looked at are those inside component schemas, the components'
 * parameters, request bodies and responses, and the operations of each path item, a path item's `$ref` followed.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { nestedSchemaFor, nestedSchemasOf } from '../generator/migrate/derived-config/nested-schemas';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const str = { type: 'string' };
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const DOCUMENT = {
  openapi: '3.1.0',
  paths: {
    '/things': { $ref: '#/components/pathItems/Things' },
    '/others': { $ref: '#/components/pathItems/Things' },
    '/widgets': {
      get: {
        parameters: [{ $ref: '#/components/parameters/order' }],
        responses: { '200': { $ref: '#/components/responses/Widget' } },
      },
      post: { requestBody: { $ref: '#/components/requestBodies/NewWidget' } },
    },
  },
  components: {
    parameters: { order: { name: 'order', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } } },
    requestBodies: {
      NewWidget: json({
        type: 'object',
        properties: { dimensions: { type: 'object', properties: { w: str, h: str } } },
      }),
    },
    responses: {
      Widget: json({ type: 'object', properties: { widget: { type: 'object', properties: { id: str, color: str } } } }),
    },
    pathItems: {
      Things: {
        get: {
          parameters: [{ name: 'status', in: 'query', schema: { type: 'string', enum: ['on', 'off'] } }],
          responses: {
            '200': json({ type: 'object', properties: { thing: { type: 'object', properties: { id: str } } } }),
          },
        },
      },
    },
  },
};

describe('nested schemas: where a schema written out inside another is looked for', () => {
  const nested = nestedSchemasOf(DOCUMENT);
  const at = (pointer: string) => nested.find((n) => n.pointer === pointer);

  it("finds those of the components' parameters, request bodies and responses", () => {
    expect(at('#/components/parameters/order/schema')).toMatchObject({
      place: 'order',
      shape: { kind: 'enum', members: ['asc', 'desc'] },
      inResponse: false,
    });
    expect(
      at('#/components/requestBodies/NewWidget/content/application~1json/schema/properties/dimensions'),
    ).toMatchObject({ place: 'dimensions', shape: { kind: 'object', members: ['h', 'w'] }, inResponse: false });
    expect(at('#/components/responses/Widget/content/application~1json/schema/properties/widget')).toMatchObject({
      place: 'widget',
      inResponse: true,
    });
  });

  it("finds those of the path item a path's `$ref` leads to, once for every path referring to it", () => {
    const status = '#/components/pathItems/Things/get/parameters/0/schema';
    expect(at(status)).toMatchObject({ place: 'status', inResponse: false });
    const thing = '#/components/pathItems/Things/get/responses/200/content/application~1json/schema/properties/thing';
    expect(at(thing)).toMatchObject({ place: 'thing', inResponse: true });
    expect(nested.filter((n) => n.place === 'status')).toHaveLength(1);
    expect(nestedSchemaFor('Thing', { kind: 'object', members: ['id'] }, nested)).toBe(thing);
    expect(nestedSchemaFor('StatusParam', { kind: 'enum', members: ['off', 'on'] }, nested)).toBe(status);
  });
});

const MODULE = './src/resources/widgets.ts';
const API_MD =
  '# Widgets\n\nTypes:\n\n' +
  ['Widget', 'WidgetOrder', 'WidgetListResponse'].map((t) => `- <code><a href="${MODULE}">${t}</a></code>\n`).join('') +
  `\nMethods:\n\n- <code title="get /widgets">client.widgets.<a href="${MODULE}">list</a>({ ...params }) -> WidgetListResponse</code>\n`;

const SOURCE = `export interface Widget {
  id: string;

  color: string;
}

export type WidgetOrder = 'asc' | 'desc';

export interface WidgetListResponse {
  widget: Widget;
}
`;

describe('migrate: the TypeScript config written from the repository', () => {
  it('names a type of a schema written out inside another by its pointer', () => {
    const files: RepoFile[] = [
      { path: 'api.md', blob: null, text: API_MD },
      { path: 'src/resources/widgets.ts', blob: null, text: SOURCE },
      { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
    ];
    const config = deriveStainlessConfig(derivedConfigInput(files, null, DOCUMENT)!);
    const written = yaml.load(config.text) as { resources: { widgets: { models?: Record<string, string> } } };
    expect(written.resources.widgets.models).toEqual({
      widget: '#/components/responses/Widget/content/application~1json/schema/properties/widget',
      widget_order: '#/components/parameters/order/schema',
    });
    expect(config.notes.join('\n')).not.toContain('match no schema');
  });
});
