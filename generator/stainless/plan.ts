/**
 * A Stainless config's `resources` → where each operation lives in the SDK and what it is called. With a
 * Stainless config the config is the whole resource tree: an operation it does not name is left out (with a
 * warning, unless `unspecified_endpoints` lists it), exactly as Stainless left it out of the SDK it generated.
 *
 * Names follow `naming/stainless.ts`; the IR builder settles them with everything else.
 */
import type { Diagnostics } from '../diagnostics';
import type { Operation } from '../normalize/operations';
import type { Placement } from '../ir/resource-tree';
import { compareStrings } from '../naming/case';
import { CLIENT_MEMBERS, CREDENTIAL_NAMES } from '../naming/reserved';
import { StainlessNames, stainlessSingular } from '../naming/stainless';
import type { StainlessConfig, StainlessMethod, StainlessResource } from './config';
import { lineOfKey } from './yaml-lines';

/** The resource key of the methods on the client itself (`$client`): the empty path. */
export const TOP_LEVEL_KEY = '';

/** A configured resource's names; `standaloneApi`: its api.md is a file of its own (`standalone_api`). */
export interface StainlessResourceNames {
  /** The resource's key as the config writes it ("mongodb"). */
  key: string;
  className: string;
  property: string;
  singular: string;
  file: string;
  standaloneApi: boolean;
}

/** What the IR builder needs to know of a Stainless project, beyond the placements. */
export interface StainlessPlan {
  config: StainlessConfig;
  names: StainlessNames;
  /** `targets.node`: every path parameter positional, request options accepted in place of optional params. */
  legacy: boolean;
  /**
   * Resource path (properties, dotted) → its names; `file` is the module's name, from the config key as written
   * (`mongodb` → mongodb.ts, though the property is `mongoDB`).
   */
  resources: Map<string, StainlessResourceNames>;
  /**
   * Models: component pointer ("#/components/schemas/Foo") → type name, the resource path declaring it ('' = shared)
   * and the model's key as the config writes it (`tts_sse_event`: Python's module and class are named from it).
   */
  models: Map<string, StainlessModelPlacement>;
  /**
   * Models naming a schema an earlier model names (`kb_file` in a resource and in its subresource, both
   * `#/components/schemas/File`): Stainless's SDKs declare each where the config puts it, a copy under its own name
   * that nothing refers to (references name the first), so users import it from every module it was declared in.
   */
  modelCopies: Array<{ ref: string } & StainlessModelPlacement>;
}

/** Where a config model goes and what it is called: `StainlessPlan.models`. */
export interface StainlessModelPlacement {
  name: string;
  resource: string;
  where: string;
  key: string;
  /** A model of `$client`: declared with the client's own types (resources/top-level), not in the shared module. */
  client?: true;
}

export function planStainless(config: StainlessConfig): StainlessPlan {
  const names = new StainlessNames(config.customCasings, { legacy: config.target?.kind === 'node' });
  const resources = new Map<string, StainlessResourceNames>();
  const models = new Map<string, StainlessModelPlacement>();
  const modelCopies: StainlessPlan['modelCopies'] = [];
  const visit = (resource: StainlessResource, parent: string[]) => {
    const shared = resource.key === '$shared' || resource.key === '$client';
    const path = shared ? parent : [...parent, names.resourceProperty(resource.key)];
    // `$client` methods are on the client itself; their types go where Stainless puts them.
    if (resource.key === '$client' && parent.length === 0 && resource.methods.length > 0)
      resources.set(TOP_LEVEL_KEY, {
        key: resource.key,
        className: '',
        property: '',
        singular: '',
        file: 'top-level',
        standaloneApi: false,
      });
    if (!shared) {
      const className = names.resourceClass(resource.key);
      resources.set(path.join('.'), {
        key: resource.key,
        className,
        property: path[path.length - 1],
        singular: singularClass(className, names, resource.key),
        file: resource.key,
        standaloneApi: resource.standaloneApi,
      });
    }
    for (const model of resource.models) {
      const placed = {
        name: names.model(model.key),
        resource: resource.key === '$shared' ? '' : path.join('.'),
        where: model.where,
        key: model.key,
        ...(resource.key === '$client' && parent.length === 0 ? { client: true as const } : {}),
      };
      if (!models.has(model.ref)) models.set(model.ref, placed);
      else modelCopies.push({ ref: model.ref, ...placed });
    }
    for (const sub of resource.subresources) visit(sub, path);
  };
  for (const resource of config.resources) visit(resource, []);
  return { config, names, legacy: config.target?.kind === 'node', resources, models, modelCopies };
}

