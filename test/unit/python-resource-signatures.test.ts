/**
 * Resource methods as Stainless's Python SDKs write them (issue 91): the Args list of a method taking any param (the
 * request options alone when no param is described), none for a method taking none; the params dict a request
 * sends written one key a line when it has several (a magic trailing comma, which Ruff keeps); a date-time param
 * annotated `Union[str, datetime]` in the signature while its params TypedDict keeps the format metadata.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { formatPython } from '../../generator/format/ruff';
import { withoutAnnotated } from '../../generator/emit/python/resources/print-resource';
import { writeSpec } from './helpers/spec';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/ping': {
      post: {
        operationId: 'ping',
        tags: ['things'],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/things/{thing_id}': {
      get: {
        operationId: 'getThing',
        tags: ['things'],
        summary: 'Get a thing',
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/action-create-vpc-endpoint-connection-notification': {
      get: {
        operationId: 'describeLong',
        responses: { '204': { description: 'ok' } },
      },
    },
    '/labels/{label_id}/{action}': {
      post: {
        operationId: 'applyLabel',
        tags: ['labels'],
        parameters: [
          { name: 'label_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'action', in: 'path', required: true, schema: { type: 'string', enum: ['archive', 'restore'] } },
          { name: 'x-stream-response', in: 'header', schema: { type: 'string', enum: ['true', 'false'] } },
          { name: 'x-trace', in: 'header', schema: { type: 'string' } },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/things': {
      get: {
        operationId: 'listThings',
        tags: ['things'],
        parameters: [
          { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } },
          { name: 'until', in: 'query', schema: { type: ['string', 'null'], format: 'date-time' } },
          { name: 'day', in: 'query', schema: { type: 'string', format: 'date' } },
        ],
        responses: { '204': { description: 'ok' } },
      },
      post: {
        operationId: 'createThing',
        tags: ['things'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'size'],
                properties: { name: { type: 'string' }, size: { type: 'integer' } },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
      put: {
        operationId: 'renameThing',
        tags: ['things'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
};

async function generated(): Promise<Array<{ path: string; contents: string; inFormatterLayout?: boolean }>> {
  return (await generate({ spec: writeSpec(SPEC), config: null, target: 'python' })).files;
}

async function module(name: string): Promise<{ contents: string; flagged: boolean }> {
  const file = (await generated()).find((f) => f.path.endsWith(`/${name}.py`));
  if (!file) throw new Error(`no module ${name}: ${(await generated()).map((f) => f.path).join(' ')}`);
  return { contents: file.contents, flagged: file.inFormatterLayout === true };
}

/** The text of the sync class's method `name`, from its `def` to the next method's. */
function method(module: string, name: string): string {
  const start = module.indexOf(`    def ${name}(`);
  if (start < 0) throw new Error(`no method ${name}`);
  const end = module.indexOf('\n    def ', start + 1);
  return module.slice(start, end < 0 ? undefined : end);
}

