/**
 * Load stage: spec file(s) on disk (or in memory) → `LoadedSpec`, the parsed documents, for the normalize stage.
 *
 * Reads the root document (YAML or JSON), converts Swagger 2.0 to OpenAPI 3.0, then follows every
 * `$ref` that points at another file (relative paths) and loads those too. Nothing is inlined: the normalize
 * stage (the only caller of `resolveRef`/`followRefs`) follows `$ref`s in place, so every value keeps its origin
 * (file + JSON pointer) for diagnostics.
 *
 * A spec is untrusted input: a `$ref` may only name a regular file inside the ref root (the root document's
 * folder unless `allowRefRoot` widens it; symlinks are followed before the check). Every `$ref` of every
 * document is checked once loading is done — that it parses, that its file was read, that it resolves, and that
 * a chain of `$ref`s reaches an actual value — and every problem found is reported at once.
 */
import { constants, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  Diagnostics,
  SpecError,
  escapePointerToken,
  pointerJoin,
  pointerTokens,
  type Diagnostic,
} from '../diagnostics';
import { parseDocumentText } from './parse';

export interface SpecDocument {
  /** Path shown in diagnostics: as given for the root, relative to the root's folder for others. */
  file: string;
  /** Absolute path: the document's key. */
  absPath: string;
  root: unknown;
}

export interface LoadedSpec {
  root: SpecDocument;
  /** Every loaded document by absolute path, root included. */
  documents: Map<string, SpecDocument>;
  /** The version the root document declared: "2.0", "3.0.3", "3.1.0"… */
  declaredVersion: string;
  /** Semantics of the (converted) documents. */
  dialect: '3.0' | '3.1';
  /**
   * Targets of `$ref`s that point inside something other than a component schema (`#/paths/…`,
   * `#/components/schemas/A/properties/b`), as `absPath + pointer`: such a schema may have to be named.
   */
  deepRefTargets: Set<string>;
}

/** A place in a loaded document. */
export interface Location {
  doc: SpecDocument;
  pointer: string;
}

export interface LoadOptions {
  /** Upper bound on a single file's size, to fail clearly instead of exhausting memory. */
  maxBytes?: number;
  /**
   * Folder that every file a `$ref` names must lie in (after following symlinks). Default: the root document's
   * folder.
   */
  allowRefRoot?: string | null;
}

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** Where documents come from: the disk, or memory (tests). */
interface DocumentSource {
  /** The path with every symlink followed, or null when nothing is there. */
  realPath(absPath: string): Promise<string | null>;
  /** Read and parse one document; `display` names it in errors. SpecErrors for anything unreadable. */
  read(display: string, absPath: string): Promise<SpecDocument>;
}

export async function loadSpec(file: string, diags: Diagnostics, options: LoadOptions = {}): Promise<LoadedSpec> {
  return loadFrom(diskSource(options), file, path.resolve(file), diags, options);
}

/** A spec held in memory: the root document and the other files its `$ref`s name, by path relative to the root's. */
export interface MemorySpec {
  /** The root document: text (YAML or JSON) or an already parsed value. */
  spec: string | object;
  /** Name of the root document in diagnostics (default `openapi.yaml`). */
  file?: string;
  /** Other documents by path relative to the root document's folder (`schemas/pet.yaml`), as text or value. */
  files?: Record<string, string | object>;
}

/** The folder in-memory documents live in: no document is read from it, it only gives them absolute paths. */
const MEMORY_DIR = path.resolve(path.sep, 'sdkgen-memory', 'spec');

/**
 * `loadSpec` for a spec held in memory, with the same checks and diagnostics and no disk access: for tests, and
 * for callers that have the document already. `options.allowRefRoot` is a path in the same virtual tree.
 */
