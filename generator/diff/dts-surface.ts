/**
 * The surface of a published SDK package, read from its declaration files: a folder with a package.json
 * (`node_modules/<pkg>`), or an npm tarball (`.tgz`, unpacked with zlib and a small tar reader).
 *
 * The TypeScript compiler API does the reading. It is loaded at run time from the user's project (where a
 * TypeScript SDK's users normally have it), else from sdkgen's own install; it is not a dependency.
 * Only the declaration files reachable from the package's `types` entry are parsed, without lib files
 * and without type-checking: the walk needs symbols (to follow `servers: API.Servers` to its class), not
 * types.
 *
 * From the client class (the entry's default export) it walks resource properties (classes extending
 * `APIResource`) to their methods. Endpoints are not in .d.ts files, so the methods carry none and are
 * matched by chain. Arguments: the required `string`/`number` parameters before a params object
 * (`params`/`query`/`body`, or a `…Params` type) are positional; `options` is left out. The return type
 * is the type argument of `APIPromise<X>` (`Core.APIPromise<X>`), or the page type of
 * `PagePromise<Page, Item>`. Types: exported interfaces and type aliases of the `resources/` modules.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as TS from 'typescript';
import { UsageError } from '../diagnostics';
import { importModule } from '../import-module';
import { temporaryDir } from '../temp-dir';
import { normalizeType, PARAMS_ARG, splitArgs, type ApiMethod, type ApiSurface, type ApiType } from './api-md';

type Ts = typeof TS;

export interface PackageSurface {
  surface: ApiSurface;
  name: string;
  version: string;
  /** Name of the client class: "Smithery". */
  clientName: string;
}

/** Load `typescript` from the current project, else from wherever sdkgen can import it. */
export async function loadTypeScript(cwd: string = process.cwd()): Promise<Ts> {
  const fromProject = (() => {
    try {
      return createRequire(path.join(cwd, 'noop.js')).resolve('typescript');
    } catch {
      return null;
    }
  })();
  try {
    const mod = await importModule<Ts & { default?: Ts }>(fromProject ?? 'typescript');
    return mod.default ?? mod;
  } catch {
    throw new UsageError(
      'reading a published package needs the TypeScript compiler: install `typescript` in this project ' +
        "(npm install -D typescript), or pass the SDK's api.md to --against instead",
    );
  }
}

/** A package folder or a `.tgz`: its surface (tarballs are unpacked into a temporary folder, then removed). */
export async function readPackageSurface(input: string, cwd: string = process.cwd()): Promise<PackageSurface> {
  const ts = await loadTypeScript(cwd);
  if (statSync(input).isDirectory()) return readDtsSurface(ts, input);
  const dir = temporaryDir('sdkgen-against-');
  try {
    await unpackTarball(readFileSync(input), dir.path);
    return readDtsSurface(ts, dir.path);
  } finally {
    dir.remove();
  }
}

/**
 * Unpack the declaration files and package.json of an npm tarball into `dir`, dropping the first path
 * component (`package/`). Handles ustar prefixes, pax `path` records and GNU long names.
 */
export async function unpackTarball(gzipped: Buffer, dir: string): Promise<void> {
  const tar = gunzipSync(gzipped);
  let offset = 0;
  let longName: string | null = null;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? null;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    if (type !== '0' && type !== '7') continue;
    const relative = name.split('/').slice(1).join('/');
    if (!/(^|\/)package\.json$|\.d\.(m|c)?ts$/.test(relative)) continue;
    const target = path.resolve(dir, relative);
    // A hostile tarball must not write outside the folder.
    if (!target.startsWith(path.resolve(dir) + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body);
  }
}

/** The surface of an unpacked package: entry from package.json `types` (or `typings`, exports, index.d.ts). */
export function readDtsSurface(ts: Ts, dir: string): PackageSurface {
  const pkgFile = path.join(dir, 'package.json');
  if (!existsSync(pkgFile))
    throw new UsageError(`${dir}: no package.json (expected an installed package folder or an npm .tgz)`);
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    name?: string;
    version?: string;
    types?: string;
    typings?: string;
    exports?: unknown;
  };
  const entryName = pkg.types ?? pkg.typings ?? exportsTypes(pkg.exports) ?? 'index.d.ts';
  const entry = path.resolve(dir, entryName);
  if (!existsSync(entry)) throw new UsageError(`${dir}: the types entry ${entryName} does not exist`);

  const program = ts.createProgram({
    rootNames: [entry],
    options: {
      noLib: true,
      types: [],
      noEmit: true,
      skipLibCheck: true,
      allowJs: false,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      target: ts.ScriptTarget.ES2022,
    },
  });
  const checker = program.getTypeChecker();
  const entryFile = program.getSourceFile(entry);
  const moduleSymbol = entryFile && checker.getSymbolAtLocation(entryFile);
  const defaultExport =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.escapedName === 'default');
  const clientClass = defaultExport && classOf(ts, checker, defaultExport);
  if (!clientClass) throw new UsageError(`${entryName}: no default-exported client class`);

  const root = path.resolve(dir);
  const moduleOf = (file: TS.SourceFile) =>
    `./src/${path
      .relative(root, file.fileName)
      .split(path.sep)
      .join('/')
      .replace(/\.d\.(m|c)?ts$/, '.ts')}`;
  const methods: ApiMethod[] = [];
  const visited = new Set<TS.ClassDeclaration>();
  const walk = (cls: TS.ClassDeclaration, chain: string) => {
    if (visited.has(cls)) return;
    visited.add(cls);
    const section = cls.name?.text ?? '';
    const seen = new Set<string>();
    for (const member of cls.members) {
      if (!isPublic(ts, member) || !member.name || !ts.isIdentifier(member.name)) continue;
      const name = member.name.text;
      // A property typed as a resource class is a (sub)resource.
      if (ts.isPropertyDeclaration(member) && member.type) {
        const sub = resourceClass(ts, checker, member.type);
        if (sub) walk(sub, `${chain}.${name}`);
        continue;
      }
      // The first overload stands for the method (Stainless lists the non-streaming one first).
      if (ts.isMethodDeclaration(member) && chain !== 'client' && !seen.has(name)) {
        seen.add(name);
        methods.push({
          ...signature(ts, member, cls.getSourceFile()),
          endpoint: '',
          chain: `${chain}.${name}`,
          section,
        });
      }
    }
    visited.delete(cls);
  };
  walk(clientClass, 'client');

  const types: ApiType[] = [];
  for (const file of program.getSourceFiles()) {
    const rel = path.relative(root, file.fileName).split(path.sep).join('/');
    if (rel.startsWith('..') || !rel.startsWith('resources/')) continue;
    for (const statement of file.statements) {
      if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && hasExport(ts, statement)) {
        types.push({ name: statement.name.text, module: moduleOf(file) });
      }
    }
  }
  return {
    surface: { methods, types },
    name: pkg.name ?? path.basename(dir),
    version: pkg.version ?? '',
    clientName: clientClass.name?.text ?? '',
  };
}

