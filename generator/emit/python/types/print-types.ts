/**
 * TypeRef → Python: type annotations, and the classes a module declares for the objects they reach (pydantic models
 * on the response side, TypedDicts on the params side). A `PyModuleBuilder` collects one module's imports and
 * declarations; the only code that turns IR types into Python text.
 */
import type { ObjectType, Property, TypeRef } from '../../../ir/types';
import {
  PYTHON_KEYWORDS,
  pyClassName,
  pyFieldName,
  pyParamKey,
  requestOptionEscape,
  pytestOptOut,
} from '../../../naming/python';
import { pythonTypeFormsOfEra, type StainlessPythonTypeForms } from '../../../stainless/python-type-era';
import { TYPING, TYPING_EXTENSIONS, type PySide, type PyTypeIndex } from './py-type-index';
import { PyImports, type ImportLayout } from './module-imports';
import { classPlanner, flatParts, isClassType } from './class-bases';
import { classDocstringLayout, docstringLayout } from '../docs/doc-wrap';
import { pyDocstring, pyString } from '../docs/print-doc';
import { isObject, paramsNameModel, nestedObjectLabel, heldMap, quoteNames, SHADOWABLE_BUILTINS } from './type-shapes';
import { DateNaming, ShadowedBuiltins } from './field-shadowing';
import { isImportedName, pyDeclarableName } from './py-reserved';
import { aliasStatement, type AliasContext, type AliasDeclaration } from './py-alias';
import { literalValue, orNoneOf, UnionPrinter } from './print-union';
import { extraKeysType, modelExtraKeysLines, paramsExtraItemsHeader } from './extra-keys';
import { fieldLine } from './py-fields';
import { paramsSequence } from '../resources/params-sequence';
import { docstringInLayout, joinTopLevel, layoutAssignment, layoutExpr, type TopLevelStatement } from '../py-layout';

export { relativeImport, type PySide, type PyTypeIndex } from './py-type-index';

const NEWEST_FORMS = pythonTypeFormsOfEra(null);

/**
 * Where a module outside `types/shared` imports a shared model from in an era before MODEL_IMPORTS_BY_MODULE_SINCE:
 * the package (`types/shared/__init__`), which re-exports it.
 */
export function sharedPackageOf(importing: string): (module: string) => string | null {
  return (module) =>
    /^types\/shared\/[^/]+$/.test(module) && !importing.startsWith('types/shared/') && !module.endsWith('/__init__')
      ? 'types/shared/__init__'
      : null;
}

export class PyModuleBuilder {
  private readonly declarations: Array<string | AliasDeclaration> = [];
  /** Names used where Python evaluates them at import time (class bases): their imports stay at the top. */
  private readonly eagerNames = new Set<string>();
  /** Names the module declares or imports, so that nested classes never take one. */
  private readonly taken = new Set<string>();
  private readonly classOf = new Map<ObjectType, string>();
  /** Classes of objects written out from a component schema, by its location, side and the name wanted. */
  private readonly classOfInlined = new Map<string, string>();
  /** An undocumented object's description where it stands: its nullable wrapper's (see `wrappedObjectDoc`). */
  private readonly docOfPlace = new Map<ObjectType, string>();
  /** Maps a field holds: their values are named after the field (`Categories`), not `…Item` as a type's own. */
  private readonly fieldMaps = new WeakSet<TypeRef>();
  private readonly declaredClasses = new Set<string>();
  /** Names exported in `__all__`. */
  readonly exported: string[] = [];
  /** The modules (as imported: `.._utils`) whose import is written one name a line, as Stainless's came out. */
  oneNameALine: (from: string, names: readonly string[]) => boolean = () => false;
  /**
   * The package a name of `module` is imported from instead (`types/__init__` for `types/server`: an older era's
   * resources, python-era.ts MODEL_IMPORTS_BY_MODULE_SINCE); null: from its module.
   */
  set importThrough(packageOf: (module: string) => string | null) {
    this.imports.importThrough = packageOf;
  }
  /** The name its package's `__init__.py` re-exports, where not `exported[0]` (a split params module's union). */
  reexported: string | null = null;
  /** Classes declared for nested objects, parents before children: `__all__` lists them after `exported`. */
  private readonly nestedClasses: string[] = [];

