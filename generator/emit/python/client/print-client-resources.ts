/**
 * The client's resource properties and its raw / streaming wrapper classes, in the form of Stainless's current
 * Python SDKs: each resource imported lazily in the body of a `cached_property` (importing the client loads no
 * resource module), from the package that re-exports it.
 */
import { pytestOptOut } from '../../../naming/python';
import type { PyPackage, PyResource } from '../types/model';
import type { ClientMethods } from './print-client-methods';
import { ResourceLayout } from '../resources/print-resource-layout';
import { layoutDef, layoutExpr, layoutFromImport } from '../py-layout';
import { resourceDoc } from '../resources/resource-docs';
import { hasResponseWrappers, type WrapperKind } from '../resources/methodless';
import type { StainlessPythonForms } from '../../../stainless/python-era';

/** Where a property imports its resource's class from: the package re-exporting it ("resources.prompts"), else its module. */
export function resourceImportPath(resource: PyResource): string {
  const parts = resource.module.split('/');
  const nested = parts.length >= 2 && parts[parts.length - 1] === parts[parts.length - 2];
  return (nested ? parts.slice(0, -1) : parts).join('.');
}

/** The name `from .resources import …` binds for a resource: its module or package under `resources/`. */
function resourceModuleName(resource: PyResource): string | null {
  const parts = resource.module.split('/');
  return parts.length >= 2 && parts[0] === 'resources' ? parts[1] : null;
}

/** Builtins the client module uses: a resource module bound under one of these names would shadow it. */
const CLIENT_BUILTINS = ['dict', 'str', 'int', 'float', 'bool', 'object', 'isinstance', 'super', 'ValueError', 'type'];

/**
 * Whether the wrappers' properties can be annotated through the resources' modules (`ref.RefResourceWithRawResponse`,
 * as Stainless's): only when each module's name is free in `_client.py` (`taken`: the names its imports and classes
 * bind) and the names are distinct.
 */
export function annotatesByModule(pkg: PyPackage, taken: Set<string>): boolean {
  const names = pkg.resources.map(resourceModuleName);
  const blocked = new Set([...taken, ...CLIENT_BUILTINS]);
  return names.every((name) => name !== null && !blocked.has(name)) && new Set(names).size === names.length;
}

/**
 * Whether the client's raw and streamed wrappers hold the resource's: not a resource of webhook unwraps alone (which
 * has none). One that is a method of the client too (PyResource.call) is held as the others: its wrapper is that
 * method's too (`client.with_raw_response.namespaces(…)`, as in Stainless's tests: resources/callable-wrappers.ts).
 */
function wrappedOnClient(resource: PyResource): boolean {
  return hasResponseWrappers(resource);
}

/**
 * The `if TYPE_CHECKING:` imports the annotations need, each made by `fromImport`: by module, the resources' modules
 * and their two classes; else every class the client and its wrappers name.
 */
export function typeCheckingImports(
  pkg: PyPackage,
  byModule: boolean,
  fromImport: (module: string, names: string[]) => string,
): string[] {
  // (The modules name the wrappers' classes: a resource of webhook unwraps alone, which has none, is left out. No
  // module, no `from .resources import`: an empty import list is not Python.)
  const wrapped = pkg.resources.filter(wrappedOnClient);
  const lines =
    byModule && wrapped.length > 0
      ? [
          fromImport(
            '.resources',
            wrapped.map((r) => resourceModuleName(r) ?? ''),
          ),
        ]
      : [];
  for (const resource of pkg.resources) {
    const classes = [resource.className, resource.asyncClassName];
    const wrappers = classes.flatMap((c) =>
      wrappedOnClient(resource) ? [`${c}WithRawResponse`, `${c}WithStreamingResponse`] : [],
    );
    lines.push(fromImport(`.${resource.module.replace(/\//g, '.')}`, byModule ? classes : [...classes, ...wrappers]));
  }
  return lines;
}

/** The forms the client's resource properties depend on. */
type ResourceForms = Pick<StainlessPythonForms, 'resourceDocstrings'>;

/**
 * A `cached_property` named after the resource, returning `cls` built from `arg`, with the resource's docstring where
 * the era of `forms` has one.
 */
