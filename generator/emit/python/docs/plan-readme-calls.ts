/**
 * The calls a Python package's README programs make (plan-readme.ts and its sections): which request a config's
 * `readme.example_requests` names for a role, what the result is held in and what of it is printed, and which
 * credentials the client is shown made with.
 */
import type { Api, Method, NamedSchema } from '../../../ir/types';
import type { PyClientOption, PyMethod, PyPackage, PyParam, PyResource } from '../types/model';
import { credentialOptions } from '../client/credentials';
import { requiredCall } from '../tests/plan-tests';
import type { StainlessPythonForms } from '../../../stainless/python-era';
import { README_WIDTH } from '../types/py-literal';
import { allResources, pageItemsField } from './readme-sections';
import { resultVariable } from '../../readme-names';
import { PYTHON_KEYWORDS, pyFieldName, snakeCase } from '../../../naming/python';
import { singularize } from '../../../naming/case';

/** A request to show: a method of a resource, with the params a Stainless config's `readme.example_requests` gives. */
export interface Chosen {
  resource: PyResource;
  method: PyMethod;
  given?: Record<string, unknown>;
}

/** The request a Stainless config's `readme.example_requests` names for `role`, if this package has it. */
export function configured(pkg: PyPackage, api: Api, role: string): Chosen | null {
  const wanted = api.readmeExamples.find((e) => e.role === role);
  if (!wanted) return null;
  for (const resource of allResources(pkg)) {
    if (resource.ir.path !== wanted.resourcePath) continue;
    const method = resource.methods.find((m) => m.ir.name === wanted.method);
    if (method) return { resource, method, given: wanted.params };
  }
  return null;
}

/** What a README program's call is made with: `options`, its values laid out in the README's width less `indent`. */
function laidOut<T extends object>(options: T, indent: number, unwrapped = false): T & { width: number } {
  return { ...options, width: unwrapped ? Infinity : README_WIDTH - indent };
}

/** A README program's call: its text and the `_utils` helpers its values use. */
export interface ReadmeCall {
  text: string;
  utils: string[];
}

/**
 * The call of `chosen` as the README's programs make it: `<head>client.<resources>.<method>(…)` with what the method
 * requires and the params the config gives (`given`, else `chosen.given`), a `nested` param written out, laid out for a
 * program that indents it by `indent`. `head` opens it (`await `); `forms`: the era's, its values built as its tests'.
 * `unwrapped`: no width to lay its values out in, as in Stainless's ```py programs, which no formatter lays out (a
 * list on one line however long: isaacus's raw response `texts=["…", "…"]`).
 */
export function readmeCall(
  pkg: PyPackage,
  api: Api,
  chosen: Chosen,
  options: {
    head?: string;
    indent?: number;
    given?: Record<string, unknown>;
    nested?: PyParam;
    forms?: StainlessPythonForms;
    unwrapped?: boolean;
  } = {},
): ReadmeCall {
  const { resource, method } = chosen;
  const { head = '', indent = 0, given = chosen.given, nested, forms, unwrapped = false } = options;
  const callee = `${head}${['client', ...resource.chain].join('.')}.${method.name}`;
  const extra = { given, ...(nested ? { nested } : {}), ...(forms ? { forms } : {}) };
  return requiredCall(pkg, api, resource, method, callee, laidOut(extra, indent, unwrapped));
}

