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
 *
 * This file runs the stage (`loadSpec`, `loadSpecFromMemory`: the version check, then the steps below). Its parts:
 * - types.ts: `LoadedSpec`, `SpecDocument`, `Location`, `LoadOptions`, and where documents come from;
 * - read.ts: reading a document from disk (the checks on the file, then parse.ts);
 * - external-refs.ts: following `$ref`s to other files, within the ref root;
 * - check-refs.ts: the check of every `$ref` once everything is loaded (for a spec of one document whose `$ref`s
 *   all stay in it, a quicker check first, which walks it once and needs the full steps only to report a problem);
 * - refs.ts: `$ref`s taken apart, found and resolved (`resolveRef`, `followRefs`, `getAtPointer`, exported here too).
 */
import path from 'node:path';
import { Diagnostics, SpecError, pointerJoin, type Diagnostic } from '../diagnostics';
import { checkRefs, quickCheckRefs } from './check-refs';
import { collectRefs, isReference, parseRef, valueAt, type ParsedRef } from './refs';
import { loadExternalRefs } from './external-refs';
import { valueTooDeep } from './limits';
import { parseDocumentText } from './parse';
import { diskSource } from './read';
import type { DocumentSource, LoadedSpec, LoadOptions, SpecDocument } from './types';

export type { LoadedSpec, LoadOptions, Location, SpecDocument } from './types';
export {
  followRefs,
  getAtPointer,
  isReference,
  normalizeRefPointer,
  parseRef,
  resolveRef,
  type ParsedRef,
} from './refs';

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
      // (Its depth checked before the copy, which recurses.)
      const tooDeep = typeof content === 'string' ? null : valueTooDeep(content, display);
      if (tooDeep) throw tooDeep;
      const root = typeof content === 'string' ? parseDocumentText(content, display) : structuredClone(content);
      return { file: display, absPath, root };
    },
  };
  return loadFrom(source, rootFile, path.resolve(MEMORY_DIR, rootFile), diags, options);
}

async function loadFrom(
  source: DocumentSource,
  file: string,
  absPath: string,
  diags: Diagnostics,
  options: LoadOptions,
): Promise<LoadedSpec> {
  source = depthChecked(source);
  const root = await source.read(file, absPath);
  const raw = root.root;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecError({
      code: 'not-openapi',
      file,
      pointer: '#',
      message: 'not an OpenAPI document: the top level is not an object',
      hint: 'pass an OpenAPI 3.0, 3.1 or 3.2 or a Swagger 2.0 document',
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
        hint: 'sdkgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0',
      });
    }
    checkStructure(top, file, false);
  } else if (top.swagger !== undefined) {
    declaredVersion = top.swagger === 2 ? '2.0' : String(top.swagger);
    if (declaredVersion !== '2.0') {
      throw new SpecError({
        code: 'unsupported-version',
        file,
        pointer: '#/swagger',
        message: `unsupported Swagger version ${JSON.stringify(declaredVersion)}`,
        hint: 'sdkgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0',
      });
    }
    checkStructure(top, file, true);
    // Said before the conversion renames what they point at (`#/definitions/Pet` → `#/components/schemas/Pet`).
    const dangling = danglingLocalRefs(root);
    if (dangling.length > 0) throw new SpecError({ ...dangling[0]!, more: dangling.slice(1) });
    const { convertSwagger2 } = await import('./swagger2');
    root.root = convertSwagger2({ ...top, swagger: '2.0' }, file, diags);
    root.asInFile = false;
    dialect = '3.0';
  } else {
    throw new SpecError({
      code: 'not-openapi',
      file,
      pointer: '#',
      message: 'not an OpenAPI document: it has neither an `openapi` nor a `swagger` field',
      hint: 'pass an OpenAPI 3.0, 3.1 or 3.2 or a Swagger 2.0 document',
    });
  }

  const documents = new Map<string, SpecDocument>([[absPath, root]]);
  const spec: LoadedSpec = { root, documents, declaredVersion, dialect, deepRefTargets: new Set() };
  const quick = quickCheckRefs(spec);
  if (quick) {
    for (const target of quick) spec.deepRefTargets.add(target);
    return spec;
  }
  const refRoot = options.allowRefRoot ? path.resolve(options.allowRefRoot) : path.dirname(absPath);
  const problems: Diagnostic[] = [];
  const { unread, refs } = await loadExternalRefs(
    spec,
    source,
    refRoot,
    dialect === '3.0' && top.swagger !== undefined,
    diags,
    problems,
  );
  checkRefs(spec, unread, refs, problems);
  if (problems.length > 0) throw new SpecError({ ...problems[0], more: problems.slice(1) });
  return spec;
}

