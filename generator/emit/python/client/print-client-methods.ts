/**
 * The client's own methods (a Stainless config's `$client`): Stainless writes them in `_client.py`, on the client
 * class after `with_options`, and binds them in the client's raw / streaming wrappers, so that `client.read(...)`
 * and `client.with_raw_response.read(...)` work as a resource's methods do.
 */
import type { PythonBuild } from '../types/build-model';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { importRequestNames, printMethod } from '../resources/print-resource';
import { ResourceLayout } from '../resources/print-resource-layout';
import { PyModuleBuilder } from '../types/print-types';

export interface ClientMethods {
  /** The methods of the sync or async client class, indented for its body. */
  classBody(isAsync: boolean): string[];
  /** The wrapper's `__init__` statements binding each method (`self.read = to_raw_response_wrapper(client.read)`). */
  wrapperBindings(isAsync: boolean, streaming: boolean): string[];
  /** The `from … import …` lines the methods and bindings need, beyond the client module's own. */
  imports: string[];
}

/** Null when the client has no methods of its own. */
export function clientMethods(
  build: PythonBuild,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): ClientMethods | null {
  const resource = build.pkg.topLevel;
  if (!resource || resource.methods.length === 0) return null;
  const out = new PyModuleBuilder(resource.module, build.index);
  // Flat statements: a module with them is Ruff's to lay out.
  const layout = new ResourceLayout(false);
  // A method a top-level resource of its name is too (PyResource.call) is written in that resource's class, as its
  // `__call__`: the client's attribute is the resource, and `client.namespaces(…)` runs it.
  const called = new Set(build.pkg.resources.flatMap((r) => (r.call ? [r.attribute] : [])));
  const own = resource.methods.filter((method) => !called.has(method.name));
  const bodies = [false, true].map((isAsync) =>
    own.flatMap((method) => printMethod(method, isAsync, out, build, '    ', layout, forms)).map(onClient),
  );
  const bindings = new Map<string, string[]>();
  for (const isAsync of [false, true])
    for (const streaming of [false, true]) {
      // (An era without the wrapper binds nothing: no `_response` import left unused.)
      if (!(streaming ? forms.streamingResponseWrappers : forms.rawResponseWrappers)) continue;
      // (A called one's wrapper is its resource's, which the wrappers hold: resources/callable-wrappers.ts.)
      const lines = own.map((method) => {
        const binary = method.castTo === 'BinaryAPIResponse';
        const kind = streaming ? 'streamed' : 'raw';
        const fn = `${isAsync ? 'async_' : ''}to_${binary ? 'custom_' : ''}${kind}_response_wrapper`;
        out.importFrom('_response', fn);
        const args = [`client.${method.name}`];
        if (binary) args.push(out.importFrom('_response', binaryResponseClass(isAsync, streaming)));
        return `        self.${method.name} = ${fn}(${args.join(', ')})`;
      });
      bindings.set(`${isAsync}/${streaming}`, lines);
    }
  importRequestNames({ ...resource, methods: own }, out, forms);
  const imports = out
    .render()
    .split('\n')
    .filter((line) => line !== 'from __future__ import annotations');
  return {
    classBody: (isAsync) => bodies[isAsync ? 1 : 0],
    wrapperBindings: (isAsync, streaming) => bindings.get(`${isAsync}/${streaming}`) ?? [],
    imports,
  };
}

/**
 * `extra` import statements less what `existing` (the client module's own lines) already imports: strict pyright
 * flags a module or name imported twice. Each statement is written on one line (Ruff lays the module out).
 */
export function importsBeyond(existing: string[], extra: string[]): string[] {
  const parse = (text: string) => {
    const statements: Array<{ from: string | null; names: string[] }> = [];
    const joined = text.replace(/\(\s*([^)]*?),?\s*\)/g, (_, names: string) => names.replace(/\s+/g, ' '));
    for (const line of joined.split('\n')) {
      const from = /^from (\S+) import (.+)$/.exec(line);
      if (from) statements.push({ from: from[1], names: from[2].split(',').map((n) => n.trim()) });
      else if (/^import \S+$/.test(line)) statements.push({ from: null, names: [line.slice('import '.length)] });
    }
    return statements;
  };
  const taken = new Set(parse(existing.join('\n')).flatMap((s) => s.names.map((n) => `${s.from}\0${n}`)));
  return parse(extra.join('\n')).flatMap(({ from, names }) => {
    const kept = names.filter((n) => !taken.has(`${from}\0${n}`));
    if (!kept.length) return [];
    return [from === null ? `import ${kept[0]}` : `from ${from} import ${kept.join(', ')}`];
  });
}

function binaryResponseClass(isAsync: boolean, streaming: boolean): string {
  return `${isAsync ? 'Async' : ''}${streaming ? 'Streamed' : ''}BinaryAPIResponse`;
}

/**
 * A resource method's line as the client's: the client is `self` (a resource reaches it as `self._client`) and
 * sends with its public `get` / `post` / … (a resource's `_get` / `_post` are bound to them).
 */
function onClient(line: string): string {
  return line
    .replace(/\bself\._client\./g, 'self.')
    .replace(/\bself\._(get_api_list|get|post|put|patch|delete)\(/g, 'self.$1(');
}
