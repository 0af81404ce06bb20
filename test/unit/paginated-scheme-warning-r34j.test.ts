/**
 * A method whose `paginated` names a scheme (or says `true`) that its shape does not match is not paginated, and the
 * config is warned about at that key's line. A scheme's request fields are matched to the query parameters, else to a
 * POST's JSON body fields (llama-cloud's `agent_data.search` takes `page_token`, `page_size` in the body: its page
 * is `in: 'body'`, test/runtime/post-body-pages-r34j.test.ts). A method the scheme matches, or one that names no
 * scheme, says nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pluralizeTypeName } from '../../generator/naming/stainless';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const page = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
    next_page_token: { type: 'string' },
  },
};
const json = (schema: unknown) => ({ 'application/json': { schema } });
const pageFields = {
  page_token: { type: 'string' },
  page_size: { type: 'integer' },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
pagination:
  - name: paginated_cursor
    type: cursor
    request:
      page_token:
        type: string
      page_size:
        type: integer
    response:
      items:
        type: array
      next_page_token:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_field
resources:
  agent_data:
    methods:
      list:
        endpoint: get /agent-data
        paginated: paginated_cursor
      search:
        endpoint: post /agent-data/:search
        paginated: paginated_cursor
      aggregate:
        endpoint: post /agent-data/:aggregate
        paginated: true
      export:
        endpoint: post /agent-data/:export
        paginated: paginated_cursor_post
      count:
        endpoint: post /agent-data/:count
        paginated: paginated_cursor
      stats: post /agent-data/:stats
      typed:
        endpoint: post /agent-data/:typed
        paginated: paginated_cursor
`;

describe('paginated: a scheme the method does not match', () => {
  it('warns at the key, naming the fields, and leaves the method unpaginated', async () => {
    const post = {
      requestBody: { content: json({ type: 'object', properties: { ...pageFields, filter: { type: 'object' } } }) },
      responses: { '200': { description: 'ok', content: json(page) } },
    };
    const spec = writeSpec(
      openapi({
        paths: {
          '/agent-data': {
            get: {
              parameters: Object.entries(pageFields).map(([name, schema]) => ({ name, in: 'query', schema })),
              responses: { '200': { description: 'ok', content: json(page) } },
            },
          },
          '/agent-data/:search': { post },
          '/agent-data/:aggregate': { post },
          '/agent-data/:export': { post },
          '/agent-data/:count': { post: { ...post, requestBody: { content: json({ type: 'object' }) } } },
          '/agent-data/:stats': { post },
          // The body has the fields, one of another type: the warning says which, not that they are missing.
          '/agent-data/:typed': {
            post: {
              ...post,
              requestBody: {
                content: json({ type: 'object', properties: { ...pageFields, page_size: { type: 'string' } } }),
              },
            },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const methods = Object.fromEntries(result.api.resources[0].methods.map((m) => [m.name, m]));
    const schemes = Object.fromEntries(result.api.paginationSchemes.map((s) => [s.className, s]));
    const pageOf = (name: string) => methods[name].pagination && schemes[methods[name].pagination!.scheme];
    expect(pageOf('list')?.requestIn).toBeUndefined();
    expect(pageOf('search')?.requestIn).toBe('body');
    expect(pageOf('aggregate')?.requestIn).toBe('body');
    for (const name of ['export', 'count', 'stats', 'typed']) expect(methods[name].pagination).toBeNull();

    const lines = CONFIG.split('\n');
    const lineOf = (method: string) => lines.findIndex((l) => l.trim() === `${method}:`) + 3;
    const warnings = result.diagnostics.warnings.filter((d) => d.code === 'stainless-pagination');
    expect(warnings.map((w) => [w.message, w.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      [
        'resources.agent_data.methods.export.paginated: names no scheme of `pagination` ("paginated_cursor_post"); ' +
          'post /agent-data/:export is not paginated',
        lineOf('export'),
      ],
      [
        'resources.agent_data.methods.count.paginated: post /agent-data/:count matches no scheme it names ' +
          '(paginated_cursor: page_token, page_size are not query or body fields); it is not ' +
          'paginated',
        lineOf('count'),
      ],
      [
        'resources.agent_data.methods.typed.paginated: post /agent-data/:typed matches no scheme it names ' +
          '(paginated_cursor: page_size is string, not integer); it is not paginated',
        lineOf('typed'),
      ],
    ]);
  });
});

describe('the page alias of a list of Data', () => {
  it('keeps "Data" (a plural already), as Stainless names llama-cloud\'s AgentDataPaginatedCursorPost', () => {
    expect(pluralizeTypeName('AgentData')).toBe('AgentData');
    expect(pluralizeTypeName('Metadata')).toBe('Metadata');
    expect(pluralizeTypeName('AgentDataAggregateResponse')).toBe('AgentDataAggregateResponses');
  });
});