/** `text` with every line after the first indented by `indent`. */
export function indented(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** Whether `method` returns a page of one of the package's page classes. */
export function isPaged(pkg: PyPackage, method: PyMethod): boolean {
  return pkg.pages.some((p) => method.returns.startsWith(`${p.syncName}[`));
}

/**
 * The variable a program holds the result in. With a Stainless config, what Stainless's programs call it: a page is
 * `page`, a result of no declared type the resource's name in the singular (`chat`), else after its type
 * (`conversation`, `login`, `response`). Without one, the resource's name in the singular.
 */
export function variableOf(pkg: PyPackage, api: Api, { resource, method }: Chosen): string {
  if (!pkg.fromStainlessConfig) return resource.attribute.replace(/s$/, '') || 'result';
  if (isPaged(pkg, method)) return 'page';
  const usable = (name: string) =>
    /^[A-Za-z_]\w*$/.test(name) && !PYTHON_KEYWORDS.has(name) && !['client', 'page'].includes(name);
  // (A result of no declared type is held in the resource's name in the singular: `chat`.)
  const singular = singularize(resource.attribute);
  if (method.returns === 'object' && usable(singular)) return singular;
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  return resultVariable(heldAsJson(method, schemas), { schemas, toCase: snakeCase, usable });
}

/**
 * `method` as Stainless names what it returns: an event stream as a JSON response of its events' type would be, a
 * model by its name, an unnamed event by the name declared for it (opencode-python's `events = client.event.list()`,
 * its events `EventListResponse`); added to `schemas` under a response's id.
 */
function heldAsJson(method: PyMethod, schemas: Map<string, NamedSchema>): Method {
  const { ir, stream } = method;
  if (ir.response.kind !== 'sse' || !stream) return ir;
  const event = ir.response.event;
  if (event.kind === 'ref' || !stream.declared)
    return { ...ir, response: { kind: 'json', type: event, typeName: null } };
  const id = `${ir.source.file}${ir.source.pointer}#response`;
  schemas.set(id, { id, name: stream.event, module: '', type: event, docs: {}, source: ir.source });
  return { ...ir, response: { kind: 'json', type: { kind: 'ref', schemaId: id }, typeName: null } };
}

/**
 * What a program prints of the result held in `variable`: with a Stainless config, a page's items
 * (`page.entries`), a model's first field (`conversation.contact_id`); else the result itself.
 */
export function printedOf(pkg: PyPackage, api: Api, method: PyMethod, variable: string): string {
  if (!pkg.fromStainlessConfig) return variable;
  if (isPaged(pkg, method)) return `${variable}.${pageItemsField(api, method)}`;
  const field = firstField(api, method);
  return field && /^\w+$/.test(method.returns) ? `${variable}.${field}` : variable;
}

/** The first field of the model `method` returns (its JSON body's named object), else null. */
export function firstField(api: Api, method: PyMethod): string | null {
  const type = method.ir.response.kind === 'json' ? method.ir.response.type : null;
  const schema = type?.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId) : undefined;
  const first = schema?.type.kind === 'object' ? schema.type.properties[0] : undefined;
  return first ? pyFieldName(first.key) : null;
}

/** Whether `method` returns nothing to hold (a README program then makes the call alone, as Stainless's do). */
export function returnsNothing(pkg: PyPackage, method: PyMethod): boolean {
  return pkg.fromStainlessConfig === true && method.returns === 'None';
}

/**
 * The statements of a program that makes `call` and shows its result, at `indent`: `variable = call` and the print of
 * what it holds (with a config, where it holds a field to print), or the call alone where the method returns nothing.
 */
export function callAndPrint(pkg: PyPackage, api: Api, chosen: Chosen, call: string, indent: string): string {
  if (returnsNothing(pkg, chosen.method)) return indented(call, indent);
  const variable = variableOf(pkg, api, chosen);
  const printed = printedOf(pkg, api, chosen.method, variable);
  // (With a config, a result with no field to show, a list or a composed model, is held and not printed, as
  // Stainless's programs do.)
  const print = pkg.fromStainlessConfig && printed === variable ? '' : `\n${indent}print(${printed})`;
  return `${variable} = ${indented(call, indent)}${print}`;
}

/**
 * The credentials a README program makes the client with. Without a Stainless config, every credential read from the
 * environment. With one, as Stainless's programs show them: those of the schemes the API's security asks for first
 * (none where it asks for none), each read from its environment variable, else given its dummy value.
 */
export function shownCredentials(pkg: PyPackage, api: Api): PyClientOption[] {
  const credentials = credentialOptions(pkg);
  if (!pkg.fromStainlessConfig) return credentials.filter((o) => o.envVar);
  const first = api.security?.[0] ?? [];
  return credentials.filter((o) => o.scheme !== null && first.includes(o.scheme));
}