/**
 * "scoring_functions" → "ScoringFunction": the key's singular as Stainless forms it, cased like the class. A key whose
 * last word a casing writes in capitals to its final `S` (`sms: SMS`, a config's `tts: TTS`) is an acronym, not a
 * plural: Stainless's SDKs keep it whole (`SMSLoginParams`, `TTSGenerateParams`), where a casing ending in a small
 * `s` is one (`ips: IPs` → `IPListParams`, `apis: APIs` → `API`).
 */
export function singularClass(className: string, names: StainlessNames, key: string): string {
  const parts = key.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (parts.length === 0) return className;
  const cased = names.pascal(parts.join('_'));
  if (parts[parts.length - 1].length > 1 && /[A-Z]S$/.test(cased)) return cased;
  return names.pascal(stainlessSingular(parts.join('_')));
}

/** The methods Stainless puts first in a resource, in this order; the others follow by name. */
const STAINLESS_FIRST = ['create', 'retrieve', 'update', 'list', 'delete'];

/**
 * The first top-level edition whose SDKs have each resource's methods (its class, api.md, the params declared, the
 * tests) in the config's order, their response types still in the order below: an SDK of 2026-05-06 lists
 * `list, create, list_locations, retrieve, competitors` as its config does, where SDKs of editions up to 2026-02-23
 * reorder them. Editions between the two are taken as the older.
 */
const CONFIG_ORDER_EDITION = '2026-05-06';

/** Whether the SDKs of the config's top-level edition keep each resource's methods in the config's order. */
export function keepsConfigOrder(config: StainlessConfig): boolean {
  return config.edition !== null && config.edition >= CONFIG_ORDER_EDITION;
}

/**
 * A resource's methods in the order Stainless's SDKs build them (and, before CONFIG_ORDER_EDITION, have them in the
 * class, api.md and the tests), whatever the config's order: create, retrieve, update, list, delete, then the
 * others by their config key.
 */
export function inStainlessOrder<M extends { key: string }>(methods: M[]): M[] {
  const rank = (m: M) => {
    const at = STAINLESS_FIRST.indexOf(m.key);
    return at < 0 ? STAINLESS_FIRST.length : at;
  };
  return [...methods].sort((a, b) => rank(a) - rank(b) || compareStrings(a.key, b.key));
}

/**
 * The client's own members a top-level resource or a `$client` method cannot be named: the runtime's, and its options.
 * With credentials in `client_settings.opts`, the options are the config's (Stainless keeps `client.accessToken` a
 * resource where no option of the client has that name); without, they come from the spec's schemes, under any of the
 * usual credential names.
 */
function clientMembersOf({ config, names }: Pick<StainlessPlan, 'config' | 'names'>): ReadonlySet<string> {
  if (!config.clientOpts.some((opt) => opt.auth)) return CLIENT_MEMBERS;
  // Only the usual credential names no option takes are freed: a clash with another option each target settles.
  const options = new Set(config.clientOpts.map((opt) => names.clientOption(opt.key)));
  return new Set([...CLIENT_MEMBERS].filter((name) => !CREDENTIAL_NAMES.has(name) || options.has(name)));
}

/** A `webhook_unwrap` method where the config puts it: no endpoint, it parses events the API sends. */
export interface WebhookUnwrapPlacement {
  resourcePath: string[];
  /** The method's name: "unwrap". */
  method: string;
  stainless: StainlessMethod;
}

