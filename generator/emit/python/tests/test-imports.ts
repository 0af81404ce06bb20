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
 * Stainless's generator imported there beside them, which Ruff dropped.
 */
export function testImportStatement(from: string, names: string[], alsoImported: readonly string[] = []): string {
  const all = [...new Set([...names, ...alsoImported])];
  const line = `from ${from} import ${names.join(', ')}`;
  const written = `from ${from} import ${all.join(', ')}`;
  return written.length <= LINE_LENGTH && line.length <= LINE_LENGTH
    ? line
    : `from ${from} import (\n${names.map((n) => `    ${n},\n`).join('')})`;
}
