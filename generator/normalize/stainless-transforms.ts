/**
 * Stainless `openapi.transformations` (also spelled `openapi.transforms`): edits a Stainless config asks for
 * on the OpenAPI document before SDK generation. https://www.stainless.com/docs/reference/transforms
 *
 * Contract of `applyStainlessTransforms(spec, transforms, config, diags, keyPath?)`:
 * - `transforms` is the raw YAML value of the list; it is validated here. Call after `loadSpec` and before the
 *   IR is built: it edits `spec.root.root` (the raw root document) in place, in list order. Other documents
 *   of a multi-file spec are not touched, and a `$ref` a transform adds must point at something already loaded.
 * - It never throws on a bad config. A transform with an unknown command or malformed args is skipped with an
 *   `invalid-stainless-transform` warning; a target that matches nothing gives `stainless-transform-no-match`;
 *   an edit that cannot be made where a target matched (append onto an existing key…) gives
 *   `stainless-transform-conflict` and that one edit is skipped. Each names the config file, the key path
 *   (`openapi.transformations[3].args.target`; `keyPath` is the list's own path, for the `transforms` spelling).
 * - Values from the config are deep-cloned into the document. Nothing is evaluated: targets are JSONPath
 *   (generator/normalize/jsonpath.ts). A `__proto__` key is refused anywhere; other keys are written as own
 *   data properties and merges only descend into own properties, so `constructor.prototype` reaches nothing.
 *
 * Commands (documented): update, append, merge, remove, copy, move. The argument names of merge (`value`) and
 * copy/move (`from`, `to`) are assumed, not read from the docs. Commands real configs
 * use that the docs do not list (semantics read from those configs and the SDKs Stainless made with them): mergeObject,
 * replaceProperties, oneOfToAnyOf, guessDiscriminantUnions, extractToRefs, renameKey.
 */
import type { Diagnostics } from '../diagnostics';
import type { LoadedSpec } from '../load/load';
import { lineOfKey } from '../stainless/yaml-lines';
import {
  compileJsonPath,
  formatPath,
  JsonPathError,
  queryJsonPath,
  type CompiledPath,
  type PathMatch,
  type PathToken,
} from './jsonpath';

type Obj = Record<string, unknown>;

/** Where a value sits in the config: ['openapi', 'transformations', 3, 'args', 'target']. */
type KeyPath = PathToken[];

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasOwn = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k);

/** `openapi.transformations[3].args.target`. */
const dotted = (at: KeyPath) =>
  at.reduce<string>((acc, t) => (typeof t === 'number' ? `${acc}[${t}]` : acc ? `${acc}.${t}` : t), '');
const pointer = (at: KeyPath) => `#/${at.map((t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** A malformed transform: thrown while reading args (before anything is edited), reported, transform skipped. */
class ConfigProblem extends Error {
  constructor(
    readonly at: KeyPath,
    message: string,
  ) {
    super(message);
  }
}

/** Reports a problem at a key path of the transforms (`[..., 'transformations', 3, 'args', 'target']`). */
type Report = (code: string, at: KeyPath, message: string, hint: string | null) => void;

class Context {
  constructor(
    readonly root: unknown,
    readonly report: Report,
    /** The transform's own key path: [..., 'transformations', 3]. */
    readonly at: KeyPath,
    readonly command: string,
  ) {}

  noMatch(at: KeyPath, what: string): void {
    this.nothingToDo(at, `${what} matches nothing in the OpenAPI document`);
  }

  nothingToDo(at: KeyPath, why: string): void {
    this.report(
      'stainless-transform-no-match',
      at,
      `${why}; \`${this.command}\` did nothing there`,
      'fix the path, or drop the transform if the spec no longer needs it',
    );
  }

  conflict(at: KeyPath, message: string): void {
    this.report('stainless-transform-conflict', at, `${message}; that edit was skipped`, null);
  }
}

// ── reading args ────────────────────────────────────────────────────────────────────────────────────────────

function argsOf(entry: Obj, at: KeyPath): Obj {
  if (entry.args === undefined || entry.args === null) return {};
  if (!isObject(entry.args)) throw new ConfigProblem([...at, 'args'], '`args` must be a mapping');
  return entry.args;
}

