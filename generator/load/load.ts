/**
 * Load stage: spec file(s) on disk → parsed documents.
 *
 * Reads the root document (YAML or JSON), converts Swagger 2.0 to OpenAPI 3.0, then follows every
 * `$ref` that points at another file (relative paths) and loads those too. Nothing is inlined: later
 * stages resolve `$ref`s through `resolveRef`, so every value keeps its origin (file + JSON pointer)
 * for diagnostics.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Diagnostics, SpecError, escapePointerToken, pointerJoin, pointerTokens } from '../diagnostics';
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
}

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

export async function loadSpec(file: string, diags: Diagnostics, options: LoadOptions = {}): Promise<LoadedSpec> {
  const absPath = path.resolve(file);
  const root = await readDocument(file, absPath, options);
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
    declaredVersion = typeof top.openapi === 'number' && Number.isInteger(top.openapi) ? `${top.openapi}.0` : String(top.openapi);
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
  await loadExternalRefs(spec, root, options, dialect === '3.0' && top.swagger !== undefined, diags);
  return spec;
}

async function readDocument(display: string, absPath: string, options: LoadOptions): Promise<SpecDocument> {
  let text: string;
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) {
      throw new SpecError({ code: 'unreadable-file', file: display, pointer: '', message: 'is a directory, not a file' });
    }
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (info.size > max) {
      throw new SpecError({
        code: 'file-too-large',
        file: display,
        pointer: '',
        message: `file is ${info.size} bytes, over the ${max}-byte limit`,
      });
    }
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecError({
      code: code === 'ENOENT' ? 'missing-file' : 'unreadable-file',
      file: display,
      pointer: '',
      message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
      hint: code === 'ENOENT' ? 'check the path' : code === 'EACCES' ? 'check the file permissions' : null,
    });
  }
  return { file: display, absPath, root: parseDocumentText(text, display) };
}

/** Load every file that a `$ref` points at, transitively. */
async function loadExternalRefs(
  spec: LoadedSpec,
  start: SpecDocument,
  options: LoadOptions,
  convertFragments: boolean,
  diags: Diagnostics,
): Promise<void> {
  const queue: SpecDocument[] = [start];
  const rootDir = path.dirname(spec.root.absPath);
  while (queue.length > 0) {
    const doc = queue.shift()!;
    const targets = new Map<string, string>(); // absPath → pointer of the first ref that names it
    collectRefs(doc.root, '#', (ref) => {
      const hash = ref.indexOf('#');
      const filePart = hash === -1 ? ref : ref.slice(0, hash);
      const pointer = hash === -1 ? '#' : ref.slice(hash);
      if (/^#\/components\/schemas\/[^/]+$/.test(pointer) || pointer === '#') return;
      const abs = filePart === '' ? doc.absPath : path.resolve(path.dirname(doc.absPath), decodeURI(filePart));
      spec.deepRefTargets.add(`${abs}${normalizeRefPointer(pointer)}`);
    }, (ref, pointer) => {
      const filePart = ref.slice(0, ref.indexOf('#') === -1 ? ref.length : ref.indexOf('#'));
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
        throw new SpecError({
          code: 'remote-ref',
          file: doc.file,
          pointer,
          message: `$ref to a remote URL is not supported: ${ref}`,
          hint: 'download the referenced document and point the $ref at the local copy',
        });
      }
      const abs = path.resolve(path.dirname(doc.absPath), decodeURI(filePart));
      if (!spec.documents.has(abs) && !targets.has(abs)) targets.set(abs, pointer);
    });
    for (const [abs, pointer] of targets) {
      if (spec.documents.has(abs)) continue;
      const display = path.relative(rootDir, abs) || abs;
      let loaded: SpecDocument;
      try {
        loaded = await readDocument(display, abs, options);
      } catch (error) {
        if (error instanceof SpecError && error.diagnostic.code === 'missing-file') {
          throw new SpecError({
            code: 'missing-ref-file',
            file: doc.file,
            pointer,
            message: `$ref points at a file that does not exist: ${display}`,
            hint: 'fix the relative path of the $ref',
          });
        }
        throw error;
      }
      if (convertFragments && isSwagger2Fragment(loaded.root)) {
        const { convertSwagger2 } = await import('./swagger2');
        loaded.root = convertSwagger2(loaded.root as Record<string, unknown>, display, diags);
      }
      spec.documents.set(abs, loaded);
      queue.push(loaded);
    }
  }
}

function isSwagger2Fragment(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).swagger === '2.0';
}

/** Re-join a `$ref` pointer from its tokens so it matches pointers built with `pointerJoin`. */
export function normalizeRefPointer(pointer: string): string {
  return pointerJoin('#', ...pointerTokens(pointer));
}

/**
 * Calls `visitAll` for every `$ref` string and `visitExternal` for those naming another file.
 * Iterative: specs can nest deeply.
 */
function collectRefs(
  root: unknown,
  rootPointer: string,
  visitAll: (ref: string) => void,
  visit: (ref: string, pointer: string) => void,
): void {
  const stack: Array<[unknown, string]> = [[root, rootPointer]];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`]);
      continue;
    }
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref !== '') {
      visitAll(ref);
      if (!ref.startsWith('#')) visit(ref, `${pointer}/$ref`);
    }
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (value !== null && typeof value === 'object') {
        stack.push([value, `${pointer}/${escapePointerToken(key)}`]);
      }
    }
  }
}

/** Resolve a `$ref` found in `from.doc`. Throws a SpecError naming the pointer of the `$ref` when it dangles. */
export function resolveRef(spec: LoadedSpec, ref: string, from: Location): Location & { value: unknown } {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '#' : ref.slice(hash) || '#';
  const doc = filePart === '' ? from.doc : spec.documents.get(path.resolve(path.dirname(from.doc.absPath), decodeURI(filePart)));
  if (!doc) {
    throw new SpecError({
      code: 'missing-ref-file',
      file: from.doc.file,
      pointer: from.pointer,
      message: `$ref points at a file that was not loaded: ${ref}`,
    });
  }
  const value = valueAtPointer(doc.root, pointer);
  if (value === undefined) {
    throw new SpecError({
      code: 'dangling-ref',
      file: from.doc.file,
      pointer: from.pointer,
      message: `$ref ${JSON.stringify(ref)} does not resolve: nothing at ${pointer} in ${doc.file}`,
      hint: 'fix the $ref or add the missing definition',
    });
  }
  return { doc, pointer: normalizePointer(pointer), value };
}

/** getAtPointer's answers by document (root value) and pointer: a large spec names the same schema thousands of times. */
const pointerValues = new WeakMap<object, Map<string, unknown>>();

function valueAtPointer(root: unknown, pointer: string): unknown {
  if (root === null || typeof root !== 'object') return getAtPointer(root, pointer);
  let values = pointerValues.get(root);
  if (!values) pointerValues.set(root, (values = new Map()));
  if (values.has(pointer)) return values.get(pointer);
  const value = getAtPointer(root, pointer);
  values.set(pointer, value);
  return value;
}

function normalizePointer(pointer: string): string {
  return pointer === '#' || pointer === '#/' ? '#' : pointer.replace(/^#?/, '#');
}

export function getAtPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointerTokens(pointer)) {
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
