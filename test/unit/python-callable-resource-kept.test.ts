/**
 * A top-level resource named as a method of the client's own, in Python (IR Resource.callable). Stainless's lazy
 * client declared the resource's property and the method `namespaces(…)`; turbopuffer-python's owners deleted the
 * property and kept the method. sdkgen's client has one property that is both (the resource, its class's `__call__`
 * the method; the wrappers bind `client.namespaces`): their deletion carried onto it would take the method with it,
 * so sdkgen's declaration stays where it was (callable-resources.ts), beside the owners' own additions.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';
import {
  keptCallableResources,
  withCallableResourcesKept,
} from '../../generator/migrate/python/reapply/callable-resources';

const property = (cls: string) => `    @cached_property
    def namespaces(self) -> ${cls}:
        from .resources.namespaces import ${cls}

        return ${cls}(self)
`;

const method = `    def namespaces(
        self,
        *,
        prefix: str | Omit = omit,
    ) -> NamespaceList:
        """List namespaces."""
        return self.get("/v1/namespaces", options=make_request_options(query={"prefix": prefix}), cast_to=NamespaceList)
`;

// The sync and the async client: the same lines but for their names.
const clientClass = (name: string, members: string, withMethod: boolean) => `class ${name}(SyncAPIClient):
    def __init__(self, *, api_key: str) -> None:
        self.api_key = api_key

    @property
    def qs(self) -> Querystring:
        return Querystring(array_format="comma")

${members}
    @cached_property
    def with_raw_response(self) -> PufferWithRawResponse:
        return PufferWithRawResponse(self)

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}
${withMethod ? `\n${method}` : ''}
`;

const client = (
  members: (cls: string) => string,
  withMethod: boolean,
) => `${clientClass('Puffer', members('NamespacesResource'), withMethod)}
${clientClass('AsyncPuffer', members('AsyncNamespacesResource'), withMethod)}
class PufferWithRawResponse:
    _client: Puffer

    def __init__(self, client: Puffer) -> None:
        self._client = client

        self.namespaces = to_raw_response_wrapper(client.namespaces)
`;

const theirs = `    def namespace(self, namespace: str) -> Namespace:
        """Create a namespace resource."""
        return Namespace(self.with_options(default_namespace=namespace))
`;

describe("the owners' deletion of Stainless's property for a callable resource", () => {
  const stainless = client(property, true);
  const owners = client(() => theirs, true);
  const sdkgens = client(property, false);

  it("keeps sdkgen's property, which is the method they kept, beside their own method", () => {
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}));
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(client((cls) => `${theirs}\n${property(cls)}`, false));
  });

  it('puts it before the next member the owners left, where they took out the one after it too', () => {
    const lazyWrapper = /\n {4}@cached_property\n {4}def with_raw_response[^]*?return PufferWithRawResponse\(self\)\n/g;
    const eager = owners.replace(lazyWrapper, '');
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, eager, sdkgens, {}));
    expect(carried.text).toBe(client((cls) => `${theirs}\n${property(cls)}`, false).replace(lazyWrapper, ''));
  });

  it("says in the report that sdkgen's property stays beside their own method, where it stayed", () => {
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}));
    const notes = keptCallableResources(sdkgens, owners, carried.text);
    expect(notes).toHaveLength(1);
    expect(notes[0].does).toContain("sdkgen's `client.namespaces` is both");
    expect(notes[0].does).toMatch(/so it stays, beside your own `client\.namespace\(…\)`$/);
    expect(notes[0].test).toBe('test/python/client-method-resource-r30c.test.ts');
    // Nothing to say where they kept Stainless's property, or where it did not stay.
    expect(keptCallableResources(sdkgens, stainless, sdkgens)).toEqual([]);
    expect(keptCallableResources(sdkgens, owners, owners)).toEqual([]);
  });

  it('takes nothing back where the owners also took the method out of the wrappers', () => {
    const unbound = (text: string) => text.replace(/\n {8}self\.namespaces = .*\n/, '\n        pass\n');
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, unbound(owners), sdkgens, {}));
    expect(carried.text).not.toContain('def namespaces(self) ->');
  });
});

// Stainless's wrapper class: the resource's wrapper property beside the method's binding (`lazy`), or both bound in
// `__init__` (eager); sdkgen's holds the resource's wrapper alone, which is the method's too (its `__call__`).
const wrapperClass = (body: string) => `class PufferWithRawResponse:
    _client: Puffer

    def __init__(self, client: Puffer) -> None:
        self._client = client
${body}`;

const methodBinding = `
        self.namespaces = to_raw_response_wrapper(
            client.namespaces,
        )
`;

const wrapperProperty = `
    @cached_property
    def namespaces(self) -> namespaces.NamespacesResourceWithRawResponse:
        from .resources.namespaces import NamespacesResourceWithRawResponse

        return NamespacesResourceWithRawResponse(self._client.namespaces)
`;

const theirWrapper = `
    def namespace(self, namespace: str) -> NamespaceWithRawResponse:
        """Create a namespace resource."""
        return NamespaceWithRawResponse(self._client.with_options(default_namespace=namespace))
`;

describe("the owners' deletion of Stainless's wrapper property for a callable resource", () => {
  it("keeps sdkgen's, which is the method's wrapper they kept, beside their own wrapper method", () => {
    const stainless = wrapperClass(`${methodBinding}${wrapperProperty}`);
    const owners = wrapperClass(`${methodBinding}${theirWrapper}`);
    const sdkgens = wrapperClass(wrapperProperty);
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}), owners);
    expect(carried.rejected).toEqual([]);
    // (Where it was, after the constructor: a resource sdkgen adds before it later is then apart from their method.)
    expect(carried.text).toBe(wrapperClass(`${wrapperProperty}${theirWrapper}`));
  });

  it('keeps the eager form too', () => {
    const eagerBinding = '        self.namespaces = namespaces.NamespacesResourceWithRawResponse(client.namespaces)\n';
    const stainless = wrapperClass(`${eagerBinding}${methodBinding}`);
    const owners = wrapperClass(methodBinding);
    const sdkgens = wrapperClass(eagerBinding);
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}), owners);
    expect(carried.text).toBe(sdkgens);
  });

  it('takes nothing back where the owners took the method out of the wrappers too', () => {
    const stainless = wrapperClass(`${methodBinding}${wrapperProperty}`);
    const owners = wrapperClass(`\n        pass\n${theirWrapper}`);
    const sdkgens = wrapperClass(wrapperProperty);
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}), owners);
    expect(carried.text).not.toContain('def namespaces(self)');
  });
});

describe("the annotation-only imports a kept callable resource's declarations read", () => {
  const head = (typing: string, checking: boolean) =>
    `from __future__ import annotations

from typing import ${typing}

from ._compat import cached_property
${checking ? '\nif TYPE_CHECKING:\n    from .resources import namespaces\n' : ''}
__all__ = ["Puffer"]


`;

  it("puts sdkgen's `if TYPE_CHECKING:` imports back where the owners took them out with the property", () => {
    const stainless = `${head('TYPE_CHECKING, Any', true)}${wrapperClass(`${methodBinding}${wrapperProperty}`)}`;
    const owners = `${head('Any', false)}${wrapperClass(`${methodBinding}${theirWrapper}`)}`;
    const sdkgens = `${head('TYPE_CHECKING, Any', true)}${wrapperClass(wrapperProperty)}`;
    const carried = withCallableResourcesKept(sdkgens, reapplyPythonEdits(stainless, owners, sdkgens, {}), owners);
    expect(carried.text).toBe(
      `${head('TYPE_CHECKING, Any', true)}${wrapperClass(`${wrapperProperty}${theirWrapper}`)}`,
    );
  });
});