export async function loadSpecFromMemory(
  input: MemorySpec,
  diags: Diagnostics,
  options: LoadOptions = {},
): Promise<LoadedSpec> {
  const rootFile = input.file ?? 'openapi.yaml';
  const entries = new Map<string, string | object>();
  entries.set(path.resolve(MEMORY_DIR, rootFile), input.spec);
  for (const [name, content] of Object.entries(input.files ?? {})) entries.set(path.resolve(MEMORY_DIR, name), content);
  const source: DocumentSource = {
    realPath: async (absPath) => (entries.has(absPath) ? absPath : null),
    read: async (display, absPath) => {
      const content = entries.get(absPath);
      if (content === undefined)
        throw new SpecError({
          code: 'missing-file',
          file: display,
          pointer: '',
          message: 'file not found',
          hint: 'check the path',
        });
      // A value is copied, as a parsed file would be fresh: conversion and transforms may rewrite the documents.
      const root = typeof content === 'string' ? parseDocumentText(content, display) : structuredClone(content);
      return { file: display, absPath, root };
    },
  };
  return loadFrom(source, rootFile, path.resolve(MEMORY_DIR, rootFile), diags, options);
}

function diskSource(options: LoadOptions): DocumentSource {
  return {
    realPath: async (absPath) => {
      try {
        return await realpath(absPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        return absPath; // a symlink loop, a folder we may not list…: reading the file reports it
      }
    },
    read: (display, absPath) => readDocument(display, absPath, options),
  };
}

async function loadFrom(
  source: DocumentSource,
  file: string,
  absPath: string,
  diags: Diagnostics,
  options: LoadOptions,
): Promise<LoadedSpec> {
  const root = await source.read(file, absPath);
  const raw = root.root;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecError({
      code: 'not-openapi',
      file,
      pointer: '#',
      message: 'not an OpenAPI document: the top level is not an object',
      hint: 'pass an OpenAPI 3.0/3.1 or Swagger 2.0 document',
    });
  }
  const top = raw as Record<string, unknown>;
  let declaredVersion: string;
  let dialect: '3.0' | '3.1';
  if (typeof top.openapi === 'string' || typeof top.openapi === 'number') {
    // `openapi: 3.0` unquoted is the YAML number 3: read it as "3.0".
    declaredVersion =
      typeof top.openapi === 'number' && Number.isInteger(top.openapi) ? `${top.openapi}.0` : String(top.openapi);
    if (/^3\.0(\.|$)/.test(declaredVersion)) dialect = '3.0';
    else if (/^3\.[12](\.|$)/.test(declaredVersion)) dialect = '3.1';
    else {
      throw new SpecError({
        code: 'unsupported-version',
        file,
        pointer: '#/openapi',
        message: `unsupported OpenAPI version ${JSON.stringify(declaredVersion)}`,
        hint: 'sdkgen reads OpenAPI 3.0.x, 3.1.x and Swagger 2.0',
      });
    }
  } else if (top.swagger !== undefined) {
    declaredVersion = top.swagger === 2 ? '2.0' : String(top.swagger);
    if (declaredVersion !== '2.0') {
      throw new SpecError({
        code: 'unsupported-version',
        file,
        pointer: '#/swagger',
        message: `unsupported Swagger version ${JSON.stringify(declaredVersion)}`,
        hint: 'sdkgen reads OpenAPI 3.0.x, 3.1.x and Swagger 2.0',
      });
    }
    const { convertSwagger2 } = await import('./swagger2');
    root.root = convertSwagger2({ ...top, swagger: '2.0' }, file, diags);
    dialect = '3.0';
  } else {
    throw new SpecError({
      code: 'not-openapi',
      file,
      pointer: '#',
      message: 'not an OpenAPI document: it has neither an `openapi` nor a `swagger` field',
      hint: 'pass an OpenAPI 3.0/3.1 or Swagger 2.0 document',
    });
  }
  const doc = root.root as Record<string, unknown>;
  if (doc.paths !== undefined && (doc.paths === null || typeof doc.paths !== 'object' || Array.isArray(doc.paths))) {
    throw new SpecError({ code: 'invalid-paths', file, pointer: '#/paths', message: '`paths` is not an object' });
  }

  const documents = new Map<string, SpecDocument>([[absPath, root]]);
  const spec: LoadedSpec = { root, documents, declaredVersion, dialect, deepRefTargets: new Set() };
  const refRoot = options.allowRefRoot ? path.resolve(options.allowRefRoot) : path.dirname(absPath);
  const problems: Diagnostic[] = [];
  const unread = await loadExternalRefs(
    spec,
    source,
    refRoot,
    dialect === '3.0' && top.swagger !== undefined,
    diags,
    problems,
  );
  checkRefs(spec, unread, problems);
  if (problems.length > 0) throw new SpecError({ ...problems[0], more: problems.slice(1) });
  return spec;
}

