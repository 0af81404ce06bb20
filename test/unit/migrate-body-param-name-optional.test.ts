/**
 * A body sent whole under a name of its own is the config's `body_param_name`, whatever the form of Stainless's code:
 * params that may be left out are destructured from `params ?? {}`, a field may have a default
 * (`namespace = this._client.defaultNamespace`), and the body may be sent on the request's line
 * (`{ body: schema, ...options }`). turbopuffer's `updateSchema` sends its map of attributes so; without the name,
 * sdkgen called the field `body`, and the owners' test calling `updateSchema({ schema })` did not compile.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';

const MODULE = './src/resources/namespaces.ts';
const apiMd =
  '# Namespaces\n\nTypes:\n\n' +
  `- <code><a href="${MODULE}">NamespaceUpdateSchemaResponse</a></code>\n` +
  '\nMethods:\n\n' +
  `- <code title="post /v1/namespaces/{namespace}/schema">client.namespaces.<a href="${MODULE}">updateSchema</a>({ ...params }) -> NamespaceUpdateSchemaResponse</code>\n` +
  `- <code title="post /v1/namespaces/{namespace}/hint">client.namespaces.<a href="${MODULE}">hint</a>({ ...params }) -> NamespaceUpdateSchemaResponse</code>\n`;
const source = `export class Namespaces extends APIResource {
  updateSchema(
    params: NamespaceUpdateSchemaParams | null | undefined = undefined,
    options?: RequestOptions,
  ): APIPromise<NamespaceUpdateSchemaResponse> {
    const { namespace = this._client.defaultNamespace, schema } = params ?? {};
    return this._client.post(path\`/v1/namespaces/\${namespace}/schema\`, { body: schema, ...options });
  }

  hint(
    params: NamespaceHintParams | null | undefined = undefined,
    options?: RequestOptions,
  ): APIPromise<NamespaceUpdateSchemaResponse> {
    const { namespace = this._client.defaultNamespace, ...body } = params ?? {};
    return this._client.post(path\`/v1/namespaces/\${namespace}/hint\`, { body: encode(body), ...options });
  }
}

export interface NamespaceUpdateSchemaResponse {
  ok: boolean;
}
`;

describe('migrate: the config written from the repository, a body sent whole from optional params', () => {
  it('is the field destructured from `params ?? {}` and sent as the body on the request’s line', () => {
    const derived = deriveStainlessConfig(
      derivedConfigInput(
        [
          { path: 'api.md', blob: null, text: apiMd },
          { path: 'src/resources/namespaces.ts', blob: null, text: source },
          { path: 'src/client.ts', blob: null, text: 'export class Turbopuffer {}\n' },
        ],
        null,
      )!,
    );
    const config = yaml.load(derived.text) as { resources: { namespaces: { methods: Record<string, unknown> } } };
    expect(config.resources.namespaces.methods.update_schema).toEqual({
      endpoint: 'post /v1/namespaces/{namespace}/schema',
      positional_params: [],
      body_param_name: 'schema',
    });
    // A body built from the rest of the params (a call, not one field) names none.
    expect(config.resources.namespaces.methods.hint).toEqual({
      endpoint: 'post /v1/namespaces/{namespace}/hint',
      positional_params: [],
    });
  });
});
