/**
 * `x-stainless-method` on an operation of the spec: the resource and the method it is, as a config's `resources`
 * entry would say, in a dotted string (`accounts.members.list`; `$client.me` for a method of the client itself) or a
 * mapping with that `path` and the method's settings (those a config's method takes: `deprecated`, `paginated`, …).
 * With a Stainless config, each operation the config does not place is placed so (the config's own entry wins); without
 * one, it is where the operation goes, after an sdkgen config's `methods:`.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import type { Operation } from '../normalize/operations';
import { readMethod } from './config-resources';
import { isMapping, readerReporting } from './config-reader';
import type { StainlessConfig, StainlessMethod, StainlessResource } from './config-types';

const EXTENSION = 'x-stainless-method';
/** A resource or method key as a config writes it (`vector_stores`, `listFiles`). */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export interface SpecMethod {
  op: Operation;
  /** The resource keys as written, outermost first; empty for a method of the client (`$client.me`). */
  resourcePath: string[];
  method: string;
  /** The mapping form's settings (all but `path`), or null. */
  settings: Record<string, unknown> | null;
}

/** Each operation's `x-stainless-method` that can be read; one that cannot warns at its pointer. */
export function specMethods(operations: readonly Operation[], diags: Diagnostics): SpecMethod[] {
  const out: SpecMethod[] = [];
  for (const op of operations) {
    const value = op.raw[EXTENSION];
    if (value === undefined) continue;
    const pointer = pointerJoin(op.loc.pointer, EXTENSION);
    const invalid = (message: string) =>
      diags.warn(
        'invalid-stainless-method',
        op.loc.doc.file,
        pointer,
        `${EXTENSION}: ${message}; the operation is placed as if it had none`,
        'write the resource path and method name, dotted: accounts.members.list (or $client.me)',
      );
    const path = typeof value === 'string' ? value : isMapping(value) ? value.path : undefined;
    if (typeof path !== 'string') {
      invalid('must be a dotted string or a mapping with a `path`');
      continue;
    }
    const segments = path.split('.');
    const client = segments[0] === '$client';
    const keys = client ? segments.slice(1) : segments;
    if (keys.length < (client ? 1 : 2) || !keys.every((key) => KEY.test(key))) {
      invalid(`${JSON.stringify(path)} is not a resource path and a method name`);
      continue;
    }
    const { path: _path, ...settings } = isMapping(value) ? value : {};
    out.push({
      op,
      resourcePath: keys.slice(0, -1),
      method: keys[keys.length - 1],
      settings: isMapping(value) ? settings : null,
    });
  }
  return out;
}

/**
 * `config` with a method for each of `methods` whose endpoint the config names nowhere, under its resources (made
 * where the config has none), read as the config's methods are: its settings report at the extension's pointer.
 */
export function withSpecMethods(
  config: StainlessConfig,
  methods: readonly SpecMethod[],
  diags: Diagnostics,
): StainlessConfig {
  const named = new Set<string>();
  const collect = (resource: StainlessResource) => {
    for (const m of resource.methods) if (m.endpoint) named.add(`${m.endpoint.verb} ${m.endpoint.path}`);
    resource.subresources.forEach(collect);
  };
  config.resources.forEach(collect);
  let resources = config.resources;
  for (const spec of methods) {
    const endpoint = `${spec.op.http} ${spec.op.path}`;
    if (named.has(endpoint)) continue;
    const pointer = pointerJoin(spec.op.loc.pointer, EXTENSION);
    const base = `${EXTENSION} (${endpoint})`;
    // `x-stainless-method (get /a).streaming.params_type_name` → …/x-stainless-method/streaming/params_type_name
    const at = (where: string) =>
      pointerJoin(pointer, ...(where.startsWith(`${base}.`) ? where.slice(base.length + 1).split('.') : []));
    const reader = readerReporting(
      (where, message) =>
        diags.warn('stainless-config-ignored', spec.op.loc.doc.file, at(where), `${where}: ${message}`),
      (where, message) =>
        diags.warn('stainless-config-invalid', spec.op.loc.doc.file, at(where), `${where}: ${message}; ignored`),
    );
    const method = readMethod(reader, spec.method, spec.settings ? { ...spec.settings, endpoint } : endpoint, base);
    if (method === null) continue;
    named.add(endpoint);
    resources = withMethod(resources, spec.resourcePath.length === 0 ? ['$client'] : spec.resourcePath, method);
  }
  return resources === config.resources ? config : { ...config, resources };
}

/** `resources` with `method` added under the resource at `path` (made, with its parents, where there is none). */
function withMethod(resources: StainlessResource[], path: string[], method: StainlessMethod): StainlessResource[] {
  const [key, ...rest] = path;
  const found = resources.find((r) => r.key === key);
  const resource: StainlessResource = found ?? {
    key,
    where: method.where,
    methods: [],
    models: [],
    subresources: [],
    standaloneApi: false,
  };
  const updated: StainlessResource =
    rest.length === 0
      ? { ...resource, methods: [...resource.methods, method] }
      : { ...resource, subresources: withMethod(resource.subresources, rest, method) };
  return found ? resources.map((r) => (r === found ? updated : r)) : [...resources, updated];
}
