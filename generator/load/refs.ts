/**
 * `$ref`s: taking one apart (`parseRef`), finding every one in a document (`collectRefs`), and resolving them
 * (`resolveRef`, `followRefs`) for the later stages, which follow `$ref`s in place.
 */
import path from 'node:path';
import { SpecError, escapePointerToken, pointerJoin, pointerTokens } from '../diagnostics';
import { extend } from '../extend';
import type { LoadedSpec, Location, SpecDocument } from './types';

/** A place inside a document other than a component schema (`#/paths/…`, `#/components/schemas/A/properties/b`). */
export function isDeepTarget(tokens: readonly string[]): boolean {
  return tokens.length > 0 && !(tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas');
}

export function cycleError(cycle: Array<Location & { value: unknown }>, what: string): SpecError {
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

/** Re-join a `$ref` fragment ("#/a/b%20c") from its decoded tokens so it matches pointers built with `pointerJoin`. */
export function normalizeRefPointer(fragment: string): string {
  return pointerJoin('#', ...fragmentTokens(fragment.startsWith('#') ? fragment.slice(1) : fragment));
}

/** A `$ref` taken apart: which file (decoded relative path, "" for the same document) and where in it. */
export interface ParsedRef {
  file: string;
  tokens: readonly string[];
  /** The place as a `pointerJoin` pointer ("#/components/schemas/A B"). */
  pointer: string;
}

/**
 * Take a `$ref` apart. `at` is where the `$ref` string is (for the error): a URL other than a relative path, a
 * malformed `%` escape and a plain-name fragment (`#Pet`, an `$anchor`) are SpecErrors naming it.
 */
export function parseRef(ref: string, at: Location): Readonly<ParsedRef> {
  let parsed = parsedRefs.get(ref);
  if (parsed === undefined) {
    parsed = parseRefText(ref, at);
    // A spec names the same few thousand targets over and over: each is taken apart once.
    if (parsedRefs.size >= PARSED_REFS_MAX) parsedRefs.clear();
    parsedRefs.set(ref, parsed);
  }
  return parsed;
}

/** `$ref` strings taken apart already (only those that parse: an error names where its `$ref` is). */
const parsedRefs = new Map<string, Readonly<ParsedRef>>();
const PARSED_REFS_MAX = 100_000;

function parseRefText(ref: string, at: Location): Readonly<ParsedRef> {
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
  // (A fragment with nothing to decode or escape is its pointer's own text: most are.)
  const pointer =
    tokens.length > 0 && !fragment.includes('%') && !fragment.includes('~')
      ? `#${fragment}`
      : pointerJoin('#', ...tokens);
  return Object.freeze({ file, tokens: Object.freeze(tokens), pointer });
}

/** Tokens of a URI fragment that is a JSON pointer ("/a/b~1c%20d" → ["a", "b/c d"]); throws URIError on a bad %-escape. */
function fragmentTokens(fragment: string): string[] {
  // "" and "/" both name the whole document (the empty key at the top of a spec is never meant).
  if (fragment === '' || fragment === '/') return [];
  const tokens = fragment.slice(1).split('/');
  // (Most fragments have nothing to decode.)
  if (!fragment.includes('%') && !fragment.includes('~')) return tokens;
  return tokens.map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
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

/** A `$ref` found in a document: its string, the pointer of the `$ref` itself, and the object that holds it. */
export interface FoundRef {
  ref: string;
  pointer: string;
  holder: Record<string, unknown>;
}

/**
 * Calls `visit` for every `$ref` string, in document order, with the pointer of the `$ref` itself and the object
 * holding it. Skips literal values (examples, defaults, enums), where `{"$ref": …}` is data. Iterative: specs can
 * nest deeply.
 */
export function collectRefs(
  root: unknown,
  visit: (ref: string, pointer: string, holder: Record<string, unknown>) => void,
): void {
  walkRefs(root, true, visit);
}

/**
 * The text of every `$ref` `collectRefs` finds, without pointers or holders: a pointer for every place of a large spec
 * costs more than the rest of the walk, and only a `$ref` with a problem needs its own. (Not in document order: an
 * object's `$ref` comes when its key does, after the `$ref`s of the values before it.)
 */
export function collectRefTexts(root: unknown, visit: (ref: string) => void): void {
  if (root !== null && typeof root === 'object') collectTextsIn(root, PLAIN, visit, 0);
}

/**
 * How deep collectTextsIn recurses (a call per level is quicker than a stack of its own, by a third on GitHub's spec);
 * deeper, collectTextsIteratively takes over, as specs can nest deeply.
 */
const RECURSION_MAX = 1000;

function collectTextsIn(node: object, kind: number, visit: (ref: string) => void, depth: number): void {
  if (depth > RECURSION_MAX) return collectTextsIteratively(node, kind, visit);
  if (Array.isArray(node)) {
    // (Indexed, and called for objects only: most items of a spec's arrays are strings.)
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (item !== null && typeof item === 'object') collectTextsIn(item, PLAIN, visit, depth + 1);
    }
    return;
  }
  const obj = node as Record<string, unknown>;
  // (A parsed document's objects are plain: `in` lists their own keys, in Object.keys' order, without the array.)
  for (const key in obj) {
    const value = obj[key];
    if (value === null || typeof value !== 'object') {
      // Met among the keys, not looked up: `obj.$ref` on an object without one (most of them) searches its prototypes.
      if (key === '$ref' && typeof value === 'string' && value !== '') visit(value);
      continue;
    }
    const child = kindOfChild(kind, key, value);
    if (child !== LITERAL) collectTextsIn(value, child, visit, depth + 1);
  }
}

/** collectTextsIn with a stack of its own: the same texts (each object's `$ref` before its other values). */
function collectTextsIteratively(root: object, rootKind: number, visit: (ref: string) => void): void {
  // Each entry: a node, and what the key it sits under in its parent object makes of it (PLAIN in an array).
  const nodes: unknown[] = [root];
  const kinds: number[] = [rootKind];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const kind = kinds.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        nodes.push(node[i]);
        kinds.push(PLAIN);
      }
      continue;
    }
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref !== '') visit(ref);
    const keys = Object.keys(obj);
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = obj[keys[k]];
      if (value === null || typeof value !== 'object') continue;
      const child = kindOfChild(kind, keys[k], value);
      if (child === LITERAL) continue;
      nodes.push(value);
      kinds.push(child);
    }
  }
}

