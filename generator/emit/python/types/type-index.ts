/**
 * Where each named type of the package lives (`PythonTypeIndex`): its Python name, its model's module under `types/`,
 * its params form's where a request reaches it, and the forms of the era its types are written in. The printers ask
 * it through `PyTypeIndex` (py-type-index.ts).
 */
import type { Api, NamedSchema } from '../../../ir/types';
import {
  pyClassName,
  pyModelClassName,
  pyModelModuleName,
  pyParamFormName,
  pyTypeName,
  typeModuleName,
  type PyCasings,
} from '../../../naming/python';
import { pythonTypeFormsOfEra, type StainlessPythonTypeForms } from '../../../stainless/python-type-era';
import type { PyTypeLocation } from './model';
import { isTakenTypeName } from './py-reserved';
import type { PyTypeIndex } from './py-type-index';
import { recursiveTypes, type RecursiveTypes } from './recursive-types';
import { modelRebuildFormOfEra, type ModelRebuildForm } from './model-rebuild';
import { nullableResponseClasses } from '../resources/nullable-response';
import { requestOnlyModels } from './request-only';

/** Where each named type lives: its model in `types/…`, and its params form where a request reaches it. */
export class PythonTypeIndex implements PyTypeIndex {
  private readonly byId = new Map<string, NamedSchema>();
  /**
   * The module (file, no `.py`) of each config model named by its key (`tts_sse_event`), by schema id: its class
   * named by the key's words too. Any other type's module is its class's name in snake_case.
   */
  private readonly keyModules = new Map<string, string>();
  private readonly packageOf = new Map<string, string>();
  /** Every types package (folder): a module of the same name beside one would be shadowed by it. */
  private readonly packages = new Set<string>(['types/shared', 'types/shared_params']);
  /** Schema ids whose params form is used, in the order first asked for. */
  readonly paramForms = new Set<string>();
  /** Types the emitter names itself (an SSE method's unnamed event), beside the IR's. */
  readonly declared: NamedSchema[] = [];
  private readonly taken: Set<string>;
  private readonly recursive: RecursiveTypes;
  /** Method responses of one class or null, declared as the class (nullable-response.ts). */
  private readonly nullableResponses: Set<string>;
  /** Made from a Stainless config: an object of `properties: {}` is typed `object`, as Stainless's SDKs type it. */
  fromStainlessConfig = false;
  /** The named types whose model module is not written (request-only.ts), found when first asked. */
  private requestOnly: Set<string> | null = null;

  constructor(
    private readonly api: Api,
    resourcePackages: Map<string, string>,
    /** The forms the era writes types in (every annotation, a resource's too). */
    readonly forms: StainlessPythonTypeForms = pythonTypeFormsOfEra(null),
    /** Where (and in what form) the era rebuilds the models that reach a recursive type (model-rebuild.ts). */
    readonly modelRebuild: ModelRebuildForm = modelRebuildFormOfEra(null),
    /** How the config's `custom_casings` write words in class names (naming/python.ts). */
    readonly casings: PyCasings = new Map(),
  ) {
    this.recursive = recursiveTypes(api.schemas);
    this.nullableResponses = nullableResponseClasses(api);
    const taken = new Set([...api.schemas.map((schema) => schema.name), pyClassName(api.clientName, casings)]);
    this.taken = taken;
    const ids = new Map(api.schemas.map((schema) => [schema.id, schema]));
    for (const schema of api.schemas) {
      const key = schema.configKey ?? requestVariantKey(schema, ids);
      let name = pyTypeName(schema.name, schema.requestedName, taken, casings, key);
      // A name the types modules import (`List`) would shadow it, a keyword (`None`) is none: `ListModel`, `NoneModel`.
      for (let i = 1; isTakenTypeName(name) || (name !== schema.name && taken.has(name)); i++)
        name = `${schema.name}Model${i > 1 ? i : ''}`;
      taken.add(name);
      this.byId.set(schema.id, name === schema.name ? schema : { ...schema, name });
      // (A model that gave up its key's name for another's is named by the name it took.)
      if (key !== undefined && name === pyModelClassName(key, schema.name, casings))
        this.keyModules.set(schema.id, pyModelModuleName(key));
    }
    for (const [module, pkg] of resourcePackages) {
      this.packageOf.set(module, pkg);
      const parts = pkg.split('/');
      for (let i = 2; i <= parts.length; i++) this.packages.add(parts.slice(0, i).join('/'));
    }
  }