describe('resource methods as Stainless writes them', () => {
  it('lists the request options as Args of a method whose params are undescribed, and has no docstring without params', async () => {
    const { contents } = await module('resources/things');
    const retrieve = method(contents, 'retrieve');
    expect(retrieve).toContain(
      '        """\n        Get a thing\n\n        Args:\n          extra_headers: Send extra headers\n\n' +
        '          extra_query: Add additional query parameters to the request\n\n' +
        '          extra_body: Add additional JSON properties to the request\n\n' +
        '          timeout: Override the client-level default timeout for this request, in seconds\n        """\n',
    );
    expect(method(contents, 'create')).toContain('        Args:\n          extra_headers: Send extra headers\n');
    const ping = method((await module('resources/ping')).contents, 'create');
    expect(ping).toContain('    ) -> None:\n        extra_headers = ');
    expect(ping).not.toContain('"""');
  }, 30_000);

  it('writes a params dict of several keys one key a line, with a trailing comma Ruff keeps; a lone key stays inline', async () => {
    const { contents, flagged } = await module('resources/things');
    expect(method(contents, 'create')).toContain(
      '            body=maybe_transform(\n' +
        '                {\n' +
        '                    "name": name,\n' +
        '                    "size": size,\n' +
        '                },\n' +
        '                thing_create_params.ThingCreateParams,\n' +
        '            ),\n',
    );
    expect(method(contents, 'update')).toContain(
      'body=maybe_transform({"name": name}, thing_update_params.ThingUpdateParams),',
    );
    expect(flagged).toBe(true);
    expect(formatPython(contents, 'things.py')).toBe(contents);
  }, 30_000);

  it('annotates a date or date-time param as a union with str in the signature, the TypedDict keeping its format', async () => {
    const { contents } = await module('resources/things');
    const params = (await module('types/thing_list_params')).contents;
    const list = method(contents, 'list');
    expect(list).toContain('        since: Union[str, datetime] | Omit = omit,\n');
    expect(list).toContain('        until: Union[str, datetime, None] | Omit = omit,\n');
    expect(list).toContain('        day: Union[str, date] | Omit = omit,\n');
    expect(contents).not.toContain('Annotated');
    expect(contents).not.toContain('PropertyInfo');
    expect(params).toContain('since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]');
  }, 30_000);
});

describe('resource properties', () => {
  it('keeps the docstring of a wrapper property in its body when its def header is laid out on several lines', async () => {
    const file = (await generated()).find((f) => f.path.includes('vpc_endpoint'));
    expect(file?.inFormatterLayout).toBe(true);
    if (!file) throw new Error('no module for the long tag');
    const name = 'AsyncActionCreateVpcEndpointConnectionNotificationResourceWithStreamingResponse';
    expect(file.contents).toContain(
      `    def with_streaming_response(\n        self,\n    ) -> ${name}:\n        """\n`,
    );
    expect(formatPython(file.contents, 'action.py')).toBe(file.contents);
  }, 30_000);
});

describe('path params', () => {
  it('raises ValueError for an empty string path param, one of string values too', async () => {
    // (The module's one method.)
    const { contents } = await module('resources/labels');
    for (const name of ['label_id', 'action'])
      expect(contents).toContain(
        `        if not ${name}:\n            raise ValueError(f"Expected a non-empty value for \`${name}\` but received {${name}!r}")\n`,
      );
  }, 30_000);
});

describe('header params', () => {
  it('sends a header of string values as text, and a string as given', async () => {
    const { contents, flagged } = await module('resources/labels');
    expect(contents).toContain(
      '        extra_headers = {"Accept": "*/*", **(extra_headers or {})}\n' +
        '        extra_headers = {\n' +
        '            **strip_not_given(\n' +
        '                {\n' +
        '                    "x-stream-response": str(x_stream_response) if is_given(x_stream_response) else not_given,\n' +
        '                    "x-trace": x_trace,\n' +
        '                }\n' +
        '            ),\n' +
        '            **(extra_headers or {}),\n' +
        '        }\n',
    );
    expect(contents).toMatch(/^from \.\._utils import .*\bis_given\b/m);
    expect(flagged).toBe(true);
    expect(formatPython(contents, 'labels.py')).toBe(contents);
  }, 30_000);
});

describe('withoutAnnotated', () => {
  it.each([
    ['Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]', 'Union[str, datetime]'],
    ['Optional[Annotated[Union[str, date], PropertyInfo(format="iso8601")]]', 'Optional[Union[str, date]]'],
    [
      'Dict[str, Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]] | Annotated[str, PropertyInfo(alias="a]")]',
      'Dict[str, Union[str, datetime]] | str',
    ],
    ['SequenceNotStr[str]', 'SequenceNotStr[str]'],
    ['Literal["Annotated[x"]', 'Literal["Annotated[x"]'],
  ])('%s → %s', (annotation, expected) => {
    expect(withoutAnnotated(annotation)).toBe(expected);
  });
});