  /** The module's imports (module-imports.ts). */
  private readonly imports: PyImports;

  constructor(
    readonly module: string,
    readonly index: PyTypeIndex,
  ) {
    this.imports = new PyImports(module, { taken: this.taken, uniqueName: (wanted) => this.uniqueName(wanted) });
    if (this.forms.sharedThroughPackage) this.imports.importThrough = sharedPackageOf(module);
  }

  /** Each name imported (as the module uses it), with the module it comes from. */
  get moduleOfImportedName(): ReadonlyMap<string, string> {
    return this.imports.importedFrom;
  }

  /** The forms of the era the module is written in. */
  private get forms(): StainlessPythonTypeForms {
    return this.index.forms ?? NEWEST_FORMS;
  }

  use(name: string): string {
    return this.imports.use(name);
  }

  /**
   * `from <module> import <name>`, the module package-relative (`_types`, `types/prompt`); returns the name the module
   * uses. A name already imported from another module (a shared model and its params form are both `Foo`) is
   * imported under an alias (`Foo as FooParam`), so that neither shadows the other.
   */
  importFrom(module: string, name: string): string {
    return this.imports.importFrom(module, name);
  }

  /** `from <package> import <module>` (`from ..types import prompt_create_params`): returns the module's name. */
  importModule(module: string): string {
    return this.imports.importModule(module);
  }

  /** `from <package> import <name>` of a subpackage (`from ..types import shared_params`): returns the name. */
  importPackageMember(pkg: string, name: string): string {
    return this.imports.importPackageMember(pkg, name);
  }

  importPlain(statement: string): void {
    this.imports.importPlain(statement);
  }

  reserve(name: string): void {
    this.taken.add(name);
  }

  declare(text: string): void {
    this.declarations.push(text);
  }