  /** `<pkg>/<file>`, or `<pkg>/<file>/<file>` where that is a package too (listed by `<pkg>`: `listedIn`). */
  private place(name: string, pkg: string, file: string): PyTypeLocation {
    const module = `${pkg}/${file}`;
    return this.packages.has(module) ? { name, module: `${module}/${file}`, listedIn: pkg } : { name, module };
  }

  /** A type of the emitter's own, under the name it wants or, where taken, that name and a number. */
  declare(schema: NamedSchema): PyTypeLocation {
    let name = schema.name;
    for (let n = 2; this.taken.has(name) || isTakenTypeName(name); n++) name = `${schema.name}${n}`;
    this.taken.add(name);
    const named = { ...schema, name };
    this.byId.set(named.id, named);
    this.declared.push(named);
    return this.model(named.id);
  }

  /** Whether the named type is a method's response of one class or null: its module declares the class alone. */
  nullableResponse = (id: string): boolean => this.nullableResponses.has(id);
  inCycle = (id: string): boolean => this.recursive.inCycle(id);
  reachesCycle = (id: string): boolean => this.recursive.reachesCycle(id);
  extended = (id: string): boolean => this.recursive.extended(id);

  /** The named schema, its `name` Python's. */
  schema(id: string): NamedSchema {
    const schema = this.byId.get(id);
    if (!schema) throw new Error(`generator bug: no named schema ${id}`);
    return schema;
  }

  isShared(schema: NamedSchema): boolean {
    // A config resource named `shared` owns that module: its models are its own, not `$shared`'s.
    return schema.module === 'resources/shared' && !this.packageOf.has(schema.module);
  }

  typesPackage(schema: NamedSchema): string {
    if (this.isShared(schema)) return 'types/shared';
    return this.packageOf.get(schema.module) ?? 'types';
  }

  model(id: string): PyTypeLocation {
    const schema = this.schema(id);
    return this.place(schema.name, this.typesPackage(schema), this.moduleFile(schema));
  }

  /** The module (file) declaring the named type's model: a config model's key, else its name in snake_case. */
  private moduleFile(schema: NamedSchema): string {
    return this.keyModules.get(schema.id) ?? typeModuleName(schema.name);
  }

  param(id: string): PyTypeLocation {
    this.paramForms.add(id);
    return this.paramLocation(id);
  }

  paramLocation(id: string): PyTypeLocation {
    const schema = this.schema(id);
    if (this.isShared(schema)) return this.place(schema.name, 'types/shared_params', this.moduleFile(schema));
    if (schema.requestVariantOf) return this.place(schema.name, this.typesPackage(schema), this.moduleFile(schema));
    // A type named `…Param` or `…Params` that only requests use has no model module: its form takes the name and
    // module, as Stainless's (groq's and openai's `ChatCompletionSystemMessageParam`, anthropic's `BetaContainerParams`;
    // never `…ParamParam` or `…ParamsParam` but beside a model).
    if (/Params?$/.test(schema.name) && this.isRequestOnly(schema.id))
      return this.place(schema.name, this.typesPackage(schema), this.moduleFile(schema));
    const name = pyParamFormName(schema.name, this.taken);
    // (A config model's form is its key's module and `_param`, `tts_sse_event_param`, unless a number tells it apart.)
    const keyModule = this.keyModules.get(schema.id);
    const file =
      keyModule !== undefined && name === `${schema.name}Param` ? `${keyModule}_param` : typeModuleName(name);
    return this.place(name, this.typesPackage(schema), file);
  }

  private isRequestOnly(id: string): boolean {
    this.requestOnly ??= requestOnlyModels(this.api, (schema) => this.isShared(schema)).requestOnly;
    return this.requestOnly.has(id);
  }
}

/**
 * The key a config model's request variant is named by (`tts_sse_event_param` for `TTSSSEEventParam`): its model's key
 * and `_param`, where it is named as its model and `Param`; else none.
 */
function requestVariantKey(schema: NamedSchema, byId: ReadonlyMap<string, NamedSchema>): string | undefined {
  const model = schema.requestVariantOf === undefined ? undefined : byId.get(schema.requestVariantOf);
  return model?.configKey !== undefined && schema.name === `${model.name}Param`
    ? `${model.configKey}_param`
    : undefined;
}
