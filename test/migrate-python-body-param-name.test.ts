/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK with a method that sends its body whole under a name of its
 * own (conductor-is/quickbooks-desktop-python's `end_users.passthrough(…, qbd_payload=…)`: its config's
 * `body_param_name`). The config migrate writes from the repository records that name where the method's module
 * shows it (`body=maybe_transform(qbd_payload, …)`), and nothing for a method whose body is its arguments' dict; the
 * SDK generated from that config takes `qbd_payload=` as Stainless's did. Before, the config said nothing and the
 * generated method took `body=`, breaking every caller.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { wholeBodyParamName } from '../generator/migrate/python/derived-config/body-param-names';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { tempDir } from './helpers/sdk';

const API_MD = `# EndUsers

Methods:

- <code title="post /end-users">client.end_users.<a href="./src/acme/resources/end_users.py">create</a>(\\*\\*<a href="src/acme/types/end_user_create_params.py">params</a>) -> <a href="./src/acme/types/end_user.py">EndUser</a></code>
- <code title="post /end-users/{id}/passthrough">client.end_users.<a href="./src/acme/resources/end_users.py">passthrough</a>(id, \\*\\*<a href="src/acme/types/end_user_passthrough_params.py">params</a>) -> <a href="./src/acme/types/end_user_passthrough_response.py">EndUserPassthroughResponse</a></code>
- <code title="post /end-users/{id}/tags">client.end_users.<a href="./src/acme/resources/end_users.py">tag</a>(id, \\*\\*<a href="src/acme/types/end_user_tag_params.py">params</a>) -> None</code>
`;

/** A method of Stainless's resource module, sending `body` as given. */
const method = (name: string, args: string, body: string, prefix = '') => `
    ${prefix}def ${name}(
        self,
        ${args}
        extra_headers: Headers | None = None,
    ) -> object:
        """Docs that mention body=maybe_transform(not_this, …)."""
        return ${prefix ? 'await ' : ''}self._post(
            "/end-users",
            body=${prefix ? 'await async_' : ''}maybe_transform(${body}, params.Params),
            options=make_request_options(extra_headers=extra_headers),
            cast_to=object,
        )
`;

const RESOURCE = `from .._resource import SyncAPIResource, AsyncAPIResource


class EndUsersResource(SyncAPIResource):
${method('create', '*,\n        name: str,', '{"name": name}')}
${method('passthrough', 'id: str,\n        *,\n        qbd_payload: Dict[str, object],', 'qbd_payload')}
${method('tag', 'id: str,\n        *,\n        body: SequenceNotStr[str],', 'body')}

class AsyncEndUsersResource(AsyncAPIResource):
${method('create', '*,\n        name: str,', '{"name": name}', 'async ')}
${method('passthrough', 'id: str,\n        *,\n        qbd_payload: Dict[str, object],', 'qbd_payload', 'async ')}
`;

const CLIENT = `class Acme(SyncAPIClient):
    def __init__(self) -> None:
        base_url = "https://api.acme.test"
`;

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /end-users:
    post:
      operationId: createEndUser
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/EndUser' } } } } }
  /end-users/{id}/passthrough:
    post:
      operationId: passthrough
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, additionalProperties: true } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object, additionalProperties: true } } } } }
  /end-users/{id}/tags:
    post:
      operationId: tagEndUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      requestBody:
        required: true
        content: { application/json: { schema: { type: array, items: { type: string } } } }
      responses: { '204': { description: done } }
components:
  schemas:
    EndUser: { type: object, required: [id], properties: { id: { type: string } } }
`;

type Methods = Record<string, string | { endpoint: string; body_param_name?: string }>;

let methods: Methods;
let resource: string;

beforeAll(async () => {
  const files = [
    { path: 'api.md', text: API_MD },
    { path: 'src/acme/_client.py', text: CLIENT },
    { path: 'src/acme/resources/end_users.py', text: RESOURCE },
  ];
  const derived = derivePythonConfig(files as never, 'acme');
  expect(derived).not.toBeNull();
  const config = yaml.load(derived!.text) as { resources: { end_users: { methods: Methods } } };
  methods = config.resources.end_users.methods;
  const dir = tempDir('migrate-python-body-param-name');
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), derived!.text);
  const result = await generate({
    spec: path.join(dir, 'openapi.yml'),
    config: path.join(dir, 'stainless.yml'),
    target: 'python',
  });
  resource = result.files.find((f) => f.path === 'src/acme/resources/end_users.py')?.contents ?? '';
});

describe('migrate --from-repo (Python): a body sent whole keeps its name', () => {
  it("records body_param_name where the method's module sends a named argument as the body", () => {
    expect(methods.passthrough).toEqual({
      endpoint: 'post /end-users/{id}/passthrough',
      body_param_name: 'qbd_payload',
    });
    expect(methods.tag).toEqual({ endpoint: 'post /end-users/{id}/tags', body_param_name: 'body' });
    // A body of the method's arguments (a dict of them) names nothing.
    expect(methods.create).toBe('post /end-users');
  });

  it('generates the method taking that name, sent as the body', () => {
    const passthrough = resource.slice(resource.indexOf('    def passthrough('), resource.indexOf('    def tag('));
    expect(passthrough).toMatch(/^ {8}qbd_payload: Dict\[str, object\],$/m);
    expect(passthrough).toMatch(/body=maybe_transform\(qbd_payload, /);
    expect(passthrough).not.toMatch(/^ {8}body: /m);
    expect(resource).toMatch(/def create\([^)]*\n {8}name: str,/);
  });

  it('reads the body of the method asked for, not of a docstring or another method', () => {
    expect(wholeBodyParamName(RESOURCE, 'create')).toBeNull();
    expect(wholeBodyParamName(RESOURCE, 'passthrough')).toBe('qbd_payload');
    expect(wholeBodyParamName(RESOURCE, 'missing')).toBeNull();
    // A multipart method sends the dict its code builds under the name `body`: no parameter, nothing named.
    const multipart = `class FilesResource(SyncAPIResource):
    def create(
        self,
        *,
        file: FileTypes,
        extra_headers: Headers | None = None,
    ) -> FileObject:
        body = deepcopy_minimal({"file": file})
        files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        return self._post(
            "/files",
            body=maybe_transform(body, file_create_params.FileCreateParams),
            files=files,
            cast_to=FileObject,
        )
`;
    expect(wholeBodyParamName(multipart, 'create')).toBeNull();
    expect(wholeBodyParamName(multipart.replace('file: FileTypes,', 'body: FileTypes,'), 'create')).toBeNull();
    // Only the async class defines it: its body is read the same way.
    const asyncOnly = RESOURCE.slice(RESOURCE.indexOf('class AsyncEndUsersResource'));
    expect(wholeBodyParamName(asyncOnly, 'passthrough')).toBe('qbd_payload');
  });
});
