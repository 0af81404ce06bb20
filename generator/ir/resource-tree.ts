/**
 * Where each operation lives in the SDK (`client.servers.releases`) and what its method is called (`get`).
 *
 * Precedence, first match wins:
 *   1. config `methods:` entry (by operationId or "VERB /path")
 *   2. `x-stainless-method` (`accounts.members.list`; `$client.me` is the client's own)
 *   3. the `x-codeSamples` call chain (authoritative: it is what the API's docs show)
 *   4. hints: x-stainless-naming method_name, x-speakeasy-group / x-fern-sdk-group-name, …
 *   5. inference from the path: static segments → nested resources; verb + collection/item shape → method,
 *      using the verb vocabulary the spec's own code samples use (e.g. `get` rather than `retrieve`).
 * Config `resources:` renames then apply to the resource path. Collisions are settled here, deterministically.
 * How a segment, a verb or an operationId becomes a name is naming/members.ts.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import { escapePointerToken } from '../diagnostics';
import { camelCase, words, compareStrings } from '../naming/case';
import {
  boundedMember,
  DEFAULT_VERBS,
  isMemberName,
  operationIdMethod,
  safeMember,
  segmentName,
  summaryVerb,
  type PathShape,
} from '../naming/members';
import { CLIENT_MEMBERS } from '../naming/reserved';
import type { Operation } from '../normalize/operations';
import type { StainlessMethod } from '../stainless/config';
import type { SpecMethod } from '../stainless/spec-methods';
import { extend } from '../extend';

export interface Placement {
  op: Operation;
  resourcePath: string[];
  method: string;
  /**
   * How many path parameters are positional, counted from the last (in path order): 1 for `get('id', { parent })`,
   * 2 for a sample's `retrieve('msg_1', 'att_1')`; 0 when all go in the params object.
   */
  positional: number;
  origin: 'config' | 'sample' | 'hint' | 'inferred';
  /** Other acceptable method names, tried in order when `method` is taken. */
  alternatives: string[];
  /** The Stainless config's method entry this placement comes from. */
  stainless?: StainlessMethod;
}

type Shape = PathShape;

const CRUD = new Set(['list', 'get', 'retrieve', 'create', 'update', 'set', 'delete', 'upsert', 'replace', 'remove']);

/** Path segments that are version or API prefixes rather than resources. */
const PREFIX_SEGMENT = /^(v\d+(\.\d+)*|api|rest|latest)$/i;

