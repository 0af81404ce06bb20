/**
 * Regenerating over the owners' edits (write/merge-slide.ts): sdkgen's new resource property is inserted before a
 * member that begins the same way (`@cached_property`), and the diff reads the insertion from one line into that
 * member, which the owners replaced (turbopuffer-python's `namespace(ns)` method in place of the wrappers'
 * `namespaces_resource`). Read one line up, the insertion is next to their change, not inside it: no conflict.
 */
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../generator/write/merge';

const member = (name: string) => `    @cached_property
    def ${name}(self) -> ${name}.Resource:
        from .resources.${name} import Resource

        return Resource(self._client.${name})
`;

const wrapper = (members: string) => `class ClientWithRawResponse:
    _client: Client

    def __init__(self, client: Client) -> None:
        self._client = client

        self.namespaces = to_raw_response_wrapper(client.namespaces)

${members}

class AsyncClientWithRawResponse:
    _client: AsyncClient
`;

const OWNERS_METHOD = `    def namespace(self, namespace: str) -> NamespaceWithRawResponse:
        """Create a namespace resource."""
        return NamespaceWithRawResponse(self._client.with_options(default_namespace=namespace))
`;

describe('regenerating: an insertion the diff reads inside the owners’ change', () => {
  it('is read next to it, and both are kept', () => {
    const base = wrapper(member('namespaces_resource'));
    const ours = wrapper(OWNERS_METHOD);
    const theirs = wrapper(`${member('probe')}\n${member('namespaces_resource')}`);
    const merged = mergeThreeWay(base, ours, theirs, { code: true });
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(wrapper(`${member('probe')}\n${OWNERS_METHOD}`));
  });

  it('still conflicts where no reading of it falls outside their change', () => {
    const base = wrapper(member('namespaces_resource'));
    const ours = wrapper(OWNERS_METHOD);
    // sdkgen changes the member the owners replaced: a conflict, as before.
    const theirs = wrapper(member('namespaces_resource').replace('Resource(self._client', 'Resource2(self._client'));
    expect(mergeThreeWay(base, ours, theirs, { code: true }).conflicts).toBe(1);
  });
});
