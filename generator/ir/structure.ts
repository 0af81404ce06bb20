/**
 * Pass 1, structure: the operations placed in the resource tree → resources, methods, named types and page schemes,
 * each with a stable id and nothing named yet but what the spec or the config names (methods, resource paths,
 * schemas' name hints). Every type a method declares (params, response, page item) is keyed by the method's id, so
 * the names pass can name it after the method's resource.
 *
 * The pass fills the type registry (`ctx.types`) as it reads schemas; what it returns is built once and not changed
 * after.
 */
import type { PendingSchema } from './build-schema';
import type { BuildContext } from './context';
import type { MethodDraft, SchemeDraft, StructureContext } from './drafts';
import { buildMethod } from './methods';
import { unusedStainlessSchemes } from './responses';
import type { Placement } from './resource-tree';
import type { Param } from './types';
import { sameOrNew, type TypeRewriter } from './walk';
import type { WebhookUnwrapDraft } from './webhooks';

export interface Structure {
  /** Resources by dotted key (`servers.releases`), in the order they were first met. */
  readonly resources: ReadonlyMap<string, ResourceNode>;
  /** Named types by id. */
  readonly schemas: ReadonlyMap<string, PendingSchema>;
  /** Named schema id → id of its request-side variant, for schemas whose shape differs by direction. */
  readonly requestVariants: ReadonlyMap<string, string>;
  /** Page schemes, in the order methods first used them (a Stainless config's own in its order: inConfigOrder). */
  readonly schemes: readonly SchemeDraft[];
}

export interface ResourceNode {
  /** Dotted path; '' for the methods on the client itself. */
  readonly key: string;
  readonly path: readonly string[];
  readonly methods: readonly MethodNode[];
  readonly webhookUnwraps: readonly WebhookUnwrapDraft[];
  /** Keys of the resources directly under this one. */
  readonly children: readonly string[];
  /** Creation order (shared with the params types' order: ties between names are settled by it). */
  readonly order: number;
}

export interface MethodNode {
  /** `<file>#<pointer>` of the operation (`#<n>` added for its n-th extra placement): the key of its own types. */
  readonly id: string;
  readonly placement: Placement;
  readonly method: MethodDraft;
  /** Order of its params type among the names to settle (null when it has none). */
  readonly paramsOrder: number | null;
}

export function buildStructure(
  base: BuildContext,
  placements: Placement[],
  webhookUnwraps: readonly WebhookUnwrapDraft[] = [],
): Structure {
  const ctx: StructureContext = {
    ...base,
    registry: { schemes: [], sharedAliases: new Map(), cookiesLeftOut: new Set() },
  };
  let order = 0;
  const created = new Map<string, { path: string[]; order: number }>();
  const createPath = (path: string[]) => {
    // The empty path is the client itself (a Stainless `$client`): its node holds the client's own methods.
    if (path.length === 0 && !created.has('')) created.set('', { path: [], order: order++ });
    // A resource is created with every one above it: most methods are on one that exists already.
    if (path.length > 0 && created.has(path.join('.'))) return;
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('.');
      if (!created.has(key)) created.set(key, { path: path.slice(0, i), order: order++ });
    }
  };
  // With a Stainless config the resources come in config order, as in Stainless's SDKs: those with methods, those
  // with only a webhook unwrap method, and those that only declare models (their module declares them).
  if (ctx.stainless) {
    const used = new Set([
      ...placements.map((p) => p.resourcePath.join('.')),
      ...webhookUnwraps.map((u) => u.resourcePath.join('.')),
      ...[...ctx.stainless.models.values()].map((m) => m.resource).filter((r) => r !== ''),
    ]);
    for (const key of ctx.stainless.resources.keys()) if (used.has(key)) createPath(key === '' ? [] : key.split('.'));
  }
  const placedBefore = new Map<string, number>();
  const built: Array<{ resourceKey: string; node: MethodNode }> = [];
  for (const placement of placements) {
    const path = placement.resourcePath;
    createPath(path);
    // One operation can be placed twice (a Stainless config may alias it): each placement has its own types.
    const opId = `${placement.op.loc.doc.file}${placement.op.loc.pointer}`;
    const before = placedBefore.get(opId) ?? 0;
    const method = buildMethod(ctx, placement, before > 0 ? `#${before}` : '');
    if (!method) continue;
    placedBefore.set(opId, before + 1);
    const id = `${method.source.file}${method.source.pointer}`;
    const paramsOrder = method.params ? order++ : null;
    built.push({ resourceKey: path.join('.'), node: { id, placement, method, paramsOrder } });
  }
  for (const unwrap of webhookUnwraps) createPath(unwrap.resourcePath);
  // Children and methods grouped in one pass each (a large spec has thousands of both).
  const children = new Map<string, string[]>();
  for (const [key, { path }] of created) {
    if (path.length < 2) continue;
    const parent = path.slice(0, -1).join('.');
    const list = children.get(parent);
    if (list) list.push(key);
    else children.set(parent, [key]);
  }
  const methods = new Map<string, MethodNode[]>();
  for (const { resourceKey, node } of built) {
    const list = methods.get(resourceKey);
    if (list) list.push(node);
    else methods.set(resourceKey, [node]);
  }
  const resources = new Map<string, ResourceNode>();
  for (const [key, { path, order }] of created)
    resources.set(key, {
      key,
      path,
      methods: methods.get(key) ?? [],
      webhookUnwraps: webhookUnwraps.filter((u) => u.resourcePath.join('.') === key),
      children: children.get(key) ?? [],
      order,
    });
  unusedStainlessSchemes(ctx);
  return {
    resources,
    schemas: new Map(ctx.types.schemas),
    requestVariants: new Map(ctx.types.requestVariants),
    schemes: inConfigOrder(ctx.registry.schemes, ctx.stainless?.config.pagination.map((p) => p.name) ?? []),
  };
}