export function placeOperations(
  operations: Operation[],
  config: SdkConfig,
  diags: Diagnostics,
  /** The operations' `x-stainless-method` (stainless/spec-methods.ts). */
  specMethods: readonly SpecMethod[] = [],
): Placement[] {
  const index = new PathIndex(operations);
  const learned = learnVerbs(operations, index);
  const commonPrefix = commonStaticPrefix(operations, index);
  const placements: Placement[] = [];
  const configured = new Map(config.methods.map((m) => [m.operation, m.target]));
  const usedEntries = new Set<string>();
  const declared = new Map(specMethods.map((m) => [m.op, m]));
  /** Placements of the client's own methods (`x-stainless-method: $client.me`): they stay out of any resource. */
  const onClient = new Set<Placement>();

  for (const op of operations) {
    // (Most configs place no operation: then no keys are made for each.)
    const entry =
      configured.size === 0
        ? undefined
        : [op.operationId ?? '', `${op.http.toUpperCase()} ${op.path}`, `${op.http} ${op.path}`].find((key) =>
            configured.has(key),
          );
    const target = entry === undefined ? undefined : configured.get(entry);
    if (entry !== undefined) usedEntries.add(entry);
    if (target) {
      const parts = target.split('.');
      placements.push({
        op,
        resourcePath: parts.slice(0, -1),
        method: parts[parts.length - 1],
        positional: 1,
        origin: 'config',
        alternatives: [],
      });
      continue;
    }
    const named = declared.get(op);
    if (named) {
      if (named.settings && Object.keys(named.settings).length > 0)
        diags.warn(
          'stainless-method-settings',
          op.loc.doc.file,
          `${op.loc.pointer}/x-stainless-method`,
          'x-stainless-method: its settings are read with a Stainless config; without one, only its path places the operation',
        );
      const placement: Placement = {
        op,
        resourcePath: named.resourcePath.map(camelCase),
        method: camelCase(named.method),
        positional: op.sample?.positionalCount ?? 1,
        origin: 'hint',
        alternatives: [],
      };
      if (named.resourcePath.length === 0) onClient.add(placement);
      placements.push(placement);
      continue;
    }
    if (op.sample && op.sample.resourcePath.length > 0) {
      placements.push({
        op,
        resourcePath: op.sample.resourcePath,
        method: op.sample.method,
        positional: op.sample.positionalCount,
        origin: 'sample',
        alternatives: [],
      });
      continue;
    }
    const inferred = inferPlacement(op, index, commonPrefix, learned);
    // A sample with no resource (`client.ping()`) still names the method.
    if (op.sample) inferred.method = op.sample.method;
    if (op.hints.group) inferred.resourcePath = op.hints.group.split('.').map(camelCase).filter(Boolean);
    if (op.hints.methodName) inferred.method = camelCase(op.hints.methodName);
    placements.push(
      extend(inferred, { origin: op.hints.group || op.hints.methodName ? ('hint' as const) : ('inferred' as const) }),
    );
  }

  // Samples rename path segments (`/orgs/…` → `client.organizations`): operations without a sample under the
  // same segments follow them, so one URL is never split across two resources.
  const aliases = new Map<string, string[]>();
  for (const p of placements) {
    if (p.origin !== 'sample') continue;
    const statics = inferPlacement(p.op, index, commonPrefix, learned).resourcePath;
    if (statics.length !== p.resourcePath.length) continue;
    for (let i = 1; i <= statics.length; i++) {
      const key = statics.slice(0, i).join('.');
      if (!aliases.has(key)) aliases.set(key, p.resourcePath.slice(0, i));
    }
  }
  for (const p of aliases.size > 0 ? placements : []) {
    if (p.origin !== 'inferred') continue;
    for (let i = p.resourcePath.length; i > 0; i--) {
      const alias = aliases.get(p.resourcePath.slice(0, i).join('.'));
      if (alias) {
        p.resourcePath = [...alias, ...p.resourcePath.slice(i)];
        break;
      }
    }
  }
  for (const p of placements) p.resourcePath = renameResource(p.resourcePath, config);
  // `client.options` or `client.request` would clash with the client's own members.
  for (const p of placements)
    if (p.resourcePath[0] && CLIENT_MEMBERS.has(p.resourcePath[0])) p.resourcePath[0] = `${p.resourcePath[0]}Resource`;
  for (const p of placements) {
    if (p.resourcePath.length === 0 && !onClient.has(p)) p.resourcePath = ['default'];
    p.resourcePath = p.resourcePath.map((s) => boundedMember(isMemberName(s) ? s : safeMember(s)));
    p.method = boundedMember(isMemberName(p.method) ? p.method : safeMember(p.method));
    p.alternatives = p.alternatives.filter(isMemberName).map(boundedMember);
  }
  settleCollisions(placements, diags);
  reportUnmatchedMethods(config, usedEntries, operations, diags);
  return placements;
}

/**
 * A `methods:` entry that names no operation is a warning, not an error: the config outlives spec versions (an
 * operation renamed or removed upstream must not stop the rest from generating); `--strict` makes it fatal.
 */
function reportUnmatchedMethods(
  config: SdkConfig,
  used: Set<string>,
  operations: Operation[],
  diags: Diagnostics,
): void {
  for (const { operation } of config.methods) {
    if (used.has(operation)) continue;
    const byVerb = /^[a-z]+ \//i.test(operation);
    const candidates = operations
      .map((op) => (byVerb ? `${op.http.toUpperCase()} ${op.path}` : op.operationId))
      .filter((c): c is string => c !== null);
    const suggestion = closest(operation, candidates);
    diags.warn(
      'unmatched-config-method',
      config.file ?? 'sdkgen config',
      `#/methods/${escapePointerToken(operation)}`,
      `methods entry ${JSON.stringify(operation)} matches no operation (by operationId or "VERB /path"); it is ignored`,
      suggestion
        ? `did you mean ${JSON.stringify(suggestion)}?`
        : 'use an operationId from the spec, or "GET /path" as written in `paths`',
    );
  }
}