/** What the value under `key` in an object of `kind` is, or LITERAL when it is data (`{"$ref": …}` there is no $ref). */
function kindOfChild(kind: number, key: string, value: object): number {
  if (kind === NAMES) return PLAIN;
  if (kind === EXAMPLE_NAMES) return EXAMPLE;
  // (One lookup for the keys that say something: most keys say nothing.)
  const child = KIND_OF_KEY.get(key);
  if (child === undefined) return kind === EXAMPLE && key === 'value' ? LITERAL : PLAIN;
  // (A schema's `examples` is a list of example values.)
  return child === EXAMPLE_NAMES && Array.isArray(value) ? LITERAL : child;
}

/**
 * collectRefTexts' kinds of node: any other, a map of names, the `examples` map, an Example object in it; and a value
 * that is data.
 */
const PLAIN = 0;
const NAMES = 1;
const EXAMPLE_NAMES = 2;
const EXAMPLE = 3;
const LITERAL = -1;

/** What a key of an object that is no map of names makes of an object under it, when not PLAIN. */
const KIND_OF_KEY = new Map<string, number>([
  ...[...NAMED_MAPS].map((key): [string, number] => [key, NAMES]),
  ...[...LITERAL_KEYS].map((key): [string, number] => [key, LITERAL]),
  ['examples', EXAMPLE_NAMES],
]);

