/**
 * api.md of a Python package, in Stainless's layout: the shared types, then per resource a heading (deeper for each
 * subresource), the types it lists as a `from <pkg>.types… import …` block and one line per method linking the
 * method's module, its params TypedDict and its return type's module.
 */
import { compareStrings } from '../../../naming/case';
import { pyClassName, typeModuleName } from '../../../naming/python';
import { hasMethodsBelow } from '../resources/methodless';
import { packageDir } from '../package-root';
import { positionalRawBody } from '../resources/raw-body';
import {
  keywordOnlyPathParams,
  type PyMethod,
  type PyPackage,
  type PyResource,
  type PyTypeLocation,
} from '../types/model';

/**
 * A `from … import …` line of api.md longer than this is wrapped one name a line (as Stainless's formatter does); an
 * older era's width is its type forms' `apiMdImportWidth`.
 */
const IMPORT_WIDTH = 100;

export function planApiMd(pkg: PyPackage): string {
  return planApiMdFiles(pkg)[0].contents;
}

/**
 * api.md and, for each resource with Stainless's `standalone_api`, its own api.md in its package's folder, which the
 * root api.md only links. The link names the parent resource's folder, as Stainless's Python SDKs write it.
 */
export function planApiMdFiles(pkg: PyPackage): { path: string; contents: string }[] {
  const sections: string[] = [];
  const standalone: { path: string; contents: string }[] = [];
  const shared = pkg.types
    .filter((t) => t.shared && !t.paramForm)
    .map((t) => ({ name: t.name, module: t.module }))
    .sort((a, b) => compareStrings(a.name, b.name));
  const width = pkg.typeForms?.apiMdImportWidth ?? IMPORT_WIDTH;
  if (shared.length > 0) sections.push(['# Shared Types', ...importBlocks(pkg.importName, shared, width)].join('\n\n'));
  if (pkg.topLevel && pkg.topLevel.methods.length > 0)
    sections.push(resourceSection(pkg, pkg.topLevel, 1, pkg.clientName));
  const visit = (resource: PyResource, depth: number, into: string[], parentFolder: string): void => {
    if (listsNothing(resource)) return;
    if (resource.ir.standaloneApi && into === sections) {
      const own: string[] = [];
      const linked = `${packageDir(pkg.importName)}/${parentFolder}/api.md`;
      into.push(`${'#'.repeat(Math.min(depth, 6))} [${headingName(resource)}](${linked})`);
      visit(resource, 1, own, parentFolder);
      standalone.push({
        path: `${packageDir(pkg.importName)}/${folderOf(resource.module)}/api.md`,
        contents: joined(own),
      });
      return;
    }
    into.push(resourceSection(pkg, resource, depth, headingName(resource)));
    const folder = hasMethodsBelow(resource) ? folderOf(resource.module) : parentFolder;
    for (const sub of resource.subresources) visit(sub, depth + 1, into, folder);
  };
  for (const resource of pkg.apiMdResources ?? pkg.resources) visit(resource, 1, sections, 'resources');
  return [{ path: 'api.md', contents: joined(sections) }, ...standalone];
}

/**
 * Whether a resource has nothing for api.md to list, on it or below it (no method, no type: a config resource whose
 * endpoints and models the spec lacks): Stainless's api.md leaves out its heading. A `standalone_api` one keeps it.
 */
function listsNothing(resource: PyResource): boolean {
  return (
    !resource.ir.standaloneApi &&
    resource.methods.length === 0 &&
    resource.listedTypes.length === 0 &&
    resource.subresources.every(listsNothing)
  );
}

/** The paths of planApiMdFiles's files, without printing them. */
export function apiMdPaths(pkg: PyPackage): string[] {
  const paths = ['api.md'];
  const visit = (resource: PyResource): void => {
    if (resource.ir.standaloneApi) paths.push(`${packageDir(pkg.importName)}/${folderOf(resource.module)}/api.md`);
    else resource.subresources.forEach(visit);
  };
  (pkg.apiMdResources ?? pkg.resources).forEach(visit);
  return paths;
}

function joined(sections: string[]): string {
  return `${sections.join('\n\n')}\n`;
}

function folderOf(module: string): string {
  return module.slice(0, module.lastIndexOf('/'));
}

/**
 * The resource's name as api.md's heading says it: its config key as its class name cases it (`custom_casings`
 * included: `v1`, `QA`), without what was added to keep the class apart from a model (`UserResource`,
 * `FileMetadata`: "User", "Metadata"); else the class's name ("PromptsResource" → "Prompts").
 */
function headingName(resource: PyResource): string {
  const key = (resource.ir.configKey ?? resource.ir.property).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  // The Python class first: its casings are the SDK's (`isos` with `iso: ISO` → `ISOs`, where the IR's is `Isos`).
  // Each without its `Resource` first: a key such as `source` is the tail of that word too.
  const names = [resource.className, resource.ir.className].flatMap((c) => [c.replace(/Resource$/, ''), c]);
  for (const name of names)
    if (key && /^[A-Za-z][A-Za-z0-9]*$/.test(name) && name.toLowerCase().endsWith(key))
      return name.slice(name.length - key.length);
  return resource.className.replace(/Resource$/, '') || resource.className;
}

function resourceSection(pkg: PyPackage, resource: PyResource, depth: number, name: string): string {
  const parts = [`${'#'.repeat(Math.min(depth, 6))} ${name}`];
  const phantoms = pkg.typeForms?.phantomResponseTypes ? phantomResponseTypes(pkg, resource) : new Map();
  const listed = withPhantoms(pkg, resource, phantoms);
  const width = pkg.typeForms?.apiMdImportWidth ?? IMPORT_WIDTH;
  if (listed.length > 0) parts.push('Types:', ...importBlocks(pkg.importName, listed, width));
  if (resource.methods.length > 0)
    parts.push('Methods:', resource.methods.map((m) => methodLine(pkg, resource, m, phantoms.get(m))).join('\n'));
  return parts.join('\n\n');
}