async function readDocument(display: string, absPath: string, options: LoadOptions): Promise<SpecDocument> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let handle: FileHandle | null = null;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. The checks run on the
    // open handle, so the file checked is the file read.
    handle = await open(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new SpecError({
        code: 'unreadable-file',
        file: display,
        pointer: '',
        message: 'is a directory, not a file',
      });
    }
    if (!info.isFile()) {
      throw new SpecError({
        code: 'not-a-file',
        file: display,
        pointer: '',
        message: `is ${kindOfFile(info)}, not a regular file`,
        hint: 'sdkgen reads specs from regular files only: save the document to a file first',
      });
    }
    if (info.size > max) {
      throw new SpecError({
        code: 'file-too-large',
        file: display,
        pointer: '',
        message: `file is ${info.size} bytes, over the ${max}-byte limit`,
      });
    }
    text = await handle.readFile('utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') {
      throw new SpecError({
        code: 'unreadable-file',
        file: display,
        pointer: '',
        message: 'is a directory, not a file',
      });
    }
    throw new SpecError({
      code: code === 'ENOENT' ? 'missing-file' : 'unreadable-file',
      file: display,
      pointer: '',
      message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
      hint: code === 'ENOENT' ? 'check the path' : code === 'EACCES' ? 'check the file permissions' : null,
    });
  } finally {
    await handle?.close();
  }
  return { file: display, absPath, root: parseDocumentText(text, display) };
}

