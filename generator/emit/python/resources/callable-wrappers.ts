/**
 * The raw and streamed wrappers of a top-level resource that is a method of the client too (PyResource.call, IR
 * Resource.callable: turbopuffer's `namespaces`). Stainless's clients bound both under the wrappers' one name, the
 * resource's wrapper (`client.with_raw_response.namespaces.delete_all(…)`) and the method's
 * (`client.with_raw_response.namespaces()`, its tests), one hiding the other when run. sdkgen's wrapper classes of
 * such a resource are both: their `__call__` is the resource's `__call__` wrapped as the methods are, so the client's
 * wrappers hold the resource's wrapper as for any resource, and `client.namespaces.with_raw_response()` runs too.
 *
 * The `__call__` is a class attribute (Python calls an instance through its class's `__call__`), a descriptor the
 * module declares (`_WrappedCall`): given the wrapped unbound method (`to_raw_response_wrapper(NamespacesResource.
 * __call__)`), it binds it to the wrapper's resource, so pyright and mypy read the method's own params and the
 * wrapped return (`APIResponse[…]`) through it.
 */
import { pyString } from '../docs/print-doc';
import type { PyModuleBuilder } from '../types/print-types';
import type { PyResource } from '../types/model';
import { callExpr, flatExpr, type Bracketed, type ResourceLayout } from './print-resource-layout';

/** The descriptor's name in the resource's module. */
export const WRAPPED_CALL = '_WrappedCall';

/** The descriptor's declaration (with its type variables), for a module with a callable resource. */
export function wrappedCallDeclaration(out: PyModuleBuilder): string {
  for (const name of ['Any', 'Callable', 'Generic', 'TypeVar', 'ParamSpec', 'Concatenate']) out.use(name);
  for (const name of [WRAPPED_CALL, '_P', '_R']) out.reserve(name);
  return [
    '_P = ParamSpec("_P")',
    '_R = TypeVar("_R")',
    '',
    '',
    `class ${WRAPPED_CALL}(Generic[_P, _R]):`,
    '    """',
    "    A wrapper class's `__call__`: its resource's `__call__` (the client's method of the resource's name), wrapped",
    '    as the methods are.',
    '    """',
    '',
    '    def __init__(self, resource: str, wrapped: Callable[Concatenate[Any, _P], _R]) -> None:',
    '        self._resource = resource',
    '        self._wrapped = wrapped',
    '',
    '    def __get__(self, wrapper: object, owner: object = None) -> Callable[_P, _R]:',
    '        resource = getattr(wrapper, self._resource)',
    '',
    '        def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:',
    '            return self._wrapped(resource, *args, **kwargs)',
    '',
    '        return call',
  ].join('\n');
}

/**
 * The wrapper class's `__call__` (a blank line before it): `wrapper` wraps the unbound method, as the other lines wrap
 * a bound one (`to_raw_response_wrapper`, or a binary response's `to_custom_…` with its class); `field` is the
 * attribute the wrapper holds its resource in (`_namespaces`).
 */
export function wrappedCallLines(
  resource: PyResource,
  resourceClass: string,
  field: string,
  wrapper: (method: string) => Bracketed,
  layout: ResourceLayout,
): string[] {
  if (!resource.call) return [];
  const wrapped = wrapper(`${resourceClass}.__call__`);
  if (resource.call.ir.docs.deprecated !== undefined) {
    // The reference of a deprecated method is what pyright's reportDeprecated flags: one element a line, the pragma on
    // the reference, as Stainless writes a deprecated method's wrapper (print-resource.ts); Ruff keeps it so.
    const [first, ...rest] = wrapped.items.map(flatExpr);
    return [
      '',
      ...layout.lines(
        `    __call__ = ${WRAPPED_CALL}(`,
        `        ${pyString(field)},`,
        `        ${wrapped.open}`,
        `            ${first},  # pyright: ignore[reportDeprecated]`,
        ...rest.map((item) => `            ${item},`),
        '        ),',
        '    )',
      ),
    ];
  }
  const value = callExpr(WRAPPED_CALL, [pyString(field), wrapped]);
  return ['', ...layout.statement('    ', '__call__ = ', value)];
}
