/**
 * The models a Stainless Python SDK's api.md lists, for the config `--from-repo` writes (derived-config.ts): each
 * section's `from <package>.types… import (…)` names, in the resource the section is (its methods' chain, else its
 * heading under its parent's), matched to the spec's component schemas as the TypeScript move matches them
 * (derived-config/schema-match.ts): by name, else by the shape Stainless's module declares (a model's fields, by their
 * wire names; a `Literal[…]` alias's values). Named so, sdkgen's package declares them where Stainless's did, by the
 * same names: the owners' code importing `agentex.types.Agent` keeps working, and no module of Stainless's stays for it.
 */
import { singularize, words } from '../../../naming/case';
import { packageDir } from '../../../emit/python/package-root';
import { resourceSingular } from '../../../naming/rules';
import { PYTHON_KEYWORDS, pyClassName, pyModelClassName } from '../../../naming/python';
import { StainlessNames, stainlessSingular } from '../../../naming/stainless';
import type { DerivedConfigInput, Shape } from '../../derived-config/config';
import { referredSchemas, schemaFor, sharedWordSchemas, unionSchemas } from '../../derived-config/schema-match';
import { renamedRoute, type SpecRoute } from '../../derived-config/route-names';
import type { SpecSecurityScheme } from './client-options';
import { apiMdClientName } from './api-md-client';
import { schemaBySection } from './endpoint-schemas';
import { listItemSchema } from '../../derived-config/list-items';
import { escapeRegExp } from '../../../escape-regexp';
import { isQuotedLiteral, nestedSchemasFound, quotedLiteral } from '../../derived-config/nested-schemas';
import type { NestedSchema } from '../../derived-config/input-types';
import { unmodelledTypes, type DeclarationForms, type UnmodelledType } from '../../derived-config/unmodelled-types';
import { modelFields } from './model-fields';
import { pythonAliasShape } from '../../derived-config/alias-shapes';
import { propertyForms, pythonTypeForm } from '../../derived-config/property-forms';

export { modelFields };

/** What the spec says, as `derivedConfigInput` reads it from the SDK of the spec alone. */
export interface SpecSchemas {
  schemas: DerivedConfigInput['schemas'];
  /** The component schema (key) each endpoint ("get /things") responds with, where it is one. */
  responseSchemas: ReadonlyMap<string, string>;
  /** The component schema (key) of the items of each endpoint's array response, where it is one. */
  responseItemSchemas?: ReadonlyMap<string, string>;
  /** The properties of each endpoint's response body, where known (input-types.ts). */
  responseMembers?: ReadonlyMap<string, readonly string[]>;
  /** The endpoints whose response body is a JSON array (input-types.ts). */
  responseArrays?: ReadonlySet<string>;
  /** The schema each component schema's property refers to, by schema key then property. */
  propertyReferences?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Each endpoint's query parameters (wire names), for the methods a page scheme would take (derived-config.ts). */
  queryParams?: ReadonlyMap<string, string[]>;
  /** The endpoints sdkgen pages without a config. */
  paginated?: ReadonlySet<string>;
  /** The spec's routes, for api.md's routes it names with other path parameters (route-names.ts). */
  specRoutes?: readonly SpecRoute[];
  /** The spec's security schemes, for the client's credentials (client-options.ts). */
  securitySchemes?: readonly SpecSecurityScheme[];
  /** The schemas each endpoint sends or returns, and those they refer to (endpoint-schemas.ts). */
  endpointSchemas?: ReadonlyMap<string, readonly string[]>;
  /** The schemas written out inside others, by pointer (nested-schemas.ts). */
  nestedSchemas?: readonly NestedSchema[];
}

export interface PythonModel {
  /** The config keys of the resource declaring it (`$shared` for api.md's "Shared Types"). */
  resource: string[];
  key: string;
  /** The component schema's key, or the JSON pointer (`#/…`) of a schema inside another. */
  schema: string;
  /** `custom_casings` entries its key needs to be written back as its name (`ai` → `AI`). */
  casings: Map<string, string>;
}