function lazyProperty(
  resource: PyResource,
  cls: string,
  arg: string,
  docs: ResourceLayout,
  forms: ResourceForms,
  byModule = false,
): string[] {
  const returns = byModule ? `${resourceModuleName(resource)}.${cls}` : cls;
  const from = `.${resourceImportPath(resource)}`;
  // Laid out as Ruff lays them out where they do not fit (else as written: a line too long leaves the module to Ruff).
  return [
    '    @cached_property',
    layoutDef('    ', `def ${resource.attribute}`, ['self'], returns) ??
      `    def ${resource.attribute}(self) -> ${returns}:`,
    ...resourceDoc(resource, '        ', docs, forms),
    layoutFromImport('        ', from, [cls]) ?? `        from ${from} import ${cls}`,
    '',
    layoutExpr('        ', 'return ', `${cls}(${arg})`) ?? `        return ${cls}(${arg})`,
    '',
  ];
}

/** The client class's resource properties. */
export function clientResourceProperties(
  pkg: PyPackage,
  isAsync: boolean,
  docs: ResourceLayout,
  forms: ResourceForms,
): string[] {
  return pkg.resources.flatMap((resource) =>
    lazyProperty(resource, isAsync ? resource.asyncClassName : resource.className, 'self', docs, forms),
  );
}

/** The four wrapper classes in Stainless's order: sync and async raw, then sync and async streamed. */
export function clientWrappers(
  pkg: PyPackage,
  methods: ClientMethods | null,
  docs: ResourceLayout,
  forms: ResourceForms,
  byModule: boolean,
): string[][] {
  return [false, true].flatMap((streaming) =>
    [false, true].map((isAsync) => clientWrapper(pkg, isAsync, streaming, methods, docs, forms, byModule)),
  );
}

function clientWrapper(
  pkg: PyPackage,
  isAsync: boolean,
  streaming: boolean,
  methods: ClientMethods | null,
  docs: ResourceLayout,
  forms: ResourceForms,
  byModule: boolean,
): string[] {
  const client = isAsync ? pkg.asyncClientName : pkg.clientName;
  const name = `${client}${streaming ? 'WithStreamedResponse' : 'WithRawResponse'}`;
  const suffix = streaming ? 'WithStreamingResponse' : 'WithRawResponse';
  const lines = [
    `class ${name}:`,
    ...pytestOptOut(name),
    `    _client: ${client}`,
    '',
    `    def __init__(self, client: ${client}) -> None:`,
    '        self._client = client',
    '',
  ];
  const bindings = methods?.wrapperBindings(isAsync, streaming) ?? [];
  if (bindings.length) lines.push(...bindings, '');
  const wrapped = pkg.resources.filter(wrappedOnClient);
  for (const resource of wrapped) {
    const cls = `${isAsync ? resource.asyncClassName : resource.className}${suffix}`;
    lines.push(...lazyProperty(resource, cls, `self._client.${resource.attribute}`, docs, forms, byModule));
  }
  if (wrapped.length === 0) lines.push('    pass');
  return lines;
}

/*
 * The older form (stainless/python-era.ts, before LAZY_RESOURCES_SINCE): every resource built in the client's
 * constructor, from the modules `_client.py` imports, and the wrappers built in theirs.
 */

/**
 * How the eager form names a resource's classes: through its module (`users.UsersResource`, true), through the
 * `resources` package (`resources.UsersResource`, 'package': Stainless's clients before
 * RESOURCE_MODULE_IMPORTS_SINCE, whose `_client.py` imports the package alone), or by the class's own name (false).
 */
export type EagerNaming = boolean | 'package';

/**
 * The import statements the eager form needs: by module (`from .resources import users`, a package's own module
 * `from .resources.users import users`), else the classes themselves; through the package, none of its own (the
 * client imports `resources` beside `_exceptions`).
 */
export function eagerResourceImports(pkg: PyPackage, byModule: EagerNaming, forms: WrapperForms): string[] {
  if (byModule === 'package') return [];
  return pkg.resources.map((resource) => {
    const parts = resource.module.split('/');
    if (byModule) return `from .${parts.slice(0, -1).join('.')} import ${parts[parts.length - 1]}`;
    const classes = [resource.className, resource.asyncClassName];
    const kinds = wrappedOnClient(resource) ? clientWrapperKinds(forms).map(([, suffix]) => suffix) : [];
    const wrappers = classes.flatMap((c) => kinds.map((suffix) => `${c}${suffix}`));
    return `from .${parts.join('.')} import ${[...classes, ...wrappers].join(', ')}`;
  });
}