  /**
   * Moves the last declaration (a class) before all others, as Stainless opens a params module with its params
   * class (its annotations lazy, they may name classes declared after it); not where it inherits a class of this
   * module, which Python reads at once. `from`: before those from that place on (`declarationCount()`) instead.
   */
  declareLastFirst(from = 0): void {
    const last = this.declarations.at(-1);
    if (typeof last !== 'string' || !last.startsWith('class ')) return;
    const bases = /^class \w+\(([^)]*)\)/.exec(last)?.[1] ?? '';
    if (bases.split(',').some((base) => this.declaredClasses.has(base.trim()) || base.trim().startsWith('_'))) return;
    this.declarations.splice(from, 0, this.declarations.pop()!);
  }

  /** How many declarations the module has so far. */
  declarationCount(): number {
    return this.declarations.length;
  }

  /**
   * `Name: TypeAlias = value`. Where the value names a type not yet defined when Python reads it (quoted, see
   * `render`), the module's own named type (`named`) is a `TypeAliasType`, which pydantic resolves in this module.
   */
  declareAlias(name: string, value: string, options: { plain?: boolean; named?: boolean } = {}): void {
    this.declarations.push({
      alias: name,
      value,
      ...(options.plain ? { plain: true } : {}),
      ...(options.named ? { named: true } : {}),
    });
  }

  /** The modules this one imports names from (package-relative), and whether any of them is a class base. */
  importedModules(): Map<string, { eager: boolean }> {
    return this.imports.modules(this.eagerNames);
  }

  /** A class name for a nested object, unique in the module. */
  uniqueName(wanted: string): string {
    // (Never a keyword, `None`: py-reserved.ts; nor a name the module imports from typing or the runtime: `List`.)
    const base = pyDeclarableName(wanted);
    let name = base;
    for (let i = 2; this.taken.has(name) || isImportedName(this.module, name); i++) name = `${base}${i}`;
    this.taken.add(name);
    return name;
  }

  /**
   * Whether the module writes `from __future__ import annotations` always (params and resource modules, as Stainless)
   * or only where an annotation names what is not defined yet when Python reads it (Stainless's model modules).
   */
  lazyAnnotations: 'always' | 'when-needed' = 'always';
  /** Whether an annotation names a class of this module that is not defined yet where it stands. */
  private forwardReference = false;
  /**
   * Whether a union of classes a field holds is declared as an alias of its own (a module of types or params, not
   * one whose declarations are not written: a resource's). Such a module also names a type that reaches a recursive
   * one as Stainless's do: in quotes, imported at the bottom of the module (`render`).
   */
  unionAliases = false;
  /** Whether the module may name types in quotes (not one of a type others extend: recursive-types.ts). */
  quoteLate = true;
  /** Names imported to be written last (see `unionAliases`), each quoted where it is named. */
  private readonly lateNames = new Set<string>();
  /** Whether the annotation being written is a class base, which Python reads at once. */
  private eager = false;
  private readonly unions = new UnionPrinter({
    schema: (id) => this.index.schema(id),
    casings: () => this.index.casings,
    refName: (id, side) => this.refTarget(id, side).name,
    unionAliases: () => this.unionAliases,
    annotation: (type, side, hint, qualify) => this.annotation(type, side, hint, qualify),
    use: (name) => this.use(name),
    importFrom: (module, name) => this.importFrom(module, name),
    uniqueName: (wanted) => this.uniqueName(wanted),
    nestedCount: () => this.nestedClasses.length,
    claim: (name, declared) => (declared ? this.declaredClasses.add(name) : this.declaredClasses.delete(name)),
    declareNestedAlias: (name, at, value) => {
      this.nestedClasses.splice(at, 0, name);
      this.declareAlias(name, value);
    },
  });
  /** Whether an annotation is a params one (a TypedDict's, whose module always annotates lazily). */
  private paramSide = false;

  /** Where a named schema is declared for `side`, and its name there. */
  private refTarget(id: string, side: PySide): { module: string; name: string } {
    const schema = this.index.schema(id);
    const plain = side !== 'model' && paramsNameModel(schema.type);
    if (plain && this.index.isShared?.(schema)) this.index.param(id);
    return side === 'model' || plain ? this.index.model(id) : this.index.param(id);
  }

  /**
   * A request's shared type as an attribute of the `shared_params` package (`shared_params.Address`, the module
   * importing `from ..types import shared_params`), where the era names it so (python-type-era.ts); else null.
   */
  private sharedParamsAttribute(id: string, side: PySide): string | null {
    const which = this.forms.sharedParamsAttributes;
    if (which === null || side === 'model' || /^types\/shared(_params)?\//.test(this.module)) return null;
    const schema = this.index.schema(id);
    if (!this.index.isShared?.(schema) || (which === 'objects' && paramsNameModel(schema.type))) return null;
    const name = this.index.param(id).name;
    return `${this.importPackageMember('types', 'shared_params')}.${name}`;
  }

  /** The type annotation of `type` on `side`; objects it reaches are declared here, named from `hint`. */
  annotation(type: TypeRef, side: PySide, hint: string, qualify = ''): string {
    if (side === 'param') this.paramSide = true;
    switch (type.kind) {
      case 'string':
        if (type.format === 'date-time' || type.format === 'date') {
          const name = this.dateType(type.format === 'date' ? 'date' : 'datetime');
          if (side === 'model') return name;
          this.importFrom('_utils/__init__', 'PropertyInfo');
          const format = type.format === 'date' ? 'iso8601' : 'iso8601';
          return `${this.use('Annotated')}[${this.use('Union')}[str, ${name}], PropertyInfo(format=${pyString(format)})]`;
        }
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'null':
        return 'None';
      case 'unknown':
      case 'any':
        return 'object';
      case 'file':
        return side === 'param' ? this.importFrom('_types', 'FileTypes') : 'object';
      case 'literal':
        return `${this.use('Literal')}[${literalValue(type.value)}]`;
      case 'enum':
        return `${this.use('Literal')}[${type.values.map(literalValue).join(', ')}]`;
      case 'array': {
        if (side === 'model') return `${this.use('List')}[${this.annotation(type.items, side, hint, qualify)}]`;
        const sequence = paramsSequence(type.items, (id) => this.index.schema(id));
        const container =
          sequence === 'iterable' && this.forms.iterableParams
            ? this.use('Iterable')
            : sequence === 'not-str' && this.forms.sequenceNotStr
              ? this.importFrom('_types', 'SequenceNotStr')
              : this.use('List');
        return `${container}[${this.annotation(type.items, side, hint, qualify)}]`;
      }
      case 'tuple':
        return side === 'model' ? `${this.use('List')}[object]` : `${this.use('Iterable')}[object]`;
      case 'ref': {
        // Stainless's params name an enum or scalar alias from its model module (a shared one still gets its
        // shared_params module, a resource's no `_param` one).
        const attribute = this.sharedParamsAttribute(type.schemaId, side);
        if (attribute !== null) return attribute;
        const target = this.refTarget(type.schemaId, side);
        if (target.module === this.module) {
          // (Named in its own module: the class itself, not yet defined while its body is read.)
          this.forwardReference = true;
          return target.name;
        }
        const name = this.importFrom(target.module, target.name);
        if (!this.unionAliases || !this.quoteLate || this.eager || !this.index.reachesCycle?.(type.schemaId))
          return name;
        this.lateNames.add(name);
        return `"${name}"`;
      }
      case 'object':
        return this.objectAnnotation(type, side, hint, qualify);
      case 'intersection': {
        const parts = flatParts(type.parts);
        if (!this.isClass(type)) return this.annotation(parts[0], side, hint, qualify);
        // (An `allOf` named nowhere, where the hint is empty, is still a class of a name.)
        return qualify + this.declareClass(this.uniqueName(hint || 'Member'), parts, side, parts.find(isObject)?.docs);
      }
      case 'union':
        return this.unions.annotation(type, side, hint, qualify);
    }
  }

  /** How the module writes `date` and `datetime` (field-shadowing.ts). */
  private readonly dates = new DateNaming((id) => this.index.schema(id));
  /** Builtins its classes' fields shadow (field-shadowing.ts). */
  private readonly builtinsShadowed = new ShadowedBuiltins();

  /** Looks ahead at the types this module will declare, before any annotation, for fields that shadow `datetime`. */
  prepare(types: TypeRef[], side: PySide): void {
    this.dates.prepare(types, side);
  }

  /** `date` / `datetime` as this module writes the type, imported. */
  dateType(name: 'date' | 'datetime'): string {
    const { text, statement } = this.dates.typeOf(name);
    this.importPlain(statement);
    return text;
  }

  /** The name this module imports the `datetime` module as, if it writes `datetime.date` (see `prepare`). */
  get datetimeQualifier(): string {
    return this.dates.qualifier;
  }

  /**
   * `annotation` or None, as Stainless writes it: a `Union`'s members end with `None` (`Union[str, float, None]`),
   * so does the `Union` of a date param's `Annotated` form; anything else is `Optional[...]`.
   */
  orNone(annotation: string): string {
    return orNoneOf(annotation, (name) => this.use(name));
  }

  private objectAnnotation(type: ObjectType, side: PySide, hint: string, qualify: string): string {
    if (type.properties.length === 0 && !type.emptyObject) {
      // Stainless's Python SDKs read `properties: {}` alone as saying nothing of the members, like no `properties`
      // (apollo's `typed_custom_fields: Optional[object]`, opencode's `data: object`); its TypeScript SDKs have a map.
      // So is one that allows no members (`additionalProperties: false`: llama-cloud's `fast_options: Optional[object]`).
      if ((type.unsaidMembers || (type.closed && !type.additional)) && this.index.fromStainlessConfig) return 'object';
      const valueHint = this.fieldMaps.has(type) ? hint : `${hint}Item`;
      const value = type.additional ? this.annotation(type.additional, side, valueHint, qualify) : 'object';
      return `${this.use('Dict')}[str, ${value}]`;
    }
    const known = this.classOf.get(type);
    if (known) return qualify + known;
    // A component schema written out where a name is wanted that it was written out under already (a union listing
    // it twice, a field and a list of it): Stainless names the one class again.
    const inlinedKey = type.inlinedFrom ? `${type.inlinedFrom}\0${side}\0${hint}` : null;
    const inlined = inlinedKey ? this.classOfInlined.get(inlinedKey) : undefined;
    if (inlined) return qualify + inlined;
    const name = this.uniqueName(hint);
    this.classOf.set(type, name);
    if (inlinedKey) this.classOfInlined.set(inlinedKey, name);
    const placeDoc = type.docs.description ? undefined : this.docOfPlace.get(type);
    return qualify + this.declareClass(name, [type], side, placeDoc ? { description: placeDoc } : type.docs);
  }

  /** Whether the type is printed as a class (see class-bases.ts). */
  isClass(type: TypeRef): boolean {
    return isClassType(type, (id) => this.index.schema(id));
  }

  /**
   * Declares a class (model or TypedDict) of the objects' properties, with the referenced named objects among
   * `parts` as its bases; its nested objects are declared first, named after it.
   */
  declareClass(
    name: string,
    parts: TypeRef[],
    side: PySide,
    docs?: { description?: string },
    /**
     * `ownParams`: a method's own params (its keys named as a request option are `api_<name>`); `wireKeys`: the wire
     * key of each property keyed otherwise (two params of one wire name, params-module.ts), its alias.
     */
    options: { bases?: string[]; total?: boolean; ownParams?: boolean; wireKeys?: ReadonlyMap<string, string> } = {},
  ): string {
    this.taken.add(name);
    this.declaredClasses.add(name);
    if (!name.startsWith('_')) this.nestedClasses.push(name);
    const bases: string[] = [...(options.bases ?? [])];
    // The named parts are bases, unless inheriting them would not type-check (see class-bases.ts).
    const plan = classPlanner(this.index, side).plan(parts);
    for (const part of plan.bases) {
      this.eager = true;
      const base = this.annotation(part, side, name);
      this.eager = false;
      this.eagerNames.add(base);
      bases.push(base);
    }
    const properties: Property[] = plan.properties;
    if (side === 'model' && bases.length === 0) bases.push(this.importFrom('_models', 'BaseModel'));
    if (side === 'param' && bases.length === 0) bases.push(this.use('TypedDict'));
    const prefix = this.nestedPrefix(name);
    const lines: string[] = [];
    const fieldNames = new Set<string>();
    const ownFields = new Map<string, string>();
    this.fieldNames.set(name, ownFields);
    // A keyword key (`from`) cannot be declared in a class body: a functional-syntax base TypedDict declares it.
    const keywordEntries: string[] = [];
    const fields = properties.map((property) => {
      const key = side === 'model' ? pyFieldName(property.key) : pyParamKey(property.key);
      // A method's own keyword key is declared as its argument is named (`from_`), aliased to the wire key.
      const field = options.ownParams ? requestOptionEscape(PYTHON_KEYWORDS.has(key) ? `${key}_` : key) : key;
      let unique = field;
      for (let i = 2; fieldNames.has(unique); i++) unique = `${field}${i}`;
      fieldNames.add(unique);
      return unique;
    });
    // A builtin a field shadows is qualified from that field on, and in a lazy module in every annotation of a class
    // where a model's field with a value (a default, an alias) binds it (field-shadowing.ts).
    const binds = (property: Property, i: number) =>
      side === 'model' && (!property.required || fields[i] !== property.key);
    const bound = new Set(fields.filter((field, i) => SHADOWABLE_BUILTINS.has(field) && binds(properties[i], i)));
    const shadowed = new Set<string>();
    for (const [i, property] of properties.entries()) {
      const unique = fields[i];
      if (SHADOWABLE_BUILTINS.has(unique)) shadowed.add(unique);
      ownFields.set(property.key, unique);
      // The key's name (singular for an array's items: `stages` → `Stage`).
      const nestedHint = prefix + pyClassName(nestedObjectLabel(property.key, property.type));
      for (const map of heldMap(property.type)) this.fieldMaps.add(map);
      const wrapped = wrappedObject(property.type);
      if (wrapped && property.docs.description) this.docOfPlace.set(wrapped, property.docs.description);
      const annotation = this.annotation(property.type, side, nestedHint);
      const qualified = this.shadowing(annotation, shadowed, bound);
      const wireKey = options.wireKeys?.get(property.key);
      const fieldOf = (text: string) =>
        fieldLine(this, unique, wireKey ? { ...property, key: wireKey } : property, text, side);
      const field = fieldOf(qualified.eager);
      if (side === 'param' && PYTHON_KEYWORDS.has(unique)) {
        keywordEntries.push(`${pyString(unique)}: ${field.annotation}`);
        continue;
      }
      // (A narrowed inherited field is an incompatible override to type checkers; Ruff's width leaves pragmas out.)
      const declaration = (written: { annotation: string; value: string | null }) =>
        this.laidOut(layoutAssignment('    ', unique, written.annotation, written.value), () => {
          const assigned = written.value === null ? '' : ` = ${written.value}`;
          return `    ${unique}: ${written.annotation}${assigned}`;
        }) + (plan.narrowed.has(property.key) ? '  # type: ignore' : '');
      const eager = declaration(field);
      lines.push(
        qualified.lazy === null ? eager : this.builtinsShadowed.line(eager, declaration(fieldOf(qualified.lazy))),
      );
      // (A nullable wrapper's object of a description of its own is documented by it there too: knock-mgmt's `settings`.)
      const doc = this.docstring(wrapped?.docs.description ?? property.docs.description ?? '', '    ');
      // (Stainless sets every field apart by a blank line, documented or not.)
      lines.push(...(doc ? [`    ${doc}`] : []), '');
    }
    if (keywordEntries.length > 0) {
      const keywordBase = this.uniqueName(`_${name}ReservedKeywords`);
      // (Stainless writes the keys' dict with a trailing comma: Ruff keeps it one entry a line.)
      const value = `${this.use('TypedDict')}(${pyString(keywordBase)}, {${keywordEntries.join(', ')},}, total=False)`;
      this.declarations.push(
        this.laidOut(layoutExpr('', `${keywordBase} = `, value), () => `${keywordBase} = ${value}`),
      );
      const at = bases.indexOf('TypedDict');
      if (at >= 0) bases.splice(at, 1, keywordBase);
      else bases.push(keywordBase);
    }
    // Keys it does not declare: a model says so at the end of its body, a TypedDict in its header, or (`union`) it is
    // `XTyped`, and `X` a union of it with a dict (extra-keys.ts).
    const extra = extraKeysType(parts);
    for (const field of fields) if (SHADOWABLE_BUILTINS.has(field)) shadowed.add(field);
    const extraValue = extra && this.shadowing(this.annotation(extra, side, `${prefix}${name}Item`), shadowed).eager;
    if (extraValue !== null && side === 'model') lines.push(...this.laidOutLines(this.modelExtraKeys(extraValue)));
    const typedUnion = extraValue !== null && side === 'param' && this.forms.paramsExtraKeys === 'union';
    const className = typedUnion ? this.uniqueName(`${name}Typed`) : name;
    this.declaredClasses.add(className);
    const args = [...bases, ...(side === 'param' && !options.total ? ['total=False'] : [])];
    const signature = `${className}(${args.join(', ')})`;
    const header =
      extraValue !== null && side === 'param' && !typedUnion
        ? this.laidOutLines(paramsExtraItemsHeader(this.forms, className, args, extraValue)).join('\n')
        : this.laidOut(layoutExpr('', 'class ', signature, ':'), () => `class ${signature}:`);
    const classDoc = this.forms.classDocstrings ? this.docstring(docs?.description ?? '', '    ', 'class') : '';
    // (A TypedDict's body may hold only annotations: pytest's opt-out is for models.)
    const optOut = side === 'model' ? pytestOptOut(name) : [];
    const body = [...(classDoc ? [`    ${classDoc}`, ''] : []), ...optOut, ...lines];
    if (body.length === 0) body.push('    pass');
    this.declarations.push([header, ...body].join('\n'));
    if (typedUnion)
      this.declareAlias(name, `${this.use('Union')}[${className}, ${this.use('Dict')}[str, ${extraValue}]]`);
    return name;
  }

  /** A model's closing lines for extra keys of values `value` (extra-keys.ts), its imports added. */
  private modelExtraKeys(value: string): { lines: string[]; inRuffLayout: boolean } {
    return modelExtraKeysLines(this.forms, value, {
      typeChecking: () => this.use('TYPE_CHECKING'),
      dict: () => this.use('Dict'),
      fieldInfo: () => (this.importPlain('from pydantic import Field as FieldInfo'), 'FieldInfo'),
    });
  }

  /** Lines a helper laid out, noting those not in Ruff's layout. */
  private laidOutLines(block: { lines: string[]; inRuffLayout: boolean }): string[] {
    if (!block.inRuffLayout) this.ruffLayout = false;
    return block.lines;
  }

  /**
   * `annotation` with the builtins among `shadowed` (fields of its class) qualified (`builtins.object`), and those
   * among `bound` too where the module is lazy (null: as the eager form).
   */
  private shadowing(
    annotation: string,
    shadowed: ReadonlySet<string>,
    bound: ReadonlySet<string> = new Set(),
  ): { eager: string; lazy: string | null } {
    const qualified = ShadowedBuiltins.qualify(annotation, shadowed, bound);
    if (qualified.eager !== null) this.importPlain('import builtins');
    return { eager: qualified.eager ?? annotation, lazy: qualified.lazy === qualified.eager ? null : qualified.lazy };
  }

  /** Each declared class's field (or TypedDict key) name by wire key. */
  private readonly fieldNames = new Map<string, Map<string, string>>();

  /** The field or key `declareClass` gave the property `wireKey` of class `className`, if it declared it. */
  fieldName(className: string, wireKey: string): string | undefined {
    return this.fieldNames.get(className)?.get(wireKey);
  }

  /** `alias` (a union of the TypedDicts `classes`) names a key as the first of them that declares it. */
  aliasFieldNames(alias: string, classes: readonly string[]): void {
    const keys = new Map<string, string>();
    for (const name of [...classes].reverse()) for (const [k, v] of this.fieldNames.get(name) ?? []) keys.set(k, v);
    this.fieldNames.set(alias, keys);
  }

  /** Nested classes of a top-level class are named without its name; those of nested ones with theirs. */
  private topLevel = new Set<string>();

  /**
   * `prefixNested`: its nested classes keep its name all the same, as Stainless names those of a model that extends
   * another (`allOf` with a named part): `AgencyRetrieveResponseData`, not `Data`.
   */
  markTopLevel(name: string, options: { prefixNested?: boolean } = {}): void {
    if (!options.prefixNested) this.topLevel.add(name);
    this.taken.add(name);
  }

  private nestedPrefix(name: string): string {
    return this.topLevel.has(name) ? '' : name;
  }

  /** Whether all this builder wrote is in Ruff's layout (the text declared as it is aside). */
  private ruffLayout = true;

  /** Whether the text `render` gives is in Ruff's layout, as far as this builder wrote it (not `declare`'s text). */
  get inRuffLayout(): boolean {
    return this.ruffLayout;
  }

  /** A layout (from py-layout.ts), else the text as it is, Ruff's to lay out. */
  private laidOut(layout: string | null, fallback: () => string): string {
    if (layout !== null) return layout;
    this.ruffLayout = false;
    return fallback();
  }

  /**
   * A docstring (pyDocstring), noting one that Ruff would normalize. A field's: Stainless's re-flow the prose at 80
   * columns and set a summary sentence apart, the rest re-flowed again; a class's keep the spec's lines.
   */
  private docstring(text: string, indent: string, of: 'field' | 'class' = 'field'): string {
    const laid = of === 'class' ? classDocstringLayout(text) : docstringLayout(text, true);
    const doc = pyDocstring(laid.text, indent, laid.text !== '' && laid.opensOnOwnLine);
    if (doc && !docstringInLayout(doc, indent)) this.ruffLayout = false;
    return doc;
  }

  /** The classes the module declares, in `__all__`'s order. */
  get classNames(): string[] {
    const classes = new Set(this.declarations.map((d) => (typeof d === 'string' ? /^class (\w+)/.exec(d)?.[1] : null)));
    return [...new Set([...this.exported, ...this.nestedClasses])].filter((name) => classes.has(name));
  }

  /** Whether this module names `name` in quotes, to import it last (`"WorkflowStep"`). */
  namesLate(name: string): boolean {
    return this.lateNames.has(name);
  }

  /** A name of an annotation of this module as module `to` writes it (see build-model.ts's `transplant`). */
  transplantName(name: string, to: PyModuleBuilder, qualifier: string): string {
    if (this.declaredClasses.has(name)) return qualifier + name;
    const module = this.imports.importedFrom.get(name);
    if (module !== undefined) return to.importFrom(module, this.imports.aliasedNames.get(name) ?? name);
    const pkg = this.imports.packageMembers.get(name);
    if (pkg !== undefined) return to.importPackageMember(pkg, name);
    if (TYPING.has(name) || TYPING_EXTENSIONS.has(name)) return to.use(name);
    if (name === 'datetime' || name === 'date') return to.dateType(name);
    return name;
  }

  /**
   * The module's text: imports, `__all__`, declarations. Imports of the names written in quotes (types that reach a
   * recursive one, see `unionAliases`), and from `lateModules`, go at the end, after every name this module defines,
   * so that either module of a cycle may be imported first; class annotations are lazy (`from __future__ import
   * annotations`), and an alias naming a name not yet defined quotes it (the module's named type then a
   * `TypeAliasType`, which pydantic and the runtime resolve on use). `trailer`'s statements close the module.
   */
  render(header: string[] = [], lateModules: ReadonlySet<string> = new Set(), trailer: string[] = []): string {
    // A module whose names are all named in quotes (and none a class base) is imported last.
    const late = this.imports.lateImports(this.lateNames, this.eagerNames, lateModules);
    const { quoted, names: lateNames } = late;
    const classes = this.declarations.map((d) => (typeof d === 'string' ? /^class (\w+)/.exec(d)?.[1] : undefined));
    const aliasContext: AliasContext = {
      use: (name) => this.use(name),
      pydanticV1: () => this.importFrom('_compat', 'PYDANTIC_V1'),
      laidOut: (layout, fallback) => this.laidOut(layout, fallback),
    };
    const lazy = this.lazyAnnotations === 'always' || this.paramSide || this.forwardReference || lateNames.size > 0;
    if (lazy && this.builtinsShadowed.lazyNeedsBuiltins) this.importPlain('import builtins');
    // Aliases of this module naming in quotes what is not defined yet: pydantic resolves such a name where the alias
    // is used, so one naming them is forward too (a `TypeAliasType` where it is the named type, resolved here).
    const forwardAliases = new Set<string>();
    const declarations = this.declarations.map((declaration, at) => {
      if (typeof declaration === 'string') return this.builtinsShadowed.resolve(declaration, lazy);
      // Python reads an alias at once: a name imported last, or a class of this module declared after it, is quoted
      // (a forward reference); so is the alias itself where it names itself (a JSON-like value's `List[Value]`).
      const later = classes.slice(at + 1).filter((name): name is string => name !== undefined);
      const quotedValue = quoteNames(declaration.value, new Set([...lateNames, ...later, declaration.alias]));
      const forward =
        quotedValue !== declaration.value ||
        [...quoted].some((n) => quotedValue.includes(`"${n}"`)) ||
        quoteNames(declaration.value, forwardAliases) !== declaration.value;
      if (forward) forwardAliases.add(declaration.alias);
      const selfNamed = quoteNames(declaration.value, new Set([declaration.alias])) !== declaration.value;
      return aliasStatement(this.forms, declaration, quotedValue, { forward, selfNamed }, aliasContext);
    });
    const layout: ImportLayout = {
      oneNameALine: (from, names) => this.oneNameALine(from, names),
      laidOut: (layout, fallback) => this.laidOut(layout, fallback),
      isortWidth: this.forms.isortImportWidth,
    };
    const lines = this.imports.topLines(late, lazy, layout);
    const statements: TopLevelStatement[] = [];
    if (lines.length > 0) statements.push({ text: lines.join('\n'), definition: false, isImport: true });
    if (header.length) statements.push({ text: header.join('\n'), definition: false });
    if (this.exported.length) {
      const listed = [...new Set([...this.exported, ...this.nestedClasses])];
      const names = `[${listed.map((n) => pyString(n)).join(', ')}]`;
      const text = this.laidOut(layoutAssignment('', '__all__', null, names), () => `__all__ = ${names}`);
      statements.push({ text, definition: false });
    }
    for (const text of declarations) statements.push({ text, definition: /^(class |def |async def |@)/.test(text) });
    statements.push(...this.imports.lastStatements(late, layout));
    if (trailer.length) statements.push({ text: trailer.join('\n'), definition: false });
    return joinTopLevel(statements);
  }
}

/**
 * The object of a nullable `anyOf: [{ type: object, … }, { type: 'null' }]`: Stainless documents its class by the
 * wrapper's description, which the field has, where the object has none of its own (llama-stack's `ChoiceLogprobs`).
 */
function wrappedObject(type: TypeRef): ObjectType | null {
  if (type.kind !== 'union') return null;
  const objects = type.variants.filter((variant) => variant.kind !== 'null');
  const [only] = objects;
  return objects.length === 1 && objects.length < type.variants.length && only.kind === 'object' ? only : null;
}