/** `source`, whose documents are refused when a value nests too deeply for the later stages. */
function depthChecked(source: DocumentSource): DocumentSource {
  return {
    realPath: (absPath) => source.realPath(absPath),
    read: async (display, absPath) => {
      const doc = await source.read(display, absPath);
      const tooDeep = valueTooDeep(doc.root, doc.file);
      if (tooDeep) throw tooDeep;
      return doc;
    },
  };
}

/** The sections of `components` (3.x) and their Swagger 2.0 counterparts at the top level, each a map by name. */
const COMPONENT_SECTIONS = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
];
const SWAGGER2_SECTIONS = ['definitions', 'parameters', 'responses', 'securityDefinitions'];

/**
 * The top level's structure, checked alike in every version before anything reads it: `info`, `paths`, each path
 * item and `components` (2.0: `definitions` and the other maps by name) must be objects where present. A later
 * stage would otherwise skip such a value silently and generate an SDK without what it meant.
 */
function checkStructure(top: Record<string, unknown>, file: string, swagger: boolean): void {
  const problems: Diagnostic[] = [];
  const expectObject = (value: unknown, pointer: string, what: string, code = 'invalid-structure') => {
    if (value === undefined || isMapping(value)) return true;
    problems.push({
      severity: 'error',
      code,
      file,
      pointer,
      message: `${what} is not an object (it is ${kindOf(value)})`,
      hint: 'fix the structure of the document: see the OpenAPI specification of this field',
    });
    return false;
  };
  expectObject(top.info, '#/info', '`info`');
  if (expectObject(top.paths, '#/paths', '`paths`', 'invalid-paths') && isMapping(top.paths)) {
    for (const [name, item] of Object.entries(top.paths)) {
      if (!name.startsWith('x-'))
        expectObject(item, pointerJoin('#/paths', name), `the path item ${JSON.stringify(name)}`);
    }
  }
  if (swagger) {
    for (const section of SWAGGER2_SECTIONS) expectObject(top[section], `#/${section}`, `\`${section}\``);
  } else if (expectObject(top.components, '#/components', '`components`') && isMapping(top.components)) {
    for (const section of COMPONENT_SECTIONS) {
      expectObject(top.components[section], `#/components/${section}`, `\`components.${section}\``);
    }
  }
  if (problems.length > 0) throw new SpecError({ ...problems[0]!, more: problems.slice(1) });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/**
 * The `$ref`s within `doc` that name nothing, each at its own pointer. A `$ref` whose target path runs through another
 * `$ref`, or that is malformed, is left to the check of every `$ref` after loading (check-refs.ts).
 */
function danglingLocalRefs(doc: SpecDocument): Diagnostic[] {
  const problems: Diagnostic[] = [];
  collectRefs(doc.root, (ref, pointer) => {
    if (!ref.startsWith('#')) return;
    let target: ParsedRef;
    try {
      target = parseRef(ref, { doc, pointer });
    } catch {
      return;
    }
    let node: unknown = doc.root;
    for (const token of target.tokens) {
      if (isReference(node)) return;
      node = valueAt(node, [token]);
      if (node === undefined) break;
    }
    if (node !== undefined) return;
    problems.push({
      severity: 'error',
      code: 'dangling-ref',
      file: doc.file,
      pointer,
      message: `$ref ${JSON.stringify(ref)} does not resolve: nothing at ${target.pointer} in ${doc.file}`,
      hint: 'fix the $ref or add the missing definition',
    });
  });
  return problems;
}
