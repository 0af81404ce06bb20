/**
 * sdkgen's naming rules, in one table: how the SDK names what the spec and the config leave unnamed. The IR's names
 * pass asks these for the names it wants and `scope.ts` settles collisions; a Stainless config's names (`stainless.ts`)
 * and sdkgen's own config keys come before them. Each rule is a pure function of spec keys and already-chosen names.
 *
 * | thing                          | rule                                                  | example                                |
 * |--------------------------------|-------------------------------------------------------|----------------------------------------|
 * | client class                   | sample's client, else first telling word of the title | "GitHub v3 REST API" → GitHub          |
 * |   taken                        | {Client}Client, then {Client}SDK (client-scope.ts)    | Mapping → MappingClient, API → APISDK  |
 * | npm package                    | sample's package, else kebab(title)-sdk               | petstore-api-sdk                       |
 * | env prefix                     | API key variable minus _API_KEY…, else CONSTANT(client)| ACME_API_KEY → ACME                    |
 * | credential variable            | {PREFIX}_{CONSTANT(option)}                           | ACME_BEARER_TOKEN                      |
 * | resource class / singular      | Pascal(key) / Pascal(singular of key)                 | releases → Releases / Release          |
 * | resource module                | resources/{kebab path}; a parent: …/{last}/{last}     | resources/servers/releases             |
 * | params / response type         | {Singular}{Method}Params / …Response                  | ReleaseGetParams, ReleaseListResponse  |
 * |   taken                        | {ParentSingular or Client}{Singular}{Method}…         | ServerReleaseGetParams                 |
 * | schema                         | its key, first letter upper-cased when an identifier  | pet_status → PetStatus, iPhone → IPhone|
 * |   taken                        | the method response it is, {OwnerSingular}…, {Client}…, …Schema | ServerStatus, AcmeStatus |
 * | request-side variant           | {Schema}Param                                         | PetParam                               |
 * | page class                     | Pascal(items key)Page; generic items: {Client}Page    | ServersPage, AcmePage                  |
 * | nested interface               | Pascal(property); array item: singular; union member: title, discriminator value or UnionMember{n} | Server.Connection |
 * | params key / local             | the wire name (`constructor` → `constructor_`) / a free identifier | page, id2          |
 */
import { camelCase, kebabCase, pascalCase, singularize, words } from './case';
import { clientNameCollides } from './client-scope';
import {
  isIdentifierName,
  OBJECT_PROTOTYPE_KEYS,
  RESERVED_TYPE_NAMES,
  RESERVED_WORDS,
  RUNTIME_ERROR_CLASSES,
  TAKEN_TYPE_NAMES,
  QUALIFIED_GLOBALS,
  VALUE_ONLY_GLOBALS,
} from './reserved';
import { StainlessNames } from './stainless';

/** A name to ask for and what to try, in order, when it is taken (see scope.ts). */
export interface WantedName {
  preferred: string;
  alternatives: string[];
}

// ─── client identity ────────────────────────────────────────────────────────────────────────────────

/** Title words that say nothing about which API this is. */
const GENERIC_TITLE_WORDS = new Set([
  'the',
  'api',
  'apis',
  'rest',
  'restful',
  'open',
  'openapi',
  'swagger',
  'service',
  'services',
  'public',
  'http',
  'https',
  'web',
  'my',
  'sample',
  'an',
  'for',
  'of',
  'and',
  'to',
  'client',
  'sdk',
  'spec',
  'specification',
  'definition',
  'documentation',
  'reference',
  'v1',
  'v2',
  'v3',
  'v4',
]);

/**
 * The first telling word of the title, split on spaces and punctuation only, so brand names keep their inner
 * capitals ("GitHub v3 REST API" → GitHub, "NetBox" → NetBox, "eDRV API" → EDRV); `Client` when none.
 */
