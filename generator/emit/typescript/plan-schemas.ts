/**
 * The validators' modules (`validation` on): `src/schemas/<module>.ts` beside each module of types
 * (`resources/servers/releases` → `schemas/servers/releases`), so that a bundler keeps only the validators a program
 * names. Each exports, under the name of its type, a Standard Schema validator of every model the types module
 * declares and of every params type of its methods, and `<functionName>Response`, the validator of a method's JSON
 * response (of each line of a JSON Lines response, in sdkgen's own SDKs: their `Stream` checks each). Each validator is typed as the SDK's type (`v.Schema<ServersTypes.Server>`): its inferred output is
 * exactly that type.
 */
import { pascalCase } from '../../naming/case';
import { resourcesWithTopLevel } from '../../ir/resources';
import type { Method, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { jsonLinesOf } from '../../ir/media';
import { extend } from '../../extend';
import { ImportSet } from './imports';
import type { PlannedFile } from '../planned-file';
import { printType, type PrintContext } from './print-type';
import { paramsValidator, printValidator, type ValidatorContext } from './print-validator';
import type { CommonView, SchemaModuleView } from './views';
import { functionNameOf, type TypeScriptApi } from './target-api';

/** The validators' module of a module of types: `resources/servers/releases` → `schemas/servers/releases`. */
export function schemaModule(typesModule: string): string {
  return `schemas/${typesModule.replace(/^resources\//, '')}`;
}

/** The name under which a method's response validator is exported: "serversGetResponse". */
export function responseValidatorName(method: Method): string {
  return `${functionNameOf(method)}Response`;
}

/**
 * What a method's response validator checks: its JSON response, or each line of a JSON Lines response that sdkgen's own
 * SDKs read as a `Stream` (a Stainless config's `JSONLDecoder` checks nothing); null when it has none.
 */
export function validatedResponse(api: TypeScriptApi, method: Method): TypeRef | null {
  if (method.response.kind === 'json') return method.response.type;
  return api.stainlessLayout === null ? jsonLinesOf(method) : null;
}

/** The validators' modules, one at a time. */
export function* planSchemaModules(api: TypeScriptApi, common: CommonView, importExt: string): Generator<PlannedFile> {
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  // Response shapes only: a request-side variant is declared from the same place.
  const bySource = new Map(
    api.schemas.filter((s) => !s.requestVariantOf).map((s) => [`${s.source.file}${s.source.pointer}`, s.id]),
  );
  const modelsByModule = new Map<string, NamedSchema[]>();
  for (const schema of api.schemas) {
    const list = modelsByModule.get(schema.module) ?? [];
    list.push(schema);
    modelsByModule.set(schema.module, list);
  }
  const methodsByModule = new Map<string, Resource[]>();
  for (const resource of resourcesWithTopLevel(api)) {
    if (resource.methods.length === 0) continue;
    const list = methodsByModule.get(resource.module) ?? [];
    list.push(resource);
    methodsByModule.set(resource.module, list);
  }
  const modules = [...new Set([...modelsByModule.keys(), ...methodsByModule.keys()])];
  for (const typesModule of modules) {
    const module = schemaModule(typesModule);
    const imports = new ImportSet(module, importExt);
    const models = modelsByModule.get(typesModule) ?? [];
    const methods = (methodsByModule.get(typesModule) ?? []).flatMap((r) => r.methods);
    // The names this module exports: a namespace import's alias must be none of them.
    const own = new Set([
      ...models.map((s) => s.name),
      ...methods.flatMap((m) => [...(m.params ? [m.params.typeName] : []), responseValidatorName(m)]),
    ]);
    const v = imports.namespace('core/schema', own, { value: true, alias: 'v' });
    const types = (of: string) => imports.namespace(of, own, { alias: `${pascalCase(of.split('/').pop()!)}Types` });
    const ctx: ValidatorContext = {
      v,
      typeOf: (id) => schemaOf(schemas, id).type,
      componentName: (id) => componentNameOf(schemaOf(schemas, id).source.pointer),
      schemaAt: (source) => bySource.get(`${source.file}${source.pointer}`) ?? null,
      ref: (id) => {
        const schema = schemaOf(schemas, id);
        const home = schemaModule(schema.module);
        if (home === module) return schema.name;
        const alias = `${pascalCase(home.split('/').pop()!)}Schemas`;
        return `${imports.namespace(home, own, { value: true, alias })}.${schema.name}`;
      },
    };
    const typeCtx: PrintContext = {
      ref: (id) => {
        const schema = schemaOf(schemas, id);
        return `${types(schema.module)}.${schema.name}`;
      },
      uploadable: () => {
        imports.add('core/uploads', 'Uploadable', true);
        return 'Uploadable';
      },
    };
    const declarations: string[] = [];
    // Annotated, not only typed by its call: a validator that refers to itself (a call stack's `parent`), or to one
    // that refers back to it, would otherwise have an implicit `any` type under --strict (TS7022).
    const declare = (name: string, typed: string, validator: string) =>
      declarations.push(`export const ${name}: ${v}.Schema${typed} = ${validator};`);
    for (const model of models) {
      const typed = `<${types(typesModule)}.${model.name}>`;
      declare(model.name, typed, printValidator(model.type, ctx, typed));
    }
    for (const method of methods) {
      if (method.params) {
        const typed = `<${types(typesModule)}.${method.params.typeName}>`;
        declare(method.params.typeName, typed, paramsValidator(method.params, ctx, typed));
      }
      const response = validatedResponse(api, method);
      if (response) {
        const typed = `<${printType(response, typeCtx, null)}>`;
        declare(responseValidatorName(method), typed, printValidator(response, ctx, typed));
      }
    }
    const view: SchemaModuleView = extend(common, {
      imports: imports.lines(),
      declarations: declarations.join('\n\n'),
    });
    yield { path: `src/${module}.ts`, template: 'src/schemas/module.ts.hbs', view };
  }
}

function schemaOf(schemas: ReadonlyMap<string, NamedSchema>, id: string): NamedSchema {
  const schema = schemas.get(id);
  if (!schema) throw new Error(`generator bug: unknown schema ${id}`);
  return schema;
}

/** The name a component schema has in the spec (`#/components/schemas/Dog` → "Dog"), null for another schema. */
function componentNameOf(pointer: string): string | null {
  const match = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(pointer);
  return match ? match[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : null;
}