function compile(source: unknown, at: KeyPath): CompiledPath {
  if (typeof source !== 'string')
    throw new ConfigProblem(at, 'must be a JSONPath string such as "$.components.schemas.User"');
  try {
    return compileJsonPath(source);
  } catch (error) {
    if (error instanceof JsonPathError) throw new ConfigProblem(at, `unsupported JSONPath: ${error.message}`);
    throw error;
  }
}

type Target =
  | { at: KeyPath; path: CompiledPath }
  | { at: KeyPath; matchesSchema: CompiledPath; ignore: CompiledPath[] };

/** `target`: one JSONPath, or a list of JSONPaths and `{ matches_schema, ignore }` entries. */
function readTargets(args: Obj, at: KeyPath, name = 'target'): Target[] {
  const raw = args[name];
  const base = [...at, name];
  if (raw === undefined) throw new ConfigProblem(base, `\`${name}\` is required`);
  const one = (item: unknown, itemAt: KeyPath): Target => {
    if (isObject(item)) {
      if (item.matches_schema === undefined) throw new ConfigProblem(itemAt, 'a target mapping needs `matches_schema`');
      const ignoreRaw = item.ignore === undefined ? [] : Array.isArray(item.ignore) ? item.ignore : [item.ignore];
      return {
        at: itemAt,
        matchesSchema: compile(item.matches_schema, [...itemAt, 'matches_schema']),
        ignore: ignoreRaw.map((p, i) =>
          compile(p, Array.isArray(item.ignore) ? [...itemAt, 'ignore', i] : [...itemAt, 'ignore']),
        ),
      };
    }
    return { at: itemAt, path: compile(item, itemAt) };
  };
  if (Array.isArray(raw)) {
    if (raw.length === 0) throw new ConfigProblem(base, `\`${name}\` is an empty list`);
    return raw.map((item, i) => one(item, [...base, i]));
  }
  return [one(raw, base)];
}

function requireValue(args: Obj, at: KeyPath, name = 'value'): unknown {
  if (!hasOwn(args, name)) throw new ConfigProblem([...at, name], `\`${name}\` is required`);
  const bad = findProtoKey(args[name]);
  if (bad) throw new ConfigProblem([...at, name, ...bad], 'a `__proto__` key is not allowed');
  return args[name];
}