/** The placements of every configured method, in Stainless's order; `webhook_unwrap` methods apart. */
export function placeStainless(
  operations: Operation[],
  plan: StainlessPlan,
  diags: Diagnostics,
): { placements: Placement[]; webhookUnwraps: WebhookUnwrapPlacement[] } {
  const { config, names } = plan;
  const byEndpoint = new Map(operations.map((op) => [`${op.http} ${op.path}`, op]));
  const placed = new Set<Operation>();
  const placements: Placement[] = [];
  const webhookUnwraps: WebhookUnwrapPlacement[] = [];
  const skipped = new Set<string>();
  const warn = (where: string, message: string) =>
    diags.config('warning', 'stainless-config-method', config.file, where, lineOfKey(config.text, where), message);
  const clientMembers = clientMembersOf(plan);
  const visit = (resource: StainlessResource, parent: string[]) => {
    const path =
      resource.key === '$shared' || resource.key === '$client'
        ? parent
        : [...parent, names.resourceProperty(resource.key)];
    if (path.length === 1 && parent.length === 0 && clientMembers.has(path[0])) {
      warn(
        resource.where,
        `client.${path[0]} is a member of the client itself; the resource is client.${path[0]}Resource`,
      );
      path[0] = `${path[0]}Resource`;
    }
    // (A resource named as a `$client` method keeps its name: the client's property is both, ir/names.ts `callable`.)
    for (const method of inStainlessOrder(resource.methods)) {
      if (method.skip) {
        // Left out on purpose: not an endpoint the config forgot.
        if (method.endpoint) skipped.add(`${method.endpoint.verb} ${method.endpoint.path}`.toLowerCase());
        continue;
      }
      if (path.length === 0) {
        // `$client`: the method is the client's own (`client.getWelcomeMessage()`).
        const name = names.method(method.key);
        if (clientMembers.has(name)) {
          warn(method.where, `client.${name} is already a member of the client; method left out`);
          continue;
        }
        if (method.type === 'webhook_unwrap') {
          warn(method.where, 'a webhook_unwrap method on the client itself is not generated; left out');
          continue;
        }
      }
      if (method.type === 'webhook_unwrap') {
        webhookUnwraps.push({ resourcePath: path, method: names.method(method.key), stainless: method });
        continue;
      }
      const endpoint = method.endpoint!;
      const op = byEndpoint.get(`${endpoint.verb} ${endpoint.path}`);
      if (!op) {
        const near = operations.filter((o) => o.path === endpoint.path).map((o) => `${o.http} ${o.path}`);
        warn(
          method.where,
          `the spec has no operation ${endpoint.verb} ${endpoint.path}; method left out${near.length > 0 ? ` (the path has: ${near.join(', ')})` : ''}`,
        );
        continue;
      }
      placed.add(op);
      placements.push({
        op,
        resourcePath: path,
        method: names.method(method.key),
        positional: 1,
        origin: 'config',
        alternatives: [],
        stainless: method,
      });
    }
    for (const sub of resource.subresources) visit(sub, path);
  };
  for (const resource of config.resources) visit(resource, []);
  const unspecified = new Set(config.unspecifiedEndpoints.map((e) => e.trim().toLowerCase().replace(/\s+/, ' ')));
  const onPurpose = (op: Operation) =>
    unspecified.has(`${op.http} ${op.path}`.toLowerCase()) || skipped.has(`${op.http} ${op.path}`.toLowerCase());
  const left = operations.filter((op) => !placed.has(op) && !onPurpose(op));
  if (left.length > 0) {
    diags.config(
      'warning',
      'stainless-unspecified-endpoint',
      config.file,
      'resources',
      lineOfKey(config.text, 'resources'),
      `${left.length} endpoint(s) of the spec are in no resource and are left out of the SDK, as Stainless leaves them: ${left
        .slice(0, 5)
        .map((op) => `${op.http} ${op.path}`)
        .join(', ')}${left.length > 5 ? ', …' : ''}`,
      'add them to a resource, or list them under unspecified_endpoints',
    );
  }
  return { placements, webhookUnwraps };
}