/** The candidate nearest to `name` by edit distance, if it is near enough to be a typo. */
function closest(name: string, candidates: string[]): string | null {
  if (name.length > 200) return null;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of new Set(candidates)) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function renameResource(path: string[], config: SdkConfig): string[] {
  if (config.resources.length === 0) return path;
  const dotted = path.join('.');
  // Longest matching prefix wins.
  const rule = [...config.resources]
    .sort((a, b) => b.from.length - a.from.length)
    .find((r) => dotted === r.from || dotted.startsWith(`${r.from}.`));
  if (!rule) return path;
  return [...rule.to.split('.'), ...path.slice(rule.from.split('.').length)];
}

interface PathSegment {
  text: string;
  param: boolean;
}

function segments(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const texts = path.split('/');
  // (An index, not for…of: this runs for each operation's path, mostly before V8 optimizes it.)
  for (let i = 0; i < texts.length; i++)
    if (texts[i] !== '') out.push({ text: texts[i], param: holdsVariable(texts[i]) });
  return out;
}

/** Whether `segment` holds a `{name}` (the braces around one character or more), found without a regular expression. */
function holdsVariable(segment: string): boolean {
  for (let open = segment.indexOf('{'); open >= 0; open = segment.indexOf('{', open + 1)) {
    const close = segment.indexOf('}', open + 1);
    if (close < 0) return false;
    if (close > open + 1) return true;
  }
  return false;
}

/** Leading static segments shared by every operation (e.g. /api/v2), which name no resource. */
function commonStaticPrefix(operations: Operation[], index: PathIndex): number {
  return sharedPrefix(operations.map((o) => index.segmentsOf(o.path))).length;
}

/**
 * The path prefix every operation shares that names no resource: it belongs to the API's base URL (`/v1`,
 * `/api/v2`, `/api/where`). Its segments are static, and each is a version or API segment (`v1`, `api`, `rest`,
 * `latest`) or, after one of those, a namespace: a segment every path follows with another static segment
 * (`/api/where/stop/{id}`), so it is no collection of items. Every path keeps at least one segment. A lone operation gives
 * up only version and API segments.
 */
export function sharedPathPrefix(paths: string[]): string[] {
  return sharedPrefix(paths.map(segments));
}

/** sharedPathPrefix of the paths' segments. */
function sharedPrefix(all: ReadonlyArray<readonly PathSegment[]>): string[] {
  if (all.length === 0) return [];
  const taken: string[] = [];
  for (let n = 0; ; n++) {
    const first = all[0][n];
    if (!first || first.param) break;
    if (!all.every((s) => s[n] && !s[n].param && s[n].text === first.text && s.length > n + 1)) break;
    const versionLike = PREFIX_SEGMENT.test(first.text);
    const namespace = taken.length > 0 && all.length > 1 && all.every((s) => !s[n + 1].param);
    if (!versionLike && !namespace) break;
    taken.push(first.text);
  }
  return taken;
}

/** The verbs this spec's code samples use for CRUD shapes, most frequent first. */
function learnVerbs(operations: Operation[], index: PathIndex): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const op of operations) {
    if (!op.sample || !CRUD.has(op.sample.method)) continue;
    const key = `${op.http} ${index.shapeOf(op.path)}`;
    const forKey = counts.get(key) ?? new Map<string, number>();
    forKey.set(op.sample.method, (forKey.get(op.sample.method) ?? 0) + 1);
    counts.set(key, forKey);
  }
  const learned = new Map<string, string[]>();
  for (const [key, forKey] of counts) {
    learned.set(
      key,
      [...forKey.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([verb]) => verb),
    );
  }
  // `get` and `retrieve` are the same idea: a spec that says `get` for items says it everywhere.
  return learned;
}