/**
 * The page schemes with a Stainless config's own in the config's order, as Stainless's SDKs declare their page
 * classes (llama-stack's `DatasetsIterrows` before `OpenAICursorPage`, the config's order, in both targets), each in
 * the place one of them was first used; the others (detected) where methods first used them.
 */
function inConfigOrder(schemes: readonly SchemeDraft[], names: string[]): SchemeDraft[] {
  const rank = (scheme: SchemeDraft) => {
    const name = /^stainless:(.*?)(:body)?$/.exec(scheme.key);
    const at = name ? names.indexOf(name[1]) : -1;
    // (A POST list's variant of a scheme after the scheme's own.)
    return at < 0 ? null : at * 2 + (name![2] ? 1 : 0);
  };
  const ours = schemes.filter((s) => rank(s) !== null).sort((a, b) => rank(a)! - rank(b)!);
  let next = 0;
  return schemes.map((s) => (rank(s) === null ? s : ours[next++]));
}

/** `method` with every type it holds passed through `rewrite`: itself when every type stays (most methods). */
export function rewriteMethodTypes(method: MethodDraft, rewrite: TypeRewriter): MethodDraft {
  // (A param whose type stays is itself: most are, and a method has many.)
  const param = (p: Param): Param => {
    const type = rewrite.type(p.type);
    return type === p.type ? p : { ...p, type };
  };
  const positional = sameOrNew(method.positional, param);
  const params = method.params && rewriteParams(method.params, param);
  const response = method.response;
  const rewritten =
    response.kind === 'json'
      ? sameOr(response, 'type', rewrite.type(response.type))
      : response.kind === 'sse'
        ? sameOr(response, 'event', rewrite.type(response.event))
        : response.kind === 'text' && response.event
          ? sameOr(response, 'event', rewrite.type(response.event))
          : response;
  const errors = sameOrNew(method.errors, (e) => sameOr(e, 'type', rewrite.type(e.type)));
  const pagination = method.pagination && sameOr(method.pagination, 'item', rewrite.type(method.pagination.item));
  const streamWhen = method.streamWhen && sameOr(method.streamWhen, 'event', rewrite.type(method.streamWhen.event));
  return positional === method.positional &&
    params === method.params &&
    rewritten === response &&
    errors === method.errors &&
    pagination === method.pagination &&
    streamWhen === method.streamWhen
    ? method
    : { ...method, positional, params, response: rewritten, errors, pagination, streamWhen };
}

/** A method's params with each field (and each variant's) passed through `param`: themselves when all stay. */
function rewriteParams(params: NonNullable<MethodDraft['params']>, param: (p: Param) => Param): MethodDraft['params'] {
  const fields = sameOrNew(params.fields, param);
  const variants =
    params.variants &&
    sameOrNew(params.variants, (v) => {
      const variantFields = sameOrNew(v.fields, param);
      return variantFields === v.fields ? v : { ...v, fields: variantFields };
    });
  if (fields === params.fields && variants === params.variants) return params;
  return { ...params, fields, ...(variants ? { variants } : {}) };
}

/** `object` with `key` set to `value`: `object` itself when it holds that value already. */
function sameOr<T extends object, K extends keyof T>(object: T, key: K, value: T[K]): T {
  return object[key] === value ? object : { ...object, [key]: value };
}