function kindOfFile(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Load every file that a `$ref` points at, transitively. Files that cannot be read (missing, outside the ref root,
 * not a regular file, malformed) are reported in `problems`, once per document and file, at the `$ref` that names
 * it; their absolute paths are returned so that the refs into them are not reported again.
 */
async function loadExternalRefs(
  spec: LoadedSpec,
  source: DocumentSource,
  refRoot: string,
  convertFragments: boolean,
  diags: Diagnostics,
  problems: Diagnostic[],
): Promise<Set<string>> {
  const queue: SpecDocument[] = [spec.root];
  const rootDir = path.dirname(spec.root.absPath);
  const realRoot = (await source.realPath(refRoot)) ?? refRoot;
  const unread = new Set<string>();
  while (queue.length > 0) {
    const doc = queue.shift()!;
    const targets = new Map<string, { pointer: string; ref: string }>(); // absPath → the first ref that names it
    collectRefs(doc.root, (ref, refPointer) => {
      let parsed: ParsedRef;
      try {
        parsed = parseRef(ref, { doc, pointer: refPointer });
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        problems.push(error.diagnostic);
        return;
      }
      const abs = parsed.file === '' ? doc.absPath : path.resolve(path.dirname(doc.absPath), parsed.file);
      if (isDeepTarget(parsed.tokens)) spec.deepRefTargets.add(`${abs}${parsed.pointer}`);
      if (parsed.file !== '' && !spec.documents.has(abs) && !targets.has(abs))
        targets.set(abs, { pointer: refPointer, ref });
    });
    for (const [abs, { pointer, ref }] of targets) {
      if (spec.documents.has(abs)) continue;
      const display = path.relative(rootDir, abs) || abs;
      const problem = (diagnostic: Omit<Diagnostic, 'severity' | 'file' | 'pointer'>) => {
        problems.push({ severity: 'error', file: doc.file, pointer, ...diagnostic });
        unread.add(abs);
      };
      const real = await source.realPath(abs);
      if (real === null) {
        problem({
          code: 'missing-ref-file',
          message: `$ref points at a file that does not exist: ${display}`,
          hint: 'fix the relative path of the $ref',
        });
        continue;
      }
      if (!isInside(realRoot, real)) {
        problem({
          code: 'ref-outside-root',
          message: `$ref ${JSON.stringify(ref)} points outside the folder sdkgen may read (${refRoot}): ${real}`,
          hint: 'keep the files a spec refers to in its folder, or widen the folder with --allow-ref-root <dir> (allowRefRoot: in the config)',
        });
        continue;
      }
      if (unread.has(abs)) continue;
      let loaded: SpecDocument;
      try {
        loaded = await source.read(display, real);
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        const d = error.diagnostic;
        // Problems reading the file are reported where the $ref is; syntax errors inside it, in the file itself.
        if (d.code === 'missing-file') {
          problem({
            code: 'missing-ref-file',
            message: `$ref points at a file that does not exist: ${display}`,
            hint: 'fix the relative path of the $ref',
          });
        } else if (['unreadable-file', 'not-a-file', 'file-too-large'].includes(d.code)) {
          problem({
            code: d.code,
            hint: d.hint,
            message: `$ref target ${display}${/^(file )?is /.test(d.message) ? ' ' : ': '}${d.message.replace(/^file is /, 'is ')}`,
          });
        } else {
          problems.push(d);
          unread.add(abs);
        }
        continue;
      }
      loaded.absPath = abs;
      if (convertFragments && isSwagger2Fragment(loaded.root)) {
        const { convertSwagger2 } = await import('./swagger2');
        loaded.root = convertSwagger2(loaded.root as Record<string, unknown>, display, diags);
      }
      spec.documents.set(abs, loaded);
      queue.push(loaded);
    }
  }
  return unread;
}

/** A place inside a document other than a component schema (`#/paths/…`, `#/components/schemas/A/properties/b`). */
function isDeepTarget(tokens: string[]): boolean {
  return tokens.length > 0 && !(tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas');
}

/** True when `file` is `dir` or lies under it (both absolute, symlinks already followed). */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Check every `$ref` of every loaded document: it resolves, and following it (and the `$ref`s it reaches) ends at
 * a value that is not a `$ref`. Each problem is added to `problems` once: a dangling `$ref` where it is written, a
 * cycle where it closes. Refs into files in `unread` were reported already.
 */
function checkRefs(spec: LoadedSpec, unread: Set<string>, problems: Diagnostic[]): void {
  const settled = new Set<string>(); // places (absPath + pointer) whose chain was walked already, good or bad
  for (const doc of spec.documents.values()) {
    collectRefs(doc.root, (_ref, refPointer) => {
      const holder = refPointer.slice(0, -'/$ref'.length);
      const chain: Array<Location & { value: unknown }> = [];
      const index = new Map<string, number>();
      let current: Location & { value: unknown } = { doc, pointer: holder, value: getAtPointer(doc.root, holder) };
      while (isReference(current.value)) {
        const key = `${current.doc.absPath}${current.pointer}`;
        if (settled.has(key)) break;
        const first = index.get(key);
        if (first !== undefined) {
          problems.push(cycleError([...chain.slice(first), current], kindAt(current.pointer)).diagnostic);
          break;
        }
        index.set(key, chain.length);
        chain.push(current);
        const at = { doc: current.doc, pointer: pointerJoin(current.pointer, '$ref') };
        let parsed: ParsedRef;
        try {
          parsed = parseRef(current.value.$ref, at);
        } catch {
          break; // reported while loading
        }
        if (parsed.file !== '' && unread.has(path.resolve(path.dirname(current.doc.absPath), parsed.file))) break;
        try {
          const target = resolve(spec, current.value.$ref, at, (root, _pointer, tokens) => valueAt(root, tokens));
          // Reached through other $refs: the place it names may have to be named too, like any deep target.
          if (target.pointer !== parsed.pointer && isDeepTarget(pointerTokens(target.pointer))) {
            spec.deepRefTargets.add(`${target.doc.absPath}${target.pointer}`);
          }
          current = target;
        } catch (error) {
          if (!(error instanceof SpecError)) throw error;
          problems.push(error.diagnostic);
          break;
        }
      }
      for (const loc of chain) settled.add(`${loc.doc.absPath}${loc.pointer}`);
    });
  }
}

/** What the value at `pointer` is, for messages: "parameter", "response", … ("schema" when nothing says more). */
function kindAt(pointer: string): string {
  const tokens = pointerTokens(pointer);
  const [parent, name] = [tokens[tokens.length - 2], tokens[tokens.length - 1]];
  if (name === 'requestBody') return 'request body';
  if (tokens.length === 2 && parent === 'paths') return 'path item';
  const kinds: Record<string, string> = {
    pathItems: 'path item',
    parameters: 'parameter',
    requestBodies: 'request body',
    responses: 'response',
    headers: 'header',
    examples: 'example',
    securitySchemes: 'security scheme',
    links: 'link',
    callbacks: 'callback',
  };
  return (
    (parent !== undefined && Object.prototype.hasOwnProperty.call(kinds, parent) ? kinds[parent] : undefined) ??
    'schema'
  );
}

function cycleError(cycle: Array<Location & { value: unknown }>, what: string): SpecError {
  const closing = cycle[cycle.length - 1];
  const place = (loc: Location) => (loc.doc === closing.doc ? loc.pointer : `${loc.doc.file}${loc.pointer}`);
  return new SpecError({
    code: 'ref-cycle',
    file: closing.doc.file,
    pointer: closing.pointer,
    message: `this $ref cycle never reaches a ${what}: ${cycle.map(place).join(' → ')}`,
    hint: `make one of the $refs point at an actual ${what}`,
  });
}

function isSwagger2Fragment(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).swagger === '2.0';
}

/** Re-join a `$ref` fragment ("#/a/b%20c") from its decoded tokens so it matches pointers built with `pointerJoin`. */
export function normalizeRefPointer(fragment: string): string {
  return pointerJoin('#', ...fragmentTokens(fragment.startsWith('#') ? fragment.slice(1) : fragment));
}

/** A `$ref` taken apart: which file (decoded relative path, "" for the same document) and where in it. */
export interface ParsedRef {
  file: string;
  tokens: string[];
  /** The place as a `pointerJoin` pointer ("#/components/schemas/A B"). */
  pointer: string;
}

/**
 * Take a `$ref` apart. `at` is where the `$ref` string is (for the error): a URL other than a relative path, a
 * malformed `%` escape and a plain-name fragment (`#Pet`, an `$anchor`) are SpecErrors naming it.
 */
export function parseRef(ref: string, at: Location): ParsedRef {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(filePart);
  if (scheme && !/^[a-z]:[\\/]/i.test(filePart)) {
    const remote = /^(https?|ftp)$/i.test(scheme[1]);
    throw new SpecError({
      code: remote ? 'remote-ref' : 'unsupported-ref',
      file: at.doc.file,
      pointer: at.pointer,
      message: remote
        ? `$ref to a remote URL is not supported: ${ref}`
        : `$ref with a ${scheme[1]}: URL is not supported: ${ref}`,
      hint: remote
        ? 'download the referenced document and point the $ref at the local copy (a relative path)'
        : 'point the $ref at a local file by relative path',
    });
  }
  if (fragment !== '' && !fragment.startsWith('/')) {
    throw new SpecError({
      code: 'unsupported-ref',
      file: at.doc.file,
      pointer: at.pointer,
      message: `$ref ${JSON.stringify(ref)} names a plain-name fragment ($anchor), which sdkgen does not resolve`,
      hint: 'use a JSON pointer fragment, e.g. #/components/schemas/Pet',
    });
  }
  let file: string;
  let tokens: string[];
  try {
    file = filePart === '' ? '' : decodeURI(filePart);
    tokens = fragmentTokens(fragment);
  } catch {
    throw new SpecError({
      code: 'malformed-ref',
      file: at.doc.file,
      pointer: at.pointer,
      message: `$ref ${JSON.stringify(ref)} has a malformed %-escape`,
      hint: 'a $ref is a URI: write % as %25, and each %XX as two hex digits of UTF-8',
    });
  }
  return { file, tokens, pointer: pointerJoin('#', ...tokens) };
}

/** Tokens of a URI fragment that is a JSON pointer ("/a/b~1c%20d" → ["a", "b/c d"]); throws URIError on a bad %-escape. */
function fragmentTokens(fragment: string): string[] {
  // "" and "/" both name the whole document (the empty key at the top of a spec is never meant).
  if (fragment === '' || fragment === '/') return [];
  return fragment
    .slice(1)
    .split('/')
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Keys whose values are data, not spec structure: a `$ref` inside them is an example value, not a reference. */
const LITERAL_KEYS = new Set(['example', 'default', 'const', 'enum']);

/** Maps whose keys are names chosen by the spec's author (a property may be called `default` or `example`). */
const NAMED_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'examples',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'webhooks',
  'content',
  'encoding',
  'variables',
  'mapping',
]);