function exportsTypes(exports: unknown): string | null {
  if (!exports || typeof exports !== 'object') return null;
  const dot = (exports as Record<string, unknown>)['.'];
  const find = (value: unknown): string | null => {
    if (!value || typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    if (typeof record.types === 'string') return record.types;
    for (const key of ['require', 'import', 'default']) {
      const found = find(record[key]);
      if (found) return found;
    }
    return null;
  };
  return find(dot);
}

function classOf(ts: Ts, checker: TS.TypeChecker, symbol: TS.Symbol): TS.ClassDeclaration | null {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (target.declarations ?? []).find(ts.isClassDeclaration) ?? null;
}

/** The class a property's type names, when it extends APIResource. */
function resourceClass(ts: Ts, checker: TS.TypeChecker, type: TS.TypeNode): TS.ClassDeclaration | null {
  if (!ts.isTypeReferenceNode(type)) return null;
  const symbol = checker.getSymbolAtLocation(ts.isQualifiedName(type.typeName) ? type.typeName.right : type.typeName);
  const cls = symbol && classOf(ts, checker, symbol);
  if (!cls) return null;
  const extendsResource = (cls.heritageClauses ?? []).some((h) =>
    h.types.some((t) => /\bAPIResource$/.test(t.expression.getText())),
  );
  return extendsResource ? cls : null;
}

function isPublic(ts: Ts, member: TS.ClassElement): boolean {
  if (member.name && ts.isPrivateIdentifier(member.name)) return false;
  const mods = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  return !mods.some(
    (m) =>
      m.kind === ts.SyntaxKind.PrivateKeyword ||
      m.kind === ts.SyntaxKind.ProtectedKeyword ||
      m.kind === ts.SyntaxKind.StaticKeyword,
  );
}

function hasExport(ts: Ts, node: TS.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

const PARAMS_NAMES = new Set(['params', 'query', 'body']);

function signature(
  ts: Ts,
  method: TS.MethodDeclaration,
  file: TS.SourceFile,
): Pick<ApiMethod, 'args' | 'returns' | 'paramsRequired' | 'page'> {
  const params = method.parameters.filter(
    (p) => !(ts.isIdentifier(p.name) && p.name.text === 'options' && /RequestOptions/.test(p.type?.getText() ?? '')),
  );
  const args: string[] = [];
  let paramsRequired: boolean | undefined;
  params.forEach((p, i) => {
    const name = ts.isIdentifier(p.name) ? p.name.text : p.name.getText();
    const typeText = p.type?.getText() ?? '';
    const isParams =
      i === params.length - 1 &&
      (PARAMS_NAMES.has(name) || /Params\b/.test(typeText) || !/^(string|number)$/.test(typeText));
    if (isParams) {
      args.push(PARAMS_ARG);
      paramsRequired = !p.questionToken && !p.initializer;
    } else args.push(name);
  });
  const { returns, page } = returnOf(ts, method.type, file);
  return {
    args: splitArgs(args.join(', ')),
    returns,
    paramsRequired,
    ...(page ? { page } : {}),
  };
}

/** `APIPromise<X>` → X; `PagePromise<P, Item>` → P (and what the alias P stands for, when it is declared in the file). */
function returnOf(
  ts: Ts,
  type: TS.TypeNode | undefined,
  file: TS.SourceFile,
): { returns: string; page?: { page: string; item: string } } {
  if (!type) return { returns: 'unknown' };
  if (ts.isTypeReferenceNode(type) && type.typeArguments && type.typeArguments.length > 0) {
    const outer = type.typeName.getText().split('.').pop();
    if (outer === 'APIPromise' || outer === 'Promise')
      return { returns: normalizeType(type.typeArguments[0].getText()) };
    if (outer === 'PagePromise') {
      const alias = normalizeType(type.typeArguments[0].getText());
      const declared = file.statements.find(
        (s): s is TS.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
      );
      const expansion = declared && /^(\w+)<(\w+)>$/.exec(normalizeType(declared.type.getText()));
      return expansion ? { returns: alias, page: { page: expansion[1], item: expansion[2] } } : { returns: alias };
    }
  }
  return { returns: normalizeType(type.getText()) };
}