/**
 * The operations' paths, sorted, for the questions placement asks about every operation ("is there a path
 * under this one?", "which operations share this path?"): each answered without scanning every operation,
 * which would be quadratic on a spec with thousands of operations.
 */
class PathIndex {
  /** Distinct paths in code-unit order: the paths starting with a prefix are one run from its lower bound. */
  private readonly sorted: string[];
  private readonly byPath = new Map<string, Operation[]>();
  private readonly shapes = new Map<string, Shape>();
  /** Each path's segments, read once: shapeOf reads those of every path under a path. */
  private readonly segmentsByPath = new Map<string, readonly PathSegment[]>();

  constructor(operations: Operation[]) {
    for (const op of operations) {
      const same = this.byPath.get(op.path);
      if (same) same.push(op);
      else this.byPath.set(op.path, [op]);
    }
    this.sorted = [...this.byPath.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Operations on exactly this path. */
  at(path: string): Operation[] {
    return this.byPath.get(path) ?? [];
  }

  /** Paths that start with `prefix` (including `prefix` itself when it is a path). */
  *under(prefix: string): Generator<string> {
    for (let i = this.firstAtOrAfter(prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++)
      yield this.sorted[i];
  }

  /** (Without a generator: it is asked of most operations.) */
  hasPathUnder(prefix: string): boolean {
    return this.sorted[this.firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false;
  }

  /** The index of the first sorted path not before `prefix`. */
  private firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  segmentsOf(path: string): readonly PathSegment[] {
    let segs = this.segmentsByPath.get(path);
    if (segs === undefined) {
      segs = segments(path);
      this.segmentsByPath.set(path, segs);
    }
    return segs;
  }

  shapeOf(path: string): Shape {
    let shape = this.shapes.get(path);
    if (shape === undefined) {
      shape = shapeOf(path, this);
      this.shapes.set(path, shape);
    }
    return shape;
  }
}

function shapeOf(path: string, index: PathIndex): Shape {
  const segs = index.segmentsOf(path);
  if (segs.length === 0 || !segs[segs.length - 1].param) return 'collection';
  // `/connect/{namespace}` is a collection when `/connect/{namespace}/{id}` exists: {namespace} is a scope.
  let scoped = false;
  for (const other of index.under(`${path}/`)) {
    const otherSegs = index.segmentsOf(other);
    if (otherSegs.length === segs.length + 1 && otherSegs[segs.length].param) {
      scoped = true;
      break;
    }
  }
  return scoped ? 'collection' : 'item';
}

function inferPlacement(
  op: Operation,
  index: PathIndex,
  prefix: number,
  learned: Map<string, string[]>,
): Omit<Placement, 'origin'> {
  const segs = index.segmentsOf(op.path).slice(prefix);
  const statics = segs.filter((s) => !s.param);
  const resourcePath = statics.map((s) => segmentName(s.text)).filter(Boolean);
  let shape = index.shapeOf(op.path);
  let method: string | null = null;
  let alternatives: string[] = [];

  // A trailing static segment after a parameter that no other operation uses as a collection is an
  // action on the item: GET /servers/{id}/download → servers.download; POST /releases/{id}/resume → resume.
  const last = segs[segs.length - 1];
  const beforeLast = segs[segs.length - 2];
  if (last && !last.param && beforeLast?.param && resourcePath.length > 1) {
    const siblings = index.at(op.path);
    const children = index.hasPathUnder(`${op.path}/`);
    const plural = /s$/i.test(last.text.replace(/^[.]/, '')) && !/(ss|us|is|status)$/i.test(last.text);
    if (siblings.length === 1 && !children && !plural) {
      method = segmentName(last.text);
      resourcePath.pop();
      shape = 'item';
    }
  }
  if (method === null && op.http === 'get' && shape === 'collection' && !looksLikeList(op, index)) shape = 'item';
  if (method === null) {
    const candidates = [...(learned.get(`${op.http} ${shape}`) ?? []), defaultVerb(op.http, shape)].map((m) =>
      m === 'retrieve' && learned.has('get item') ? learned.get('get item')![0] : m,
    );
    // Non-CRUD POSTs on items read best as their summary's verb: "Subscribe to trigger" → subscribe.
    const verb = op.http === 'post' && shape === 'item' ? summaryVerb(op.summary) : null;
    const unique = [...new Set(verb ? [verb, ...candidates] : candidates)];
    method = unique[0];
    alternatives = unique.slice(1);
  }
  const positional = segs.some((s) => s.param) ? 1 : 0;
  return { op, resourcePath, method, positional, alternatives };
}

/**
 * The name an operation gets from its HTTP method alone: `list`, `retrieve`, `create`…; a QUERY `search` (a safe
 * request whose body is the query, as Stainless's SDKs name one: replicate's `models.search`), and another method
 * (`additionalOperations`) its own name, lowercased: `copy`.
 */
function defaultVerb(http: string, shape: PathShape): string {
  return DEFAULT_VERBS[http]?.[shape] ?? (http === 'query' ? 'search' : safeMember(http));
}

/**
 * A GET on a path without a trailing parameter lists a collection when something says so: items under it,
 * a POST creating them, a "list"/"search" name, or an array response. `/me`, `/status`, `/preferences` do not.
 */
function looksLikeList(op: Operation, index: PathIndex): boolean {
  if (index.hasPathUnder(`${op.path}/{`)) return true;
  if (index.at(op.path).some((o) => o.http === 'post')) return true;
  // (The response before the names: splitting the operationId into words costs more.)
  const ok = (
    op.raw.responses as
      | Record<string, { content?: Record<string, { schema?: { type?: unknown; items?: unknown } }> }>
      | undefined
  )?.['200'];
  const schema = ok && ok.content ? Object.values(ok.content)[0]?.schema : undefined;
  if (schema !== undefined && (schema.type === 'array' || schema.items !== undefined)) return true;
  return /\b(list|search|find|query|all)\b/i.test(`${op.summary ?? ''} ${words(op.operationId ?? '').join(' ')}`);
}

/**
 * Two operations placed at the same resource.method: the broader one (fewer path parameters) moves to the
 * parent resource as `<method><Resource>` (connections.tools.list → connections.listTools); otherwise an
 * alternative verb from the operationId, then a numeric suffix. Deterministic: spec order decides.
 */
function settleCollisions(placements: Placement[], diags: Diagnostics): void {
  const taken = new Map<string, Placement>();
  const keyOf = (p: Placement) => `${p.resourcePath.join('.')}#${p.method}`;
  // Placements from config and samples are authoritative: register them first; among inferred ones the
  // most specific path (most parameters) keeps a contested name and broader ones move.
  const params = (q: Placement) => (q.op.path.match(/\{/g) ?? []).length;
  const ordered = [...placements].sort((a, b) => rank(a) - rank(b));
  // `/a/{x}/.tools` (broader) and `/a/{x}/{y}/.tools` (more specific) both inferred as a.tools.list: the
  // specific one keeps it; the broader one moves to the parent as `listTools`.
  const moveUp = (q: Placement): boolean => {
    if (q.origin !== 'inferred' || q.resourcePath.length < 2) return false;
    const noun = q.resourcePath[q.resourcePath.length - 1];
    const parent = q.resourcePath.slice(0, -1);
    const method = boundedMember(`${q.method}${noun.charAt(0).toUpperCase()}${noun.slice(1)}`);
    const key = `${parent.join('.')}#${method}`;
    if (taken.has(key) || resourcePaths.has([...parent, method].join('.'))) return false;
    q.resourcePath = parent;
    q.method = method;
    q.alternatives = []; // they name methods of the resource it leaves
    taken.set(key, q);
    return true;
  };
  // Resource names that are also method names on the same parent would clash (client.a.b property vs method).
  // (Each path's prefixes joined one from the other, and the key of a placement made once where it is free, as most
  // are: this runs for each operation.)
  const resourcePaths = new Set<string>();
  for (const p of placements) {
    let prefix = '';
    for (let i = 0; i < p.resourcePath.length; i++) {
      prefix = i === 0 ? p.resourcePath[0] : `${prefix}.${p.resourcePath[i]}`;
      resourcePaths.add(prefix);
    }
  }
  const clashesWithResource = (q: Placement) =>
    resourcePaths.has(q.resourcePath.length === 0 ? q.method : `${q.resourcePath.join('.')}.${q.method}`);
  for (const p of ordered) {
    const free = keyOf(p);
    if (!taken.has(free) && !clashesWithResource(p)) {
      taken.set(free, p);
      continue;
    }
    const holder = taken.get(free);
    if (holder && p.origin === 'inferred' && holder.origin === 'inferred') {
      const mine = p.op.operationId ? operationIdMethod(p.op.operationId, p.resourcePath) : null;
      const theirs = holder.op.operationId ? operationIdMethod(holder.op.operationId, holder.resourcePath) : null;
      const freeKey = theirs ? `${holder.resourcePath.join('.')}#${theirs}` : null;
      if (
        mine === p.method &&
        theirs &&
        theirs !== holder.method &&
        freeKey &&
        !taken.has(freeKey) &&
        !resourcePaths.has([...holder.resourcePath, theirs].join('.'))
      ) {
        const key = keyOf(p);
        holder.method = theirs;
        taken.set(freeKey, holder);
        taken.set(key, p);
        continue;
      }
    }
    if (holder && p.origin === 'inferred' && params(holder) < params(p)) {
      const key = keyOf(p);
      if (moveUp(holder)) {
        taken.set(key, p);
        continue;
      }
    }
    const original = `${p.resourcePath.join('.')}.${p.method}`;
    const other = taken.get(keyOf(p));
    const alternative = p.alternatives.find(
      (m) => !taken.has(`${p.resourcePath.join('.')}#${m}`) && !resourcePaths.has([...p.resourcePath, m].join('.')),
    );
    if (alternative) {
      p.method = alternative;
      taken.set(keyOf(p), p);
      continue;
    }
    // This one has no other verb but the holder has: the holder moves, so the spec order does not decide.
    const holderAlternative =
      holder?.origin === 'inferred'
        ? holder.alternatives.find(
            (m) =>
              !taken.has(`${holder.resourcePath.join('.')}#${m}`) &&
              !resourcePaths.has([...holder.resourcePath, m].join('.')),
          )
        : undefined;
    if (holder && holderAlternative) {
      const key = keyOf(p);
      holder.method = holderAlternative;
      holder.alternatives = [];
      taken.set(keyOf(holder), holder);
      taken.set(key, p);
      continue;
    }
    if (other && params(p) < params(other) && moveUp(p)) continue;
    const fromId = p.op.operationId ? operationIdMethod(p.op.operationId, p.resourcePath) : null;
    if (fromId && fromId !== p.method && !taken.has(`${p.resourcePath.join('.')}#${fromId}`)) {
      p.method = fromId;
    } else {
      let n = 2;
      const base = p.method;
      while (taken.has(`${p.resourcePath.join('.')}#${base}${n}`)) n++;
      p.method = `${base}${n}`;
    }
    if (clashesWithResource(p)) p.method = `${p.method}_`;
    taken.set(keyOf(p), p);
    if (p.origin !== 'inferred') {
      diags.warn(
        'method-name-collision',
        p.op.loc.doc.file,
        p.op.loc.pointer,
        `${original} is already taken by another operation; this one is ${p.resourcePath.join('.')}.${p.method}`,
        'give one of the operations another name (x-codeSamples, x-stainless-naming or the config `methods:`)',
      );
    }
  }
}

function rank(p: Placement): number {
  return p.origin === 'config' ? 0 : p.origin === 'sample' ? 1 : p.origin === 'hint' ? 2 : 3;
}