/**
 * Calls `visit` for every `$ref` string, in document order, with the pointer of the `$ref` itself. Skips literal
 * values (examples, defaults, enums), where `{"$ref": …}` is data. Iterative: specs can nest deeply.
 */
function collectRefs(root: unknown, visit: (ref: string, pointer: string) => void): void {
  // [node, its pointer, the key it sits under in its parent object ("" at the top or in an array)]
  const stack: Array<[unknown, string, string]> = [[root, '#', '']];
  while (stack.length > 0) {
    const [node, pointer, keyInParent] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`, '']);
      continue;
    }
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref !== '') visit(ref, `${pointer}/$ref`);
    const keysAreNames = NAMED_MAPS.has(keyInParent);
    // An entry of an `examples` map is an Example object: its `value` is data.
    const isExample = keyInParent === 'examples:entry';
    const keys = Object.keys(obj);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k];
      const value = obj[key];
      if (value === null || typeof value !== 'object') continue;
      const child = `${pointer}/${escapePointerToken(key)}`;
      if (keysAreNames) {
        stack.push([value, child, keyInParent === 'examples' ? 'examples:entry' : '']);
        continue;
      }
      if (LITERAL_KEYS.has(key) || (isExample && key === 'value')) continue;
      if (key === 'examples' && Array.isArray(value)) continue; // a schema's list of example values
      stack.push([value, child, key]);
    }
  }
}

/** Resolve a `$ref` found in `from.doc`. Throws a SpecError naming the pointer of the `$ref` when it dangles. */
export function resolveRef(spec: LoadedSpec, ref: string, from: Location): Location & { value: unknown } {
  return resolve(spec, ref, from, valueAtPointer);
}

/**
 * `resolveRef` with the lookup given. The load-time check reads without the cache: the documents may still be
 * changed (Stainless transforms) before the later stages resolve anything.
 */
function resolve(
  spec: LoadedSpec,
  ref: string,
  from: Location,
  lookup: (root: unknown, pointer: string, tokens: string[]) => unknown,
): Location & { value: unknown } {
  const parsed = parseRef(ref, from);
  const doc =
    parsed.file === '' ? from.doc : spec.documents.get(path.resolve(path.dirname(from.doc.absPath), parsed.file));
  if (!doc) {
    throw new SpecError({
      code: 'missing-ref-file',
      file: from.doc.file,
      pointer: from.pointer,
      message: `$ref points at a file that was not loaded: ${ref}`,
    });
  }
  const value = lookup(doc.root, parsed.pointer, parsed.tokens);
  if (value === undefined) {
    const through = resolveThroughRefs(spec, doc, parsed.tokens, new Set());
    if (through) return through;
    throw new SpecError({
      code: 'dangling-ref',
      file: from.doc.file,
      pointer: from.pointer,
      message: `$ref ${JSON.stringify(ref)} does not resolve: nothing at ${parsed.pointer} in ${doc.file}`,
      hint: 'fix the $ref or add the missing definition',
    });
  }
  return { doc, pointer: parsed.pointer, value };
}

/**
 * The value a pointer names when its path runs through `$ref`s (`#/paths/~1a/get/responses/200/content/…` where
 * `responses/200` is `{ $ref: '#/components/responses/Ok' }`): each reference met where the path goes on is followed
 * first, as JSON Schema bundlers do. Its location is where the value actually is; null when nothing is there.
 * `active` holds the references being followed, so a path through its own `$ref` ends.
 */
function resolveThroughRefs(
  spec: LoadedSpec,
  doc: SpecDocument,
  tokens: string[],
  active: Set<string>,
): (Location & { value: unknown }) | null {
  let at: Location = { doc, pointer: '#' };
  let node: unknown = doc.root;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (isReference(node) && !Object.prototype.hasOwnProperty.call(node, token)) {
      const key = `${at.doc.absPath}${at.pointer}`;
      if (active.has(key)) return null;
      active.add(key);
      const from = { doc: at.doc, pointer: pointerJoin(at.pointer, '$ref') };
      let target: Location & { value: unknown };
      try {
        const parsed = parseRef(node.$ref, from);
        const targetDoc =
          parsed.file === '' ? at.doc : spec.documents.get(path.resolve(path.dirname(at.doc.absPath), parsed.file));
        if (!targetDoc) return null;
        const direct = valueAt(targetDoc.root, parsed.tokens);
        const found =
          direct !== undefined
            ? { doc: targetDoc, pointer: parsed.pointer, value: direct }
            : resolveThroughRefs(spec, targetDoc, parsed.tokens, active);
        if (!found) return null;
        target = found;
      } catch (error) {
        if (error instanceof SpecError) return null; // the $ref on the way is reported where it is written
        throw error;
      } finally {
        active.delete(key);
      }
      at = target;
      node = target.value;
      continue;
    }
    node = valueAt(node, [token]);
    if (node === undefined) return null;
    at = { doc: at.doc, pointer: pointerJoin(at.pointer, token) };
    i++;
  }
  return { ...at, value: node };
}

