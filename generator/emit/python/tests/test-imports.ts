/**
 * How a test module's `from <pkg>.types… import …` statements are laid out, as Stainless's come out.
 *
 * Stainless's generator imports into a resource's test module every name its resource module imports from the
 * `types` package (response models, param types, the `<x>_params` modules), each from its package's `__init__`, and
 * lets Ruff drop the unused ones. Ruff's isort wraps a statement longer than the line length one name a line first,
 * and the trailing comma then keeps it so when names are dropped: the statement stays one name a line when the
 * statement of all those names is longer than 120 columns (knock-mgmt's `from knock_mapi.types import (\n    Branch,\n)`:
 * its resource also imports four `branch_*_params`), else it is one line. A statement of any other module is Ruff's
 * alone: one line up to 120 columns.
 */
import type { PyMethod, PyNamedType } from '../types/model';

const LINE_LENGTH = 120;

/**
 * The names a resource module (`resources/objects/objects`, its printed `text`) imports from the `types` package, by
 * the package's dotted path under the SDK's package (`types`, `types.recipients`): a class from its module
 * (`from ...types.recipients.channel_data import ChannelData`) counts for the module's package, a module
 * (`from ...types import object_set_params`) for the package it is imported from.
 */
export function typesImportsOf(resourceModule: string, text: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const folder = resourceModule.split('/').slice(0, -1);
  for (const match of text.matchAll(/^from (\.+)([\w.]*) import (\([^)]*\)|.*)$/gm)) {
    const [, dots, rest, body] = match;
    const path = [...folder.slice(0, folder.length - (dots.length - 1)), ...rest.split('.').filter(Boolean)];
    if (path[0] !== 'types') continue;
    const names = body
      .replace(/[()]/g, '')
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0])
      .filter(Boolean);
    // Module names (lower case) are imported from their package; a class from its own module.
    const modulesOnly = names.every((name) => /^[a-z_][a-z0-9_]*$/.test(name));
    const pkg = (modulesOnly ? path : path.slice(0, -1)).join('.');
    imports.set(pkg, [...(imports.get(pkg) ?? []), ...names]);
  }
  return imports;
}

/**
 * `from <from> import <names>` of a test module, one line or one name a line (see above); `alsoImported`: the names
 * Stainless's generator imported there beside them, which Ruff dropped. `isortWidth`: in the era of isort's black
 * profile (stainless/python-era.ts isortImportWidth), one line up to 88 columns, whatever was dropped (hetzner-python's
 * of 2023-09-01: every one-line statement of its tests within 88 columns, every wrapped one past them).
 */
export function testImportStatement(
  from: string,
  names: string[],
  alsoImported: readonly string[] = [],
  isortWidth: number | null = null,
): string {
  const all = [...new Set([...names, ...alsoImported])];
  const line = `from ${from} import ${names.join(', ')}`;
  const written = `from ${from} import ${all.join(', ')}`;
  const oneLine =
    isortWidth === null ? written.length <= LINE_LENGTH && line.length <= LINE_LENGTH : line.length <= isortWidth;
  return oneLine ? line : `from ${from} import (\n${names.map((n) => `    ${n},\n`).join('')})`;
}

/**
 * The names Stainless's generator also imported into a test module's `from <pkg>.<inPackage> import …`, which Ruff
 * dropped: those its resource module imports from that package (`resourceImports`, typesImportsOf's); the named
 * response types of its methods that alias a primitive, whose tests assert the primitive (`primitiveResponses`, by
 * package: knock's `AudienceAddMembersResponse`, a `str`); and, into `types`, the shared models the test imports from
 * `types.shared` (`sharedImports`: `types` re-exports them, and Ruff keeps the later import: imagekit's
 * `SavedExtension`).
 */
export function alsoImportedNames(
  inPackage: string,
  resourceImports: ReadonlyMap<string, string[]>,
  primitiveResponses: ReadonlyMap<string, string[]>,
  sharedImports: Iterable<string>,
): string[] {
  return [
    ...(resourceImports.get(inPackage) ?? []),
    ...(primitiveResponses.get(inPackage) ?? []),
    ...(inPackage === 'types' ? sharedImports : []),
  ];
}

/**
 * The named response types of `methods` that the methods return as a primitive (no model to import: `str`), by the
 * dotted package (`types`, `types.users`) whose module declares them.
 */
export function primitiveResponseNames(methods: PyMethod[], types: PyNamedType[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const method of methods) {
    if (method.returnsType !== null || method.ir.response.kind !== 'json') continue;
    // (The IR names a method's inline response after the method, its id the operation's place with `#response`.)
    const id = `${method.ir.source.file}${method.ir.source.pointer}#response`;
    const declared = types.find((type) => type.schema.id === id && !type.paramForm);
    if (declared === undefined) continue;
    const pkg = declared.module.split('/').slice(0, -1).join('.');
    names.set(pkg, [...(names.get(pkg) ?? []), declared.name]);
  }
  return names;
}
