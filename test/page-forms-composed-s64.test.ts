/**
 * The forms of spotify-ts's `browse.categories.list` one at a time (issue 89): its page object composed
 * (`allOf: [PagingObject, {items}]`), its operation `deprecated`, and its page under a property (`{ categories: page }`).
 * Stainless's release pages the method by `CursorURLPage`, whose config reads `next` and `items` at the top of the body,
 * as Stainless's pagination docs ask ("the response must include all … fields needed for pagination", matched against
 * the spec). The composed and deprecated forms page, in the IR both targets print; a page under a property does not,
 * as the same release leaves `get /browse/new-releases` (`{ albums: PagingSimplifiedAlbumObject }`, the same allOf,
 * also deprecated) unpaged: Stainless generated `categories.list` from a spec of its own (its item type has a
 * `published` field the public spec's `CategoryObject` lacks), so the page under `categories` is the spec's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import type { Method } from '../generator/ir/types';
import { tempDir } from './helpers/sdk';

const ITEMS = { type: 'array', items: { $ref: '#/components/schemas/Thing' } };
const LIMIT = [{ name: 'limit', in: 'query', schema: { type: 'integer' } }];
const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const composed = {
  type: 'object',
  allOf: [{ $ref: '#/components/schemas/PagingObject' }, { type: 'object', properties: { items: ITEMS } }],
};
const plain = { type: 'object', properties: { next: { type: 'string', nullable: true }, items: ITEMS } };

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Forms', version: '1' },
  paths: {
    '/plain': { get: { operationId: 'list-plain', parameters: LIMIT, responses: ok(plain) } },
    '/composed': { get: { operationId: 'list-composed', parameters: LIMIT, responses: ok(composed) } },
    '/deprecated': {
      get: { deprecated: true, operationId: 'list-deprecated', parameters: LIMIT, responses: ok(plain) },
    },
    '/nested': {
      get: {
        deprecated: true,
        operationId: 'list-nested',
        parameters: LIMIT,
        responses: ok({ type: 'object', required: ['things'], properties: { things: composed } }),
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      PagingObject: {
        type: 'object',
        required: ['href', 'items', 'next'],
        properties: { href: { type: 'string' }, next: { type: 'string', nullable: true } },
      },
    },
  },
};

// (As `sdkgen migrate --from-repo` writes spotify-ts's: one scheme, read from its `CursorURLPage` class.)
const CONFIG = `organization:
  name: forms
environments:
  production: http://127.0.0.1:4010
pagination:
  - name: cursor_url_page
    type: cursor_url
    request: {}
    response:
      next:
        type: string
        x-stainless-pagination-property:
          purpose: cursor_url_field
      items:
        type: array
resources:
  things:
    methods:
      list_plain: get /plain
      list_composed: get /composed
      list_deprecated: get /deprecated
      list_nested: get /nested
targets:
  typescript:
    package_name: forms
`;

describe("a Stainless scheme's page in spotify-ts's forms", () => {
  it('pages a composed page object and a deprecated list; a page under a property stays a plain response', async () => {
    const dir = tempDir('page-forms-composed-');
    const spec = path.join(dir, 'openapi.json');
    const config = path.join(dir, 'stainless.yml');
    writeFileSync(spec, JSON.stringify(SPEC));
    writeFileSync(config, CONFIG);
    const { api } = await loadIr({ spec, config });
    const methods = new Map<string, Method>(api.resources.flatMap((r) => r.methods.map((m) => [m.name, m])));
    const scheme = api.paginationSchemes.find((s) => s.className === 'CursorURLPage');
    expect(scheme?.response.items).toEqual(['items']);
    expect(scheme?.response.nextUrl).toEqual(['next']);
    for (const name of ['listPlain', 'listComposed', 'listDeprecated'])
      expect([name, methods.get(name)?.pagination?.scheme]).toEqual([name, 'CursorURLPage']);
    expect(methods.get('listComposed')?.docs.deprecated).toBeFalsy();
    expect(methods.get('listDeprecated')?.docs.deprecated).toBeTruthy();
    expect(methods.get('listNested')?.pagination).toBeNull();
  });
});