/** The forms of the eager client's wrappers: raw and streaming, raw alone in SDKs of late 2023, none before. */
export type WrapperForms = Pick<StainlessPythonForms, 'rawResponseWrappers' | 'streamingResponseWrappers'>;

/** The client's wrapper classes of an era: `[streaming, its resources' suffix, its class's suffix]`. */
function clientWrapperKinds(forms: WrapperForms): Array<[boolean, WrapperKind, string]> {
  return [
    ...(forms.rawResponseWrappers
      ? [[false, 'WithRawResponse', 'WithRawResponse'] as [boolean, WrapperKind, string]]
      : []),
    ...(forms.streamingResponseWrappers
      ? [[true, 'WithStreamingResponse', 'WithStreamedResponse'] as [boolean, WrapperKind, string]]
      : []),
  ];
}

/** `users.UsersResource` by module, `resources.UsersResource` through the package, else `UsersResource`. */
function eagerClass(resource: PyResource, cls: string, byModule: EagerNaming): string {
  if (byModule === 'package') return `resources.${cls}`;
  return byModule ? `${resource.module.split('/').pop()}.${cls}` : cls;
}

/** The client class's annotations of its resources and wrappers, before its options. */
export function eagerResourceAnnotations(
  pkg: PyPackage,
  isAsync: boolean,
  byModule: EagerNaming,
  forms: WrapperForms,
): string[] {
  const client = isAsync ? pkg.asyncClientName : pkg.clientName;
  return [
    ...pkg.resources.map(
      (r) => `    ${r.attribute}: ${eagerClass(r, isAsync ? r.asyncClassName : r.className, byModule)}`,
    ),
    ...clientWrapperKinds(forms).map(([streaming, , cls]) => `    ${wrapperAttribute(streaming)}: ${client}${cls}`),
    '',
  ];
}

/** The constructor's last statements: each resource, then the wrappers. */
export function eagerResourceAssignments(
  pkg: PyPackage,
  isAsync: boolean,
  byModule: EagerNaming,
  forms: WrapperForms,
): string[] {
  const client = isAsync ? pkg.asyncClientName : pkg.clientName;
  return [
    ...pkg.resources.map(
      (r) => `        self.${r.attribute} = ${eagerClass(r, isAsync ? r.asyncClassName : r.className, byModule)}(self)`,
    ),
    ...clientWrapperKinds(forms).map(
      ([streaming, , cls]) => `        self.${wrapperAttribute(streaming)} = ${client}${cls}(self)`,
    ),
    '',
  ];
}

/** `with_raw_response`, or `with_streaming_response`. */
function wrapperAttribute(streaming: boolean): string {
  return streaming ? 'with_streaming_response' : 'with_raw_response';
}

/** The wrapper classes of the eager form (the era's: four, two or none), in the order of the lazy ones. */
export function eagerClientWrappers(
  pkg: PyPackage,
  methods: ClientMethods | null,
  byModule: EagerNaming,
  forms: WrapperForms,
): string[][] {
  return clientWrapperKinds(forms).flatMap(([streaming, suffix, own]) =>
    [false, true].map((isAsync) => {
      const client = isAsync ? pkg.asyncClientName : pkg.clientName;
      const name = `${client}${own}`;
      const body = [
        ...pkg.resources.filter(wrappedOnClient).map((r) => {
          const cls = eagerClass(r, `${isAsync ? r.asyncClassName : r.className}${suffix}`, byModule);
          return `        self.${r.attribute} = ${cls}(client.${r.attribute})`;
        }),
        ...(methods?.wrapperBindings(isAsync, streaming) ?? []),
      ];
      return [
        `class ${name}:`,
        ...pytestOptOut(name),
        `    def __init__(self, client: ${client}) -> None:`,
        ...(body.length ? body : ['        pass']),
      ];
    }),
  );
}
