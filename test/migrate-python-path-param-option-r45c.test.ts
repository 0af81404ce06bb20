/**
 * A client option that fills a path parameter the call leaves out, as Stainless's Python client writes it: a method
 * `_get_<option>_path_param` of the client, which each resource method calls where its parameter is None
 * (`namespace = self._client._get_default_namespace_path_param()`, turbopuffer's `default_namespace`). Read for the
 * config `sdkgen migrate --from-repo` writes, the option is `send_as_path_param` of that parameter: without it, sdkgen's
 * methods took `namespace` as a required argument, and the owners' `client.namespace(ns).schema()` and their
 * `Namespace.exists()` calling `self.schema()` failed (pyright: "Argument missing for parameter").
 */
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../generator/migrate/python/derived-config/client-options';

const CLIENT = `class Turbopuffer(SyncAPIClient):
    # client options
    api_key: str
    default_namespace: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        default_namespace: str | None = None,
    ) -> None:
        self.api_key = api_key
        self.default_namespace = default_namespace

    def _get_default_namespace_path_param(self) -> str:
        from_client = self.default_namespace
        if from_client is not None:
            return from_client
        raise ValueError("Missing default_namespace argument")
`;

const RESOURCE = `class NamespacesResource(SyncAPIResource):
    def schema(self, *, namespace: str | None = None) -> NamespaceSchemaResponse:
        if namespace is None:
            namespace = self._client._get_default_namespace_path_param()
        return self._get(f"/v1/namespaces/{namespace}/schema")
`;

describe('a client option filling a path parameter', () => {
  it('is send_as_path_param of the parameter the resources fill from it', () => {
    const settings = pythonClientSettings(CLIENT, 'Turbopuffer', [], [], [RESOURCE]);
    expect(settings?.opts.default_namespace).toMatchObject({ send_as_path_param: 'namespace' });
  });

  it('is not one where no resource fills a parameter from it', () => {
    const settings = pythonClientSettings(CLIENT, 'Turbopuffer', [], [], []);
    expect(settings?.opts.default_namespace).not.toHaveProperty('send_as_path_param');
  });
});