/**
 * The types an api.md of the era names for the resource's methods returning a free-form value (`object`), though the
 * package declares none: `<Singular><Method>Response` in the resource's types package (see python-era.ts
 * `phantomResponseTypes`). Not on the client's own methods, nor where a type of that name is listed already.
 */
function phantomResponseTypes(pkg: PyPackage, resource: PyResource): Map<PyMethod, PyTypeLocation> {
  const phantoms = new Map<PyMethod, PyTypeLocation>();
  if (resource === pkg.topLevel) return phantoms;
  const taken = new Set(resource.listedTypes.map((t) => t.name));
  for (const method of resource.methods) {
    if (method.returns !== 'object' || method.returnsType || method.page || method.stream) continue;
    const name = `${pyClassName(resource.ir.singular, pkg.casings)}${pyClassName(method.ir.configKey ?? method.ir.name, pkg.casings)}Response`;
    if (taken.has(name)) continue;
    taken.add(name);
    phantoms.set(method, { name, module: `${resource.typesPackage}/${typeModuleName(name)}` });
  }
  return phantoms;
}

/**
 * The resource's listed types with the phantom ones among the methods' own types (after the config's models), in
 * their methods' order: each before the first method's type that a later method returns first, else last.
 */
function withPhantoms(pkg: PyPackage, resource: PyResource, phantoms: Map<PyMethod, PyTypeLocation>): PyTypeLocation[] {
  const listed = [...resource.listedTypes];
  if (phantoms.size === 0) return listed;
  const models = new Set(pkg.types.filter((t) => t.schema.configModel).map((t) => t.module));
  const firstReturnedBy = (t: PyTypeLocation) =>
    resource.methods.findIndex((m) => m.returnsType?.module === t.module || phantoms.get(m) === t);
  for (const [method, phantom] of phantoms) {
    const place = resource.methods.indexOf(method);
    const at = listed.findIndex((t) => !models.has(t.module) && firstReturnedBy(t) > place);
    listed.splice(at < 0 ? listed.length : at, 0, phantom);
  }
  return listed;
}

/** The Python package a type is imported from: its module's folder, shared types through `types` itself. */
function importPackage(importName: string, module: string): string {
  const folder = module.split('/').slice(0, -1);
  if (folder.length > 1 && folder[folder.length - 1] === 'shared') folder.pop();
  return [importName, ...folder].join('.');
}

/** One fenced block per package the types come from, in the order they are listed. */
function importBlocks(importName: string, types: PyTypeLocation[], width: number): string[] {
  const byPackage = new Map<string, string[]>();
  for (const t of types) {
    const from = t.listedIn ? [importName, ...t.listedIn.split('/')].join('.') : importPackage(importName, t.module);
    const names = byPackage.get(from) ?? [];
    if (!names.includes(t.name)) names.push(t.name);
    byPackage.set(from, names);
  }
  return [...byPackage].map(([from, names]) => `\`\`\`python\n${importLine(from, names, width)}\n\`\`\``);
}

export function importLine(from: string, names: string[], width = IMPORT_WIDTH): string {
  const line = `from ${from} import ${names.join(', ')}`;
  if (line.length <= width) return line;
  return `from ${from} import (\n${names.map((n) => `    ${n},\n`).join('')})`;
}

function sourceLink(importName: string, module: string, text: string, dotSlash = true): string {
  return `<a href="${dotSlash ? './' : ''}${packageDir(importName)}/${module}.py">${text}</a>`;
}

/** The method's arguments as api.md writes them: `(file_id, \*, vector_store_id, \*\*params)`. */
function methodArgs(pkg: PyPackage, method: PyMethod): string {
  const args: string[] = [];
  const keywordOnly = keywordOnlyPathParams(method);
  // (An api.md of the era before lists them all in the path's order, unmarked.)
  if (keywordOnly.length > 0 && pkg.typeForms?.apiMdKeywordPathParams === false)
    args.push(...method.pathParams.map((p) => p.name));
  else {
    args.push(...method.positional.map((p) => p.name));
    // (A raw binary body follows them: kernel's `write_file(id, contents, \*\*params)`.)
    const rawBody = positionalRawBody(method);
    if (rawBody) args.push(rawBody.name);
    if (keywordOnly.length > 0) args.push('\\*', ...keywordOnly.map((p) => p.name));
  }
  if (method.paramsType) args.push(`\\*\\*${sourceLink(pkg.importName, method.paramsType.module, 'params', false)}`);
  return args.join(', ');
}

function methodLine(pkg: PyPackage, resource: PyResource, method: PyMethod, phantom?: PyTypeLocation): string {
  const chain = ['client', ...resource.chain].join('.');
  const call = `${chain}.${sourceLink(pkg.importName, resource.module, method.name)}(${methodArgs(pkg, method)})`;
  // A method that always streams is listed by its event type, not `Stream[…]`.
  const shown = method.stream?.always ? method.stream.event : method.returns;
  const linked = method.returnsType ?? phantom;
  const returns = linked ? sourceLink(pkg.importName, linked.module, shown) : shown;
  return `- <code title="${method.http.toLowerCase()} ${escapeAttribute(method.specPath)}">${call} -> ${returns}</code>`;
}

/** A spec path inside an HTML attribute: nothing in it may close the attribute or open a tag. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