export function clientNameFromTitle(title: string): string {
  const tokens = title
    .split(/[^A-Za-z0-9]+/)
    .filter((t) => t.length > 1 && /^[A-Za-z]/.test(t) && !GENERIC_TITLE_WORDS.has(t.toLowerCase()));
  const first = tokens[0] ?? 'Client';
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/**
 * A client name that TypeScript or the runtime already uses gets `Client` added (`Error` → ErrorClient), as does one
 * whose base error class `<Client>Error` would be a runtime class (`Validation` → ValidationClient, not a second
 * ValidationError), and one that the modules binding it (or a name made from it) in either target already refer to
 * (`Mapping` → MappingClient beside `from typing import Mapping`; client-scope.ts). One name serves both targets.
 */
export function clientClassName(name: string): string {
  const taken = (candidate: string) =>
    TAKEN_TYPE_NAMES.has(candidate) ||
    RESERVED_TYPE_NAMES.has(candidate.toLowerCase()) ||
    [...RUNTIME_ERROR_CLASSES, 'ValidationError'].includes(`${candidate}Error`) ||
    clientNameCollides(candidate);
  const candidates = [name, `${name}Client`, `${name}SDK`, `${name}SDKClient`];
  return candidates.find((candidate) => !taken(candidate)) ?? `${name}Client`;
}

/** The npm package when neither the config nor the samples name one: `<kebab title>-sdk`. */
export function fallbackPackageName(title: string, clientName: string): string {
  return `${(kebabCase(title) || kebabCase(clientName)).slice(0, 200)}-sdk`;
}

/** The env prefix: the API key's variable minus its key suffix (ACME_API_KEY → ACME), else CONSTANT(client). */
export function envPrefixFor(apiKeyEnv: string | null, clientName: string): string {
  const fromEnv = apiKeyEnv?.replace(/_(API_KEY|APIKEY|TOKEN|KEY|ACCESS_TOKEN|BEARER_TOKEN)$/, '');
  return fromEnv && fromEnv !== apiKeyEnv ? fromEnv : constantCase(clientName);
}

/** The environment variable a credential option is read from: ACME + bearerToken → ACME_BEARER_TOKEN. */
export function credentialEnvVar(envPrefix: string, option: string): string {
  return `${envPrefix}_${constantCase(option)}`;
}

export function constantCase(text: string): string {
  return words(text)
    .map((w) => w.toUpperCase())
    .join('_');
}

// ─── resources and the types their methods declare ──────────────────────────────────────────────────

export function resourceClassName(property: string): string {
  return pascalCase(property);
}

/** With tree shaking, the variant of a resource class without its nested resources: Releases → BaseReleases. */
export function baseResourceClassName(className: string): string {
  return `Base${className}`;
}

export function resourceSingular(property: string): string {
  return pascalCase(singularize(property));
}

/** A taken resource class: qualified by its parent's singular (`ServerReleases`), then `…Resource`. */
export function resourceClassAlternatives(className: string, parentProperty: string | null): string[] {
  return [...(parentProperty ? [`${resourceSingular(parentProperty)}${className}`] : []), `${className}Resource`];
}

/**
 * The module (path without extension) a resource's class and types live in, from the names of the resource and
 * its parents (properties, or a Stainless config's keys), kebab-cased. A resource with children is a folder
 * with a file of its own name; a leaf named like its parent (teams.teams) gets `-resource`, else it would land on
 * the parent's module.
 */
export function resourceModule(path: readonly string[], hasChildren: boolean): string {
  const dirs = path.map((p) => kebabCase(p) || p.toLowerCase());
  if (hasChildren) return `resources/${dirs.join('/')}/${dirs[dirs.length - 1]}`;
  if (dirs.length > 1 && dirs[dirs.length - 1] === dirs[dirs.length - 2]) return `resources/${dirs.join('/')}-resource`;
  return `resources/${dirs.join('/')}`;
}

/** The module of types no single resource owns. */
export const SHARED_MODULE = 'resources/shared';

/** The module of the types of the methods on the client itself (a Stainless `$client`). */
export const TOP_LEVEL_MODULE = 'resources/top-level';

/**
 * The types a method declares, named after its resource: `{Singular}{Method}Params` and `…Response`; when taken,
 * qualified by the parent resource's singular, or the client's name for a top-level resource. `methodPascal` is how
 * the method's name is cased (Stainless SDKs keep their acronyms).
 */
export function methodTypeNames(
  names: { singular: string; parentSingular: string | null; clientName: string; methodPascal: string },
  kind: 'Params' | 'Response',
): WantedName {
  const base = `${names.singular}${names.methodPascal}`;
  const qualified = names.parentSingular ? `${names.parentSingular}${base}` : `${pascalCase(names.clientName)}${base}`;
  return { preferred: `${base}${kind}`, alternatives: [`${qualified}${kind}`] };
}

/** How sdkgen cases a method's name inside a type name: get_kyc_link → GetKycLink. */
export function methodPascal(method: string): string {
  return pascalCase(method, { acronyms: false });
}

// ─── schemas ─────────────────────────────────────────────────────────────────────────────────────────

/** A type name from a component key or id: kept as written when it is a valid identifier. */
export function schemaTypeName(hint: string): string {
  if (isIdentifierName(hint) && /^[A-Za-z]/.test(hint) && !RESERVED_TYPE_NAMES.has(hint)) {
    return hint.charAt(0).toUpperCase() + hint.slice(1);
  }
  return pascalCase(hint, { acronyms: false }) || 'Schema';
}

/**
 * What a schema tries when its name is taken: the one method response it is (`ServerGetResponse`), its owning
 * module's singular as a prefix, the client's name as a prefix, then `…Schema`.
 */
export function schemaNameAlternatives(
  preferred: string,
  context: { asResponse: string[] | undefined; ownerSingular: string | null; clientName: string },
): string[] {
  const { asResponse, ownerSingular, clientName } = context;
  return [
    ...(asResponse?.length === 1 ? asResponse : []),
    ...(ownerSingular && !preferred.startsWith(ownerSingular) ? [`${ownerSingular}${preferred}`] : []),
    `${clientName}${preferred}`,
    `${preferred}Schema`,
  ];
}

/**
 * A Stainless model whose name is taken (by a runtime export the generated modules import, the client…): `…Resource`,
 * then `…Model`.
 */
export function modelNameAlternatives(name: string): string[] {
  return [`${name}Resource`, `${name}Model`];
}

/** A request-side variant is named after its schema's settled name: Pet → PetParam. */
export function requestVariantName(schemaName: string): string {
  return `${schemaName}Param`;
}

/**
 * Which names settle first (lower first): resource classes, page classes and models, then — without a Stainless
 * config — names the spec gives explicitly (x-stainless hints, ids), component keys, then the names methods give
 * their types. With a Stainless config, the names its SDK had (models, method types) come before the spec's own
 * schema names, which that SDK did not export.
 */
export const NAME_PRIORITY = {
  resource: 0,
  page: 0,
  model: 0,
  /**
   * `declaredOnly`: a method's type that no signature shows (Stainless declares `FunctionCreateResponse = unknown`
   * for a method returning `unknown`): it yields to every name a signature shows.
   */
  schema: (schema: { explicit: boolean; methodNamed: boolean; declaredOnly?: boolean }, stainless: boolean): number => {
    if (schema.declaredOnly) return 5;
    if (stainless) return schema.methodNamed ? 1 : 4;
    return schema.explicit ? 1 : schema.methodNamed ? 3 : 2;
  },
  params: (stainless: boolean): number => (stainless ? 1 : 3),
  requestVariant: 2,
} as const;

/**
 * With a Stainless config, the order in which a method's types (params, response, page item) settle: by the depth of
 * the method's resource, then in spec order. Where two want one name (`projects.update` and
 * `database.wrappers.project.update` both `ProjectUpdateParams`), the shallower keeps it: a Stainless SDK exports a
 * top-level resource's types under their own name from its client namespace and `resources/index.ts`
 * (`Acme.ProjectUpdateParams`), a nested one's only under their resource's namespace (`Acme.Database.Wrappers…`).
 */
export function stainlessTypeOrder(depth: number, order: number): number {
  return depth * 1_000_000_000 + order;
}

/**
 * Names no exported type may take: the runtime's exports, the client class and its error, the page classes. With a
 * Stainless config, the globals are free, as in Stainless's SDKs: those generated code never uses as types (`Object`),
 * and those it prints as types (`Response`, `Array`, `Partial`…), which a module declaring one prints as
 * `globalThis.Response` (print-type.ts, globalType).
 */
export function takenTypeNames(clientName: string, { stainless = false } = {}): Set<string> {
  const free = (n: string) => VALUE_ONLY_GLOBALS.has(n) || QUALIFIED_GLOBALS.has(n);
  const globals = stainless ? [...TAKEN_TYPE_NAMES].filter((n) => !free(n)) : TAKEN_TYPE_NAMES;
  return new Set([...globals, clientName, `${clientName}Error`, ...RUNTIME_ERROR_CLASSES, 'toFile']);
}

// ─── page classes ────────────────────────────────────────────────────────────────────────────────────

/**
 * A detected page class: items under a telling key name it (`servers` → ServersPage); under a generic one
 * (`data`), `generic` says so and the page is named after the client as a Stainless scheme would be (AcmePage), or
 * with its Stainless type when another generic scheme came first (AcmeCursorURLPage), so a scheme keeps its name
 * when its style changes.
 */
export function pageClassName(
  items: string[],
  generic: { clientName: string; stainlessType: string | null } | null,
): string {
  if (generic) return new StainlessNames().pageClass(`${generic.clientName} ${generic.stainlessType ?? ''} page`);
  return `${pascalCase(items.join(' '), { acronyms: true })}Page`;
}

/** A page class that is taken: `…Class`. */
export function pageClassAlternatives(name: string): string[] {
  return [`${name}Class`];
}

// ─── nested interfaces ───────────────────────────────────────────────────────────────────────────────

/** Where an inline object appears names its nested interface (`Server.Connection`); these give the label. */
/** What a Stainless SDK calls the values of a named type that is a map: `item`, as it is (`ConfigRetrieveResponse.item`). */
export const STAINLESS_MAP_VALUE = 'item';

/**
 * What a Stainless SDK calls the object values of a map that has no name to give them (the values of a map's values,
 * of a union member, of an object's index signature): the n-th such in its module.
 */
export function stainlessUnnamedMapValue(n: number): string {
  return `unnamed_schema_with_map_parent_${n}`;
}

export const NESTED_LABEL = {
  /** The root of a named type that is not an object: its inline objects are `Item`s. */
  root: 'Item',
  property: (key: string): string => pascalCase(key, { acronyms: false }),
  /** Additional properties of the type itself, or of an object with properties. */
  additional: 'Value',
  /** Additional properties of an object with none: `MetadataValue`. */
  additionalOf: (label: string): string => `${label}Value`,
  arrayItem: (label: string): string => singularize(label),
  tupleItem: (label: string, index: number): string => `${label}${index}`,
  /** A union member: its title (or variant name), else its discriminator value, else UnionMember<n>. */
  unionMember: (title: string | null, discriminatorValue: string | undefined, index: number): string =>
    title
      ? pascalCase(title, { acronyms: false })
      : discriminatorValue
        ? pascalCase(discriminatorValue, { acronyms: false })
        : `UnionMember${index}`,
  intersectionPart: (label: string, index: number): string => (index === 0 ? label : `${label}${index}`),
} as const;

/**
 * A label as a nested interface name: PascalCase, a letter first, never a reserved type name (nor, but in a Stainless
 * SDK, one that is a reserved name capitalised: `TypeType`). A Stainless SDK's may take a global's or a runtime
 * export's name the namespace does not use (`PartialUpsertParams.Partial`), as Stainless names them.
 */
export function nestedTypeName(label: string, { stainless = false } = {}): string {
  // (Stainless keeps an underscore between two numbers: `Veo3_1`, naming/stainless.ts's joinWords.)
  const name = stainless
    ? label
        .split(/(?<=\d)_(?=\d)/)
        // (A part after the first starts with its digit: cased behind a letter, which is then dropped.)
        .map((part, i) =>
          i === 0 ? pascalCase(part, { acronyms: false }) : pascalCase(`x${part}`, { acronyms: false }).slice(1),
        )
        .join('_')
    : pascalCase(label, { acronyms: false });
  if (!name || !/^[A-Za-z_$]/.test(name)) return `Type${name}`;
  const free = FREE_IN_NAMESPACES.has(name) || (stainless && !USED_IN_NAMESPACES.has(name));
  // TypeScript reserves the lower-case names only; Stainless declares `Object` and `Type` as they are.
  const reserved = RESERVED_TYPE_NAMES.has(stainless ? name : name.toLowerCase());
  return reserved || (TAKEN_TYPE_NAMES.has(name) && !free) ? `${name}Type` : name;
}

/**
 * Module-level names a nested interface may take: namespaces hold only type declarations, which never refer to
 * them (`Errors` is the client's import of its error classes; `Error`, `Function` and the other globals generated code
 * uses only as values or in classes), so `Batch.Errors` and `ToolCall.Function` shadow nothing they use.
 */
const FREE_IN_NAMESPACES = new Set(['Errors', 'Error', ...VALUE_ONLY_GLOBALS]);

/**
 * The names of TAKEN_TYPE_NAMES that declarations inside a namespace print as they are (a file field's `Uploadable`,
 * the runtime's import). A Stainless SDK's nested interfaces take every other (`MessageDeliveryLog.Response`,
 * `DomainCreateResponse.Record`, `Settings.Array`), as Stainless names them: the globals a namespace's declarations
 * print (`Array<…>`, `Omit<…>` in an `extends`, `Partial` and `Record` for a map with `propertyNames` or an empty
 * object) are printed `globalThis.Array`… where a nested interface shadows them (print-type.ts, globalType).
 */
const USED_IN_NAMESPACES = new Set(['Uploadable']);

// ─── parameters ──────────────────────────────────────────────────────────────────────────────────────

/** Locals a method body declares itself: a parameter's local never takes one of these. */
export const METHOD_BODY_LOCALS: readonly string[] = [
  'params',
  'options',
  'body',
  'query',
  'headers',
  'path',
  'cookieHeader',
  'stringifyQuery',
  'client',
  'this',
];

/** A params key that an empty object does not inherit (`constructor` → `constructor_`). */
export function safeParamKey(key: string): string {
  return OBJECT_PROTOTYPE_KEYS.has(key) ? `${key}_` : key;
}

/**
 * Two parameters with one key (a path parameter and a body field `id`): each is prefixed with where it goes,
 * `path_id` and `body_id`, as Stainless writes them.
 */
export function collidingParamKey(key: string, location: string): string {
  return `${location}_${key}`;
}

/**
 * A free local for `preferred` (camelCased when it is no identifier; when taken, `_` after it as Stainless's SDKs
 * write `path_`, then `2`, `3`…); claims it.
 */
export function claimLocal(preferred: string, locals: Set<string>): string {
  const usable = (name: string) =>
    isIdentifierName(name) && !RESERVED_WORDS.has(name) && !OBJECT_PROTOTYPE_KEYS.has(name);
  let base = usable(preferred) ? preferred : camelCase(preferred);
  if (!base) base = 'param';
  if (!usable(base)) base = `${base}_`;
  let name = base;
  if (locals.has(name) && !base.endsWith('_')) name = `${base}_`;
  let n = 2;
  while (locals.has(name)) name = `${base}${n++}`;
  locals.add(name);
  return name;
}