interface Section {
  resource: string[] | null;
  types: string[];
  /** The module api.md imports each type from (`acme.types.agents`). */
  importedFrom: Map<string, string>;
  /** Its methods: name, endpoint and the type api.md says each returns (`AgentRpcResponse`, `SyncPage[Agent]`). */
  methods: Array<{ name: string; endpoint: string; returns: string; returnsAt?: string }>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function pythonModels(
  apiMd: string,
  text: (path: string) => string | null,
  importName: string,
  spec: SpecSchemas,
  notes: string[],
  methodCasings: Map<string, string> = new Map(),
  /** Filled with the listed types no model names, each with why (unmodelled-types.ts). */
  unmodelled: UnmodelledType[] = [],
  /** The repository's modules as users have them (`text` may be Stainless's output, which can export less). */
  usersText: (path: string) => string | null = text,
  /**
   * Whether a type (by its model key, in its resource) is the own response or params type of a method api.md does not
   * list (unlisted-methods.ts): sdkgen writes it under that name for its method, so it is no model, nor left out.
   */
  isUnlistedMethodType: (key: string, resource: string[]) => boolean = () => false,
): PythonModel[] {
  const sections = sectionsOf(apiMd, importName);
  const modules = linkedModules(apiMd, importName);
  /**
   * How many of api.md's methods return a section's type: those returning it from the module the section's own
   * methods return it from (hetzner's `ActionChangeDNSPtrResponse` of floating_ips and of servers are two types).
   */
  const returnersOf = (name: string, section: Section) => {
    const all = sections.flatMap((s) => s.methods).filter((m) => m.returns === name);
    const at = section.methods.find((m) => m.returns === name && m.returnsAt)?.returnsAt;
    return at === undefined ? all.length : all.filter((m) => m.returnsAt === at).length;
  };
  const declared = declarations(text, sections, importName, modules);
  const found = new Map<string, string | null>();
  const listed: Array<{ name: string; resource: string[]; section: Section }> = [];
  // api.md's route as the spec names it (another path parameter's name: route-names.ts).
  const specEndpoint = (endpoint: string) => renamedRoute(endpoint, spec.specRoutes ?? [])?.spec ?? endpoint;
  const allMethods = sections.flatMap((s) => s.methods);
  const itemsOf = (endpoint: string) => spec.responseItemSchemas?.get(specEndpoint(endpoint));
  // (A method's response declared as a list of one named type: `OrganizationModelsResponse: TypeAlias = List[OrgItem]`.)
  const listedBy = (method: Section['methods'][number]) => {
    const source = method.returnsAt === undefined ? null : text(method.returnsAt.replace(/^\.\//, ''));
    const alias = new RegExp(`^${escapeRegExp(method.returns)}(?:: TypeAlias)? = List\\[(\\w+)\\]\\s*$`, 'm');
    return (source === null ? null : alias.exec(source)?.[1]) ?? null;
  };
  for (const section of sections) {
    if (section.resource === null) continue;
    for (const name of section.types) {
      if (found.has(name)) continue;
      const written = keyFor(name);
      if (written !== null && isUnlistedMethodType(written.key, section.resource)) continue;
      const casings = methodTypeCasings(name, section, returnersOf(name, section));
      if (casings !== null) {
        for (const [word, casing] of casings) methodCasings.set(word, casing);
        continue;
      }
      const responses = section.methods.flatMap((m) => spec.responseSchemas.get(specEndpoint(m.endpoint)) ?? []);
      const answers = sections
        .flatMap((s) => s.methods)
        .filter((m) => m.returns === name)
        .map((m) => spec.responseSchemas.get(specEndpoint(m.endpoint)));
      const shape = declared.shapes.get(name) ?? null;
      // (Returned by no method itself: the items of the lists its methods return, `List[OrgItem]`: list-items.ts.)
      const items =
        answers.length > 0 ? null : listItemSchema(name, shape, allMethods, listedBy, itemsOf, spec.schemas);
      const returnedBy = items !== null ? [items] : answers.every((a): a is string => a !== undefined) ? answers : [];
      found.set(
        name,
        schemaFor(name, spec.schemas, shape, responses, returnedBy) ??
          schemaBySection(
            name,
            spec.schemas,
            shape,
            section.methods.map((m) => specEndpoint(m.endpoint)),
            spec.endpointSchemas,
          ),
      );
      listed.push({ name, resource: section.resource, section });
    }
  }
  // A type an alias module names (`StreamEvent = RawStreamEvent`) is the schema its alias matched, where it has none.
  settleAliases(found, declared.aliases);
  for (const [name, schema] of referredSchemas(found, declared.references, spec.propertyReferences))
    found.set(name, schema);
  // Else, for a union, the union schema of its variants' schemas (as the TypeScript path: config.ts).
  if (found.size > 0)
    for (const [name, schema] of unionSchemas(found, declared.shapes, spec.schemas)) found.set(name, schema);
  // Else a schema written out inside another, of its shape: the config names it by its pointer.
  for (const [name, schema] of nestedSchemasFound(found, declared.shapes, spec.nestedSchemas)) found.set(name, schema);
  // Else, of several schemas of its shape, the one sharing most of its name's words (`MessageBatchCanceledResult` of
  // `CanceledResult` and `BetaCanceledResult`); then, as the TypeScript path (config.ts), what those models' fields
  // refer to, the unions of them (`MessageBatchResult`) and what is nested in them.
  if (found.size > 0) {
    for (const [name, schema] of sharedWordSchemas(found, declared.shapes, spec.schemas)) found.set(name, schema);
    for (const [name, schema] of referredSchemas(found, declared.references, spec.propertyReferences))
      found.set(name, schema);
    for (const [name, schema] of unionSchemas(found, declared.shapes, spec.schemas, spec.nestedSchemas))
      found.set(name, schema);
    for (const [name, schema] of nestedSchemasFound(found, declared.shapes, spec.nestedSchemas))
      found.set(name, schema);
  }
  settleAliases(found, declared.aliases);
  const answerOf = (m: Section['methods'][number]) => spec.responseSchemas.get(specEndpoint(m.endpoint));
  for (const name of answeredOtherwise(found, allMethods, answerOf, declared.aliases)) found.set(name, null);
  const models: PythonModel[] = [];
  const unmatched: Array<{ name: string; module: string; path: string[]; section: Section }> = [];
  /** Each schema a model is, by the type that took it. */
  const taken = new Map<string, string>();
  // (An alias module's type after every other: a second model of its type's schema, which the first names.)
  const aliasesLast = [
    ...listed.filter(({ name }) => !declared.aliases.has(name)),
    ...listed.filter(({ name }) => declared.aliases.has(name)),
  ];
  for (const { name, resource, section } of aliasesLast) {
    const schema = found.get(name);
    if (schema == null) {
      unmatched.push({
        name,
        module: section.importedFrom.get(name) ?? `${importName}.types`,
        path: resource,
        section,
      });
      continue;
    }
    // Two types of one schema: the first is the model (Stainless names a schema once), unless the other's module only
    // aliases it (Stainless's deprecated name, which its users import too).
    const takenBy = taken.get(schema);
    if (takenBy !== undefined && declared.aliases.get(name) !== takenBy) {
      notes.push(
        `model ${name}: its schema (${schema}) is ${takenBy}'s model already, and a schema is one model: ${name} is ` +
          `left out (its users' imports of it break); where it is a schema of its own, name it in its resource's \`models\``,
      );
      continue;
    }
    // (Keyed as its module is named where api.md links none: `tool_bash_20250124`, whose name runs the date on.)
    const module = modules.get(name) ?? declaredModuleName(text, importName, section, name);
    const written = (module === undefined ? null : keyOfModule(name, module)) ?? keyFor(name);
    if (written === null) {
      notes.push(`model ${name}: its name cannot be written as a Stainless model key; it is left out`);
      continue;
    }
    if (takenBy === undefined) taken.set(schema, name);
    models.push({ resource, schema, ...written });
  }
  // (A type the module users import it from does not export, which no module declares, broke no import. Read from
  // the users' package: a module Stainless's bot left there, gone from its output, is still imported.)
  const exported = unmatched.filter((u) => !undeclared(usersText, importName, u.module, u.name));
  if (exported.length > 0)
    notes.push(
      `${exported.length} type(s) api.md lists match no schema of the spec by name or shape, so no model names ` +
        `them: ${exported.map((u) => u.name).join(', ')}. The report lists each with why; where one is a schema ` +
        "of the spec after all, name it in its resource's `models`",
    );
  if (unmatched.length > 0) {
    const forms = pythonForms((name) => {
      const type = unmatched.find((u) => u.name === name)!;
      return moduleOf(text, importName, type.section, name, modules.get(name))?.source ?? null;
    });
    const input = {
      schemas: spec.schemas,
      typeShapes: declared.shapes,
      nestedSchemas: spec.nestedSchemas,
      packageName: null,
    };
    // (One Stainless's output no longer declares, which the users' package still exports: a module of an earlier
    // generation, which the move removes.)
    const leftovers = new Set(
      exported.filter((u) => usersText !== text && undeclared(text, importName, u.module, u.name)).map((u) => u.name),
    );
    for (const type of unmodelledTypes(exported, input, found, forms))
      unmodelled.push(
        leftovers.has(type.name)
          ? {
              ...type,
              // (No line to paste: the schema of its shape may be what a method answers under a name of its own.)
              configLine: undefined,
              why:
                `Stainless's output no longer declares it, but \`${type.importedFrom}\` in your package still exports ` +
                "it (an earlier generation's module, which the move removes), so your users' imports of it break: " +
                "keep a module of your own, or name its schema in the resource's `models`",
            }
          : type,
      );
    for (const u of unmatched.filter((t) => !exported.includes(t)))
      unmodelled.push({
        name: u.name,
        importedFrom: u.module,
        importLine: `from ${u.module} import ${u.name}`,
        kind: 'undeclared',
        why:
          `no module of Stainless's declares it and \`${u.module}\` does not export it (api.md lists it alone), so ` +
          'no import of it worked: nothing breaks',
        candidates: [],
      });
  }
  return models;
}

/**
 * Whether `module` (`acme.types.beta`), the module api.md imports `name` from, is there and exports neither it nor its
 * request form: no module of Stainless's declares it, and users never could import it.
 */
function undeclared(text: (path: string) => string | null, importName: string, module: string, name: string): boolean {
  if (module !== importName && !module.startsWith(`${importName}.`)) return false;
  const folder = `${packageDir(importName)}${module.slice(importName.length).split('.').join('/')}`;
  const source = text(`${folder}/__init__.py`) ?? text(`${folder}.py`);
  // (Nor its request form, `…Param`, which users import by that name.)
  return source !== null && !new RegExp(`\\b${name}(?:Param)?\\b`).test(source);
}

/**
 * api.md's sections in order: each heading's resource (the chain of its first method, else its heading's words under
 * its parent's resource; "Shared Types" is `$shared`), the types its code block imports and its methods. A section
 * of the client's own methods (`client.health()`) is the config's `$client`.
 */
function sectionsOf(apiMd: string, importName: string): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ level: number; section: Section }> = [];
  let current: Section | null = null;
  let block: string[] | null = null;
  const client = apiMdClientName(apiMd);
  const methodLine = new RegExp(`^- <code title="(\\w+) ([^"]+)">${client}\\.((?:[\\w]+\\.)*)<a [^>]*>(\\w+)<\\/a>`);
  const importFrom = new RegExp(`^from ${importName.replace(/\./g, '\\.')}\\.types(?:\\.[\\w.]+)? import`);
  for (const line of apiMd.split('\n')) {
    if (block !== null) {
      if (/^```/.test(line)) {
        for (const { name, module } of current === null ? [] : importedNames(block.join('\n'), importFrom)) {
          current!.types.push(name);
          current!.importedFrom.set(name, module);
        }
        block = null;
      } else block.push(line);
      continue;
    }
    if (/^```python\s*$/.test(line)) {
      block = [];
      continue;
    }
    const heading = /^(#+)\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      const parent = stack[stack.length - 1]?.section.resource ?? [];
      const title = heading[2].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      const key =
        /^shared types$/i.test(title) && stack.length === 0
          ? '$shared'
          : words(title)
              .map((w) => w.toLowerCase())
              .join('_');
      current = { resource: [...parent, key], types: [], importedFrom: new Map(), methods: [] };
      stack.push({ level, section: current });
      sections.push(current);
      continue;
    }
    const method = methodLine.exec(line);
    if (method && current !== null) {
      const chain = method[3]
        .split('.')
        .filter(Boolean)
        .map((key) => key.replace(/(?<=[a-z0-9])_$/, ''));
      if (current.methods.length === 0) current.resource = chain.length === 0 ? ['$client'] : chain;
      const returned = /-> (?:<a (?:href="([^"]*)")?[^>]*>)?([^<]+?)(?:<\/a>)?<\/code>/.exec(line);
      const endpoint = `${method[1].toLowerCase()} ${method[2]}`;
      current.methods.push({ name: method[4], endpoint, returns: returned?.[2] ?? '', returnsAt: returned?.[1] });
    }
  }
  return sections.filter(
    (s) => s.resource === null || s.resource.every((k) => k === '$shared' || k === '$client' || IDENTIFIER.test(k)),
  );
}

/**
 * The names `from <package>.types… import A, B` or `import (A, B,)` statements of a code block bind, each with the
 * module it is imported from.
 */
function importedNames(code: string, importFrom: RegExp): Array<{ name: string; module: string }> {
  const names: Array<{ name: string; module: string }> = [];
  for (const statement of code.split(/\n(?=from )/)) {
    if (!importFrom.test(statement)) continue;
    const module = /^from ([\w.]+) import/.exec(statement)![1];
    const list = statement.slice(statement.indexOf(' import ') + 8).replace(/[()]/g, '');
    for (const item of list.split(/[,\n]/)) {
      const name = item.trim().split(/\s+as\s+/)[0];
      if (/^[A-Za-z_]\w*$/.test(name)) names.push({ name, module });
    }
  }
  return names;
}

/** A Python declaration in words, from the source of the module Stainless declared it in (null: none found). */
function pythonForms(sourceOf: (name: string) => string | null): DeclarationForms {
  return {
    formOf(name) {
      const source = sourceOf(name);
      const line =
        source === null
          ? undefined
          : new RegExp(`^(?:class ${name}\\b|${name}(?:: TypeAlias)? = ).*$`, 'm').exec(source)?.[0];
      if (line === undefined)
        return `nowhere the matcher looks (no \`class ${name}\` or \`${name}: TypeAlias = …\` in its module)`;
      const quoted = `\`${line.length > 60 ? `${line.slice(0, 57)}…` : line}\``;
      return line.startsWith('class ')
        ? `a class with no fields the matcher reads (${quoted})`
        : `a type alias (${quoted})`;
    },
    reads:
      "models' fields, `Literal[…]` aliases, unions of named models, literals and titled objects, and plain aliases of scalars, maps and lists",
    importLine: (name, module) => `from ${module} import ${name}`,
  };
}

/**
 * The types no method of api.md returns whose schema a method of api.md answers under another name of its own: no
 * model of that schema, which would name every use of it (that method's return too). llamacloud's api.md keeps
 * `ParsingUploadFileResponse` after Stainless's bot took `upload_file` out, of the schema `create` answers as
 * `ParsingCreateResponse`.
 */
function answeredOtherwise(
  found: ReadonlyMap<string, string | null>,
  methods: ReadonlyArray<Section['methods'][number]>,
  answerOf: (method: Section['methods'][number]) => string | undefined,
  /** Each alias module's type, by the type it names (`StreamEvent` → `RawStreamEvent`): one type under two names. */
  aliases: ReadonlyMap<string, string>,
): string[] {
  const returned = new Set(methods.map((m) => m.returns));
  const otherType = (a: string, b: string) => a !== b && aliases.get(a) !== b && aliases.get(b) !== a;
  return [...found].flatMap(([name, schema]) =>
    schema != null &&
    !returned.has(name) &&
    methods.some((m) => /^[A-Z]\w*$/.test(m.returns) && otherType(m.returns, name) && answerOf(m) === schema)
      ? [name]
      : [],
  );
}

/**
 * A type Stainless writes for a method (`AgentListResponse`, `TaskListParams`), not a model of the config's, with the
 * `custom_casings` its name takes (`ActionChangeIPRangeResponse` of `change_ip_range`: `ip: IP`); null for a model.
 * One that more than one method returns (`AgentRpcResponse` of `rpc` and `rpc_by_name`) is a model named so.
 */
function methodTypeCasings(name: string, section: Section, returners: number): Map<string, string> | null {
  if (returners > 1) return null;
  const plain = new StainlessNames();
  const casings = new Map(
    words(name)
      .filter((w) => /^[A-Z0-9]{2,}s?$/.test(w) && plain.pascal(w.toLowerCase()) !== w)
      .map((w) => [w.toLowerCase(), w] as const),
  );
  // Without casings first: a name they would not write (an older config's) stays a method type all the same.
  for (const names of [plain, new StainlessNames(casings)]) {
    const key = section.resource?.at(-1);
    const property = key === undefined || key.startsWith('$') ? null : names.resourceProperty(key);
    const singular =
      property === null ? '' : names === plain ? resourceSingular(property) : names.pascal(singularize(property));
    // (And Stainless's own singular, which its naming table gives a method's types: `settings` → `Setting`.)
    const singulars =
      key === undefined || key.startsWith('$') ? [singular] : [singular, names.pascal(stainlessSingular(key))];
    const written = section.methods.some((method) =>
      singulars.some((one) =>
        ['Response', 'Params'].some((suffix) => name.endsWith(`${one}${names.pascal(method.name)}${suffix}`)),
      ),
    );
    if (written) return new Map([...(names === plain ? [] : casings), ...wordsNotAcronyms(name)]);
  }
  return null;
}

/**
 * The words a name writes as words that Python's class names write as acronyms (`SshKeyCreateResponse`: `ssh` →
 * `Ssh`, where sdkgen's naming writes `SSHKey`), as the casings that keep them so.
 */
function wordsNotAcronyms(name: string): Array<[string, string]> {
  return words(name)
    .filter((w) => /^[A-Z][a-z]+$/.test(w) && pyClassName(w.toLowerCase()) !== w)
    .map((w) => [w.toLowerCase(), w]);
}

/**
 * A model key the Python target's naming turns back into `name` (`streamable_http_mcp_server` for
 * `StreamableHTTPMcpServer`), with the casings that takes; null where there is none.
 */
function keyFor(name: string): { key: string; casings: Map<string, string> } | null {
  const key = words(name)
    .map((w) => w.toLowerCase())
    .join('_');
  if (pyClassName(key) === name) return { key, casings: new Map() };
  const casings = new Map(
    words(name)
      .filter((w) => /^[A-Z0-9]{2,}s?$/.test(w))
      .map((w) => [w.toLowerCase(), w] as const),
  );
  return pyClassName(key, casings) === name ? { key, casings } : null;
}

/**
 * The module api.md links each type to (`<a href="./src/cartesia/types/tts_sse_event.py">TTSSSEEvent</a>`): its file
 * name, no `.py`, which Stainless named by the model's key (a type linked to two modules, to neither).
 */
function linkedModules(apiMd: string, importName: string): Map<string, string> {
  const modules = new Map<string, string>();
  const twice = new Set<string>();
  const folder = importName.replace(/\./g, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`href="\\.?/?src/${folder}/types/(?:[\\w/]+/)?(\\w+)\\.py">(\\w+)</a>`, 'g');
  for (const [, module, name] of apiMd.matchAll(link)) {
    if (modules.has(name) && modules.get(name) !== module) twice.add(name);
    else modules.set(name, module);
  }
  for (const name of twice) modules.delete(name);
  return modules;
}

/**
 * The model key a module's name is (`tts_sse_event` for `TTSSSEEvent`), with the casings its words take in the name
 * (`tts` → `TTS`, `sse` → `SSE`): where the name run the key's words together, its module keeps them apart. Null where
 * the module is not the name's words (or a keyword's module, `class_`).
 */
function keyOfModule(name: string, module: string): { key: string; casings: Map<string, string> } | null {
  if (!IDENTIFIER.test(module) || module.endsWith('_')) return null;
  const casings = new Map<string, string>();
  let rest = name;
  for (const word of module.split('_').filter(Boolean)) {
    const piece = rest.slice(0, word.length);
    if (piece.toLowerCase() !== word) return null;
    // (A word the name writes otherwise than Python's class names write it alone is a casing: `TTS`, not `API`.)
    if (pyClassName(word) !== piece) casings.set(word, piece);
    rest = rest.slice(word.length);
  }
  if (rest !== '') return null;
  const settled = new StainlessNames(casings).model(module);
  return pyModelClassName(module, settled, casings) === name ? { key: module, casings } : null;
}

/**
 * What Stainless's modules under `src/<package>/types/` declare of the listed types: each one's shape (a `BaseModel`
 * class's fields by wire name, with the values of those that are one `Literal`; a `Literal[…]` alias's values), and
 * where a listed model's field is another listed type (for `referredSchemas`).
 */
function declarations(
  text: (path: string) => string | null,
  sections: Section[],
  importName: string,
  modules: ReadonlyMap<string, string>,
): {
  shapes: Map<string, Shape>;
  references: Map<string, Array<{ owner: string; property: string }>>;
  /** The listed types whose module only aliases another listed type (`StreamEvent = RawStreamEvent`): that type. */
  aliases: Map<string, string>;
} {
  const listed = new Set(sections.flatMap((s) => s.types));
  const shapes = new Map<string, Shape>();
  const references = new Map<string, Array<{ owner: string; property: string }>>();
  const aliases = new Map<string, string>();
  for (const section of sections) {
    for (const name of section.types) {
      if (shapes.has(name)) continue;
      const module = moduleOf(text, importName, section, name, modules.get(name));
      if (module === null) continue;
      const { source } = module;
      // (Or its request form's module alone, aliasing another's: `PDFBlockParam = DocumentBlockParam`.)
      const aliased =
        new RegExp(`^${name}(?:: TypeAlias)? = ([A-Z]\\w*)\\s*$`, 'm').exec(source)?.[1] ??
        new RegExp(`^${name}Param(?:: TypeAlias)? = ([A-Z]\\w*)Param\\s*$`, 'm').exec(source)?.[1];
      if (aliased !== undefined && aliased !== name && listed.has(aliased)) {
        aliases.set(name, aliased);
        continue;
      }
      // (Older SDKs declare it without the annotation: `CPUType = Literal["dedicated", "shared"]`.)
      const alias = new RegExp(`^${name}(?:: TypeAlias)? = Literal\\[([^\\]]*)\\]`, 'm').exec(source);
      if (alias) {
        const values = [...alias[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? m[2]);
        if (values.length > 0) shapes.set(name, { kind: 'enum', members: values.sort() });
        continue;
      }
      // `Message: TypeAlias = Annotated[Union[SystemMessage, UserMessage], PropertyInfo(…)]`: a union of models,
      // told by its variants' names.
      // (A union only requests take is declared as its `…Param` alias alone, over its variants' `…Param` forms:
      // groq's `ChatCompletionContentPartParam`; a variant api.md lists without `Param` is read by that name.)
      // (A variant may be a list of one type, `List[SearchResult]`: read as `SearchResult[]`.)
      const unionOf = (alias: string) =>
        new RegExp(
          `^${alias}: TypeAlias = (?:Annotated\\[\\s*)?Union\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]`,
          'm',
        ).exec(source);
      const own = unionOf(name);
      const union = own ?? unionOf(`${name}Param`);
      if (union) {
        const variants = union[1]
          .split(/,(?![^[]*\])/)
          .map((v) => v.trim().replace(/^(?:List|Iterable|SequenceNotStr)\[\s*(\w+)\s*\]$/, '$1[]'))
          .filter((v) => v !== '' && v !== 'None')
          // (A `Literal[…]` variant is each of its values, quoted, as nested-schemas.ts reads a string enum's.)
          .flatMap((v) => literalMembers(v) ?? [v])
          .map((v) =>
            // (Not a variant api.md lists itself: `TextBlockParam` is the request's type, `TextBlock` the response's.)
            own === null && v.endsWith('Param') && !listed.has(v) && listed.has(v.slice(0, -5)) ? v.slice(0, -5) : v,
          );
        const named = variants.filter((v) => !isQuotedLiteral(v));
        if (variants.length > 1 && named.length > 0 && named.every((v) => /^[A-Z]\w*(?:\[\])?$/.test(v))) {
          shapes.set(name, { kind: 'union', members: variants.sort() });
          continue;
        }
      }
      // A plain alias (a union of scalars, a map, a list: `JSONValueInput: TypeAlias = Union[str, …]`): its words.
      const plain = pythonAliasShape(source, name);
      if (plain !== null) {
        shapes.set(name, plain);
        continue;
      }
      if (union) continue;
      // (A type only requests take is declared as its `…Param` TypedDict alone: `update_thing_param.py`.)
      // (A model of an allOf that starts from a named model inherits its fields: `class ConnectionDetail(Connection):`.)
      const fields =
        modelFields(text, module.path, source, name) ?? modelFields(text, module.path, source, `${name}Param`);
      if (fields === null) continue;
      shapes.set(name, {
        kind: 'object',
        members: fields.map((f) => f.wire).sort(),
        detail: fields.map((f) => (f.literal === null ? f.wire : `${f.wire}=${f.literal}`)).sort(),
        forms: propertyForms(fields.map((f) => ({ key: f.wire, form: pythonTypeForm(f.type, source) }))),
      });
      for (const field of fields) {
        const reference = /^(?:Optional\[)?(List\[)?(\w+)\]*$/.exec(field.type);
        const target = reference?.[2];
        if (target === undefined || !listed.has(target) || target === name) continue;
        // (A list's items: propertyReferences's `<property>[]`.)
        const property = reference?.[1] === undefined ? field.wire : `${field.wire}[]`;
        references.set(target, [...(references.get(target) ?? []), { owner: name, property }]);
      }
    }
  }
  return { shapes, references, aliases };
}

/** A `Literal["a", "b"]` variant's values, quoted (`'a'`, `'b'`); null for another variant. */
function literalMembers(variant: string): string[] | null {
  const inner = /^Literal\[(.*)\]$/.exec(variant)?.[1];
  if (inner === undefined) return null;
  const values = [...inner.matchAll(/\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*(?:,|$)/g)];
  if (values.length === 0 || values.map((m) => m[0]).join('') !== inner) return null;
  return values.map((m) => quotedLiteral(m[1] ?? m[2]));
}

/**
 * Each alias module's type and the type it aliases as one schema: the aliased type's, else the one its alias matched
 * (by name: Stainless renamed the schema's type and kept the old name as the alias).
 */
function settleAliases(found: Map<string, string | null>, aliases: ReadonlyMap<string, string>): void {
  for (const [alias, aliased] of aliases) {
    const schema = found.get(aliased) ?? found.get(alias) ?? null;
    if (schema === null) continue;
    found.set(aliased, schema);
    found.set(alias, schema);
  }
}

/** The module Stainless declared a listed type in: `types/<resource path but its first key>/<snake name>.py`. */
function moduleOf(
  text: (path: string) => string | null,
  importName: string,
  section: Section,
  name: string,
  /** The module api.md links the type to, where it does. */
  linked: string | undefined,
): { source: string; path: string } | null {
  const joined =
    linked ??
    words(name)
      .map((w) => w.toLowerCase())
      .join('_');
  // (Where api.md links none, a number may be a word of its own in the module's name, as in the model's key:
  // `ToolBash20250124` is declared in `tool_bash_20250124_param.py`, `Base64PDFSource` in `base64_pdf_source.py`.)
  const spellings = linked === undefined ? [...new Set([joined, joined.replace(/(?<=[a-z])(?=\d)/g, '_')])] : [joined];
  const folders = (section.resource ?? []).filter((k) => !k.startsWith('$'));
  const candidates = [
    ...(section.resource?.[0] === '$shared' ? ['shared'] : []),
    folders.slice(0, -1).join('/'),
    folders.join('/'),
    '',
  ];
  // (Else the module its package's `__init__.py` imports it or its request form from, which the key named apart where
  // the name runs acronyms together: `URLPDFSourceParam` from `.url_pdf_source_param`.)
  if (linked === undefined)
    for (const folder of candidates) {
      const init = text(`${packageDir(importName)}/types/${folder ? `${folder}/` : ''}__init__.py`);
      const from = init && new RegExp(`^from \\.(\\w+?)(?:_param)? import ${name}(?:Param)? as `, 'm').exec(init)?.[1];
      if (from && !spellings.includes(from)) spellings.push(from);
    }
  for (const plain of spellings)
    for (const param of ['', '_param'])
      for (const folder of candidates) {
        // (A module named as a keyword is escaped: `Class` is declared in `class_.py`.)
        const snake = PYTHON_KEYWORDS.has(plain) ? `${plain}_` : plain;
        const path = `${packageDir(importName)}/types/${folder ? `${folder}/` : ''}${param ? plain : snake}${param}.py`;
        const source = text(path);
        const declared = new RegExp(
          `^(?:class ${name}${param ? 'Param' : ''}\\b|${name}${param ? 'Param' : ''}(?:: TypeAlias)? = )`,
          'm',
        );
        if (source !== null && declared.test(source)) return { source, path };
      }
  return null;
}

/** The name (`tool_bash_20250124`, no `_param`) of the module Stainless declared a listed type in, where found. */
function declaredModuleName(
  text: (path: string) => string | null,
  importName: string,
  section: Section,
  name: string,
): string | undefined {
  const path = moduleOf(text, importName, section, name, undefined)?.path;
  return path?.slice(path.lastIndexOf('/') + 1).replace(/(?:_param)?\.py$/, '');
}
