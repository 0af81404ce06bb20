/**
 * Stainless's resource attribute that sdkgen names `<name>_resource` (the client has a method of that name: Stainless
 * writes both as `namespaces`, its property hiding the method) read as sdkgen's before the owners' edits are carried
 * (annotation-spelling.ts): turbopuffer-python's owners replaced the raw and streaming wrappers' `namespaces` property
 * with a `namespace(ns)` method of theirs; sdkgen's `namespaces_resource` property, whose annotation reads the
 * `namespaces` module their edit no longer imports, goes with it.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';

const property = (name: string, wrapper: string) => `    @cached_property
    def ${name}(self) -> namespaces.${wrapper}:
        from .resources.namespaces import ${wrapper}

        return ${wrapper}(self._client.${name})
`;

const wrapperClass = (name: string, member: string) => `class TurbopufferWithRawResponse:
    _client: Turbopuffer

    def __init__(self, client: Turbopuffer) -> None:
        self._client = client

        self.namespaces = to_raw_response_wrapper(client.namespaces)

${member}

class TurbopufferWithStreamedResponse:
    _client: Turbopuffer

    def __init__(self, client: Turbopuffer) -> None:
        self._client = client

        self.namespaces = to_streamed_response_wrapper(client.namespaces)

${property(name, 'NamespacesResourceWithStreamingResponse')}`;

const STAINLESS = wrapperClass('namespaces', property('namespaces', 'NamespacesResourceWithRawResponse'));
const OWNERS = wrapperClass(
  'namespaces',
  `    def namespace(self, namespace: str) -> NamespaceWithRawResponse:
        """Create a namespace resource."""
        return NamespaceWithRawResponse(self._client.with_options(default_namespace=namespace))
`,
);
const SDKGEN = wrapperClass(
  'namespaces_resource',
  property('namespaces_resource', 'NamespacesResourceWithRawResponse'),
);

describe('migrate: a resource attribute sdkgen names `<name>_resource`', () => {
  it('takes the owners’ replacement of Stainless’s property in place of sdkgen’s', () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    const raw = carried.text.slice(0, carried.text.indexOf('class TurbopufferWithStreamedResponse'));
    expect(raw).toContain('    def namespace(self, namespace: str) -> NamespaceWithRawResponse:\n');
    expect(raw).not.toContain('namespaces_resource');
    // The streaming wrapper the owners left as it was keeps sdkgen's property, under sdkgen's name.
    const streamed = carried.text.slice(carried.text.indexOf('class TurbopufferWithStreamedResponse'));
    expect(streamed).toContain(
      '    def namespaces_resource(self) -> namespaces.NamespacesResourceWithStreamingResponse:\n',
    );
    expect(streamed).toContain('(self._client.namespaces_resource)\n');
  });
});