/** The path to a `__proto__` key inside `value`, or null. */
function findProtoKey(value: unknown, seen = new Set<unknown>()): KeyPath | null {
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  const entries: Array<[PathToken, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  if (!Array.isArray(value) && hasOwn(value, '__proto__')) return ['__proto__'];
  for (const [k, v] of entries) {
    const inner = findProtoKey(v, seen);
    if (inner) return [k, ...inner];
  }
  return null;
}

// ── editing the document ────────────────────────────────────────────────────────────────────────────────────

/** Own data property, whatever the key: never runs a setter such as `__proto__`'s. */
function setOwn(target: Obj | unknown[], key: PathToken, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A deep copy, so one config value pasted in several places stays several independent values. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const out: Obj = {};
    for (const key of Object.keys(value)) setOwn(out, key, clone(value[key]));
    return out;
  }
  return value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** Deep-merge `source` into `target`: mappings merge key by key, anything else replaces. */
function deepMerge(target: Obj, source: Obj): void {
  for (const key of Object.keys(source)) {
    const from = source[key];
    // Only an own mapping is merged into: an inherited member (`constructor`) is shadowed, never descended into.
    if (isObject(from) && hasOwn(target, key) && isObject(target[key])) deepMerge(target[key] as Obj, from);
    else setOwn(target, key, clone(from));
  }
}

function removeAt(m: PathMatch): void {
  if (Array.isArray(m.parent)) m.parent.splice(m.key as number, 1);
  else if (m.parent) delete m.parent[m.key as string];
}

/** What a target matched (and a no-match warning when nothing). */
function resolve(ctx: Context, target: Target): PathMatch[] {
  let matches: PathMatch[];
  if ('path' in target) {
    matches = queryJsonPath(ctx.root, target.path);
  } else {
    const schemas = queryJsonPath(ctx.root, target.matchesSchema);
    if (schemas.length !== 1) {
      if (schemas.length === 0) ctx.noMatch([...target.at, 'matches_schema'], `\`${target.matchesSchema.source}\``);
      else
        ctx.conflict(
          [...target.at, 'matches_schema'],
          `\`${target.matchesSchema.source}\` matches ${schemas.length} nodes, not one`,
        );
      return [];
    }
    const ignored = new Set(
      target.ignore.flatMap((p) => queryJsonPath(ctx.root, p)).map((m) => JSON.stringify(m.path)),
    );
    const shape = schemas[0].value;
    matches = queryJsonPath(ctx.root, compileJsonPath('$..*')).filter(
      (m) => !ignored.has(JSON.stringify(m.path)) && deepEqual(m.value, shape),
    );
  }
  if (matches.length === 0)
    ctx.noMatch(
      target.at,
      'path' in target ? `\`${target.path.source}\`` : `no node is equal to \`${target.matchesSchema.source}\``,
    );
  return matches;
}

/** `$.a.b[2]` as a parent path and a last member, for destinations that need not exist yet. */
function splitDestination(source: unknown, at: KeyPath): { parent: CompiledPath; key: PathToken; source: string } {
  const path = compile(source, at);
  const last = path.segments[path.segments.length - 1];
  if (!last || last.descend || (last.sel.kind !== 'name' && last.sel.kind !== 'index')) {
    throw new ConfigProblem(
      at,
      'a destination must end in a member name or an index, such as "$.components.schemas.New"',
    );
  }
  if (last.sel.kind === 'name' && last.sel.name === '__proto__')
    throw new ConfigProblem(at, 'a `__proto__` key is not allowed');
  return {
    parent: { source: path.source, segments: path.segments.slice(0, -1) },
    key: last.sel.kind === 'name' ? last.sel.name : last.sel.index,
    source: path.source,
  };
}

/** Put `value` at each place a destination names; how many it filled (each one it could not fill is warned about). */
function putAt(ctx: Context, at: KeyPath, dest: ReturnType<typeof splitDestination>, value: () => unknown): number {
  const parents = queryJsonPath(ctx.root, dest.parent);
  if (parents.length === 0) ctx.noMatch(at, `the parent of \`${dest.source}\``);
  let done = 0;
  for (const p of parents) {
    const where = formatPath([...p.path, dest.key]);
    if (typeof dest.key === 'number') {
      if (!Array.isArray(p.value)) ctx.conflict(at, `${formatPath(p.path)} is not a list`);
      else if (dest.key < p.value.length) ctx.conflict(at, `${where} already exists`);
      else if (dest.key > p.value.length) ctx.conflict(at, `${where} is past the end of the list`);
      else {
        p.value.push(value());
        done++;
      }
    } else if (!isObject(p.value)) ctx.conflict(at, `${formatPath(p.path)} is not a mapping`);
    else if (hasOwn(p.value, dest.key)) ctx.conflict(at, `${where} already exists`);
    else {
      setOwn(p.value, dest.key, value());
      done++;
    }
  }
  return done;
}

// ── commands ────────────────────────────────────────────────────────────────────────────────────────────────

type Command = (ctx: Context, args: Obj, at: KeyPath) => void;

/** update: replace the value at each target; with `template: true`, `{{value}}` in the new string is the old one. */
const update: Command = (ctx, args, at) => {
  const targets = readTargets(args, at);
  const value = requireValue(args, at);
  const template = args.template ?? false;
  if (typeof template !== 'boolean') throw new ConfigProblem([...at, 'template'], '`template` must be true or false');
  if (template && (typeof value !== 'string' || !value.includes('{{value}}'))) {
    throw new ConfigProblem([...at, 'value'], 'with `template: true`, `value` must be a string containing {{value}}');
  }
  for (const target of targets) {
    for (const m of resolve(ctx, target)) {
      if (!m.parent) ctx.conflict(target.at, 'the document itself cannot be replaced');
      else if (!template) setOwn(m.parent, m.key!, clone(value));
      else if (typeof m.value !== 'string')
        ctx.conflict(target.at, `${formatPath(m.path)} is not a string, so {{value}} has nothing to stand for`);
      else setOwn(m.parent, m.key!, (value as string).split('{{value}}').join(m.value));
    }
  }
};

/** append: add items to a list (a list value adds each item) or new keys to a mapping (an existing key is a conflict). */
const append: Command = (ctx, args, at) => {
  const targets = readTargets(args, at);
  const value = requireValue(args, at);
  for (const target of targets) {
    for (const m of resolve(ctx, target)) {
      if (Array.isArray(m.value)) {
        for (const item of Array.isArray(value) ? value : [value]) m.value.push(clone(item));
      } else if (isObject(m.value)) {
        if (!isObject(value)) {
          ctx.conflict(target.at, `${formatPath(m.path)} is a mapping: \`value\` must be a mapping of keys to add`);
          continue;
        }
        for (const key of Object.keys(value)) {
          if (hasOwn(m.value, key)) ctx.conflict(target.at, `${formatPath([...m.path, key])} already exists`);
          else setOwn(m.value, key, clone(value[key]));
        }
      } else {
        ctx.conflict(target.at, `${formatPath(m.path)} is neither a list nor a mapping`);
      }
    }
  }
};

/** merge (and the older mergeObject): deep-merge a mapping into each target mapping. */
function mergeWith(valueKey: 'value' | 'object'): Command {
  return (ctx, args, at) => {
    const targets = readTargets(args, at);
    const value = requireValue(args, at, valueKey);
    if (!isObject(value)) throw new ConfigProblem([...at, valueKey], `\`${valueKey}\` must be a mapping`);
    for (const target of targets) {
      for (const m of resolve(ctx, target)) {
        if (isObject(m.value)) deepMerge(m.value, value);
        else ctx.conflict(target.at, `${formatPath(m.path)} is not a mapping`);
      }
    }
  };
}

/** remove: delete each target node, or with `keys`, those keys of each target mapping. */
const remove: Command = (ctx, args, at) => {
  const targets = readTargets(args, at);
  let keys: string[] | null = null;
  if (args.keys !== undefined) {
    if (!Array.isArray(args.keys) || args.keys.length === 0 || !args.keys.every((k) => typeof k === 'string')) {
      throw new ConfigProblem([...at, 'keys'], '`keys` must be a non-empty list of key names');
    }
    keys = args.keys as string[];
  }
  const nodes = new Map<string, PathMatch>();
  for (const target of targets) {
    for (const m of resolve(ctx, target)) {
      if (keys === null) {
        if (!m.parent) ctx.conflict(target.at, 'the document itself cannot be removed');
        else nodes.set(JSON.stringify(m.path), m);
        continue;
      }
      if (!isObject(m.value)) {
        ctx.conflict(target.at, `${formatPath(m.path)} is not a mapping, so it has no keys to remove`);
        continue;
      }
      for (const key of keys) {
        if (hasOwn(m.value, key)) delete m.value[key];
        else ctx.noMatch([...at, 'keys'], `key \`${key}\` of ${formatPath(m.path)}`);
      }
    }
  }
  // Later list items first, so removing one does not shift the index of another still to remove.
  const index = (m: PathMatch) => (typeof m.key === 'number' ? m.key : -1);
  for (const m of [...nodes.values()].sort((a, b) => index(b) - index(a))) removeAt(m);
};

/** The single node `from` names (copy and move take exactly one source). */
function single(ctx: Context, args: Obj, at: KeyPath): PathMatch | null {
  const path = compile(args.from, [...at, 'from']);
  const matches = queryJsonPath(ctx.root, path);
  if (matches.length === 0) ctx.noMatch([...at, 'from'], `\`${path.source}\``);
  else if (matches.length > 1)
    ctx.conflict([...at, 'from'], `\`${path.source}\` matches ${matches.length} nodes; copy and move take one`);
  return matches.length === 1 ? matches[0] : null;
}

/** copy: put a deep copy of the `from` node at each `to` destination (a new key or the next list index). */
const copy: Command = (ctx, args, at) => {
  if (args.from === undefined) throw new ConfigProblem([...at, 'from'], '`from` is required');
  if (args.to === undefined) throw new ConfigProblem([...at, 'to'], '`to` is required');
  const tos = Array.isArray(args.to)
    ? args.to.map((t, i) => ({ raw: t, at: [...at, 'to', i] }))
    : [{ raw: args.to, at: [...at, 'to'] }];
  const dests = tos.map((t) => ({ at: t.at, dest: splitDestination(t.raw, t.at) }));
  compile(args.from, [...at, 'from']);
  const source = single(ctx, args, at);
  if (!source) return;
  // Copied once up front: a destination inside the source must not receive the copies made before it.
  const snapshot = clone(source.value);
  for (const { at: destAt, dest } of dests) putAt(ctx, destAt, dest, () => clone(snapshot));
};

/** move: put the `from` node at the `to` destination and remove it from where it was (a rename when both share a parent). */
const move: Command = (ctx, args, at) => {
  if (args.from === undefined) throw new ConfigProblem([...at, 'from'], '`from` is required');
  if (typeof args.to !== 'string') throw new ConfigProblem([...at, 'to'], '`to` must be one JSONPath');
  const dest = splitDestination(args.to, [...at, 'to']);
  compile(args.from, [...at, 'from']);
  const source = single(ctx, args, at);
  if (!source) return;
  if (!source.parent) return ctx.conflict([...at, 'from'], 'the document itself cannot be moved');
  const parents = queryJsonPath(ctx.root, dest.parent);
  if (parents.length > 1)
    return ctx.conflict([...at, 'to'], `\`${dest.source}\` names ${parents.length} places; move takes one`);
  const inside = (p: PathMatch) => p.path.length >= source.path.length && source.path.every((t, i) => p.path[i] === t);
  if (parents.some(inside)) {
    return ctx.conflict([...at, 'to'], `${formatPath(source.path)} cannot be moved inside itself`);
  }
  if (putAt(ctx, [...at, 'to'], dest, () => source.value) === 1) removeAt(source);
};

/** replaceProperties (older configs): replace each node `filter.only` names with `value`. */
const replaceProperties: Command = (ctx, args, at) => {
  const filter = args.filter;
  if (!isObject(filter))
    throw new ConfigProblem([...at, 'filter'], '`filter` must be a mapping with an `only` list of JSONPaths');
  const targets = readTargets(filter, [...at, 'filter'], 'only');
  const value = requireValue(args, at);
  for (const target of targets) {
    for (const m of resolve(ctx, target)) {
      if (m.parent) setOwn(m.parent, m.key!, clone(value));
      else ctx.conflict(target.at, 'the document itself cannot be replaced');
    }
  }
};

/** oneOfToAnyOf (older configs, no args): every `oneOf` list in the document becomes `anyOf`. */
const oneOfToAnyOf: Command = (ctx) => {
  let count = 0;
  for (const m of queryJsonPath(ctx.root, compileJsonPath('$..oneOf'))) {
    // A list, so a property that happens to be named `oneOf` (a schema, a mapping) is left alone.
    if (!Array.isArray(m.value) || !isObject(m.parent)) continue;
    const node = m.parent;
    if (hasOwn(node, 'anyOf')) {
      // Both on one schema: keep both constraints, the former oneOf as one more allOf member.
      const allOf = Array.isArray(node.allOf) ? node.allOf : [];
      setOwn(node, 'allOf', [...allOf, { anyOf: node.oneOf }]);
      delete node.oneOf;
    } else {
      // Rebuild to keep the key where oneOf was (diffs and generated output stay in document order).
      const entries = Object.entries(node);
      for (const [k] of entries) delete node[k];
      for (const [k, v] of entries) setOwn(node, k === 'oneOf' ? 'anyOf' : k, v);
    }
    count++;
  }
  if (count === 0) ctx.nothingToDo(ctx.at, 'the document has no `oneOf`');
};

/**
 * guessDiscriminantUnions (no args): each `oneOf` / `anyOf` without a discriminator whose members are all objects
 * (written out, or a `$ref` within the document) that each allow one string alone for a property they all have
 * (`status: { enum: [queued] }`, or a `const`), a different one each, gets that property as its discriminator: the
 * first such property of the first member. The members are then named after their values (`CheckStep.Queued`).
 */
const guessDiscriminantUnions: Command = (ctx) => {
  let count = 0;
  for (const key of ['oneOf', 'anyOf']) {
    for (const m of queryJsonPath(ctx.root, compileJsonPath(`$..${key}`))) {
      if (!Array.isArray(m.value) || !isObject(m.parent) || hasOwn(m.parent, 'discriminator')) continue;
      const members = m.value.map((member) => objectAt(ctx.root, member));
      if (members.length < 2 || !members.every((member) => member !== null)) continue;
      const property = Object.keys(members[0]!.properties as Obj).find((name) => {
        const values = members.map((member) => soleString(ctx.root, (member!.properties as Obj)[name]));
        return values.every((v) => v !== null) && new Set(values).size === values.length;
      });
      if (property === undefined) continue;
      setOwn(m.parent, 'discriminator', { propertyName: property });
      count++;
    }
  }
  if (count === 0) ctx.nothingToDo(ctx.at, 'no union of the document has a property that tells its members apart');
};

/** `schema` (a `$ref` within the document followed, once) when it is an object schema with properties, else null. */
function objectAt(root: unknown, schema: unknown): Obj | null {
  const target = isObject(schema) && typeof schema.$ref === 'string' ? localTarget(root, schema.$ref) : schema;
  return isObject(target) && isObject(target.properties) ? target : null;
}

/** What a `#/…` pointer names in the document, or undefined. */
function localTarget(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let at: unknown = root;
  for (const token of ref.slice(2).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(at) || !hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/** The one string a property's schema allows (a `const`, or an `enum` of one), or null. */
function soleString(root: unknown, schema: unknown): string | null {
  const target = isObject(schema) && typeof schema.$ref === 'string' ? localTarget(root, schema.$ref) : schema;
  if (!isObject(target)) return null;
  const value = hasOwn(target, 'const')
    ? target.const
    : Array.isArray(target.enum) && target.enum.length === 1
      ? target.enum[0]
      : undefined;
  return typeof value === 'string' ? value : null;
}

/**
 * extractToRefs: `ref: { target, name }` (or a list of them): each node `target` matches becomes `$ref: name`, a
 * `#/components/...` pointer. When nothing is there yet, the first match is moved there, so an inline schema gets
 * a name of its own; when something is, the matches are taken to be that schema and only point at it. Each place
 * keeps its own `description` beside the `$ref`: it says what that property is, as Stainless's SDKs still document it
 * (without it, a property would read the description of what it points at, or of a union's first variant).
 */
const extractToRefs: Command = (ctx, args, at) => {
  const raw = args.ref;
  if (raw === undefined) throw new ConfigProblem([...at, 'ref'], '`ref` is required: `{ target, name }`');
  const entries = (Array.isArray(raw) ? raw : [raw]).map((item, i) => {
    const itemAt = Array.isArray(raw) ? [...at, 'ref', i] : [...at, 'ref'];
    if (!isObject(item)) throw new ConfigProblem(itemAt, '`ref` must be a mapping `{ target, name }`');
    const name = item.name;
    if (typeof name !== 'string' || !/^#\/components\/[^/]+\/[^/]+$/.test(name)) {
      throw new ConfigProblem([...itemAt, 'name'], 'must be a pointer such as "#/components/schemas/Operation"');
    }
    const [, , group, key] = name.split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (group === '__proto__' || key === '__proto__')
      throw new ConfigProblem([...itemAt, 'name'], 'a `__proto__` key is not allowed');
    return { at: itemAt, targets: readTargets(item, itemAt), name, group, key };
  });
  for (const entry of entries) {
    const matches = entry.targets.flatMap((target) => resolve(ctx, target)).filter((m) => m.parent);
    if (matches.length === 0) continue;
    if (!isObject(ctx.root)) return ctx.conflict(entry.at, 'the document is not a mapping');
    if (!hasOwn(ctx.root, 'components')) setOwn(ctx.root, 'components', {});
    const components = ctx.root.components;
    if (!isObject(components)) return ctx.conflict(entry.at, '`components` is not a mapping');
    if (!hasOwn(components, entry.group)) setOwn(components, entry.group, {});
    const group = components[entry.group];
    if (!isObject(group)) return ctx.conflict(entry.at, `\`components.${entry.group}\` is not a mapping`);
    if (!hasOwn(group, entry.key)) setOwn(group, entry.key, matches[0].value);
    for (const m of matches) {
      const own = isObject(m.value) && typeof m.value.description === 'string' ? m.value.description : undefined;
      setOwn(m.parent!, m.key!, own === undefined ? { $ref: entry.name } : { $ref: entry.name, description: own });
    }
  }
};

/** renameKey: the key of each node `target` matches becomes `to`, in the same place among its siblings. */
const renameKey: Command = (ctx, args, at) => {
  const targets = readTargets(args, at);
  const to = args.to;
  if (typeof to !== 'string' || to === '' || to === '__proto__')
    throw new ConfigProblem([...at, 'to'], '`to` must be the new key, a non-empty string');
  for (const target of targets) {
    for (const m of resolve(ctx, target)) {
      if (!isObject(m.parent) || typeof m.key !== 'string')
        ctx.conflict(target.at, `${formatPath(m.path)} is not a key of a mapping`);
      else if (m.key !== to && hasOwn(m.parent, to))
        ctx.conflict(target.at, `${formatPath([...m.path.slice(0, -1), to])} already exists`);
      else {
        const parent = m.parent;
        const entries = Object.entries(parent);
        for (const [k] of entries) delete parent[k];
        for (const [k, v] of entries) setOwn(parent, k === m.key ? to : k, v);
      }
    }
  }
};

const COMMANDS = new Map<string, Command>([
  ['update', update],
  ['append', append],
  ['merge', mergeWith('value')],
  ['remove', remove],
  ['copy', copy],
  ['move', move],
  ['mergeObject', mergeWith('object')],
  ['replaceProperties', replaceProperties],
  ['oneOfToAnyOf', oneOfToAnyOf],
  ['guessDiscriminantUnions', guessDiscriminantUnions],
  ['extractToRefs', extractToRefs],
  ['renameKey', renameKey],
]);

export function applyStainlessTransforms(
  spec: LoadedSpec,
  transforms: unknown,
  config: { file: string; text: string | null },
  diags: Diagnostics,
  keyPath = 'openapi.transformations',
): void {
  if (transforms === undefined || transforms === null) return;
  const listAt: KeyPath = keyPath.split('.');
  // Named by the config's line where its text is known, and by a pointer into it.
  const report: Report = (code, at, message, hint) =>
    diags.warn(
      code,
      config.file,
      pointer(at),
      `${dotted(at)}: ${message}`,
      hint,
      config.text === null ? null : lineOfKey(config.text, dotted(at)),
    );
  const skip = (at: KeyPath, message: string) =>
    report(
      'invalid-stainless-transform',
      at,
      `${message}; the transform was skipped`,
      `commands: ${[...COMMANDS.keys()].join(', ')}; see https://www.stainless.com/docs/reference/transforms`,
    );
  if (!Array.isArray(transforms)) {
    report('invalid-stainless-transform', listAt, 'must be a list of transforms; nothing was applied', null);
    return;
  }
  // Each command edits the root document where it matches: it is no longer what its file says.
  if (transforms.length > 0) spec.root.asInFile = false;
  transforms.forEach((entry, i) => {
    const at = [...listAt, i];
    if (!isObject(entry)) return skip(at, 'a transform must be a mapping with `command` and `args`');
    if (typeof entry.command !== 'string') return skip([...at, 'command'], '`command` must be a string');
    // A Map, so `command: constructor` or `__proto__` finds nothing.
    const run = COMMANDS.get(entry.command);
    if (!run) return skip([...at, 'command'], `unknown command \`${entry.command}\``);
    try {
      run(new Context(spec.root.root, report, at, entry.command), argsOf(entry, at), [...at, 'args']);
    } catch (error) {
      if (error instanceof ConfigProblem) return skip(error.at, error.message);
      throw error;
    }
  });
}