function walkRefs(
  root: unknown,
  withPointers: boolean,
  visit: (ref: string, pointer: string, holder: Record<string, unknown>) => void,
): void {
  // Each entry: a node, its pointer, the key it sits under in its parent object ("" at the top or in an array).
  // Three stacks side by side, so that no entry is an array of its own.
  const nodes: unknown[] = [root];
  const pointers: string[] = [withPointers ? '#' : ''];
  const parentKeys: string[] = [''];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const pointer = pointers.pop()!;
    const keyInParent = parentKeys.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item: unknown = node[i];
        if (item === null || typeof item !== 'object') continue;
        nodes.push(item);
        pointers.push(withPointers ? `${pointer}/${i}` : '');
        parentKeys.push('');
      }
      continue;
    }
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref !== '') visit(ref, withPointers ? `${pointer}/$ref` : '', obj);
    const keysAreNames = NAMED_MAPS.has(keyInParent);
    // An entry of an `examples` map is an Example object: its `value` is data.
    const isExample = keyInParent === 'examples:entry';
    const keys = Object.keys(obj);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k];
      const value = obj[key];
      if (value === null || typeof value !== 'object') continue;
      if (keysAreNames) {
        nodes.push(value);
        pointers.push(withPointers ? `${pointer}/${escapePointerToken(key)}` : '');
        parentKeys.push(keyInParent === 'examples' ? 'examples:entry' : '');
        continue;
      }
      if (LITERAL_KEYS.has(key) || (isExample && key === 'value')) continue;
      if (key === 'examples' && Array.isArray(value)) continue; // a schema's list of example values
      nodes.push(value);
      pointers.push(withPointers ? `${pointer}/${escapePointerToken(key)}` : '');
      parentKeys.push(key);
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
export function resolve(
  spec: LoadedSpec,
  ref: string,
  from: Location,
  lookup: (root: unknown, pointer: string, tokens: readonly string[]) => unknown,
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
  tokens: readonly string[],
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
  return extend(at, { value: node });
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
  let current: Location & { value: unknown } = extend(at, { value });
  // (Most values are no `$ref`: they need no chain.)
  if (!isReference(current.value)) return current;
  const chain: Array<Location & { value: unknown }> = [];
  while (isReference(current.value)) {
    // The chain is short: a place met again is found by a scan, without a key joined for each place.
    const first = chain.findIndex((c) => c.doc.absPath === current.doc.absPath && c.pointer === current.pointer);
    if (first !== -1) throw cycleError([...chain.slice(first), current], what);
    chain.push(current);
    current = resolveRef(spec, current.value.$ref, new RefLocation(current));
  }
  return current;
}

/** Where a `$ref` string is: its pointer is joined only for an error (most `$ref`s resolve). */
class RefLocation implements Location {
  readonly doc: SpecDocument;

  constructor(private readonly holder: Location) {
    this.doc = holder.doc;
  }

  get pointer(): string {
    return pointerJoin(this.holder.pointer, '$ref');
  }
}

/** resolveRef's answers by document (root value) and canonical pointer: a large spec names the same schema thousands of times. */
const pointerValues = new WeakMap<object, Map<string, unknown>>();

function valueAtPointer(root: unknown, pointer: string, tokens: readonly string[]): unknown {
  if (root === null || typeof root !== 'object') return valueAt(root, tokens);
  let values = pointerValues.get(root);
  if (!values) pointerValues.set(root, (values = new Map()));
  if (values.has(pointer)) return values.get(pointer);
  const value = valueAt(root, tokens);
  values.set(pointer, value);
  return value;
}

export function isReference(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** The value at a `pointerJoin` pointer ("#/paths/~1pets/get"), or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  return valueAt(root, pointerTokens(pointer));
}

export function valueAt(root: unknown, tokens: readonly string[]): unknown {
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
