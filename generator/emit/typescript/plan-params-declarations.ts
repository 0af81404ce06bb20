/**
 * The params types a resource's module declares for its methods (`UserListParams`), with the streaming variants of a
 * method that streams on a flag and the page's `Params` interface a Stainless SDK's list params extend. Split from
 * plan-resource.ts, which plans the rest of the module.
 */
import { docsFrom } from '../../ir/docs';
import { CLIENT_DEFAULT_NOTE } from '../../ir/methods';
import type { Api, Docs, Method, Param, ParamsType, Resource } from '../../ir/types';
import type { ImportSet } from './imports';
import { pageInterfaces, type PageInterfaces } from './page-interfaces';
import type { PlanContext } from './plan-context';
import { printInterface } from './print-declarations';
import { fieldDoc, propertyKey } from './print-doc';
import { printType, type PrintContext } from './print-type';
import type { TypeScriptApi } from './target-api';

/** A method's params declarations, in the order its module declares them (none for a method without params). */
export function methodParamsDeclarations(
  plan: PlanContext,
  resource: Resource,
  method: Method,
  imports: ImportSet,
  ctx: PrintContext,
): string[] {
  if (!method.params) return [];
  const labelColon = plan.stainlessForms.paramLabelColon;
  const streaming = method.streamWhen && !method.pagination ? method.streamWhen : null;
  if (streaming && plan.api.stainlessLayout !== null && !method.params.variants) {
    const self = selfAlias(plan, resource, imports);
    return [stainlessStreamingParams(method, method.params, streaming.param, ctx, self, labelColon)];
  }
  const declarations = [paramsDeclaration(method, ctx, pageParamsBase(plan, method, imports), labelColon)];
  if (streaming) {
    declarations.push(streamingVariants(method.params, streaming.param));
    if (plan.api.stainlessLayout !== null)
      declarations.push(streamingAliases(method.params.typeName, selfAlias(plan, resource, imports)));
  }
  return declarations;
}

/**
 * The params of a method streaming on a flag, as Stainless's SDKs declare them: `XParams`, the union of the two
 * variants; `XParamsBase`, the fields (its nested types in `XParams`'s namespace, which ends with the aliases of the
 * variants); then `XParamsNonStreaming` and `XParamsStreaming`, extending the base with the flag narrowed and
 * described as the field is.
 */
function stainlessStreamingParams(
  method: Method,
  params: ParamsType,
  flag: string,
  ctx: PrintContext,
  self: string,
  labelColon: boolean,
): string {
  const name = params.typeName;
  const fields = paramsDeclaration(method, ctx, null, labelColon, `${name}Base`);
  const aliases =
    `export type ${name}NonStreaming = ${self}.${name}NonStreaming;\n` +
    `export type ${name}Streaming = ${self}.${name}Streaming;\n`;
  const withAliases = fields.includes(`\nexport namespace ${name} {\n`)
    ? fields.replace(/\}\n$/, `\n${aliases}}\n`)
    : `${fields}\nexport namespace ${name} {\n${aliases}}\n`;
  const field = params.fields.find((f) => f.key === flag);
  const doc = field ? fieldDoc(field.docs, field.type, '', { stainless: true, labelColon }) : '';
  return (
    `export type ${name} = ${name}NonStreaming | ${name}Streaming;\n\n${withAliases}\n` +
    streamingVariants(params, flag, `${name}Base`, doc, method.body?.additionalFields === true)
  );
}

/**
 * The page's `Params` interface a Stainless SDK's list params extend (`UserListParams extends EntriesCursorParams`),
 * with the fields it declares; null unless the SDK is made from a Stainless config and each of those fields the
 * method has is an optional query parameter (otherwise its params declare them all).
 */
function pageParamsBase(
  plan: PlanContext,
  method: Method,
  imports: ImportSet,
): { name: string; keys: Set<string> } | null {
  if (plan.api.stainlessLayout === null || !method.pagination || !method.params || method.params.variants) return null;
  const page = pageInterfacesOf(plan.api).get(method.pagination.scheme)?.params;
  if (!page) return null;
  // A field the page's interface declares, the method may have only as the page has it: optional, in the query (its
  // type is then the page's, as in Stainless's SDKs: `after?: string` where the spec allows null too).
  const fields = method.params.fields;
  const fits = page.fields.every((f) => {
    const p = fields.find((p) => p.key === f.key);
    return !p || (p.in === 'query' && !p.required);
  });
  if (!fits) return null;
  imports.addInterface('pagination', page.name);
  return { name: page.name, keys: new Set(page.fields.map((f) => f.key)) };
}