/**
 * Follow `$ref` after `$ref` from `value` (found at `at`) to the first value that is not a reference: a
 * parameter, path item, request body, response… may be a `$ref` to another `$ref`. A cycle is a SpecError naming
 * the file and pointer where it closes, and the chain. `what` names the kind of object for the message.
 */
export function followRefs(
  spec: LoadedSpec,
  value: unknown,
  at: Location,
  what: string,
): Location & { value: unknown } {
  let current: Location & { value: unknown } = { ...at, value };
  const chain: Array<Location & { value: unknown }> = [];
  const seen = new Map<string, number>(); // location key → index in chain
  while (isReference(current.value)) {
    const key = `${current.doc.absPath}${current.pointer}`;
    const first = seen.get(key);
    if (first !== undefined) throw cycleError([...chain.slice(first), current], what);
    seen.set(key, chain.length);
    chain.push(current);
    current = resolveRef(spec, current.value.$ref, { doc: current.doc, pointer: pointerJoin(current.pointer, '$ref') });
  }
  return current;
}

/** resolveRef's answers by document (root value) and canonical pointer: a large spec names the same schema thousands of times. */
const pointerValues = new WeakMap<object, Map<string, unknown>>();

function valueAtPointer(root: unknown, pointer: string, tokens: string[]): unknown {
  if (root === null || typeof root !== 'object') return valueAt(root, tokens);
  let values = pointerValues.get(root);
  if (!values) pointerValues.set(root, (values = new Map()));
  if (values.has(pointer)) return values.get(pointer);
  const value = valueAt(root, tokens);
  values.set(pointer, value);
  return value;
}

function isReference(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** The value at a `pointerJoin` pointer ("#/paths/~1pets/get"), or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  return valueAt(root, pointerTokens(pointer));
}

function valueAt(root: unknown, tokens: string[]): unknown {
  let node = root;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
  }
  return node;
}