/** Each page class's interfaces, by class name: worked out once per Api. */
const pageInterfacesByApi = new WeakMap<Api, Map<string, PageInterfaces>>();
function pageInterfacesOf(api: TypeScriptApi): Map<string, PageInterfaces> {
  let found = pageInterfacesByApi.get(api);
  if (!found) pageInterfacesByApi.set(api, (found = new Map(pageInterfaces(api).map((p) => [p.className, p]))));
  return found;
}

/** A field's docs as Stainless's SDKs write them: a field a client option fills in does not say so. */
function stainlessDocs(field: Param): Docs {
  const description = field.docs.description;
  if (field.clientDefault === undefined || !description || !CLIENT_DEFAULT_NOTE.test(description)) return field.docs;
  return docsFrom({ ...field.docs, description: description.replace(CLIENT_DEFAULT_NOTE, '') || null });
}

function paramsDeclaration(
  method: Method,
  ctx: PrintContext,
  base: { name: string; keys: Set<string> } | null = null,
  labelColon = false,
  interfaceName?: string,
): string {
  const params = method.params!;
  const members = (fields: Param[], owner: string) => {
    const locations = new Set(fields.map((f) => f.in));
    const label = (f: Param) =>
      locations.size > 1 ? `${f.in === 'body' ? 'Body' : f.in.charAt(0).toUpperCase() + f.in.slice(1)} param: ` : '';
    const stainless = ctx.stainless === true;
    let out = '';
    for (const f of fields) {
      if (stainless && out !== '') out += '\n';
      out += fieldDoc(stainless ? stainlessDocs(f) : f.docs, f.type, label(f), { stainless, labelColon });
      out += `${propertyKey(f.key)}${f.required ? '' : '?'}: ${printType(f.type, ctx, owner)};\n`;
    }
    return out;
  };
  if (params.variants) {
    // One of several bodies: a union of params interfaces, declared in the params type's namespace.
    const name = params.typeName;
    const variants = params.variants.map((v) =>
      printInterface(
        v.name,
        members(v.fields, `${name}.${v.name}`),
        v.fields.map((f) => f.type),
        null,
        ctx,
      ),
    );
    return (
      `export type ${name} = ${params.variants.map((v) => `${name}.${v.name}`).join(' | ')};\n\n` +
      `export declare namespace ${name} {\n${variants.join('\n')}}\n`
    );
  }
  const own = base ? params.fields.filter((f) => !base.keys.has(f.key)) : params.fields;
  let body = members(own, params.typeName);
  // A body that takes undeclared properties: so do the params (the rest of them is sent as the body).
  if (method.body?.additionalFields && !base) {
    body += `${ctx.stainless && body !== '' ? '\n' : ''}[${ctx.stainless && body !== '' ? 'k' : 'key'}: string]: unknown;\n`;
  }
  return printInterface(
    interfaceName ?? params.typeName,
    body,
    own.map((f) => f.type),
    null,
    ctx,
    base?.name ?? null,
    params.typeName,
  );
}

/**
 * `XParams.XParamsNonStreaming` and `XParams.XParamsStreaming`, aliases of the two variants in the params' namespace,
 * as Stainless's SDKs declare them: through the module's import of itself, since the aliases shadow the variants.
 */
function streamingAliases(typeName: string, self: string): string {
  return (
    `export namespace ${typeName} {\n` +
    `export type ${typeName}NonStreaming = ${self}.${typeName}NonStreaming;\n` +
    `export type ${typeName}Streaming = ${self}.${typeName}Streaming;\n}\n`
  );
}

/** The name the module imports itself under (`CompletionsAPI`, as Stainless names it), free among its own names. */
function selfAlias(plan: PlanContext, resource: Resource, imports: ImportSet): string {
  return imports.namespace(resource.module, new Set(plan.typeNamesOf(resource.module)));
}

/**
 * `XParamsStreaming` and `XParamsNonStreaming`: the params of a method that streams when `params[param] === true`,
 * with that field narrowed, so overloads pick the return type from the literal (as Stainless SDKs declare them).
 */
function streamingVariants(params: ParamsType, param: string, base = params.typeName, doc = '', open = false): string {
  const field = params.fields.find((f) => f.key === param);
  if (!field) throw new Error(`generator bug: ${params.typeName} has no field ${JSON.stringify(param)} to stream on`);
  const nullable =
    field.type.kind === 'null' || (field.type.kind === 'union' && field.type.variants.some((v) => v.kind === 'null'));
  const key = propertyKey(param);
  const off = field.required ? `${key}: false;` : `${key}?: false${nullable ? ' | null' : ''};`;
  // (A body taking undeclared properties: each variant says so again, as Stainless's SDKs declare them.)
  const rest = open ? '\n\n[k: string]: unknown;' : '';
  return (
    `export interface ${params.typeName}NonStreaming extends ${base} {\n${doc}${off}${rest}\n}\n\n` +
    `export interface ${params.typeName}Streaming extends ${base} {\n${doc}${key}: true;${rest}\n}\n`
  );
}
